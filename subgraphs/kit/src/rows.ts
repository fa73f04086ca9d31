import type { EntityManager } from '@mikro-orm/postgresql';
import { KEYS_PARAMETER, preparedStatement, runPrepared, shapeKey } from './statements.js';
import type { EntityMetadata, EntityName, EntityProperty, FilterQuery, Platform, QueryOrderMap } from '@mikro-orm/core';

/** How one property of a row becomes a value of the object. */
interface PropertyPlan {
  name: string;
  /** MikroORM's conversion to the JS value (double, date, array, json ... columns). */
  convert: ((value: unknown) => unknown) | null;
  /** For a many-to-one: the prototype of the referenced entity and its primary key's name. */
  reference: { prototype: object; primaryKey: string } | null;
}

interface RowPlan {
  className: string;
  prototype: object;
  props: PropertyPlan[];
}

const plans = new WeakMap<EntityMetadata, RowPlan | null>();

/** The metadata of an entity given by class or by name. */
export function entityMeta(em: EntityManager, entityName: EntityName<any>): EntityMetadata {
  return em.getMetadata().get(typeof entityName === 'string' ? entityName : (entityName as { name: string }).name);
}

/**
 * A plan for reading rows of this entity without the identity map, or null when the entity has
 * something the plain objects would not carry faithfully (collections, embeddables, composite keys,
 * lazy or formula properties): those go through `em.map` instead.
 */
function planFor(meta: EntityMetadata, platform: Platform): RowPlan | null {
  if (plans.has(meta)) return plans.get(meta)!;
  // MikroORM puts a setter for every tracked property on the entity's prototype (it moves the value
  // into its change-tracking state); a prototype in between with plain data properties shadows those
  // setters, so the objects are ordinary ones that are still `instanceof` the entity class.
  const prototype = Object.create(meta.class.prototype as object, Object.fromEntries(meta.props.map((prop) => [prop.name, { value: undefined, writable: true, configurable: true }])));
  let plan: RowPlan | null = { className: meta.className, prototype, props: [] };
  const supported = (prop: EntityProperty) =>
    !prop.embedded && !prop.lazy && !prop.formula && !prop.ref && prop.persist !== false && prop.fieldNames?.length === 1;
  if (meta.embeddable || meta.virtual || meta.discriminatorColumn || meta.polymorphs?.length || meta.forceConstructor) plan = null;
  for (const prop of meta.props) {
    if (!plan) break;
    if (prop.kind === 'scalar' && supported(prop)) {
      const type = prop.customType;
      let convert: PropertyPlan['convert'] = null;
      if (type) convert = (value) => type.convertToJSValue(value, platform);
      // as em.map does: a numeric string (a bigint or numeric column) of a number property becomes a number
      else if (prop.runtimeType === 'number') convert = (value) => (typeof value === 'string' && String(+value) === value ? +value : value);
      plan.props.push({ name: prop.name, convert, reference: null });
    } else if (prop.kind === 'm:1' && supported(prop) && prop.targetMeta?.primaryKeys.length === 1 && !prop.mapToPk) {
      plan.props.push({
        name: prop.name,
        convert: null,
        reference: { prototype: prop.targetMeta.class.prototype as object, primaryKey: prop.targetMeta.primaryKeys[0] },
      });
    } else {
      plan = null;
    }
  }
  plans.set(meta, plan);
  return plan;
}

/**
 * Entities for rows a list query just read, for answering that query only: MikroORM's own
 * column→property mapping and type conversion, but no identity map, no change tracking and no
 * per-entity property accessors (together most of the CPU a nested list spent per row). A
 * many-to-one property holds a key-only object of the referenced entity's class, as an unloaded
 * MikroORM reference does. The objects are never flushed: nothing may change and persist them.
 */
export function readRows<T extends object>(em: EntityManager, entityName: EntityName<T>, rows: Record<string, unknown>[]): T[] {
  const plan = planFor(entityMeta(em, entityName), em.getPlatform());
  if (!plan) return rows.map((row) => em.map(entityName, row as never, { validate: false, cascade: false } as never) as T);
  const comparator = em.getComparator();
  const result: T[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    // column names → property names, dates parsed as MikroORM parses them
    const data = comparator.mapResult(plan.className, rows[i]) as Record<string, unknown>;
    const entity = Object.create(plan.prototype) as Record<string, unknown>;
    for (const prop of plan.props) {
      const value = data[prop.name];
      if (value === undefined) continue;
      if (value === null) entity[prop.name] = null;
      else if (prop.reference) {
        const reference = Object.create(prop.reference.prototype) as Record<string, unknown>;
        // the primary key has no tracking setter: a plain own property
        reference[prop.reference.primaryKey] = value;
        entity[prop.name] = reference;
      } else entity[prop.name] = prop.convert ? prop.convert(value) : value;
    }
    result[i] = entity as T;
  }
  return result;
}

