/**
 * FineSettlementRequested (complaints → payments): a case's fine settled by comparison (เปรียบเทียบปรับ)
 * becomes a payment request. Idempotent twice over: the kit's inbox applies each event once, and a case
 * that already has a live fine request (pending, paid or under review) gets no second one.
 * An event that can never become a request (no amount, bad codes) is not retried forever: it is logged
 * and kept in the audit trail as EVENT_REJECTED for an official to issue the pay-in by hand.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { log, type DomainEvent, type EventConsumer } from '@metrograph/kit';
import { PaymentRequest, PaymentSourceType } from '../payment-request/payment-request.entity.js';
import { PaymentStatus, thaiDateString } from '../payment-request/payment-request.service.js';
import { ACTORS, createPaymentRequest } from '../payment-request/payment-request.ops.js';
import { audit, AuditAction } from '../audit/audit.js';

/** Revenue code of fines in the fee schedule (variable amount). */
export const FINE_FEE_CODE = 'WM-FINE-01';

export interface FineSettlementRequested {
  caseId: string;
  caseNo: string;
  /** Null when the respondent is not in the registry. */
  operatorId?: string | null;
  respondentName?: string | null;
  officeCode: string;
  provinceCode: string;
  amountSatang: number;
  dueDate?: string | null;
  reason?: string | null;
}

/** The fine's payment request, or null when the event was rejected (see the audit trail). */
export async function handleFineSettlementRequested(em: EntityManager, event: DomainEvent): Promise<PaymentRequest | null> {
  const fine = event.payload as unknown as FineSettlementRequested;
  const actor = { ...ACTORS.fineSettlement, name: `payments:fine-settlement (${event.actor})`.slice(0, 100) };
  const reject = (why: string) => {
    log('payments', 'error', 'FineSettlementRequested rejected', { eventId: event.id, caseNo: fine?.caseNo, why });
    audit(em, actor, AuditAction.EVENT_REJECTED, null, { detail: { eventId: event.id, eventType: event.type, source: event.source, payload: event.payload, why } });
    return null;
  };
  if (!fine?.caseId || typeof fine.caseId !== 'string') return reject('caseId is missing');
  if (!Number.isSafeInteger(fine.amountSatang) || fine.amountSatang <= 0) return reject('amountSatang must be a positive whole number of satang');
  const live = await em.findOne(PaymentRequest, {
    sourceType: PaymentSourceType.CASE_FINE,
    sourceId: fine.caseId,
    status: { $nin: [PaymentStatus.CANCELLED, PaymentStatus.EXPIRED, PaymentStatus.REFUNDED] },
  });
  if (live) return live;
  const today = thaiDateString(new Date());
  const result = await createPaymentRequest(em, actor, {
    operatorId: fine.operatorId ?? null,
    payerName: fine.respondentName ?? null,
    officeCode: fine.officeCode,
    provinceCode: fine.provinceCode,
    feeCode: FINE_FEE_CODE,
    amountSatang: fine.amountSatang,
    dueDate: fine.dueDate && fine.dueDate >= today ? fine.dueDate : null,
    sourceType: PaymentSourceType.CASE_FINE,
    sourceId: fine.caseId,
    idempotencyKey: `event:${event.id}`,
  });
  if (!result.request) return reject(result.errors.map((e) => `${e.field.slice(1).join('.')}: ${e.message}`).join('; '));
  return result.request;
}

export const fineSettlementConsumer: EventConsumer = {
  name: 'fine-settlement',
  eventTypes: ['FineSettlementRequested'],
  async handle(em, event) {
    await handleFineSettlementRequested(em, event);
  },
};
