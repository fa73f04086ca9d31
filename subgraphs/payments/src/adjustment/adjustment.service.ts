/** Rules of refunds, cancellations and extra charges (pure, unit-tested). */
import { PaymentStatus } from '../payment-request/payment-request.service.js';
import { MONEY_HELD, PaymentTrigger } from '../payment-request/payment-status.js';
import { AdjustmentKind } from './adjustment.entity.js';

export interface AdjustmentTarget {
  status: PaymentStatus;
  paidAmountSatang?: number | null;
  refundedAmountSatang: number;
}

/** Money that can still be refunded: paid, less refunded, less refunds already waiting for approval. */
export function refundable(target: AdjustmentTarget, pendingRefundsSatang = 0): number {
  return Math.max(0, (target.paidAmountSatang ?? 0) - target.refundedAmountSatang - pendingRefundsSatang);
}

export type Check = { ok: true } | { ok: false; field: string; code: string; message: string };

/** Whether an adjustment may be requested (and, checked again, approved) for a request in its current state. */
export function checkAdjustment(kind: AdjustmentKind, target: AdjustmentTarget, amountSatang: number | null | undefined, pendingRefundsSatang = 0): Check {
  const fail = (field: string, code: string, message: string): Check => ({ ok: false, field, code, message });
  if (kind === AdjustmentKind.CANCELLATION) {
    if (amountSatang != null) return fail('amountSatang', 'NOT_ALLOWED', 'a cancellation has no amount');
    if (target.status !== PaymentStatus.PENDING) return fail('paymentRequestId', 'INVALID_STATUS', `only an unpaid (PENDING) request can be cancelled; this one is ${target.status} — ask for a refund instead`);
    return { ok: true };
  }
  if (amountSatang == null || !Number.isSafeInteger(amountSatang) || amountSatang <= 0) return fail('amountSatang', 'OUT_OF_RANGE', 'must be a positive whole number of satang');
  if (kind === AdjustmentKind.REFUND) {
    if (!MONEY_HELD.has(target.status)) return fail('paymentRequestId', 'INVALID_STATUS', `nothing to refund on a ${target.status} request`);
    const max = refundable(target, pendingRefundsSatang);
    if (amountSatang > max) return fail('amountSatang', 'EXCEEDS_PAID', `at most ${max} satang can be refunded (paid ${target.paidAmountSatang ?? 0}, refunded ${target.refundedAmountSatang}, waiting ${pendingRefundsSatang})`);
    if (target.status === PaymentStatus.UNDER_REVIEW && amountSatang !== max) {
      return fail('amountSatang', 'FULL_REFUND_ONLY', `a payment under review is either accepted or refunded in full (${max} satang)`);
    }
    return { ok: true };
  }
  if (target.status === PaymentStatus.CANCELLED || target.status === PaymentStatus.REFUNDED) {
    return fail('paymentRequestId', 'INVALID_STATUS', `no extra charge on a ${target.status} request`);
  }
  return { ok: true };
}

/** The status trigger of an approved refund of `amountSatang`. */
export function refundTrigger(target: AdjustmentTarget, amountSatang: number): PaymentTrigger {
  return target.refundedAmountSatang + amountSatang >= (target.paidAmountSatang ?? 0) ? PaymentTrigger.REFUNDED_FULLY : PaymentTrigger.REFUNDED_PARTIALLY;
}

/** Four eyes: the approver is not the requester (unless neither is identified, as before sign-in exists). */
export function sameActor(requestedById: string | null | undefined, deciderId: string | null | undefined): boolean {
  return requestedById != null && deciderId != null && requestedById === deciderId;
}
