import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';

export interface OrmSettings {
  /** PostgreSQL schema owned by the subgraph; nothing else writes to it. */
  schema: string;
  /** postgres:// URL; the embedded PGlite server and a real PostgreSQL look the same. */
  databaseUrl: string;
  entities: Options['entities'];
  /** The subgraph's migrations in the order they apply. */
  migrations: MigrationObject[];
  /** Largest connection pool size (the embedded server wants few). */
  poolMax?: number;
  debug?: boolean;
  /** Where new migrations are written (only the migration generator sets it). */
  migrationsPath?: string;
}

/** One ORM configuration for every subgraph: schema per subgraph, explicit migration list, UTC. */
export function ormConfig(settings: OrmSettings): Options {
  return defineConfig({
    clientUrl: settings.databaseUrl,
    schema: settings.schema,
    entities: settings.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: settings.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
      path: settings.migrationsPath,
      pathTs: settings.migrationsPath,
    },
    pool: { min: 0, max: settings.poolMax ?? 10, idleTimeoutMillis: 10_000 },
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: false },
    debug: settings.debug ?? false,
  });
}

export async function openOrm(settings: OrmSettings): Promise<MikroORM> {
  return MikroORM.init(ormConfig(settings));
}

/** Creates the subgraph's schema if needed and applies pending migrations. */
export async function migrateToLatest(orm: MikroORM): Promise<string[]> {
  const schema = orm.config.get('schema');
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
