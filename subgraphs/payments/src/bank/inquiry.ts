/**
 * Payment Status Inquiry (004 §4.5.10 (6)): asks the bank about requests still pending past a threshold
 * (a lost or delayed callback) and applies what it reports through the same path as a callback, so
 * the transition graph, duplicate detection and the audit trail are the same whichever way the news comes.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { LockMode, QueryOrder } from '@mikro-orm/core';
import { log } from '@metrograph/kit';
import { PaymentRequest } from '../payment-request/payment-request.entity.js';
import { ACTORS, applyBankNotification, expireOverdue } from '../payment-request/payment-request.ops.js';
import { audit, AuditAction } from '../audit/audit.js';
import { BankNotification, NotificationChannel } from './bank-notification.entity.js';
import { parseBankMessage } from './bank-message.js';
import type { BankAdapter } from './bank-adapter.js';
import type { Principal } from '@metrograph/kit';
import { reconcileStatement, statementReconciled } from './statement.js';
import { PaymentStatus, thaiDateString } from '../payment-request/payment-request.service.js';

export interface InquiryResult {
  /** Requests the bank was asked about. */
  asked: number;
  /** Requests whose status changed because of the answer. */
  corrected: number;
  /** Requests the bank could not be asked about (tried again next run). */
  failed: number;
}

/** Asks the bank about one request and applies the events it did not know; returns whether the status changed. */
export async function inquireOne(em: EntityManager, adapter: BankAdapter, request: PaymentRequest, actor: Principal = ACTORS.inquiry): Promise<boolean> {
  const before = request.status;
  const answer = await adapter.inquire(request.ref1, request.ref2);
  const known = new Set(
    (await em.fork().find(BankNotification, { paymentRequestId: request.id }, { fields: ['bankEventId'] })).map((n) => n.bankEventId),
  );
  let fresh = 0;
  for (const message of answer.events) {
    if (known.has(message.eventId)) continue;
    fresh++;
    await applyBankNotification(
      em.fork(),
      { channel: NotificationChannel.INQUIRY, rawBody: JSON.stringify(message), signature: answer.signature, parsed: parseBankMessage(message, adapter.billerId) },
      actor,
    );
  }
  const after = await em.fork().findOneOrFail(PaymentRequest, { id: request.id });
  const tx = em.fork();
  const row = await tx.findOneOrFail(PaymentRequest, { id: request.id });
  row.lastInquiryAt = new Date();
  audit(tx, actor, AuditAction.BANK_INQUIRY, row, { from: before, to: after.status, detail: { bankStatus: answer.status, events: answer.events.length, newEvents: fresh } });
  await tx.flush();
  request.status = after.status;
  return after.status !== before;
}

/**
 * One run of the inquiry job: claims up to `limit` requests pending for longer than `olderThanMinutes` and not
 * asked about within that time (skip-locked, so several replicas share the work), and asks the bank about each.
 */
export async function runInquiry(em: EntityManager, adapter: BankAdapter, options: { olderThanMinutes: number; now?: Date; limit?: number }): Promise<InquiryResult> {
  const now = options.now ?? new Date();
  const threshold = new Date(now.getTime() - options.olderThanMinutes * 60_000);
  const claimed = await em.fork().transactional(async (tx) => {
    // Back off per request: wait at least as long as the request was old when last asked (at least the
    // threshold, at most a day), so old unpaid slips do not flood the bank; never-asked ones go first.
    const rows = await tx
      .createQueryBuilder(PaymentRequest, 'p')
      .select('*')
      .where({ status: PaymentStatus.PENDING, issuedAt: { $lte: threshold } })
      .andWhere(
        `(p.last_inquiry_at is null or p.last_inquiry_at <= ?::timestamptz - least(interval '1 day', greatest(make_interval(mins => ?), p.last_inquiry_at - p.issued_at)))`,
        [now, options.olderThanMinutes],
      )
      .orderBy({ lastInquiryAt: QueryOrder.ASC_NULLS_FIRST, issuedAt: QueryOrder.ASC })
      .limit(options.limit ?? 100)
      .setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE)
      .getResultList();
    for (const row of rows) row.lastInquiryAt = now;
    return rows;
  });
  const result: InquiryResult = { asked: 0, corrected: 0, failed: 0 };
  for (const request of claimed) {
    try {
      result.asked++;
      if (await inquireOne(em.fork(), adapter, request)) result.corrected++;
    } catch (error) {
      result.failed++;
      log('payments', 'warn', 'payment status inquiry failed', { requestNo: request.requestNo, error: String((error as Error).message ?? error) });
    }
  }
  if (result.asked > 0) log('payments', 'info', 'payment status inquiry', { ...result });
  return result;
}

export interface RunningJobs {
  stop(): Promise<void>;
}

/** Runs expiry, inquiry and yesterday's statement reconciliation every `intervalSeconds` (never overlapping) until stopped. */
export function startPaymentJobs(orm: MikroORM, adapter: BankAdapter | null, options: { intervalSeconds: number; olderThanMinutes: number }): RunningJobs {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        // Expire in batches until none are left (a database restored from an older day can hold many).
        for (let batch = 0; batch < 20 && (await expireOverdue(orm.em.fork())) === 500; batch++);
        if (adapter) {
          await runInquiry(orm.em.fork(), adapter, { olderThanMinutes: options.olderThanMinutes });
          // Yesterday's statement, once: the bank closes a day's statement after midnight, Thai time.
          const yesterday = thaiDateString(new Date(Date.now() - 86_400_000));
          if (!(await statementReconciled(orm.em.fork(), yesterday))) {
            const result = await reconcileStatement(orm.em.fork(), adapter, yesterday);
            if (result.discrepancies.length > 0) log('payments', 'warn', 'bank statement discrepancies', { date: yesterday, discrepancies: result.discrepancies.length });
          }
        }
      } catch (error) {
        log('payments', 'error', 'payment jobs failed', { error: String(error) });
      } finally {
        running = null;
      }
    })();
  };
  const timer = options.intervalSeconds > 0 ? setInterval(tick, options.intervalSeconds * 1000) : null;
  timer?.unref();
  return {
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