/**
 * `em.find` for answering a query only: the same SQL (MikroORM's query builder), rows read by
 * readRows instead of becoming managed entities. For lists and lookups whose objects are only
 * read by field resolvers, never changed and flushed. With `keys`, only rows whose `property` is
 * one of `values` (a lookup by ids): the list goes to PostgreSQL as one array parameter, so every
 * lookup of the same shape is one prepared statement whatever the number of ids. Outside
 * transactions the SQL is built once per shape (filter, order, limit) and prepared by name.
 */
export async function findRows<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>[]; limit?: number; keys?: { property: string; values: readonly unknown[] } } = {},
): Promise<T[]> {
  return (await selectRows(em, entityName, where, options, undefined)).rows;
}

/**
 * findRows (without keys) that also counts the rows matching `countWhere` in the same statement:
 * the count is a scalar subquery beside the page's columns, so a list page and its totalCount cost
 * one round trip to PostgreSQL instead of two. `total` is null when the count could not ride along
 * (no row came back to carry it, the count joins other tables, or the statement is not prepared):
 * the caller counts on its own then.
 */
export async function findRowsCounted<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  countWhere: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>[]; limit?: number } = {},
): Promise<{ rows: T[]; total: number | null }> {
  return selectRows(em, entityName, where, options, countWhere);
}

/** Column of findRowsCounted's rows that carries the count (not an entity property). */
const TOTAL_COLUMN = '__total';

async function selectRows<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>[]; limit?: number; keys?: { property: string; values: readonly unknown[] } },
  countWhere: FilterQuery<T> | undefined,
): Promise<{ rows: T[]; total: number | null }> {
  const { orderBy, limit, keys } = options;
  const build = (keysParameter: boolean) => {
    const qb = em.createQueryBuilder(entityName).select('*');
    if (keys && !keysParameter) qb.where({ $and: [where, { [keys.property]: { $in: [...keys.values] } }] } as FilterQuery<T>);
    else qb.where(where);
    if (orderBy) qb.orderBy(orderBy);
    if (limit !== undefined) qb.limit(limit);
    return qb;
  };
  const meta = entityMeta(em, entityName);
  // the count's filter in the key keeps a counted statement apart from the plain page of the same filter
  const countShape = countWhere === undefined ? '' : shapeKey(countWhere);
  const statement =
    countShape === null
      ? null
      : preparedStatement(em, where, `rows|${meta.className}|${JSON.stringify(orderBy ?? null)}|${limit}|${keys?.property ?? ''}|${countShape}`, () => {
          const qb = build(true);
          const query = qb.getKnexQuery();
          if (keys) query.whereRaw('?? = any(?)', [`${qb.alias}.${meta.properties[keys.property].fieldNames[0]}`, KEYS_PARAMETER]);
          if (countWhere !== undefined) {
            const count = em.createQueryBuilder(entityName).where(countWhere).count().getKnexQuery();
            // a count over joined tables may count distinct rows: em.count decides that, not this subquery
            if (!/ join /i.test(count.toSQL().sql)) query.select(count.as(TOTAL_COLUMN));
          }
          return query.toSQL().toNative();
        });
  const rows = statement ? await runPrepared(em, statement, keys?.values) : await build(false).execute<Record<string, unknown>[]>('all', false);
  let total: number | null = null;
  if (countWhere !== undefined && rows.length > 0 && TOTAL_COLUMN in rows[0]) {
    total = Number(rows[0][TOTAL_COLUMN]);
    for (const row of rows) delete row[TOTAL_COLUMN];
  }
  return { rows: readRows(em, entityName, rows), total };
}

/**
 * `em.count` of the rows matching `where`; outside transactions as a prepared statement built once
 * per filter. A filter that joins other tables is counted by em.count (it may count distinct rows).
 */
export async function countRows<T extends object>(em: EntityManager, entityName: EntityName<T>, where: FilterQuery<T>): Promise<number> {
  const statement = preparedStatement(em, where, `count|${entityMeta(em, entityName).className}`, () => {
    const query = em.createQueryBuilder(entityName).where(where).count().getKnexQuery().toSQL().toNative();
    return / join /i.test(query.sql) ? null : query;
  });
  if (!statement) return em.count(entityName, where);
  const [row] = await runPrepared(em, statement);
  return Number(row.count);
}
