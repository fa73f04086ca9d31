/**
 * The payment request state machine (004 §4.5.10 (5), §4.5.13 operator side (10)), as an explicit graph:
 * every status change in the subgraph goes through `nextStatus`, and anything the graph does not list
 * is refused. Bank notifications are decided here too, so duplicates, out-of-order delivery and
 * amount mismatches have one pure, unit-tested answer.
 */
import { PaymentStatus } from './payment-request.service.js';

/** What makes a payment request change status. */
export enum PaymentTrigger {
  /** The bank reports a payment of exactly the amount due. */
  PAYMENT_CONFIRMED = 'PAYMENT_CONFIRMED',
  /** The bank reports a payment of another amount: held for an official's review. */
  PAYMENT_MISMATCHED = 'PAYMENT_MISMATCHED',
  /** The bank reports a payment on an expired or cancelled request: held for review. */
  PAYMENT_LATE = 'PAYMENT_LATE',
  /** The bank reverses (voids) the payment it reported. */
  PAYMENT_VOIDED = 'PAYMENT_VOIDED',
  /** An official accepts a payment held for review. */
  REVIEW_ACCEPTED = 'REVIEW_ACCEPTED',
  /** An approved cancellation of an unpaid request. */
  CANCELLED = 'CANCELLED',
  /** The due date passed without payment. */
  EXPIRED = 'EXPIRED',
  /** An approved refund of part of what was paid. */
  REFUNDED_PARTIALLY = 'REFUNDED_PARTIALLY',
  /** An approved refund of everything still held. */
  REFUNDED_FULLY = 'REFUNDED_FULLY',
}

const S = PaymentStatus;
const T = PaymentTrigger;

/** Every allowed status change: [from, trigger, to]. Nothing else may happen. */
export const TRANSITIONS: readonly (readonly [PaymentStatus, PaymentTrigger, PaymentStatus])[] = [
  [S.PENDING, T.PAYMENT_CONFIRMED, S.PAID],
  [S.PENDING, T.PAYMENT_MISMATCHED, S.UNDER_REVIEW],
  [S.PENDING, T.CANCELLED, S.CANCELLED],
  [S.PENDING, T.EXPIRED, S.EXPIRED],
  [S.EXPIRED, T.PAYMENT_LATE, S.UNDER_REVIEW],
  [S.CANCELLED, T.PAYMENT_LATE, S.UNDER_REVIEW],
  [S.UNDER_REVIEW, T.REVIEW_ACCEPTED, S.PAID],
  [S.UNDER_REVIEW, T.PAYMENT_VOIDED, S.PENDING],
  [S.UNDER_REVIEW, T.REFUNDED_FULLY, S.REFUNDED],
  [S.PAID, T.PAYMENT_VOIDED, S.PENDING],
  [S.PAID, T.REFUNDED_PARTIALLY, S.PARTIALLY_REFUNDED],
  [S.PAID, T.REFUNDED_FULLY, S.REFUNDED],
  [S.PARTIALLY_REFUNDED, T.REFUNDED_PARTIALLY, S.PARTIALLY_REFUNDED],
  [S.PARTIALLY_REFUNDED, T.REFUNDED_FULLY, S.REFUNDED],
];

/** The status a trigger leads to from `from`, or null when the graph has no such edge. */
export function nextStatus(from: PaymentStatus, trigger: PaymentTrigger): PaymentStatus | null {
  return TRANSITIONS.find(([f, t]) => f === from && t === trigger)?.[2] ?? null;
}

/** Statuses in which the regulator holds money for the request (refunds come out of it). */
export const MONEY_HELD: ReadonlySet<PaymentStatus> = new Set([S.PAID, S.UNDER_REVIEW, S.PARTIALLY_REFUNDED]);

/** Statuses with no way out. */
export function isTerminal(status: PaymentStatus): boolean {
  return !TRANSITIONS.some(([f]) => f === status);
}

export class TransitionRefused extends Error {
  constructor(readonly from: PaymentStatus, readonly trigger: PaymentTrigger) {
    super(`a ${from} payment request cannot take ${trigger}`);
  }
}

/** Like nextStatus, but throws TransitionRefused for an edge the graph does not have. */
export function transition(from: PaymentStatus, trigger: PaymentTrigger): PaymentStatus {
  const to = nextStatus(from, trigger);
  if (!to) throw new TransitionRefused(from, trigger);
  return to;
}

// ---------------------------------------------------------------------------------------------
// Bank notifications

export enum BankEventType {
  /** A customer paid the bill. */
  PAYMENT = 'PAYMENT',
  /** The bank reversed a payment it reported (same-day void at the counter or channel). */
  VOID = 'VOID',
}

