/**
 * Payment request operations that touch the database: create, change status, apply bank notifications.
 * Each runs in one transaction with its audit entries and outbox events (004 §4.5.10 (3)-(5), (8)).
 */
import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { log, nextInSeries, recordEvent, systemPrincipal, userError, type Principal, type UserError } from '@metrograph/kit';
import { PaymentRequest, PaymentSourceType } from './payment-request.entity.js';
import { PaymentStatus, makeRefs, normalizeRefPart, thaiBuddhistYear, thaiDateString } from './payment-request.service.js';
import {
  BankEventType, NotificationOutcome, PaymentTrigger, decideNotification, transition, type BankEvent, type PriorNotification,
} from './payment-status.js';
import { FeeRate } from '../fee-rate/fee-rate.entity.js';
import { addDays, rateOn } from '../fee-rate/fee-rate.service.js';
import type { ServiceType } from '../fee-rate/service-type.js';
import { BankNotification, NotificationChannel } from '../bank/bank-notification.entity.js';
import { audit, AuditAction } from '../audit/audit.js';
import { UUID } from './payment-request.reference.js';

/** Named processes of the payments service, as they appear in audit records and events. */
export const ACTORS = {
  bankCallback: systemPrincipal('bank:callback'),
  inquiry: systemPrincipal('payments:inquiry'),
  expiry: systemPrincipal('payments:expiry'),
  fineSettlement: systemPrincipal('payments:fine-settlement'),
} as const;

export const DEFAULT_DAYS_TO_PAY = 15;
const MAX_DAYS_TO_PAY = 365;
const MAX_QUANTITY = 10_000;
export const NUMBER_SERIES = 'payment_request';

export interface CreatePaymentRequestParams {
  /** Registry id of the payer; null only for a fine on an unregistered respondent (then payerName is required). */
  operatorId: string | null;
  officeCode: string;
  provinceCode: string;
  feeCode: string;
  quantity?: number | null;
  /** Only for fees with a variable amount (fines); fixed fees take the schedule's amount. */
  amountSatang?: number | null;
  /** YYYY-MM-DD Thai calendar day; default DEFAULT_DAYS_TO_PAY days after issue. */
  dueDate?: string | null;
  sourceType: PaymentSourceType;
  sourceId?: string | null;
  payerName?: string | null;
  payerTaxId?: string | null;
  idempotencyKey?: string | null;
  issuedAt?: Date;
  /** Internal (approved extra charges): the amount and wording are fixed by the approval, not by the schedule. */
  explicit?: { amountSatang: number; feeName: string; serviceType: ServiceType };
}

export type CreateResult = { request: PaymentRequest; created: boolean; errors: [] } | { request: null; created: false; errors: UserError[] };

/** Validates the parameters the caller can fix; the field paths name the mutation input. */
function validate(p: CreatePaymentRequestParams, issueDay: string): UserError[] {
  const errors: UserError[] = [];
  const bad = (field: string, code: string, message: string) => errors.push(userError(['input', field], code, message));
  if (p.operatorId != null && !UUID.test(p.operatorId)) bad('operatorId', 'INVALID_FORMAT', 'must be a UUID');
  if (p.operatorId == null && !p.payerName?.trim()) bad('payerName', 'REQUIRED', 'name the payer when no registered operator is given');
  const office = normalizeRefPart(p.officeCode ?? '');
  if (office.length === 0 || office.length > 8 || office !== p.officeCode) bad('officeCode', 'INVALID_FORMAT', 'must be 1 to 8 letters A-Z or digits, e.g. HQ, C1, B07');
  if (!/^\d{2}$/.test(p.provinceCode ?? '')) bad('provinceCode', 'INVALID_FORMAT', 'must be a two-digit province code');
  if (p.quantity != null && (!Number.isInteger(p.quantity) || p.quantity < 1 || p.quantity > MAX_QUANTITY)) {
    bad('quantity', 'OUT_OF_RANGE', `must be a whole number from 1 to ${MAX_QUANTITY}`);
  }
  if (p.amountSatang != null && (!Number.isSafeInteger(p.amountSatang) || p.amountSatang <= 0)) bad('amountSatang', 'OUT_OF_RANGE', 'must be a positive whole number of satang');
  if (p.dueDate != null) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.dueDate)) bad('dueDate', 'INVALID_FORMAT', 'must be a calendar day YYYY-MM-DD');
    else if (p.dueDate < issueDay) bad('dueDate', 'OUT_OF_RANGE', `must not be before the issue day ${issueDay}`);
    else if (p.dueDate > addDays(issueDay, MAX_DAYS_TO_PAY)) bad('dueDate', 'OUT_OF_RANGE', `must be within ${MAX_DAYS_TO_PAY} days of issue`);
  }
  if (p.payerTaxId != null && !/^\d{13}$/.test(p.payerTaxId)) bad('payerTaxId', 'INVALID_FORMAT', 'must be 13 digits');
  if (p.sourceId != null && (p.sourceId.length === 0 || p.sourceId.length > 64)) bad('sourceId', 'INVALID_FORMAT', 'must be 1 to 64 characters');
  if (p.idempotencyKey != null && (p.idempotencyKey.length === 0 || p.idempotencyKey.length > 100)) bad('idempotencyKey', 'INVALID_FORMAT', 'must be 1 to 100 characters');
  if (p.payerName != null && p.payerName.length > 300) bad('payerName', 'TOO_LONG', 'must be at most 300 characters');
  return errors;
}

