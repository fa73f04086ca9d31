import { allOf, areaCondition, type SubgraphContext } from '@metrograph/kit';
import { Operator } from './operator.entity.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';


/** Finds operators by id for other subgraphs (Complaint.respondent, PaymentRequest.operator), batched per request. */
export async function resolveOperatorReference(reference: { id: string }, { em, loaders, principal }: SubgraphContext, scoped = true): Promise<Operator | null> {
  if (!UUID.test(reference.id)) return null;
  return loaders
    .get<string, Operator | null>(scoped ? 'operatorById' : 'operatorByIdUnscoped', async (ids) => {
      // other areas' operators look like nothing (area scope, 004 §4.5.1 (12))
      const rows = await em.find(Operator, allOf({ id: { $in: [...ids] } }, scoped ? areaCondition(principal) : null) as never);
      return ids.map((id) => rows.find((o) => o.id === id) ?? null);
    })
    .load(reference.id);
}
