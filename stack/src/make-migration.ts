/**
 * Writes the next migration of a subgraph from the difference between its entities and
 * its existing migrations, computed on a scratch database of the machine's PostgreSQL.
 *   node stack/dist/make-migration.js <subgraph>
 * Then add the new class to src/migrations/index.ts of that subgraph.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openSubgraphOrm, type SubgraphDefinition } from '@metrograph/kit';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from './databases.js';

const name = process.argv[2];
if (!name) throw new Error('usage: make-migration <subgraph>');
// Imported by name so a subgraph's migration can be made while others are being edited.
const definition = (await import(`@metrograph/${name}`))[name] as SubgraphDefinition;
if (!definition) throw new Error(`@metrograph/${name} exports no subgraph definition named ${name}`);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const target = path.join(root, 'subgraphs', name, 'src', 'migrations');
const dbName = `metrograph_migration_${name}_${process.pid}`;
const url = await createDatabase(LOCAL_POSTGRES, dbName);
try {
  const orm = await openSubgraphOrm(definition, url, 2, target);
  try {
    await migrateToLatest(orm);
    const result = await orm.getMigrator().createMigration(target);
    if (!result.fileName) console.log('no changes: entities match the migrations');
    else console.log(`wrote ${path.join(target, result.fileName)}`);
  } finally {
    await orm.close(true);
  }
} finally {
  await dropDatabase(LOCAL_POSTGRES, dbName);
}