/** What the PaymentRequestCreated / PaymentStatusChanged events carry. */
export function eventPayload(request: PaymentRequest, from: PaymentStatus | null, to: PaymentStatus): Record<string, unknown> {
  return {
    paymentRequestId: request.id,
    requestNo: request.requestNo,
    operatorId: request.operatorId ?? null,
    officeCode: request.officeCode,
    provinceCode: request.provinceCode,
    feeCode: request.feeCode,
    serviceType: request.serviceType,
    from,
    to,
    amountSatang: request.amountSatang,
    paidAmountSatang: request.paidAmountSatang ?? null,
    refundedAmountSatang: request.refundedAmountSatang,
    paidAt: request.paidAt ? request.paidAt.toISOString() : null,
    bankTransactionId: request.bankTransactionId ?? null,
    dueDate: request.dueDate,
    source: { type: request.sourceType, id: request.sourceId ?? null },
  };
}

/**
 * Issues a payment request: fee from the schedule in force on the issue day, the next running number,
 * ref1/ref2, an audit entry and a PaymentRequestCreated event, in one transaction.
 * Idempotent: a retry with the same idempotencyKey returns the request made the first time.
 */
export async function createPaymentRequest(em: EntityManager, actor: Principal, p: CreatePaymentRequestParams): Promise<CreateResult> {
  const issuedAt = p.issuedAt ?? new Date();
  const issueDay = thaiDateString(issuedAt);
  const errors = validate(p, issueDay);
  if (errors.length > 0) return { request: null, created: false, errors };
  if (p.idempotencyKey) {
    const existing = await em.findOne(PaymentRequest, { idempotencyKey: p.idempotencyKey });
    if (existing) return { request: existing, created: false, errors: [] };
  }
  const rates = await em.find(FeeRate, { feeCode: p.feeCode }, { orderBy: { effectiveFrom: 'desc' } });
  const found = rateOn(rates, issueDay);
  const rate = p.explicit
    ? ({ id: found?.id ?? null, feeCode: p.feeCode, nameTh: p.explicit.feeName, serviceType: p.explicit.serviceType, amountSatang: p.explicit.amountSatang, variableAmount: true } as const)
    : found;
  if (p.explicit) p = { ...p, amountSatang: p.explicit.amountSatang, quantity: 1 };
  if (!rate) {
    return { request: null, created: false, errors: [userError(['input', 'feeCode'], 'NOT_FOUND', `no fee rate for ${p.feeCode} is in force on ${issueDay}`)] };
  }
  const quantity = p.quantity ?? 1;
  let unit = rate.amountSatang;
  if (rate.variableAmount) {
    if (p.amountSatang == null) return { request: null, created: false, errors: [userError(['input', 'amountSatang'], 'REQUIRED', `${p.feeCode} has no fixed amount: state the amount`)] };
    unit = p.amountSatang;
  } else if (p.amountSatang != null && p.amountSatang !== rate.amountSatang * quantity) {
    return {
      request: null,
      created: false,
      errors: [userError(['input', 'amountSatang'], 'AMOUNT_FIXED_BY_SCHEDULE', `${p.feeCode} costs ${rate.amountSatang} satang per unit; leave the amount out`)],
    };
  }
  const amountSatang = rate.variableAmount ? unit : unit * quantity;
  if (!Number.isSafeInteger(amountSatang)) return { request: null, created: false, errors: [userError(['input', 'quantity'], 'OUT_OF_RANGE', 'the total is too large')] };
  const dueDate = p.dueDate ?? addDays(issueDay, DEFAULT_DAYS_TO_PAY);

  try {
    return await insertRequest(em, actor, p, rate, { issuedAt, dueDate, quantity, unit, amountSatang });
  } catch (error) {
    // Two concurrent calls with the same idempotency key: the second one returns what the first made.
    if (p.idempotencyKey && error instanceof UniqueConstraintViolationException) {
      const existing = await em.fork().findOne(PaymentRequest, { idempotencyKey: p.idempotencyKey });
      if (existing) return { request: existing, created: false, errors: [] };
    }
    throw error;
  }
}

type RateFacts = Pick<FeeRate, 'feeCode' | 'nameTh' | 'serviceType' | 'amountSatang' | 'variableAmount'> & { id: string | null };

