import { UUID_PATTERN as UUID, canSeeProvince, type SubgraphContext } from '@metrograph/kit';
import { PaymentRequest } from './payment-request.entity.js';

export { UUID };

/**
 * Finds payment requests by id, for paymentRequest(id) and for other subgraphs (e.g. a case's fine settlement),
 * batched per request; a request outside the caller's provinces resolves to null.
 */
export async function resolvePaymentRequestReference(
  reference: { id: string },
  { em, loaders, principal }: SubgraphContext,
): Promise<PaymentRequest | null> {
  if (!UUID.test(reference.id)) return null;
  const request = await loaders
    .get<string, PaymentRequest | null>('paymentRequestById', async (ids) => {
      const rows = await em.find(PaymentRequest, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    })
    .load(reference.id);
  return request && canSeeProvince(principal, request.provinceCode) ? request : null;
}
