import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import {
  SortDirection, connectionFromRows, keysWithTiebreak, pageWindow, paginate, type Connection, type PageRequest, type SortKey,
} from './connection.js';
import { allOf } from './ordering.js';
import type { Loaders } from './loaders.js';

function column(em: EntityManager, entityName: EntityName<any>, property: string): string {
  const meta = em.getMetadata().find(entityName as string) ?? em.getMetadata().get((entityName as { name: string }).name);
  const prop = meta.properties[property];
  if (!prop) throw new Error(`${meta.className} has no property ${property}`);
  return prop.fieldNames[0];
}

/**
 * The first `limit` children of each parent, in one SQL statement (row_number() per parent),
 * so a nested connection under a list costs one query however many parents the list has.
 */
export async function firstChildrenPerParent<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  parentProperty: string,
  parentIds: readonly string[],
  where: FilterQuery<T>,
  sort: SortKey[],
  limit: number,
): Promise<Map<string, T[]>> {
  const result = new Map<string, T[]>();
  if (parentIds.length === 0) return result;
  const knex = em.getKnex();
  const parentColumn = column(em, entityName, parentProperty);
  const order = keysWithTiebreak(sort)
    .map((k) => `"e"."${column(em, entityName, k.field)}" ${k.direction === SortDirection.ASC ? 'asc' : 'desc'}`)
    .join(', ');
  const inner = em
    .createQueryBuilder(entityName, 'e')
    .select('*')
    .where({ $and: [where, { [parentProperty]: { $in: [...parentIds] } }] } as FilterQuery<T>)
    .getKnexQuery();
  inner.select(knex.raw(`row_number() over (partition by "e"."${parentColumn}" order by ${order}) as "__rn"`));
  const outer = knex.select('*').from(inner.as('t')).where('__rn', '<=', limit).orderBy('__rn');
  const rows: Record<string, unknown>[] = await em.getConnection().execute(outer);
  for (const row of rows) {
    const parentId = String(row[parentColumn]);
    delete row.__rn;
    // rows straight from the database: no primary-key or entity validation, no cascading merge
    const entity = em.map(entityName, row as never, { validate: false, cascade: false } as never) as T;
    const list = result.get(parentId);
    if (list) list.push(entity);
    else result.set(parentId, [entity]);
  }
  return result;
}

/** Number of children per parent in one grouped query. */
export async function countChildrenPerParent<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  parentProperty: string,
  parentIds: readonly string[],
  where: FilterQuery<T>,
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (parentIds.length === 0) return result;
  const knex = em.getKnex();
  const parentColumn = column(em, entityName, parentProperty);
  const query = em
    .createQueryBuilder(entityName, 'e')
    .select(`e.${parentProperty}`)
    .where({ $and: [where, { [parentProperty]: { $in: [...parentIds] } }] } as FilterQuery<T>)
    .getKnexQuery()
    .clearSelect()
    .select(knex.raw(`"e"."${parentColumn}" as parent_id, count(*)::int as n`))
    .groupBy(`e.${parentColumn}`);
  const rows: { parent_id: string; n: number }[] = await em.getConnection().execute(query);
  for (const row of rows) result.set(String(row.parent_id), Number(row.n));
  return result;
}

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
}

/**
 * A parent's children as a connection (Operator.instruments, Operator.complaints, ...).
 * The first page is batched across all parents of the request: one query for the rows,
 * one more for the counts only if totalCount is selected. Later pages query one parent.
 */
export async function childConnection<T extends object>(request: ChildConnectionRequest<T>): Promise<Connection<T>> {
  const { em, loaders, entity, parentProperty, parentId, where, whereKey, sort, page } = request;
  const window = pageWindow(page);
  if (window.cursor || !window.forward) {
    return paginate(em, entity, allOf(where as Record<string, unknown>, { [parentProperty]: parentId }) as FilterQuery<T>, sort, page);
  }
  const name = `${(entity as { name?: string }).name ?? String(entity)}.${parentProperty}:${whereKey}:${JSON.stringify(sort)}`;
  const rows = await loaders
    .get<string, T[]>(`rows:${name}:${window.size}`, async (ids) => {
      const byParent = await firstChildrenPerParent(em, entity, parentProperty, ids, where, sort, window.size + 1);
      return ids.map((id) => byParent.get(id) ?? []);
    })
    .load(parentId);
  const count = () =>
    loaders
      .get<string, number>(`count:${name}`, async (ids) => {
        const counts = await countChildrenPerParent(em, entity, parentProperty, ids, where);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(parentId);
  return connectionFromRows(rows, window.size, sort, count);
}
