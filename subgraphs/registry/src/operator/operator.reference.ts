import { allOf, areaCondition, findRows, type SubgraphContext } from '@metrograph/kit';
import { Operator } from './operator.entity.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';

/** The request's loader of operators by id, within the caller's area (scoped) or not. */
function operatorLoader({ em, loaders, principal }: SubgraphContext, scoped: boolean) {
  return loaders.get<string, Operator | null>(scoped ? 'operatorById' : 'operatorByIdUnscoped', async (ids) => {
    // other areas' operators look like nothing (area scope, 004 §4.5.1 (12))
    const rows = await findRows(em, Operator, allOf(scoped ? areaCondition(principal) : null) as never, { keys: { property: 'id', values: ids } });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Finds operators by id for other subgraphs (Complaint.respondent, PaymentRequest.operator), batched per request. */
export async function resolveOperatorReference(reference: { id: string }, ctx: SubgraphContext, scoped = true): Promise<Operator | null> {
  if (!UUID.test(reference.id)) return null;
  return operatorLoader(ctx, scoped).load(reference.id);
}

/** Operators each request already read, by id (keyed by the request's loaders). */
const readByRequest = new WeakMap<object, Map<string, Operator>>();

/**
 * Operators this request already read: an unscoped lookup by id (an instrument's owner) takes them
 * from here instead of the database, so the owners of a page's instruments cost no query.
 */
export function operatorsRead(ctx: SubgraphContext, operators: Operator[]): void {
  let read = readByRequest.get(ctx.loaders);
  if (!read) readByRequest.set(ctx.loaders, (read = new Map()));
  for (const operator of operators) read.set(operator.id, operator);
}

/**
 * Any operator by id, wherever registered (an instrument's owner): synchronously when the request
 * read it already (no promise per row of a list), else batched with the other lookups.
 */
export function operatorById(ctx: SubgraphContext, id: string): Operator | Promise<Operator | null> {
  return readByRequest.get(ctx.loaders)?.get(id) ?? resolveOperatorReference({ id }, ctx, false);
}
