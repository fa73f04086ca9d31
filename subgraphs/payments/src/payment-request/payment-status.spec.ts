import { describe, expect, it } from 'vitest';
import { PaymentStatus } from './payment-request.service.js';
import {
  BankEventType, NotificationOutcome, PaymentTrigger, TRANSITIONS, decideNotification, isTerminal, nextStatus, transition, TransitionRefused,
  type BankEvent, type PriorNotification, type RequestState,
} from './payment-status.js';

const S = PaymentStatus;
const T = PaymentTrigger;

describe('transition graph', () => {
  it('pays, holds for review, cancels and expires only a pending request', () => {
    expect(nextStatus(S.PENDING, T.PAYMENT_CONFIRMED)).toBe(S.PAID);
    expect(nextStatus(S.PENDING, T.PAYMENT_MISMATCHED)).toBe(S.UNDER_REVIEW);
    expect(nextStatus(S.PENDING, T.CANCELLED)).toBe(S.CANCELLED);
    expect(nextStatus(S.PENDING, T.EXPIRED)).toBe(S.EXPIRED);
    for (const from of [S.PAID, S.CANCELLED, S.EXPIRED, S.UNDER_REVIEW, S.REFUNDED, S.PARTIALLY_REFUNDED]) {
      expect(nextStatus(from, T.PAYMENT_CONFIRMED)).toBeNull();
      expect(nextStatus(from, T.CANCELLED)).toBeNull();
      expect(nextStatus(from, T.EXPIRED)).toBeNull();
    }
  });
  it('refunds only money held, and a full refund is final', () => {
    for (const from of [S.PENDING, S.CANCELLED, S.EXPIRED, S.REFUNDED]) expect(nextStatus(from, T.REFUNDED_PARTIALLY)).toBeNull();
    expect(nextStatus(S.PAID, T.REFUNDED_PARTIALLY)).toBe(S.PARTIALLY_REFUNDED);
    expect(nextStatus(S.PARTIALLY_REFUNDED, T.REFUNDED_FULLY)).toBe(S.REFUNDED);
    expect(nextStatus(S.UNDER_REVIEW, T.REFUNDED_FULLY)).toBe(S.REFUNDED);
    expect(isTerminal(S.REFUNDED)).toBe(true);
    expect(isTerminal(S.PAID)).toBe(false);
  });
  it('sends late payments on expired or cancelled requests to review', () => {
    expect(nextStatus(S.EXPIRED, T.PAYMENT_LATE)).toBe(S.UNDER_REVIEW);
    expect(nextStatus(S.CANCELLED, T.PAYMENT_LATE)).toBe(S.UNDER_REVIEW);
    expect(nextStatus(S.UNDER_REVIEW, T.REVIEW_ACCEPTED)).toBe(S.PAID);
  });
  it('has no duplicate edges and reaches every status', () => {
    const keys = TRANSITIONS.map(([f, t]) => `${f}/${t}`);
    expect(new Set(keys).size).toBe(keys.length);
    const reached = new Set(TRANSITIONS.map(([, , to]) => to));
    for (const status of Object.values(S)) if (status !== S.PENDING) expect(reached.has(status)).toBe(true);
  });
  it('throws for an edge the graph does not have', () => {
    expect(() => transition(S.REFUNDED, T.PAYMENT_VOIDED)).toThrow(TransitionRefused);
    expect(transition(S.PAID, T.PAYMENT_VOIDED)).toBe(S.PENDING);
  });
});

describe('bank notifications', () => {
  const pending: RequestState = { status: S.PENDING, amountSatang: 50_000, bankTransactionId: null };
  const pay = (over: Partial<BankEvent> = {}): BankEvent => ({
    eventId: 'E1', type: BankEventType.PAYMENT, transactionId: 'TX1', amountSatang: 50_000, occurredAt: new Date('2026-11-20T03:00:00Z'), ...over,
  });
  const seen = (over: Partial<PriorNotification>): PriorNotification => ({
    eventId: 'E1', type: BankEventType.PAYMENT, transactionId: 'TX1', outcome: NotificationOutcome.APPLIED, ...over,
  });

  it('applies a payment of the amount due', () => {
    expect(decideNotification(pending, pay(), [])).toMatchObject({ outcome: NotificationOutcome.APPLIED, to: S.PAID, trigger: T.PAYMENT_CONFIRMED });
  });
  it('holds a payment of another amount for review, in both directions', () => {
    for (const amountSatang of [49_999, 50_001, 0]) {
      const decision = decideNotification(pending, pay({ amountSatang }), []);
      expect(decision).toMatchObject({ outcome: NotificationOutcome.HELD_FOR_REVIEW, to: S.UNDER_REVIEW, trigger: T.PAYMENT_MISMATCHED });
      expect(decision.reason).toContain(`${amountSatang} satang`);
    }
  });
  it('changes nothing for a re-delivery of the same event or the same transaction', () => {
    const paid: RequestState = { ...pending, status: S.PAID, bankTransactionId: 'TX1' };
    expect(decideNotification(paid, pay(), [seen({})]).outcome).toBe(NotificationOutcome.DUPLICATE);
    expect(decideNotification(paid, pay({ eventId: 'E2' }), [seen({})]).outcome).toBe(NotificationOutcome.DUPLICATE);
  });
  it('refuses a second payment of a paid request', () => {
    const paid: RequestState = { ...pending, status: S.PAID, bankTransactionId: 'TX1' };
    const decision = decideNotification(paid, pay({ eventId: 'E2', transactionId: 'TX2' }), [seen({})]);
    expect(decision.outcome).toBe(NotificationOutcome.REFUSED);
    expect(decision.reason).toContain('TX1');
  });
  it('holds a payment on an expired or cancelled request for review', () => {
    for (const status of [S.EXPIRED, S.CANCELLED]) {
      expect(decideNotification({ ...pending, status }, pay(), [])).toMatchObject({ outcome: NotificationOutcome.HELD_FOR_REVIEW, to: S.UNDER_REVIEW });
    }
  });
  it('defers a void that arrives before its payment, and applies a void after it', () => {
    const voided = pay({ eventId: 'E2', type: BankEventType.VOID });
    expect(decideNotification(pending, voided, []).outcome).toBe(NotificationOutcome.DEFERRED);
    const paid: RequestState = { ...pending, status: S.PAID, bankTransactionId: 'TX1' };
    expect(decideNotification(paid, voided, [seen({})])).toMatchObject({ outcome: NotificationOutcome.APPLIED, to: S.PENDING });
    expect(decideNotification(pending, voided, [seen({}), seen({ eventId: 'E3', type: BankEventType.VOID })]).outcome).toBe(NotificationOutcome.DUPLICATE);
  });
  it('refuses a void of a transaction that does not settle the request', () => {
    const refunded: RequestState = { ...pending, status: S.REFUNDED, bankTransactionId: 'TX1' };
    expect(decideNotification(refunded, pay({ eventId: 'E2', type: BankEventType.VOID }), [seen({})]).outcome).toBe(NotificationOutcome.REFUSED);
  });
  it('does not count refused or deferred notifications as taken', () => {
    const refusedBefore = seen({ outcome: NotificationOutcome.REFUSED, eventId: 'E0' });
    expect(decideNotification(pending, pay(), [refusedBefore]).outcome).toBe(NotificationOutcome.APPLIED);
  });
});
