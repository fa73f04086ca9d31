import { describe, expect, it } from 'vitest';
import { PaymentStatus } from '../payment-request/payment-request.service.js';
import { PaymentTrigger } from '../payment-request/payment-status.js';
import { AdjustmentKind } from './adjustment.entity.js';
import { checkAdjustment, refundTrigger, refundable, sameActor } from './adjustment.service.js';

const paid = { status: PaymentStatus.PAID, paidAmountSatang: 50_000, refundedAmountSatang: 0 };

describe('refunds', () => {
  it('never exceed what was paid, counting refunds made and waiting', () => {
    expect(checkAdjustment(AdjustmentKind.REFUND, paid, 50_000).ok).toBe(true);
    expect(checkAdjustment(AdjustmentKind.REFUND, paid, 50_001)).toMatchObject({ ok: false, code: 'EXCEEDS_PAID' });
    expect(checkAdjustment(AdjustmentKind.REFUND, { ...paid, status: PaymentStatus.PARTIALLY_REFUNDED, refundedAmountSatang: 20_000 }, 30_001)).toMatchObject({ ok: false, code: 'EXCEEDS_PAID' });
    expect(checkAdjustment(AdjustmentKind.REFUND, paid, 30_001, 20_000)).toMatchObject({ ok: false, code: 'EXCEEDS_PAID' });
    expect(refundable(paid, 20_000)).toBe(30_000);
  });
  it('need money held and a positive amount', () => {
    expect(checkAdjustment(AdjustmentKind.REFUND, { ...paid, status: PaymentStatus.PENDING, paidAmountSatang: null }, 100)).toMatchObject({ ok: false, code: 'INVALID_STATUS' });
    expect(checkAdjustment(AdjustmentKind.REFUND, paid, 0)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect(checkAdjustment(AdjustmentKind.REFUND, paid, 1.5)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
  });
  it('of a payment under review are all or nothing', () => {
    const review = { ...paid, status: PaymentStatus.UNDER_REVIEW, paidAmountSatang: 60_000 };
    expect(checkAdjustment(AdjustmentKind.REFUND, review, 10_000)).toMatchObject({ ok: false, code: 'FULL_REFUND_ONLY' });
    expect(checkAdjustment(AdjustmentKind.REFUND, review, 60_000).ok).toBe(true);
  });
  it('end in REFUNDED when everything went back', () => {
    expect(refundTrigger(paid, 50_000)).toBe(PaymentTrigger.REFUNDED_FULLY);
    expect(refundTrigger(paid, 10_000)).toBe(PaymentTrigger.REFUNDED_PARTIALLY);
    expect(refundTrigger({ ...paid, refundedAmountSatang: 40_000 }, 10_000)).toBe(PaymentTrigger.REFUNDED_FULLY);
  });
});

describe('cancellations and extra charges', () => {
  it('cancel only unpaid requests, without an amount', () => {
    expect(checkAdjustment(AdjustmentKind.CANCELLATION, { ...paid, status: PaymentStatus.PENDING }, null).ok).toBe(true);
    expect(checkAdjustment(AdjustmentKind.CANCELLATION, paid, null)).toMatchObject({ ok: false, code: 'INVALID_STATUS' });
    expect(checkAdjustment(AdjustmentKind.CANCELLATION, { ...paid, status: PaymentStatus.PENDING }, 100)).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });
  it('charge extra on live requests only', () => {
    expect(checkAdjustment(AdjustmentKind.EXTRA_CHARGE, paid, 10_000).ok).toBe(true);
    expect(checkAdjustment(AdjustmentKind.EXTRA_CHARGE, { ...paid, status: PaymentStatus.CANCELLED }, 10_000).ok).toBe(false);
  });
  it('need a different approver when both are identified', () => {
    expect(sameActor('u1', 'u1')).toBe(true);
    expect(sameActor('u1', 'u2')).toBe(false);
    expect(sameActor(null, null)).toBe(false);
  });
});
