/**
 * Bank callback, transition graph, inquiry and the bank simulator, against a real PostgreSQL:
 * the callback handler mounted on its own HTTP server, the simulator as its own process,
 * the payments schema migrated on a fresh database.
 */
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrateToLatest, openSubgraphOrm, systemPrincipal, type DomainEvent } from '@metrograph/kit';
import {
  ACTORS, BankAdapter, PaymentRequest, PaymentSourceType, PaymentStatus, bankCallbackHandler, createPaymentRequest, expireOverdue,
  handleFineSettlementRequested, payments, reconcileStatement, runInquiry, statementReconciled, signHeaders, BANK_CALLBACK_PATH,
} from '@metrograph/payments';
import { seedFeeSchedule } from '@metrograph/payments/seed';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '../src/databases.js';
import { eventually, startBankSimulator, type BankSimulator } from './payments-testkit.js';

const SECRET = randomBytes(24).toString('base64url');
const BILLER_ID = '099400000000101';
const databaseName = `metrograph_payments_bank_${process.pid}`;
let orm: MikroORM;
let server: http.Server;
let callbackUrl: string;
let bank: BankSimulator;
let adapter: BankAdapter;
const official = { ...systemPrincipal('test'), kind: 'user' as const, id: 'u-officer', name: 'somchai.o' };