async function insertRequest(
  em: EntityManager,
  actor: Principal,
  p: CreatePaymentRequestParams,
  rate: RateFacts,
  facts: { issuedAt: Date; dueDate: string; quantity: number; unit: number; amountSatang: number },
): Promise<CreateResult> {
  const { issuedAt, dueDate, quantity, unit, amountSatang } = facts;
  return em.transactional(async (tx) => {
    const year = thaiBuddhistYear(issuedAt);
    const seq = await nextInSeries(tx, NUMBER_SERIES, year);
    const { ref1, ref2 } = makeRefs(seq, p.officeCode, new Date(`${dueDate}T05:00:00Z`), issuedAt);
    const request = tx.create(PaymentRequest, {
      id: randomUUID(),
      requestNo: `PR-${year}-${String(seq).padStart(7, '0')}`,
      ref1,
      ref2,
      feeCode: rate.feeCode,
      feeName: rate.nameTh,
      serviceType: rate.serviceType,
      amountSatang,
      quantity: rate.variableAmount ? 1 : quantity,
      unitAmountSatang: rate.variableAmount ? amountSatang : unit,
      operatorId: p.operatorId ?? null,
      officeCode: p.officeCode,
      provinceCode: p.provinceCode,
      dueDate,
      status: PaymentStatus.PENDING,
      issuedAt,
      sourceType: p.sourceType,
      sourceId: p.sourceId ?? null,
      payerName: p.payerName ?? null,
      payerTaxId: p.payerTaxId ?? null,
      idempotencyKey: p.idempotencyKey ?? null,
      createdBy: actor.name,
      refundedAmountSatang: 0,
      updatedAt: issuedAt,
    });
    tx.persist(request);
    audit(tx, actor, AuditAction.PAYMENT_REQUEST_CREATED, request, {
      to: PaymentStatus.PENDING,
      detail: { feeCode: rate.feeCode, feeRateId: rate.id, amountSatang, quantity: request.quantity, dueDate, source: { type: p.sourceType, id: p.sourceId ?? null } },
    });
    recordEvent(tx, { type: 'PaymentRequestCreated', aggregateType: 'PaymentRequest', aggregateId: request.id, payload: eventPayload(request, null, PaymentStatus.PENDING), actor });
    return { request, created: true, errors: [] as [] };
  });
}

/**
 * Moves a request along the transition graph (throws TransitionRefused for an edge it does not have),
 * with its audit entry and PaymentStatusChanged event. The caller flushes (inside its transaction).
 */
export function changeStatus(em: EntityManager, request: PaymentRequest, trigger: PaymentTrigger, actor: Principal, detail: Record<string, unknown> = {}): PaymentStatus {
  const from = request.status;
  const to = transition(from, trigger);
  request.status = to;
  request.updatedAt = new Date();
  audit(em, actor, AuditAction.STATUS_CHANGED, request, { from, to, detail: { trigger, ...detail } });
  recordEvent(em, { type: 'PaymentStatusChanged', aggregateType: 'PaymentRequest', aggregateId: request.id, payload: { ...eventPayload(request, from, to), trigger }, actor });
  return to;
}

// ---------------------------------------------------------------------------------------------
// Bank notifications

/** A bank notification as the adapter or the callback endpoint read it. */
export interface IncomingNotification {
  channel: NotificationChannel;
  rawBody: string;
  signature: string | null;
  /** The parsed event, or why the body could not be read. */
  parsed: ({ ref1: string; ref2: string } & BankEvent) | { error: string };
}

function applyEffect(em: EntityManager, request: PaymentRequest, event: BankEvent, trigger: PaymentTrigger, reason: string, actor: Principal, notificationId: string): void {
  if (event.type === BankEventType.PAYMENT) {
    request.paidAt = event.occurredAt;
    request.paidAmountSatang = event.amountSatang;
    request.bankTransactionId = event.transactionId;
    request.reviewReason = trigger === PaymentTrigger.PAYMENT_CONFIRMED ? null : reason;
  } else {
    request.paidAt = null;
    request.paidAmountSatang = null;
    request.bankTransactionId = null;
    request.reviewReason = null;
  }
  changeStatus(em, request, trigger, actor, { notificationId, bankEventId: event.eventId, bankTransactionId: event.transactionId, amountSatang: event.amountSatang, reason });
}

/**
 * Records a bank notification raw and applies it through the transition graph, in one transaction with the
 * request row locked: a duplicate changes nothing, an impossible transition is refused and logged, an amount
 * that does not match puts the request under review, and a void that overtook its payment waits for it.
 */
