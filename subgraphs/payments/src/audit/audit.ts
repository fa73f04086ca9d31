import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type Principal } from '@metrograph/kit';
import { AuditAction, AuditRecord } from './audit-record.entity.js';
import type { PaymentStatus } from '../payment-request/payment-request.service.js';

/** Who did something: the caller's principal, or a named process of the payments service. */
export type Actor = Principal;

/** The subset of a payment request an audit entry references. */
export interface AuditedRequest {
  id: string;
  requestNo: string;
  ref1: string;
  ref2: string;
}

/**
 * Audited actions that change state and announce no event of their own elsewhere (creations and
 * status changes record `PaymentRequestCreated` / `PaymentStatusChanged` in payment-request.ops),
 * by the domain event they put on the bus from the same transaction.
 */
const EVENT_OF: Partial<Record<AuditAction, { type: string; aggregateType: string; aggregateId: (detail: Record<string, unknown>) => unknown }>> = {
  [AuditAction.FEE_RATE_SET]: { type: 'FeeRateChanged', aggregateType: 'FeeRate', aggregateId: (d) => d.feeRateId },
  [AuditAction.ADJUSTMENT_REQUESTED]: { type: 'PaymentAdjustmentChanged', aggregateType: 'PaymentAdjustment', aggregateId: (d) => d.adjustmentId },
  [AuditAction.ADJUSTMENT_DECIDED]: { type: 'PaymentAdjustmentChanged', aggregateType: 'PaymentAdjustment', aggregateId: (d) => d.adjustmentId },
  [AuditAction.STATEMENT_RECONCILED]: { type: 'BankStatementReconciled', aggregateType: 'BankStatement', aggregateId: (d) => d.date },
};

/**
 * Adds an audit entry to the unit of work (written by the same flush as the change it records).
 * Every creation, pay-in view/print, bank notification and status change goes through here (004 §4.5.10 (8)).
 * A state change without an event of its own also gets its domain event in the outbox (see EVENT_OF).
 */
export function audit(
  em: EntityManager,
  actor: Actor,
  action: AuditAction,
  request: AuditedRequest | null,
  extra: { from?: PaymentStatus | null; to?: PaymentStatus | null; detail?: Record<string, unknown> } = {},
): AuditRecord {
  const record = em.create(AuditRecord, {
    id: randomUUID(),
    at: new Date(),
    action,
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    paymentRequestId: request?.id ?? null,
    requestNo: request?.requestNo ?? null,
    ref1: request?.ref1 ?? null,
    ref2: request?.ref2 ?? null,
    fromStatus: extra.from ?? null,
    toStatus: extra.to ?? null,
    detail: extra.detail ?? null,
  });
  em.persist(record);
  const event = EVENT_OF[action];
  const detail = extra.detail ?? {};
  const aggregateId = event?.aggregateId(detail);
  if (event && aggregateId != null) {
    recordEvent(em, {
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: String(aggregateId),
      payload: { change: action, paymentRequestId: request?.id ?? null, requestNo: request?.requestNo ?? null, detail, auditRecordId: record.id },
      actor,
    });
  }
  return record;
}

export { AuditAction, AuditRecord };