beforeAll(async () => {
  const url = await createDatabase(LOCAL_POSTGRES, databaseName);
  orm = await openSubgraphOrm(payments, url, 4);
  await migrateToLatest(orm);
  await seedFeeSchedule(orm.em.fork(), 'test');
  const handler = bankCallbackHandler({ orm, secret: SECRET, billerId: BILLER_ID });
  server = http.createServer((req, res) => {
    if (req.url === BANK_CALLBACK_PATH) void handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  callbackUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}${BANK_CALLBACK_PATH}`;
  bank = await startBankSimulator({ secret: SECRET, billerId: BILLER_ID, callbackUrl });
  adapter = new BankAdapter({ baseUrl: bank.url, secret: SECRET, billerId: BILLER_ID, backoffMs: 20 });
});

afterAll(async () => {
  await bank?.stop();
  await new Promise((resolve) => server?.close(resolve));
  await orm?.close(true);
  await dropDatabase(LOCAL_POSTGRES, databaseName);
});

async function newRequest(over: Partial<Parameters<typeof createPaymentRequest>[2]> = {}): Promise<PaymentRequest> {
  const result = await createPaymentRequest(orm.em.fork(), official, {
    operatorId: randomUUID(),
    officeCode: 'C1',
    provinceCode: '10',
    feeCode: 'WM-VER-01',
    quantity: 2,
    sourceType: PaymentSourceType.SERVICE_REQUEST,
    sourceId: `SR-${randomUUID().slice(0, 8)}`,
    payerName: 'บริษัท ตาชั่งไทย จำกัด',
    ...over,
  });
  expect(result.errors).toEqual([]);
  await adapter.registerBill({ ref1: result.request!.ref1, ref2: result.request!.ref2, amountSatang: result.request!.amountSatang, dueDate: result.request!.dueDate });
  return result.request!;
}

const reload = (id: string) => orm.em.fork().findOneOrFail(PaymentRequest, { id });
const sql = <T = any>(text: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(text, params);
const notifications = (id: string) => sql(`select outcome, channel, bank_event_id, outcome_detail, applied_later_at from payments.bank_notification where payment_request_id = ? order by sequence`, [id]);
const auditOf = (id: string) => sql(`select action, actor_name, from_status, to_status, detail from payments.audit_record where payment_request_id = ? order by sequence`, [id]);

describe('payment requests', () => {
  it('take the fee from the schedule in force, with unique refs and an audit entry and event', async () => {
    const request = await newRequest();
    expect(request.amountSatang).toBe(2 * 20_000);
    expect(request.unitAmountSatang).toBe(20_000);
    expect(request.requestNo).toMatch(/^PR-25\d\d-\d{7}$/);
    expect(request.ref1).toMatch(/^25\d{13}$/);
    expect(request.ref2).toMatch(/^C1\d{8}$/);
    const other = await newRequest();
    expect(other.ref1).not.toBe(request.ref1);
    const trail = await auditOf(request.id);
    expect(trail).toMatchObject([{ action: 'PAYMENT_REQUEST_CREATED', actor_name: 'somchai.o', to_status: 'PENDING' }]);
    const events = await sql(`select type, payload from payments.outbox where aggregate_id = ?`, [request.id]);
    expect(events).toMatchObject([{ type: 'PaymentRequestCreated', payload: { paymentRequestId: request.id, amountSatang: 40_000, to: 'PENDING' } }]);
  });

  it('refuse an unknown fee code or a fixed fee with another amount, and return the first request for a repeated key', async () => {
    const bad = await createPaymentRequest(orm.em.fork(), official, { operatorId: randomUUID(), officeCode: 'C1', provinceCode: '10', feeCode: 'NOPE', sourceType: PaymentSourceType.OTHER });
    expect(bad.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const fixed = await createPaymentRequest(orm.em.fork(), official, { operatorId: randomUUID(), officeCode: 'C1', provinceCode: '10', feeCode: 'WM-VER-01', amountSatang: 1, sourceType: PaymentSourceType.OTHER });
    expect(fixed.errors.map((e) => e.code)).toEqual(['AMOUNT_FIXED_BY_SCHEDULE']);
    const key = randomUUID();
    const first = await newRequest({ idempotencyKey: key });
    const again = await createPaymentRequest(orm.em.fork(), official, { operatorId: randomUUID(), officeCode: 'C1', provinceCode: '10', feeCode: 'WM-VER-01', sourceType: PaymentSourceType.OTHER, idempotencyKey: key });
    expect(again).toMatchObject({ created: false, request: { id: first.id } });
  });

  it('create one request for concurrent retries with the same idempotency key', async () => {
    const key = randomUUID();
    const operatorId = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () =>
      createPaymentRequest(orm.em.fork(), official, { operatorId, officeCode: 'B07', provinceCode: '50', feeCode: 'WM-CRT-01', sourceType: PaymentSourceType.OTHER, idempotencyKey: key })));
    expect(new Set(results.map((r) => r.request!.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await sql(`select count(*)::int as n from payments.payment_request where operator_id = ?`, [operatorId]))[0].n).toBe(1);
  });
});

describe('bank callback', () => {
  it('marks a request paid with time, amount and bank transaction id, audited and announced', async () => {
    const request = await newRequest();
    const { body } = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2 });
    expect(body.deliveries).toMatchObject([{ status: 200 }]);
    const paid = await reload(request.id);
    expect(paid.status).toBe(PaymentStatus.PAID);
    expect(paid.paidAmountSatang).toBe(request.amountSatang);
    expect(paid.bankTransactionId).toBe(body.event.transactionId);
    expect(paid.paidAt!.getTime()).toBe(new Date(body.event.transactionDateTime).getTime());
    expect((await auditOf(request.id)).map((a) => [a.action, a.actor_name, a.to_status])).toEqual([
      ['PAYMENT_REQUEST_CREATED', 'somchai.o', 'PENDING'],
      ['BANK_NOTIFICATION_RECEIVED', 'bank:callback', null],
      ['STATUS_CHANGED', 'bank:callback', 'PAID'],
    ]);
    const [changed] = await sql(`select payload from payments.outbox where aggregate_id = ? and type = 'PaymentStatusChanged'`, [request.id]);
    expect(changed.payload).toMatchObject({
      from: 'PENDING', to: 'PAID', paidAmountSatang: request.amountSatang, bankTransactionId: body.event.transactionId,
      source: { type: 'SERVICE_REQUEST', id: request.sourceId }, officeCode: 'C1', provinceCode: '10',
    });
  });

  it('changes nothing for duplicate deliveries of the same notification', async () => {
    const request = await newRequest();
    const { body } = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, duplicates: 3 });
    expect(body.deliveries.map((d: any) => JSON.parse(d.response).outcome)).toEqual(['APPLIED', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect((await notifications(request.id)).map((n) => n.outcome)).toEqual(['APPLIED', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect((await auditOf(request.id)).filter((a) => a.action === 'STATUS_CHANGED')).toHaveLength(1);
    expect((await reload(request.id)).status).toBe(PaymentStatus.PAID);
  });

  it('applies exactly one of many concurrent deliveries (the request row is locked)', async () => {
    const request = await newRequest();
    const message = (eventId: string) => JSON.stringify({
      eventId, eventType: 'PAYMENT', billerId: BILLER_ID, ref1: request.ref1, ref2: request.ref2, amount: `${request.amountSatang / 100}.00`,
      transactionId: 'KTB-CONCURRENT-1', transactionDateTime: new Date().toISOString(),
    });
    const bodies = [...Array(6).fill(message('EV-C1')), message('EV-C2'), message('EV-C3')];
    const outcomes = await Promise.all(bodies.map(async (body) => {
      const response = await fetch(callbackUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signHeaders(SECRET, body) }, body });
      expect(response.status).toBe(200);
      return ((await response.json()) as { outcome: string }).outcome;
    }));
    expect(outcomes.filter((o) => o === 'APPLIED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'DUPLICATE')).toHaveLength(7);
    expect((await auditOf(request.id)).filter((a) => a.action === 'STATUS_CHANGED')).toHaveLength(1);
  });

  it('refuses a wrong signature or a replayed (stale) one before reading anything, and records nothing', async () => {
    const request = await newRequest();
    const before = (await sql(`select count(*)::int as n from payments.bank_notification`))[0].n;
    const wrong = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, wrongSignature: true, retries: 0 });
    expect(wrong.body.deliveries).toMatchObject([{ status: 401 }]);
    const stale = await bank.control('/sim/redeliver', { eventId: wrong.body.event.eventId, staleSeconds: 3600, retries: 0 });
    expect(stale.body.deliveries).toMatchObject([{ status: 401 }]);
    expect((await sql(`select count(*)::int as n from payments.bank_notification`))[0].n).toBe(before);
    expect((await reload(request.id)).status).toBe(PaymentStatus.PENDING);
    // The genuine delivery of the same event still counts.
    await bank.control('/sim/redeliver', { eventId: wrong.body.event.eventId });
    expect((await reload(request.id)).status).toBe(PaymentStatus.PAID);
  });

  it('holds a payment of another amount for review, and an official can accept it', async () => {
    const request = await newRequest();
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang - 100 });
    const held = await reload(request.id);
    expect(held.status).toBe(PaymentStatus.UNDER_REVIEW);
    expect(held.paidAmountSatang).toBe(request.amountSatang - 100);
    expect(held.reviewReason).toContain(`${request.amountSatang - 100} satang`);
    expect((await notifications(request.id)).map((n) => n.outcome)).toEqual(['HELD_FOR_REVIEW']);
  });

  it('refuses a second payment of a paid request (logged, status kept)', async () => {
    const request = await newRequest();
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2 });
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2 });
    const rows = await notifications(request.id);
    expect(rows.map((n) => n.outcome)).toEqual(['APPLIED', 'REFUSED']);
    expect(rows[1].outcome_detail).toMatch(/already paid by/);
    expect((await reload(request.id)).status).toBe(PaymentStatus.PAID);
  });

  it('applies a void that overtook its payment once the payment arrives', async () => {
    const request = await newRequest();
    const pay = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, hold: true });
    const voided = await bank.control('/sim/void', { transactionId: pay.body.event.transactionId, hold: true });
    const released = await bank.control('/sim/release', { eventIds: [voided.body.event.eventId, pay.body.event.eventId] });
    expect(released.body.deliveries.map((d: any) => JSON.parse(d.response).outcome)).toEqual(['DEFERRED', 'APPLIED']);
    const rows = await notifications(request.id);
    expect(rows.map((n) => n.outcome)).toEqual(['APPLIED', 'APPLIED']);
    expect(rows[0].applied_later_at).not.toBeNull();
    const after = await reload(request.id);
    expect(after.status).toBe(PaymentStatus.PENDING);
    expect(after.bankTransactionId).toBeNull();
    expect((await auditOf(request.id)).filter((a) => a.action === 'STATUS_CHANGED').map((a) => `${a.from_status}>${a.to_status}`)).toEqual(['PENDING>PAID', 'PAID>PENDING']);
  });

  it('settles a request when a delayed callback finally arrives', async () => {
    const request = await newRequest();
    const delayed = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, delayMs: 300 });
    expect(delayed.status).toBe(202);
    expect((await reload(request.id)).status).toBe(PaymentStatus.PENDING);
    await eventually(async () => (await reload(request.id)).status === PaymentStatus.PAID);
  });

  it('records notifications for unknown references and malformed bodies', async () => {
    const unknown = await bank.control('/sim/pay', { ref1: '999999999999999', ref2: 'ZZ20991231', amountSatang: 100 });
    expect(JSON.parse(unknown.body.deliveries[0].response)).toMatchObject({ outcome: 'UNKNOWN_REFERENCE' });
    const body = JSON.stringify({ eventId: 'X1', eventType: 'PAYMENT', billerId: BILLER_ID, ref1: 'A', ref2: 'B', amount: '12.345', transactionId: 'T', transactionDateTime: '2026-11-20T10:00:00+07:00' });
    const response = await fetch(callbackUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signHeaders(SECRET, body) }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ outcome: 'MALFORMED' });
    const [row] = await sql(`select outcome, raw_body from payments.bank_notification where outcome = 'MALFORMED' order by sequence desc limit 1`);
    expect(row.raw_body).toBe(body);
  });
});

describe('payment status inquiry', () => {
  it('finds a payment whose callback was lost, retrying a bank that fails once', async () => {
    const request = await newRequest();
    const lost = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, lose: true });
    expect(lost.body.deliveries).toEqual([]);
    expect((await reload(request.id)).status).toBe(PaymentStatus.PENDING);
    await bank.control('/sim/config', { failInquiries: 1 });
    const result = await runInquiry(orm.em.fork(), adapter, { olderThanMinutes: 0, now: new Date(Date.now() + 1000) });
    expect(result.failed).toBe(0);
    expect(result.corrected).toBeGreaterThanOrEqual(1);
    const paid = await reload(request.id);
    expect(paid.status).toBe(PaymentStatus.PAID);
    expect(paid.bankTransactionId).toBe(lost.body.event.transactionId);
    expect((await notifications(request.id)).map((n) => [n.channel, n.outcome])).toEqual([['INQUIRY', 'APPLIED']]);
    expect((await auditOf(request.id)).map((a) => [a.action, a.actor_name])).toContainEqual(['BANK_INQUIRY', 'payments:inquiry']);
    // The late callback, when it finally comes, is a duplicate.
    const late = await bank.control('/sim/redeliver', { eventId: lost.body.event.eventId });
    expect(JSON.parse(late.body.deliveries[0].response).outcome).toBe('DUPLICATE');
  });

  it('leaves requests younger than the threshold alone and does not ask twice within it', async () => {
    const request = await newRequest();
    const now = new Date(Date.now() + 1000);
    await runInquiry(orm.em.fork(), adapter, { olderThanMinutes: 60, now });
    expect((await reload(request.id)).lastInquiryAt).toBeNull();
    await runInquiry(orm.em.fork(), adapter, { olderThanMinutes: 0, now });
    const asked = (await reload(request.id)).lastInquiryAt;
    expect(asked).not.toBeNull();
    const again = await runInquiry(orm.em.fork(), adapter, { olderThanMinutes: 10, now: new Date(now.getTime() + 60_000) });
    expect(again.asked).toBe(0);
  });

  it('asks less often about old slips: waits as long as the slip was old when last asked, at most a day', async () => {
    const [recent, old] = [await newRequest(), await newRequest()];
    const hours = (h: number) => new Date(Date.now() - h * 3_600_000);
    // Both were issued three days ago; one was asked two hours ago, the other 25 hours ago.
    await sql(`update payments.payment_request set issued_at = ?, last_inquiry_at = ? where id = ?`, [hours(72), hours(2), recent.id]);
    await sql(`update payments.payment_request set issued_at = ?, last_inquiry_at = ? where id = ?`, [hours(72), hours(25), old.id]);
    const before = (await reload(recent.id)).lastInquiryAt!.getTime();
    await runInquiry(orm.em.fork(), adapter, { olderThanMinutes: 30, limit: 1000 });
    expect((await reload(recent.id)).lastInquiryAt!.getTime()).toBe(before);
    expect((await reload(old.id)).lastInquiryAt!.getTime()).toBeGreaterThan(hours(1).getTime());
  });
});

describe('expiry and fines', () => {
  it('expires a request the day after its due date, and holds a payment that comes later for review', async () => {
    const request = await newRequest();
    const dayAfterDue = new Date(`${request.dueDate}T17:00:00Z`);
    expect(await expireOverdue(orm.em.fork(), new Date(`${request.dueDate}T16:59:59Z`))).toBe(0);
    expect(await expireOverdue(orm.em.fork(), dayAfterDue)).toBeGreaterThanOrEqual(1);
    expect((await reload(request.id)).status).toBe(PaymentStatus.EXPIRED);
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2 });
    expect((await reload(request.id)).status).toBe(PaymentStatus.UNDER_REVIEW);
  });

  it('turns FineSettlementRequested into one payment request per case', async () => {
    const caseId = randomUUID();
    const event = (id: string): DomainEvent => ({
      id, type: 'FineSettlementRequested', aggregateType: 'Case', aggregateId: caseId, source: 'complaints', actor: 'lawyer.k', occurredAt: new Date().toISOString(), sequence: 1,
      payload: { caseId, caseNo: 'CS-2569-000001', operatorId: randomUUID(), officeCode: 'B07', provinceCode: '50', amountSatang: 1_250_000, dueDate: null, reason: 'มาตรา 39' },
    });
    const first = await orm.em.fork().transactional((tx) => handleFineSettlementRequested(tx, event(randomUUID())));
    const second = await orm.em.fork().transactional((tx) => handleFineSettlementRequested(tx, event(randomUUID())));
    expect(second!.id).toBe(first!.id);
    expect(first).toMatchObject({ amountSatang: 1_250_000, sourceType: 'CASE_FINE', sourceId: caseId, feeCode: 'WM-FINE-01', officeCode: 'B07', serviceType: 'FINE' });
    expect(first!.createdBy).toContain('lawyer.k');
    expect(ACTORS.fineSettlement.kind).toBe('system');
  });

  it('bills a respondent the registry does not know by name, and keeps an event that can never be billed for an official', async () => {
    const base = (id: string, payload: Record<string, unknown>): DomainEvent => ({
      id, type: 'FineSettlementRequested', aggregateType: 'LegalCase', aggregateId: String(payload.caseId), source: 'complaints', actor: 'lawyer.k', occurredAt: new Date().toISOString(), sequence: 2, payload,
    });
    const unregistered = await orm.em.fork().transactional((tx) => handleFineSettlementRequested(tx, base(randomUUID(), {
      caseId: randomUUID(), caseNo: 'CS-2569-000002', operatorId: null, respondentName: 'ร้านสมใจค้าส่ง', officeCode: 'C1', provinceCode: '10', amountSatang: 500_000, dueDate: null,
    })));
    expect(unregistered).toMatchObject({ operatorId: null, payerName: 'ร้านสมใจค้าส่ง', amountSatang: 500_000, status: 'PENDING' });
    const badId = randomUUID();
    const rejected = await orm.em.fork().transactional((tx) => handleFineSettlementRequested(tx, base(badId, {
      caseId: randomUUID(), caseNo: 'CS-2569-000003', operatorId: null, respondentName: 'x', officeCode: 'C1', provinceCode: '10', amountSatang: null,
    })));
    expect(rejected).toBeNull();
    const [entry] = await sql(`select detail from payments.audit_record where action = 'EVENT_REJECTED' and detail->>'eventId' = ?`, [badId]);
    expect(entry.detail.why).toMatch(/amountSatang/);
  });
});

describe('daily statement reconciliation', () => {
  it('records payments the callbacks missed and lists money the bank and the records disagree on', async () => {
    const missed = await newRequest();
    const lost = await bank.control('/sim/pay', { ref1: missed.ref1, ref2: missed.ref2, lose: true });
    const date = lost.body.event.transactionDateTime.slice(0, 10);
    const double = await newRequest();
    await bank.control('/sim/pay', { ref1: double.ref1, ref2: double.ref2 });
    const second = await bank.control('/sim/pay', { ref1: double.ref1, ref2: double.ref2 });
    const hidden = await newRequest();
    const shown = await bank.control('/sim/pay', { ref1: hidden.ref1, ref2: hidden.ref2 });
    await bank.control('/sim/config', { omitFromStatement: [shown.body.event.eventId] });
    const tampered = await newRequest();
    const tamperedPay = await bank.control('/sim/pay', { ref1: tampered.ref1, ref2: tampered.ref2 });
    await sql(`update payments.payment_request set paid_amount_satang = paid_amount_satang + 1 where id = ?`, [tampered.id]);

    const result = await reconcileStatement(orm.em.fork(), adapter, date, official);
    expect(result.date).toBe(date);
    expect(result.newlyRecordedCount).toBeGreaterThanOrEqual(1);
    const settled = await reload(missed.id);
    expect(settled.status).toBe(PaymentStatus.PAID);
    expect((await notifications(missed.id)).map((n) => n.channel)).toEqual(['STATEMENT']);
    const byTx = new Map(result.discrepancies.map((d) => [d.bankTransactionId, d]));
    expect(byTx.get(lost.body.event.transactionId)).toBeUndefined();
    expect(byTx.get(second.body.event.transactionId)).toMatchObject({ kind: 'NOT_RECORDED', ref1: double.ref1, bankAmountSatang: double.amountSatang, paymentRequestId: null });
    expect(byTx.get(shown.body.event.transactionId)).toMatchObject({ kind: 'NOT_AT_BANK', paymentRequestId: hidden.id, recordedAmountSatang: hidden.amountSatang });
    expect(byTx.get(tamperedPay.body.event.transactionId)).toMatchObject({ kind: 'AMOUNT_DIFFERS', bankAmountSatang: tampered.amountSatang, recordedAmountSatang: tampered.amountSatang + 1 });
    expect(result.matchedCount).toBeGreaterThanOrEqual(2);
    expect(result.bankTotalSatang).toBeGreaterThan(0);

    const [entry] = await sql(`select actor_name, detail from payments.audit_record where action = 'STATEMENT_RECONCILED' order by sequence desc limit 1`);
    expect(entry.actor_name).toBe('somchai.o');
    expect(entry.detail).toMatchObject({ date, matchedCount: result.matchedCount, discrepancies: expect.arrayContaining([expect.objectContaining({ kind: 'AMOUNT_DIFFERS' })]) });
    expect(await statementReconciled(orm.em.fork(), date)).toBe(true);
    expect(await statementReconciled(orm.em.fork(), '2001-01-01')).toBe(false);
    // A second run records nothing new.
    expect((await reconcileStatement(orm.em.fork(), adapter, date, official)).newlyRecordedCount).toBe(0);
  });
});
