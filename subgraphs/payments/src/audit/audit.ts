import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@metrograph/kit';
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
 * Adds an audit entry to the unit of work (written by the same flush as the change it records).
 * Every creation, pay-in view/print, bank notification and status change goes through here (004 §4.5.10 (8)).
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
  return record;
}

export { AuditAction, AuditRecord };
