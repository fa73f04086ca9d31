import type { SubgraphContext } from '@metrograph/kit';
import { Operator } from './operator.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds operators by id for other subgraphs (Complaint.respondent, PaymentRequest.operator), batched per request. */
export async function resolveOperatorReference(reference: { id: string }, { em, loaders }: SubgraphContext): Promise<Operator | null> {
  if (!UUID.test(reference.id)) return null;
  return loaders
    .get<string, Operator | null>('operatorById', async (ids) => {
      const rows = await em.find(Operator, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((o) => o.id === id) ?? null);
    })
    .load(reference.id);
}
