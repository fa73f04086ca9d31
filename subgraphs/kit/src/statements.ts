import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Stands for the list of keys (e.g. parent ids) among a statement's bindings while it is built;
 * each call supplies the keys as one array parameter (`= any($n)`).
 */
export const KEYS_PARAMETER = '\u0000metrograph-keys';

/** SQL text with $n placeholders and its bindings, as knex's `toSQL().toNative()` gives them. */
export interface NativeQuery {
  sql: string;
  bindings: readonly unknown[];
}

/** A statement built once per shape and prepared by name on each connection that runs it. */
export interface PreparedStatement {
  /** Name of the prepared statement: a hash of its text, so one text is prepared once per connection. */
  name: string;
  text: string;
  /** The shape's own values (filter values, limits), in placeholder order. */
  values: readonly unknown[];
  /** Where the keys go in `values` (-1: the statement takes no keys). */
  keysAt: number;
}

/** Statements by ORM (its metadata: table names and schema come from it), then by shape. */
const statementsByOrm = new WeakMap<object, Map<string, PreparedStatement | null>>();
/** Shapes kept (a shape is a query's filter, sort, page size and columns, not its keys). */
const MAX_STATEMENTS = 1000;

/** Values PostgreSQL reads from a parameter exactly as from the literal MikroORM would inline. */
function plainValue(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * A key telling filters apart by content (JSON), or null when a filter holds anything JSON would
 * not tell apart (a RegExp, a class instance): such filters are not cached.
 */
export function shapeKey(value: unknown): string | null {
  let plain = true;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const prototype = Object.getPrototypeOf(v);
      if (prototype !== Object.prototype && prototype !== null) plain = false;
    }
    return v;
  });
  return plain ? text : null;
}

/**
 * The statement of one shape — the filter `where` and the rest of the query named by `key` — for
 * the EntityManager's ORM, built by `build` the first time only. Null when it cannot be run as a
 * prepared statement: inside a transaction, a filter shapeKey cannot key, `build` declined (null),
 * the keys placeholder is repeated, or a binding is not a plain string, number or boolean (dates,
 * arrays, JSON are left to MikroORM's own formatting).
 */
export function preparedStatement(em: EntityManager, where: unknown, key: string, build: () => NativeQuery | null): PreparedStatement | null {
  if (em.isInTransaction()) return null;
  const shape = shapeKey(where);
  if (shape === null) return null;
  key = `${key}|${shape}`;
  const metadata = em.getMetadata();
  let statements = statementsByOrm.get(metadata);
  if (!statements) statementsByOrm.set(metadata, (statements = new Map()));
  let statement = statements.get(key);
  if (statement === undefined) {
    const { sql, bindings } = build() ?? { sql: '', bindings: [] };
    const keysAt = bindings.indexOf(KEYS_PARAMETER);
    const usable = sql !== '' && bindings.lastIndexOf(KEYS_PARAMETER) === keysAt && bindings.every((b, i) => i === keysAt || plainValue(b));
    statement = usable ? { name: `mg_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`, text: sql, values: [...bindings], keysAt } : null;
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(key, statement);
  }
  return statement;
}

interface PoolClient {
  emit(event: 'query', query: { method: string; sql: string; bindings: unknown[] }): boolean;
  acquireConnection(): Promise<{ query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Record<string, unknown>[] }> }>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/**
 * Runs a prepared statement (for these keys, if it takes keys) on a connection of the EntityManager's pool: PostgreSQL
 * parses and plans its text once per connection instead of once per request. Rows come back as
 * from `em.getConnection().execute` (same driver, same type parsers). Outside transactions only.
 * Announced like every other statement (knex's 'query' event), so statement counts include it.
 */
export async function runPrepared(em: EntityManager, statement: PreparedStatement, keys: readonly unknown[] = []): Promise<Record<string, unknown>[]> {
  const values = [...statement.values];
  if (statement.keysAt >= 0) values[statement.keysAt] = keys;
  const client = (em.getKnex() as unknown as { client: PoolClient }).client;
  const connection = await client.acquireConnection();
  client.emit('query', { method: 'select', sql: statement.text, bindings: values });
  try {
    return (await connection.query({ name: statement.name, text: statement.text, values })).rows;
  } finally {
    await client.releaseConnection(connection);
  }
}
