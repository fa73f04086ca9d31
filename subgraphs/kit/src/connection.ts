import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';
import { countRows, entityMeta, findRows, findRowsCounted } from './rows.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Order of a sort key.',
  valuesConfig: {
    ASC: { description: 'Smallest, oldest or alphabetically first value first.' },
    DESC: { description: 'Largest, newest or alphabetically last value first.' },
  },
});

@Directive('@shareable')
@ObjectType({ description: 'Relay page information: whether more items exist and the cursors bounding this page.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when items exist after endCursor.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items exist before startCursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page, null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page, null when the page is empty.' })
  endCursor!: string | null;
}

/** Relay pagination arguments shared by every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Number of items after \`after\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Number of items before \`before\` (at most ${MAX_PAGE_SIZE}).` })
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Resolved only when the client selects totalCount (graphql-js calls the function). */
  totalCount: () => Promise<number>;
}

/**
 * Makes the `XConnection` and `XEdge` object types for a node type.
 * Use: `@ObjectType({ description }) class ComplaintConnection extends ConnectionType(Complaint, 'Complaint') {}`
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with the cursor that points at it.` })
  class EdgeType {
    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor for paginating from this item.' })
    cursor!: string;
  }

  @ObjectType(`${name}ConnectionBase`, { description: `A page of ${name} items.` })
  abstract class ConnectionBase {
    @Field(() => [EdgeType], { description: 'The items of this page, in the requested order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages exist, and the cursors to fetch them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount!: () => Promise<number>;
  }
  return ConnectionBase;
}

export interface SortKey {
  /** Entity property name. */
  field: string;
  direction: SortDirection;
}

export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

interface PageWindow {
  size: number;
  forward: boolean;
  cursor: unknown[] | null;
}

/** Validates first/after/last/before, naming the argument at fault. */
export function pageWindow(request: PageRequest): PageWindow {
  const { first, after, last, before } = request;
  if (first != null && last != null) throw badInput('last', 'use either first or last, not both');
  if (after != null && before != null) throw badInput('before', 'use either after or before, not both');
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(name, `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${value}`);
    }
  }
  const forward = last == null && before == null;
  const size = (forward ? first : last) ?? DEFAULT_PAGE_SIZE;
  const rawCursor = forward ? after : before;
  const cursor = rawCursor == null ? null : decodeCursor(rawCursor, forward ? 'after' : 'before');
  return { size, forward, cursor };
}

export function encodeCursor(values: unknown[]): string {
  const encoded = values.map((v) => (v instanceof Date ? { d: v.toISOString() } : v));
  return Buffer.from(JSON.stringify(encoded), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argName: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed)) throw new Error('not a list');
    return parsed.map((v) => (v && typeof v === 'object' && 'd' in v ? new Date(String((v as { d: string }).d)) : v));
  } catch {
    throw badInput(argName, 'is not a cursor returned by this list');
  }
}

/** Sort keys made total by appending the primary key, so the keyset order is stable. */
function keysWithTiebreak(sort: SortKey[], primaryKey = 'id'): SortKey[] {
  return sort.some((k) => k.field === primaryKey) ? sort : [...sort, { field: primaryKey, direction: SortDirection.ASC }];
}

function primaryKeyOf(em: EntityManager, entityName: EntityName<any>): string {
  return entityMeta(em, entityName).primaryKeys[0];
}

/** Keyset condition "strictly after the cursor" in the (possibly reversed) sort order. */
export function keysetFilter(sort: SortKey[], cursor: unknown[], forward: boolean): Record<string, unknown> {
  if (cursor.length !== sort.length) throw badInput(forward ? 'after' : 'before', 'does not match the requested order');
  const alternatives: Record<string, unknown>[] = [];
  for (let i = 0; i < sort.length; i++) {
    const branch: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) branch[sort[j].field] = cursor[j];
    const ascending = (sort[i].direction === SortDirection.ASC) === forward;
    branch[sort[i].field] = { [ascending ? '$gt' : '$lt']: cursor[i] };
    alternatives.push(branch);
  }
  return { $or: alternatives };
}

function readPath(entity: object, field: string): unknown {
  return (entity as Record<string, unknown>)[field];
}

/**
 * An edge whose cursor is encoded when it is first read: most lists nested in a query never select
 * `cursor`, and encoding one (JSON and base64 of the sort keys) per node cost more than reading the node.
 */
class PageEdge<T extends object> implements Edge<T> {
  private encoded: string | undefined;

  constructor(
    readonly node: T,
    private readonly keys: SortKey[],
  ) {}

  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.keys.map((k) => readPath(this.node, k.field))));
  }
}

/** A page's PageInfo: its cursors are read from the first and last edges only when selected. */
class PagePosition implements PageInfo {
  constructor(
    private readonly edges: readonly Edge<object>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/**
 * One page of a keyset-paginated list: stable under inserts, one query for the page
 * (plus one COUNT only when totalCount is selected; none for read-only pages told `countWithPage`).
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  sort: SortKey[],
  request: PageRequest,
  options: {
    populate?: string[];
    /** Nodes as read-only objects (findRows) instead of managed entities: for lists whose nodes are only read. */
    readOnly?: boolean;
    /**
     * The caller selected totalCount (`selectsField(info, 'totalCount')`): read-only pages then count
     * in the page's own statement (findRowsCounted), one round trip to PostgreSQL instead of two.
     */
    countWithPage?: boolean;
  } = {},
): Promise<Connection<T>> {
  const window = pageWindow(request);
  const keys = keysWithTiebreak(sort, primaryKeyOf(em, entityName));
  const conditions: unknown[] = [where];
  if (window.cursor) conditions.push(keysetFilter(keys, window.cursor, window.forward));
  const orderBy = keys.map((k) => ({
    [k.field]: (k.direction === SortDirection.ASC) === window.forward ? 'asc' : 'desc',
  }));
  if (options.readOnly && options.populate?.length) throw new Error('paginate: read-only nodes cannot populate relations');
  const pageWhere = { $and: conditions } as FilterQuery<T>;
  let total: number | null = null;
  let rows: T[];
  if (window.size === 0) rows = [];
  else if (options.readOnly && options.countWithPage) {
    ({ rows, total } = await findRowsCounted(em, entityName, pageWhere, where, { orderBy: orderBy as never, limit: window.size + 1 }));
    // nothing matched the filter at all (no cursor narrowed it): nothing to count
    if (rows.length === 0 && !window.cursor) total = 0;
  } else if (options.readOnly) rows = await findRows(em, entityName, pageWhere, { orderBy: orderBy as never, limit: window.size + 1 });
  else rows = await em.find(entityName, pageWhere, { orderBy: orderBy as never, limit: window.size + 1, populate: (options.populate ?? []) as never });
  const hasMore = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (!window.forward) page.reverse();
  const edges = page.map((node) => new PageEdge(node, keys));
  return {
    edges,
    pageInfo: new PagePosition(edges, window.forward ? hasMore : window.cursor !== null, window.forward ? window.cursor !== null : hasMore),
    totalCount: total === null ? () => countRows(em, entityName, where) : () => Promise.resolve(total),
  };
}

/** Builds a connection from rows already fetched (e.g. by a batched per-parent query). */
export function connectionFromRows<T extends object>(
  rows: T[],
  size: number,
  sort: SortKey[],
  totalCount: () => Promise<number>,
): Connection<T> {
  const keys = keysWithTiebreak(sort);
  const edges = rows.slice(0, size).map((node) => new PageEdge(node, keys));
  return { edges, pageInfo: new PagePosition(edges, rows.length > size, false), totalCount };
}

export { keysWithTiebreak };