/** How a bank notification was handled. */
export enum NotificationOutcome {
  /** Changed the request's status. */
  APPLIED = 'APPLIED',
  /** Changed the request's status to UNDER_REVIEW: the money arrived, but not as the request expects. */
  HELD_FOR_REVIEW = 'HELD_FOR_REVIEW',
  /** The same event (or the same transaction) was handled before; nothing changed. */
  DUPLICATE = 'DUPLICATE',
  /** Arrived before what it refers to (a void before its payment); applied when that arrives. */
  DEFERRED = 'DEFERRED',
  /** The transition graph refuses it (e.g. a second payment of a paid request); logged for officials. */
  REFUSED = 'REFUSED',
  /** No payment request has these references. */
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  /** The body could not be read as a bank notification. */
  MALFORMED = 'MALFORMED',
}

export interface BankEvent {
  /** The bank's id of this notification; repeated deliveries carry the same id. */
  eventId: string;
  type: BankEventType;
  transactionId: string;
  amountSatang: number;
  occurredAt: Date;
}

export interface RequestState {
  status: PaymentStatus;
  amountSatang: number;
  bankTransactionId?: string | null;
}

/** A notification already recorded for the same request. */
export interface PriorNotification {
  eventId: string | null;
  type: BankEventType | null;
  transactionId: string | null;
  outcome: NotificationOutcome;
}

export interface NotificationDecision {
  outcome: NotificationOutcome;
  trigger?: PaymentTrigger;
  to?: PaymentStatus;
  reason: string;
}

const TAKEN = new Set([NotificationOutcome.APPLIED, NotificationOutcome.HELD_FOR_REVIEW]);

/**
 * What a bank notification does to a payment request, given the notifications already recorded for it.
 * Pure: the caller locks the request row, records the notification with the outcome, and changes the status.
 */
export function decideNotification(state: RequestState, event: BankEvent, prior: readonly PriorNotification[]): NotificationDecision {
  if (prior.some((p) => p.eventId === event.eventId && p.outcome !== NotificationOutcome.MALFORMED)) {
    return { outcome: NotificationOutcome.DUPLICATE, reason: `event ${event.eventId} was received before` };
  }
  const taken = prior.filter((p) => TAKEN.has(p.outcome) && p.transactionId === event.transactionId);
  if (event.type === BankEventType.PAYMENT) {
    if (taken.some((p) => p.type === BankEventType.PAYMENT)) {
      return { outcome: NotificationOutcome.DUPLICATE, reason: `payment ${event.transactionId} was recorded before` };
    }
    let trigger: PaymentTrigger;
    if (state.status === S.PENDING) trigger = event.amountSatang === state.amountSatang ? T.PAYMENT_CONFIRMED : T.PAYMENT_MISMATCHED;
    else if (state.status === S.EXPIRED || state.status === S.CANCELLED) trigger = T.PAYMENT_LATE;
    else trigger = T.PAYMENT_CONFIRMED;
    const to = nextStatus(state.status, trigger);
    if (!to) {
      return {
        outcome: NotificationOutcome.REFUSED,
        reason: `a ${state.status} request cannot take payment ${event.transactionId}` + (state.bankTransactionId ? ` (already paid by ${state.bankTransactionId})` : ''),
      };
    }
    if (trigger === T.PAYMENT_CONFIRMED) return { outcome: NotificationOutcome.APPLIED, trigger, to, reason: 'paid in full' };
    const reason =
      trigger === T.PAYMENT_MISMATCHED
        ? `paid ${event.amountSatang} satang, ${state.amountSatang} due`
        : `paid while ${state.status}`;
    return { outcome: NotificationOutcome.HELD_FOR_REVIEW, trigger, to, reason };
  }
  // VOID
  if (taken.some((p) => p.type === BankEventType.VOID)) {
    return { outcome: NotificationOutcome.DUPLICATE, reason: `void of ${event.transactionId} was recorded before` };
  }
  if (!taken.some((p) => p.type === BankEventType.PAYMENT)) {
    return { outcome: NotificationOutcome.DEFERRED, reason: `void of ${event.transactionId} arrived before its payment` };
  }
  if (state.bankTransactionId !== event.transactionId) {
    return { outcome: NotificationOutcome.REFUSED, reason: `void of ${event.transactionId}, but the request is settled by ${state.bankTransactionId ?? 'no transaction'}` };
  }
  const to = nextStatus(state.status, T.PAYMENT_VOIDED);
  if (!to) return { outcome: NotificationOutcome.REFUSED, reason: `a ${state.status} request cannot be voided` };
  return { outcome: NotificationOutcome.APPLIED, trigger: T.PAYMENT_VOIDED, to, reason: 'payment voided by the bank' };
}
