/**
 * Daily reconciliation with the bank's statement (004 §4.5.10 (6)): records every statement event the
 * service never heard of (through the same path as a callback), then compares the day's money at the
 * bank with the payments recorded, and keeps the result in the audit trail.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@metrograph/kit';
import { PaymentRequest } from '../payment-request/payment-request.entity.js';
import { PaymentStatus } from '../payment-request/payment-request.service.js';
import { ACTORS, applyBankNotification } from '../payment-request/payment-request.ops.js';
import { NotificationOutcome } from '../payment-request/payment-status.js';
import { audit, AuditAction } from '../audit/audit.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { BankNotification, NotificationChannel } from './bank-notification.entity.js';
import { parseBankMessage } from './bank-message.js';
import { compareStatement, type Discrepancy, type StatementEvent } from './statement.service.js';
import type { BankAdapter } from './bank-adapter.js';

export interface StatementReconciliation {
  date: string;
  /** Events on the statement (payments and voids). */
  bankEventCount: number;
  /** Payments on the statement that were not voided, and their sum. */
  bankPaymentCount: number;
  bankTotalSatang: number;
  /** Requests recorded as paid that day, and the sum recorded. */
  recordedCount: number;
  recordedTotalSatang: number;
  matchedCount: number;
  /** Statement events the service had not heard of, now recorded and applied. */
  newlyRecordedCount: number;
  discrepancies: Discrepancy[];
}

/** Statuses a request paid that day can be in now. */
const PAID_SINCE = [PaymentStatus.PAID, PaymentStatus.UNDER_REVIEW, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED];

export async function reconcileStatement(em: EntityManager, adapter: BankAdapter, date: string, actor: Principal = ACTORS.inquiry): Promise<StatementReconciliation> {
  const answer = await adapter.statement(date);
  const parsed = answer.events.map((message) => ({ message, event: parseBankMessage(message, adapter.billerId) }));
  const ids = parsed.flatMap((p) => ('error' in p.event ? [] : [p.event.eventId]));
  const known = new Set(
    ids.length === 0
      ? []
      : (await em.fork().find(BankNotification, { bankEventId: { $in: ids }, outcome: { $ne: NotificationOutcome.MALFORMED } }, { fields: ['bankEventId'] })).map((n) => n.bankEventId),
  );
  let newlyRecordedCount = 0;
  for (const { message, event } of parsed) {
    if (!('error' in event) && known.has(event.eventId)) continue;
    newlyRecordedCount++;
    await applyBankNotification(em.fork(), { channel: NotificationChannel.STATEMENT, rawBody: JSON.stringify(message), signature: answer.signature, parsed: event }, actor);
  }
  const dayStart = new Date(`${date}T00:00:00+07:00`);
  const dayEnd = new Date(dayStart.getTime() + 86_400_000);
  const paid = await em.fork().find(PaymentRequest, { status: { $in: PAID_SINCE }, bankTransactionId: { $ne: null }, paidAt: { $gte: dayStart, $lt: dayEnd } });
  const comparison = compareStatement(
    parsed.flatMap((p) => ('error' in p.event ? [] : [p.event as StatementEvent])),
    paid.map((r) => ({ paymentRequestId: r.id, requestNo: r.requestNo, ref1: r.ref1, ref2: r.ref2, bankTransactionId: r.bankTransactionId!, paidAmountSatang: r.paidAmountSatang ?? 0 })),
  );
  const result: StatementReconciliation = {
    date,
    bankEventCount: answer.events.length,
    bankPaymentCount: comparison.bankPayments.length,
    bankTotalSatang: comparison.bankTotalSatang,
    recordedCount: paid.length,
    recordedTotalSatang: comparison.recordedTotalSatang,
    matchedCount: comparison.matched,
    newlyRecordedCount,
    discrepancies: comparison.discrepancies,
  };
  const tx = em.fork();
  audit(tx, actor, AuditAction.STATEMENT_RECONCILED, null, { detail: { ...result, discrepancies: result.discrepancies.slice(0, 500) } });
  await tx.flush();
  return result;
}

/** Whether the statement of `date` was reconciled before (by the job or an official). */
export async function statementReconciled(em: EntityManager, date: string): Promise<boolean> {
  return (await em.count(AuditRecord, { action: AuditAction.STATEMENT_RECONCILED, detail: { date } })) > 0;
}
