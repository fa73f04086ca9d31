import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import {
  SortDirection, connectionFromRows, keysWithTiebreak, pageWindow, paginate, type Connection, type PageRequest, type SortKey,
} from './connection.js';
import { allOf } from './ordering.js';
import type { Loaders } from './loaders.js';
import { entityMeta, readRows } from './rows.js';
import { connectionNodeProperties, type FieldReads } from './selection.js';
import { KEYS_PARAMETER, preparedStatement, runPrepared } from './statements.js';

function column(em: EntityManager, entityName: EntityName<any>, property: string): string {
  const meta = entityMeta(em, entityName);
  const prop = meta.properties[property];
  if (!prop) throw new Error(`${meta.className} has no property ${property}`);
  return prop.fieldNames[0];
}

/** A parent's first children and how many children it has in all. */
export interface ChildPage<T> {
  rows: T[];
  total: number;
}

/**
 * The first `limit` children of each parent and each parent's number of children, in one SQL
 * statement (row_number() and count(*) per parent), so a nested connection under a list costs one
 * query however many parents the list has, totalCount included. Rows become read-only entities
 * (see readRows): they answer this request and are never flushed. With `properties`, only those
 * columns are read (plus the parent's, the sort keys and the primary key); the other properties
 * of the objects stay undefined.
 */
export async function firstChildrenPerParent<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  parentProperty: string,
  parentIds: readonly string[],
  where: FilterQuery<T>,
  sort: SortKey[],
  limit: number,
  properties: readonly string[] | null = null,
): Promise<Map<string, ChildPage<T>>> {
  const result = new Map<string, ChildPage<T>>();
  if (parentIds.length === 0) return result;
  const meta = entityMeta(em, entityName);
  const parentColumn = column(em, entityName, parentProperty);
  /** The statement; `parents` is the parent condition (a list of ids, or the keys parameter). */
  const build = (parents: unknown) => {
    const knex = em.getKnex();
    const keys = keysWithTiebreak(sort);
    const order = keys
      .map((k) => `"e"."${column(em, entityName, k.field)}" ${k.direction === SortDirection.ASC ? 'asc' : 'desc'}`)
      .join(', ');
    const inner = em
      .createQueryBuilder(entityName, 'e')
      .select(properties ? [...new Set([...properties, parentProperty, ...keys.map((k) => k.field)])] : '*')
      .where(parents === KEYS_PARAMETER ? where : ({ $and: [where, { [parentProperty]: { $in: parents } }] } as FilterQuery<T>))
      .getKnexQuery();
    if (parents === KEYS_PARAMETER) inner.whereRaw(`"e"."${parentColumn}" = any(?)`, [KEYS_PARAMETER]);
    // both windows partition alike, so PostgreSQL computes them in one pass over the sorted children
    inner.select(knex.raw(`row_number() over (partition by "e"."${parentColumn}" order by ${order}) as "__rn", count(*) over (partition by "e"."${parentColumn}")::int as "__n"`));
    return knex.select('*').from(inner.as('t')).where('__rn', '<=', limit).orderBy('__rn');
  };
  // SQL built once per shape (filter, sort, page size, columns) and prepared on each connection;
  // inside a transaction, or for a filter that cannot be keyed, built and sent as before
  const statement = preparedStatement(em, where, `children|${meta.className}|${parentProperty}|${JSON.stringify(sort)}|${limit}|${properties?.join(',') ?? '*'}`, () => build(KEYS_PARAMETER).toSQL().toNative());
  const rows: Record<string, unknown>[] = statement ? await runPrepared(em, statement, parentIds) : await em.getConnection().execute(build([...parentIds]));
  const entities = readRows(em, entityName, rows);
  for (let i = 0; i < rows.length; i++) {
    const parentId = String(rows[i][parentColumn]);
    const page = result.get(parentId);
    if (page) page.rows.push(entities[i]);
    else result.set(parentId, { rows: [entities[i]], total: Number(rows[i].__n) });
  }
  return result;
}

const NO_CHILDREN: ChildPage<never> = Object.freeze({ rows: [], total: 0 }) as ChildPage<never>;

export interface ChildConnectionRequest<T extends object> {
  em: EntityManager;
  loaders: Loaders;
  entity: EntityName<T>;
  /** Property of the child that holds the parent's id, e.g. 'owner' or 'operatorId'. */
  parentProperty: string;
  parentId: string;
  /** Conditions on the children other than the parent (same for every parent in the batch). */
  where: FilterQuery<T>;
  /** Identifies `where` among the loaders of the request, e.g. JSON of the filter argument. */
  whereKey: string;
  sort: SortKey[];
  page: PageRequest;
  /**
   * The connection field's resolve info: only the columns its node selection needs are read
   * (see connectionNodeProperties). Without it every column is read.
   */
  info?: GraphQLResolveInfo;
  /** What the node type's field resolvers read of a node (e.g. `{ province: ['provinceCode'] }`). */
  reads?: FieldReads;
}

/**
 * A parent's children as a connection (Operator.instruments, Operator.complaints, ...).
 * The first page is batched across all parents of the request: one query for the rows and the
 * counts. Later pages query one parent.
 */
export async function childConnection<T extends object>(request: ChildConnectionRequest<T>): Promise<Connection<T>> {
  const { em, loaders, entity, parentProperty, parentId, where, whereKey, sort, page, info, reads } = request;
  const window = pageWindow(page);
  if (window.cursor || !window.forward) {
    return paginate(em, entity, allOf(where as Record<string, unknown>, { [parentProperty]: parentId }) as FilterQuery<T>, sort, page);
  }
  const properties = info ? connectionNodeProperties(em, entity, info, reads) : null;
  const name = `${(entity as { name?: string }).name ?? String(entity)}.${parentProperty}:${whereKey}:${JSON.stringify(sort)}:${properties?.join(',') ?? '*'}`;
  const children = await loaders
    .get<string, ChildPage<T>>(`rows:${name}:${window.size}`, async (ids) => {
      const byParent = await firstChildrenPerParent(em, entity, parentProperty, ids, where, sort, window.size + 1, properties);
      return ids.map((id) => byParent.get(id) ?? NO_CHILDREN);
    })
    .load(parentId);
  return connectionFromRows(children.rows as T[], window.size, sort, async () => children.total);
}