export async function applyBankNotification(em: EntityManager, incoming: IncomingNotification, actor: Principal): Promise<BankNotification> {
  return em.transactional(async (tx) => {
    const base = {
      id: randomUUID(),
      receivedAt: new Date(),
      channel: incoming.channel,
      rawBody: incoming.rawBody,
      signature: incoming.signature,
    };
    const parsed = incoming.parsed;
    if ('error' in parsed) {
      const row = tx.create(BankNotification, { ...base, outcome: NotificationOutcome.MALFORMED, outcomeDetail: parsed.error });
      tx.persist(row);
      audit(tx, actor, AuditAction.BANK_NOTIFICATION_RECEIVED, null, { detail: { notificationId: row.id, outcome: row.outcome, reason: parsed.error } });
      log('payments', 'warn', 'malformed bank notification', { notificationId: row.id, reason: parsed.error });
      return row;
    }
    const facts = {
      bankEventId: parsed.eventId,
      eventType: parsed.type,
      ref1: parsed.ref1,
      ref2: parsed.ref2,
      amountSatang: parsed.amountSatang,
      bankTransactionId: parsed.transactionId,
      occurredAt: parsed.occurredAt,
    };
    const request = await tx.findOne(PaymentRequest, { ref1: parsed.ref1, ref2: parsed.ref2 }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!request) {
      const row = tx.create(BankNotification, { ...base, ...facts, outcome: NotificationOutcome.UNKNOWN_REFERENCE, outcomeDetail: `no payment request has ref1 ${parsed.ref1} and ref2 ${parsed.ref2}` });
      tx.persist(row);
      audit(tx, actor, AuditAction.BANK_NOTIFICATION_RECEIVED, null, { detail: { notificationId: row.id, outcome: row.outcome, ref1: parsed.ref1, ref2: parsed.ref2, bankTransactionId: parsed.transactionId } });
      log('payments', 'warn', 'bank notification for unknown references', { notificationId: row.id, ref1: parsed.ref1, ref2: parsed.ref2 });
      return row;
    }
    const prior = await tx.find(BankNotification, { paymentRequestId: request.id }, { orderBy: { sequence: 'asc' } });
    const decision = decideNotification(request, parsed, prior.map(toPrior));
    const row = tx.create(BankNotification, { ...base, ...facts, paymentRequestId: request.id, outcome: decision.outcome, outcomeDetail: decision.reason });
    tx.persist(row);
    audit(tx, actor, AuditAction.BANK_NOTIFICATION_RECEIVED, request, {
      detail: { notificationId: row.id, channel: incoming.channel, outcome: decision.outcome, reason: decision.reason, bankEventId: parsed.eventId, bankTransactionId: parsed.transactionId, amountSatang: parsed.amountSatang },
    });
    if (decision.outcome === NotificationOutcome.REFUSED) {
      log('payments', 'warn', 'bank notification refused by the transition graph', { notificationId: row.id, requestNo: request.requestNo, status: request.status, reason: decision.reason });
    }
    if (decision.trigger) {
      applyEffect(tx, request, parsed, decision.trigger, decision.reason, actor, row.id);
      // A void that overtook this payment now has what it refers to.
      if (parsed.type === BankEventType.PAYMENT) {
        const deferred = prior.filter((n) => n.outcome === NotificationOutcome.DEFERRED && n.bankTransactionId === parsed.transactionId);
        for (const waiting of deferred) {
          const others = [...prior.filter((n) => n !== waiting), row].map(toPrior);
          const later = decideNotification(request, notificationEvent(waiting), others);
          if (!later.trigger) continue;
          waiting.outcome = later.outcome;
          waiting.outcomeDetail = `${waiting.outcomeDetail}; applied after its payment arrived: ${later.reason}`;
          waiting.appliedLaterAt = new Date();
          applyEffect(tx, request, notificationEvent(waiting), later.trigger, later.reason, actor, waiting.id);
        }
      }
    }
    return row;
  });
}

function toPrior(n: BankNotification): PriorNotification {
  return { eventId: n.bankEventId ?? null, type: n.eventType ?? null, transactionId: n.bankTransactionId ?? null, outcome: n.outcome };
}

function notificationEvent(n: BankNotification): BankEvent {
  return { eventId: n.bankEventId!, type: n.eventType!, transactionId: n.bankTransactionId!, amountSatang: n.amountSatang!, occurredAt: n.occurredAt! };
}

/** Expires pending requests whose due date (Thai calendar day) has passed. Returns how many. */
export async function expireOverdue(em: EntityManager, now = new Date(), limit = 500): Promise<number> {
  const today = thaiDateString(now);
  return em.transactional(async (tx) => {
    const due = await tx.find(PaymentRequest, { status: PaymentStatus.PENDING, dueDate: { $lt: today } }, { limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { dueDate: 'asc' } });
    for (const request of due) changeStatus(tx, request, PaymentTrigger.EXPIRED, ACTORS.expiry, { dueDate: request.dueDate });
    return due.length;
  });
}
