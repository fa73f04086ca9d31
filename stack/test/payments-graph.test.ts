/**
 * Payments through the graph, against a real PostgreSQL with demo data: the fee schedule, issuing a pay-in,
 * the bank paying it through the simulator and calling back the endpoint the payments service mounts,
 * inquiry, the Thai pay-in PDF, reconciliation and its exports, refunds/cancellations/extra charges with
 * approval, area scope, and the FineSettlementRequested event consumed from the bus.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLevel, systemPrincipal, type DomainEvent, type Principal } from '@metrograph/kit';
import { hasValidCrc, parseTlv } from '@metrograph/payments';
import { startTestGraph, type TestGraph } from './testkit.js';
import { eventually, startBankSimulator, type BankSimulator } from './payments-testkit.js';

const SECRET = randomBytes(24).toString('base64url');
const TAX_ID = '0994000165501';
let graph: TestGraph;
let bank: BankSimulator;

const user = (id: string, name: string, provinceCodes: string[] | null = null): Principal => ({
  kind: 'user', id, name, officeCode: provinceCodes ? 'C1' : 'HQ', roles: ['FINANCE'], provinceCodes, rights: { payments: AccessLevel.FULL_CONTROL },
});
const clerk = user('u-clerk', 'clerk.a');
const approver = user('u-approver', 'approver.b');

beforeAll(async () => {
  bank = await startBankSimulator({ secret: SECRET, billerId: `${TAX_ID}01` });
  Object.assign(process.env, { BANK_SHARED_SECRET: SECRET, BANK_URL: bank.url, BILLER_TAX_ID: TAX_ID, BILLER_SUFFIX: '01' });
  graph = await startTestGraph();
  await bank.control('/sim/config', { callbackUrl: graph.subgraphs.payments.url.replace(/\/graphql$/, '/bank/payment-callback') });
});

afterAll(async () => {
  await graph?.stop();
  await bank?.stop();
});

/** Calls payments directly, signed for `principal` as the router would (mutations with a chosen actor). */
async function pay<T = any>(query: string, variables: Record<string, unknown> = {}, principal: Principal = clerk): Promise<T> {
  const result = await graph.subgraphQuery<T>('payments', query, variables, principal);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const REQUEST_FIELDS = `id requestNo ref1 ref2 status amountSatang paidAmountSatang refundedAmountSatang paidAt bankTransactionId feeCode serviceType dueDate
  billPayment { billerId qrPayload barcodeText }`;
const CREATE = `mutation($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { created paymentRequest { ${REQUEST_FIELDS} } userErrors { field code message } } }`;

async function anOperator(): Promise<{ id: string; provinceCode: string }> {
  const result = await graph.query(`{ operators(first: 1) { edges { node { id province { code } } } } }`);
  expect(result.errors).toBeUndefined();
  const node = result.data.operators.edges[0].node;
  return { id: node.id, provinceCode: node.province.code };
}

async function create(over: Record<string, unknown> = {}, principal: Principal = clerk) {
  const operator = await anOperator();
  const data = await pay(CREATE, {
    input: { operatorId: operator.id, officeCode: 'C1', provinceCode: operator.provinceCode, feeCode: 'WM-VER-02', quantity: 3, source: { type: 'SERVICE_REQUEST', id: `SR-${randomUUID().slice(0, 8)}` }, payerName: 'หจก. ปั๊มน้ำมันรุ่งเรือง', payerTaxId: '0103555123456', ...over },
  }, principal);
  return data.createPaymentRequest;
}

describe('fee schedule', () => {
  it('lists the rates in force on a day and lets an official set a new one that closes the old', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const current = await graph.query(`query($d: LocalDate) { feeRates(first: 100, filter: { effectiveOn: $d }) { totalCount edges { node { feeCode serviceType amountSatang variableAmount effectiveTo } } } }`, { d: today });
    expect(current.errors).toBeUndefined();
    const codes = current.data.feeRates.edges.map((e: any) => e.node.serviceType);
    for (const service of ['BUSINESS_MANUFACTURE', 'BUSINESS_IMPORT', 'BUSINESS_SALE', 'BUSINESS_REPAIR', 'VERIFICATION', 'ACCURACY_CHECK', 'CERTIFICATE_REPLACEMENT', 'LICENCE', 'LICENCE_RENEWAL', 'FINE']) {
      expect(codes).toContain(service);
    }
    const history = await graph.query(`{ feeRates(first: 10, filter: { feeCodes: ["WM-VER-01"] }) { edges { node { amountSatang effectiveFrom effectiveTo } } } }`);
    expect(history.data.feeRates.edges.map((e: any) => e.node.amountSatang)).toEqual([20_000, 15_000]);

    const SET = `mutation($input: SetFeeRateInput!) { setFeeRate(input: $input) { feeRate { feeCode amountSatang effectiveFrom createdBy } userErrors { field code } } }`;
    const set = await pay(SET, { input: { feeCode: 'WM-ACC-01', serviceType: 'ACCURACY_CHECK', nameTh: 'ค่าธรรมเนียมการตรวจสอบความเที่ยงตรง', amountSatang: 35_000, effectiveFrom: '2099-01-01' } });
    expect(set.setFeeRate).toEqual({ feeRate: { feeCode: 'WM-ACC-01', amountSatang: 35_000, effectiveFrom: '2099-01-01', createdBy: 'clerk.a' }, userErrors: [] });
    const overlap = await pay(SET, { input: { feeCode: 'WM-ACC-01', serviceType: 'ACCURACY_CHECK', nameTh: 'x', amountSatang: 1, effectiveFrom: '2098-01-01' } });
    expect(overlap.setFeeRate.userErrors).toEqual([{ field: ['input', 'effectiveFrom'], code: 'OVERLAPS_EXISTING_RATE' }]);
    const local = await graph.subgraphQuery('payments', SET, { input: { feeCode: 'WM-ACC-01', serviceType: 'ACCURACY_CHECK', nameTh: 'x', amountSatang: 1, effectiveFrom: '2100-01-01' } }, user('u-local', 'local.c', ['50']));
    expect(local.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const closed = await graph.query(`{ feeRates(first: 10, filter: { feeCodes: ["WM-ACC-01"] }) { edges { node { effectiveFrom effectiveTo } } } }`);
    expect(closed.data.feeRates.edges.map((e: any) => e.node)).toEqual([{ effectiveFrom: '2099-01-01', effectiveTo: null }, { effectiveFrom: '2024-10-01', effectiveTo: '2098-12-31' }]);
  });
});

describe('fee quote', () => {
  it('computes what services cost from the schedule, without issuing anything', async () => {
    const result = await graph.query(`{ feeQuote(items: [{ feeCode: "WM-VER-01", quantity: 3 }, { feeCode: "WM-CRT-01" }], on: "2026-11-01") { on totalSatang lines { feeCode unitAmountSatang quantity amountSatang } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.feeQuote).toEqual({
      on: '2026-11-01', totalSatang: 70_000,
      lines: [{ feeCode: 'WM-VER-01', unitAmountSatang: 20_000, quantity: 3, amountSatang: 60_000 }, { feeCode: 'WM-CRT-01', unitAmountSatang: 10_000, quantity: 1, amountSatang: 10_000 }],
    });
    const old = await graph.query(`{ feeQuote(items: [{ feeCode: "WM-VER-01" }], on: "2024-09-30") { totalSatang } }`);
    expect(old.data.feeQuote.totalSatang).toBe(15_000);
    const unknown = await graph.query(`{ feeQuote(items: [{ feeCode: "NOPE" }]) { totalSatang } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a pay-in paid through the bank', () => {
  it('is issued with refs and bank codes, paid by the simulator, and the callback to the mounted endpoint settles it', async () => {
    const created = await create();
    expect(created.userErrors).toEqual([]);
    const request = created.paymentRequest;
    expect(request).toMatchObject({ status: 'PENDING', amountSatang: 150_000, feeCode: 'WM-VER-02', serviceType: 'VERIFICATION' });
    expect(hasValidCrc(request.billPayment.qrPayload)).toBe(true);
    expect(Object.fromEntries(parseTlv(parseTlv(request.billPayment.qrPayload).get('30')!))).toEqual({ '00': 'A000000677010112', '01': `${TAX_ID}01`, '02': request.ref1, '03': request.ref2 });
    expect(request.billPayment.barcodeText).toBe(`|${TAX_ID}01\r${request.ref1}\r${request.ref2}\r150000`);
    // The bill was registered with the bank, which pays it for exactly the amount.
    const state = await bank.control('/sim/state');
    expect(state.body.bills).toContainEqual(expect.objectContaining({ ref1: request.ref1, ref2: request.ref2, amountSatang: 150_000 }));

    const paid = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, duplicates: 1 });
    expect(paid.body.deliveries.map((d: any) => d.status)).toEqual([200, 200]);
    const seen = await graph.query(`query($id: ID!) { paymentRequest(id: $id) { status paidAmountSatang bankTransactionId billPayment { qrPayload }
      operator { id nameTh } bankNotifications(first: 10) { edges { node { outcome channel bankEventId } } }
      auditTrail(first: 20) { edges { node { action actorName fromStatus toStatus } } } } }`, { id: request.id });
    expect(seen.errors).toBeUndefined();
    const node = seen.data.paymentRequest;
    expect(node).toMatchObject({ status: 'PAID', paidAmountSatang: 150_000, bankTransactionId: paid.body.event.transactionId, billPayment: null });
    expect(node.operator.nameTh.length).toBeGreaterThan(0);
    expect(node.bankNotifications.edges.map((e: any) => e.node.outcome)).toEqual(['APPLIED', 'DUPLICATE']);
    expect(node.auditTrail.edges.map((e: any) => [e.node.action, e.node.actorName])).toEqual([
      ['PAYMENT_REQUEST_CREATED', 'clerk.a'],
      ['BANK_NOTIFICATION_RECEIVED', 'bank:callback'],
      ['STATUS_CHANGED', 'bank:callback'],
      ['BANK_NOTIFICATION_RECEIVED', 'bank:callback'],
    ]);
  });

  it('is held for review when another amount arrives, until an official accepts it', async () => {
    const request = (await create()).paymentRequest;
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, amountSatang: 100_000 });
    const ACCEPT = `mutation($input: AcceptHeldPaymentInput!) { acceptHeldPayment(input: $input) { paymentRequest { status paidAmountSatang } userErrors { field code } } }`;
    const noNote = await pay(ACCEPT, { input: { paymentRequestId: request.id, note: ' ' } });
    expect(noNote.acceptHeldPayment.userErrors).toEqual([{ field: ['input', 'note'], code: 'REQUIRED' }]);
    const accepted = await pay(ACCEPT, { input: { paymentRequestId: request.id, note: 'ส่วนต่างชำระเป็นเงินสดที่ศูนย์' } }, approver);
    expect(accepted.acceptHeldPayment).toEqual({ paymentRequest: { status: 'PAID', paidAmountSatang: 100_000 }, userErrors: [] });
    const twice = await pay(ACCEPT, { input: { paymentRequestId: request.id, note: 'อีกครั้ง' } }, approver);
    expect(twice.acceptHeldPayment.userErrors[0].code).toBe('INVALID_STATUS');
    const review = await graph.query(`{ bankNotifications(first: 50, outcomes: [HELD_FOR_REVIEW]) { edges { node { ref1 outcomeDetail } } } }`);
    expect(review.data.bankNotifications.edges.map((e: any) => e.node)).toContainEqual({ ref1: request.ref1, outcomeDetail: 'paid 100000 satang, 150000 due' });
  });

  it('is settled by an official\'s inquiry when the callback was lost', async () => {
    const request = (await create()).paymentRequest;
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, lose: true });
    const data = await pay(`mutation($input: InquirePaymentStatusInput!) { inquirePaymentStatus(input: $input) { paymentRequest { status } userErrors { code } } }`, { input: { paymentRequestId: request.id } });
    expect(data.inquirePaymentStatus).toEqual({ paymentRequest: { status: 'PAID' }, userErrors: [] });
  });

  it('prints as a Thai PDF, and every view and print is audited with the actor', async () => {
    const request = (await create()).paymentRequest;
    const ISSUE = `mutation($input: ExportPayInInput!) { exportPayIn(input: $input) { document { fileName contentType byteLength contentBase64 } userErrors { code } } }`;
    const printed = await pay(ISSUE, { input: { paymentRequestId: request.id, purpose: 'PRINT' } }, approver);
    const doc = printed.exportPayIn.document;
    expect(doc).toMatchObject({ fileName: `pay-in-${request.requestNo}.pdf`, contentType: 'application/pdf' });
    const bytes = Buffer.from(doc.contentBase64, 'base64');
    expect(bytes.length).toBe(doc.byteLength);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/Sarabun/);
    // Through the router: exporting a pay-in needs only VIEW on payments (the seeded HQ administrator).
    const viewed = await graph.query(ISSUE, { input: { paymentRequestId: request.id } });
    expect(viewed.errors).toBeUndefined();
    expect(viewed.data.exportPayIn.document.byteLength).toBeGreaterThan(10_000);
    const trail = await pay(`query($id: ID!) { paymentRequest(id: $id) { auditTrail(first: 10) { edges { node { action actorName } } } } }`, { id: request.id });
    const entries = trail.paymentRequest.auditTrail.edges.map((e: any) => e.node);
    expect(entries.slice(0, 2)).toEqual([
      { action: 'PAYMENT_REQUEST_CREATED', actorName: 'clerk.a' },
      { action: 'PAY_IN_PRINTED', actorName: 'approver.b' },
    ]);
    // The viewer is whoever the router signed in (the name the router forwards).
    expect(entries[2]).toMatchObject({ action: 'PAY_IN_VIEWED' });
    expect(entries).toHaveLength(3);
  });
});

describe('refunds, cancellations and extra charges', () => {
  const REQUEST = `mutation($input: RequestPaymentAdjustmentInput!) { requestPaymentAdjustment(input: $input) { adjustment { id kind status amountSatang requestedBy } userErrors { field code } } }`;
  const DECIDE = `mutation($input: DecidePaymentAdjustmentInput!) { decidePaymentAdjustment(input: $input) {
    adjustment { status decidedBy } paymentRequest { status refundedAmountSatang paidAmountSatang } extraChargeRequest { id amountSatang status } userErrors { field code } } }`;
  const docs = [{ name: 'หนังสือขอคืนเงิน.pdf', url: 'https://docs.example.go.th/refund/1' }];

  it('refund at most what was paid, only after another official approves', async () => {
    const request = (await create()).paymentRequest;
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2 });
    const tooMuch = await pay(REQUEST, { input: { paymentRequestId: request.id, kind: 'REFUND', amountSatang: 150_001, reason: 'ชำระซ้ำ', documents: docs } });
    expect(tooMuch.requestPaymentAdjustment.userErrors).toEqual([{ field: ['input', 'amountSatang'], code: 'EXCEEDS_PAID' }]);
    const noDocs = await pay(REQUEST, { input: { paymentRequestId: request.id, kind: 'REFUND', amountSatang: 100, reason: 'ชำระซ้ำ' } });
    expect(noDocs.requestPaymentAdjustment.userErrors).toEqual([{ field: ['input', 'documents'], code: 'REQUIRED' }]);

    const asked = await pay(REQUEST, { input: { paymentRequestId: request.id, kind: 'REFUND', amountSatang: 100_000, reason: 'ตรวจเครื่องได้ 1 จาก 3 เครื่อง', documents: docs } });
    const adjustment = asked.requestPaymentAdjustment.adjustment;
    expect(adjustment).toMatchObject({ kind: 'REFUND', status: 'REQUESTED', amountSatang: 100_000, requestedBy: 'clerk.a' });
    // The waiting refund counts: a second one cannot take the rest twice.
    const second = await pay(REQUEST, { input: { paymentRequestId: request.id, kind: 'REFUND', amountSatang: 50_001, reason: 'อีกครั้ง', documents: docs } });
    expect(second.requestPaymentAdjustment.userErrors[0].code).toBe('EXCEEDS_PAID');

    const self = await pay(DECIDE, { input: { adjustmentId: adjustment.id, approve: true } }, clerk);
    expect(self.decidePaymentAdjustment.userErrors).toEqual([{ field: ['input', 'adjustmentId'], code: 'SAME_PERSON' }]);
    const approved = await pay(DECIDE, { input: { adjustmentId: adjustment.id, approve: true, note: 'ตรวจสอบแล้ว' } }, approver);
    expect(approved.decidePaymentAdjustment).toMatchObject({
      adjustment: { status: 'APPROVED', decidedBy: 'approver.b' },
      paymentRequest: { status: 'PARTIALLY_REFUNDED', refundedAmountSatang: 100_000, paidAmountSatang: 150_000 },
      userErrors: [],
    });
    const again = await pay(DECIDE, { input: { adjustmentId: adjustment.id, approve: true } }, approver);
    expect(again.decidePaymentAdjustment.userErrors[0].code).toBe('ALREADY_DECIDED');

    // the request and the decision are announced on the bus from their own transactions
    const db = new pg.Client({ connectionString: graph.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(`select type, actor, payload from payments.outbox where aggregate_id = $1 order by sequence`, [adjustment.id]);
      expect(rows.map((r) => [r.type, r.actor, r.payload.change, r.payload.detail.decision ?? null])).toEqual([
        ['PaymentAdjustmentChanged', 'clerk.a', 'ADJUSTMENT_REQUESTED', null],
        ['PaymentAdjustmentChanged', 'approver.b', 'ADJUSTMENT_DECIDED', 'APPROVED'],
      ]);
      expect(rows[1].payload).toMatchObject({ paymentRequestId: request.id });
    } finally {
      await db.end();
    }
  });

  it('cancel an unpaid request and charge extra through a new linked request', async () => {
    const pending = (await create()).paymentRequest;
    const cancel = await pay(REQUEST, { input: { paymentRequestId: pending.id, kind: 'CANCELLATION', reason: 'ผู้ประกอบการยกเลิกคำขอ' } });
    const cancelled = await pay(DECIDE, { input: { adjustmentId: cancel.requestPaymentAdjustment.adjustment.id, approve: true } }, approver);
    expect(cancelled.decidePaymentAdjustment.paymentRequest.status).toBe('CANCELLED');

    const paid = (await create()).paymentRequest;
    await bank.control('/sim/pay', { ref1: paid.ref1, ref2: paid.ref2 });
    const extra = await pay(REQUEST, { input: { paymentRequestId: paid.id, kind: 'EXTRA_CHARGE', amountSatang: 50_000, reason: 'ตรวจเพิ่ม 1 เครื่อง', documents: docs } });
    const decided = await pay(DECIDE, { input: { adjustmentId: extra.requestPaymentAdjustment.adjustment.id, approve: true } }, approver);
    expect(decided.decidePaymentAdjustment.extraChargeRequest).toMatchObject({ amountSatang: 50_000, status: 'PENDING' });
    const linked = await pay(`query($id: String) { paymentRequests(first: 5, filter: { sourceId: $id, sourceTypes: [EXTRA_CHARGE] }) { totalCount edges { node { id createdBy } } } }`, { id: paid.id });
    expect(linked.paymentRequests.totalCount).toBe(1);
    expect(linked.paymentRequests.edges[0].node).toEqual({ id: decided.decidePaymentAdjustment.extraChargeRequest.id, createdBy: 'approver.b' });
  });
});

describe('reconciliation', () => {
  it('groups paid and unpaid requests by office and period with totals that add up', async () => {
    const q = `{ paymentReconciliation(groupBy: [OFFICE, PERIOD], filter: { granularity: MONTH }) {
      rows { officeCode period requestCount paidCount unpaidCount amountDueSatang paidAmountSatang outstandingSatang }
      total { requestCount paidCount unpaidCount amountDueSatang paidAmountSatang refundedAmountSatang netReceivedSatang } }
      paymentRequests(first: 0) { totalCount } paid: paymentRequests(first: 0, filter: { statuses: [PAID, PARTIALLY_REFUNDED, REFUNDED] }) { totalCount } }`;
    const result = await graph.query(q);
    expect(result.errors).toBeUndefined();
    const { rows, total } = result.data.paymentReconciliation;
    expect(total.requestCount).toBe(result.data.paymentRequests.totalCount);
    expect(total.paidCount).toBe(result.data.paid.totalCount);
    expect(rows.reduce((s: number, r: any) => s + r.requestCount, 0)).toBe(total.requestCount);
    expect(rows.reduce((s: number, r: any) => s + r.paidAmountSatang, 0)).toBe(total.paidAmountSatang);
    expect(total.netReceivedSatang).toBe(total.paidAmountSatang - total.refundedAmountSatang);
    for (const row of rows) expect(row.period).toMatch(/^\d{4}-\d{2}$/);
  });

  it('exports CSV (per request, Thai headers) and XLSX, audited', async () => {
    const EXPORT = `mutation($input: ExportPaymentReconciliationInput!) { exportPaymentReconciliation(input: $input) { file { fileName contentType byteLength contentBase64 } userErrors { code } } }`;
    const csv = await pay(EXPORT, { input: { filter: { basis: 'PAID' }, groupBy: [], format: 'CSV', content: 'REQUESTS' } });
    const text = Buffer.from(csv.exportPaymentReconciliation.file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFเลขที่ใบแจ้ง (request no.),Ref.1,Ref.2')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[1]).toMatch(/^PR-25\d\d-\d{7},/);
    const summary = await pay(EXPORT, { input: { filter: {}, groupBy: ['SERVICE_TYPE'], format: 'CSV' } });
    expect(Buffer.from(summary.exportPaymentReconciliation.file.contentBase64, 'base64').toString('utf8')).toContain('VERIFICATION,');
    const xlsx = await pay(EXPORT, { input: { filter: {}, groupBy: ['OFFICE'], format: 'XLSX' } });
    const book = Buffer.from(xlsx.exportPaymentReconciliation.file.contentBase64, 'base64');
    expect(book.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.exportPaymentReconciliation.file.fileName).toMatch(/\.xlsx$/);
  });
});

describe('bank statement', () => {
  it('reconciles a day with the bank through the graph, HQ only, and keeps it in the audit trail', async () => {
    const request = (await create()).paymentRequest;
    const lost = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, lose: true });
    const date = lost.body.event.transactionDateTime.slice(0, 10);
    const RECONCILE = `mutation($input: ReconcileBankPaymentsInput!) { reconcileBankPayments(input: $input) {
      reconciliation { date bankPaymentCount bankTotalSatang recordedCount matchedCount newlyRecordedCount discrepancies { kind bankTransactionId } } userErrors { code } } }`;
    const data = await pay(RECONCILE, { input: { date } }, approver);
    const result = data.reconcileBankPayments.reconciliation;
    expect(result).toMatchObject({ date, newlyRecordedCount: 1 });
    expect(result.discrepancies.map((d: any) => d.bankTransactionId)).not.toContain(lost.body.event.transactionId);
    expect(result.matchedCount).toBe(result.recordedCount - result.discrepancies.filter((d: any) => d.kind !== 'NOT_RECORDED').length);
    const status = await pay(`query($id: ID!) { paymentRequest(id: $id) { status bankNotifications(first: 5) { edges { node { channel } } } } }`, { id: request.id });
    expect(status.paymentRequest).toEqual({ status: 'PAID', bankNotifications: { edges: [{ node: { channel: 'STATEMENT' } }] } });
    const future = await pay(RECONCILE, { input: { date: '2999-01-01' } }, approver);
    expect(future.reconcileBankPayments.userErrors).toEqual([{ code: 'OUT_OF_RANGE' }]);
    const local = await graph.subgraphQuery('payments', RECONCILE, { input: { date } }, user('u-local', 'local.c', ['50']));
    expect(local.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const trail = await pay(`{ paymentAuditRecords(first: 1, actions: [STATEMENT_RECONCILED]) { edges { node { actorName detail } } } }`);
    expect(trail.paymentAuditRecords.edges[0].node).toMatchObject({ actorName: 'approver.b', detail: { date, newlyRecordedCount: 1 } });
  });
});

describe('area scope', () => {
  it('shows an official only the requests of their provinces', async () => {
    const all = await pay(`{ paymentRequests(first: 100) { edges { node { id province { code } } } } }`, {}, systemPrincipal('test'));
    const someProvince = all.paymentRequests.edges[0].node.province.code;
    const outside = all.paymentRequests.edges.find((e: any) => e.node.province.code !== someProvince).node;
    const local = user('u-local', 'local.c', [someProvince]);
    const mine = await pay(`{ paymentRequests(first: 100) { totalCount edges { node { province { code } } } } }`, {}, local);
    expect(mine.paymentRequests.totalCount).toBeGreaterThan(0);
    for (const { node } of mine.paymentRequests.edges) expect(node.province.code).toBe(someProvince);
    const hidden = await pay(`query($id: ID!) { paymentRequest(id: $id) { id } }`, { id: outside.id }, local);
    expect(hidden.paymentRequest).toBeNull();
    const report = await pay(`{ paymentReconciliation(groupBy: [PROVINCE]) { rows { provinceCode } } }`, {}, local);
    expect(report.paymentReconciliation.rows.map((r: any) => r.provinceCode)).toEqual([someProvince]);
  });
});

describe('events', () => {
  it('creates one payment request per FineSettlementRequested, however often the event comes', async () => {
    const operator = await anOperator();
    const caseId = randomUUID();
    const event: DomainEvent = {
      id: randomUUID(), type: 'FineSettlementRequested', aggregateType: 'Case', aggregateId: caseId, source: 'complaints', actor: 'lawyer.k',
      occurredAt: new Date().toISOString(), sequence: 1,
      payload: { caseId, caseNo: 'CS-2569-000042', operatorId: operator.id, officeCode: 'C1', provinceCode: operator.provinceCode, amountSatang: 2_000_000, dueDate: null, reason: 'เครื่องชั่งไม่เที่ยงตรง' },
    };
    await graph.subgraphs.payments.bus.publish([event]);
    await graph.subgraphs.payments.bus.publish([event, { ...event, id: randomUUID() }]);
    const query = `query($id: String) { paymentRequests(first: 5, filter: { sourceId: $id }) { totalCount edges { node { amountSatang sourceType feeCode } } } }`;
    const found = await eventually(async () => {
      const data = await pay(query, { id: caseId });
      return data.paymentRequests.totalCount > 0 && data.paymentRequests;
    });
    expect(found.edges[0].node).toEqual({ amountSatang: 2_000_000, sourceType: 'CASE_FINE', feeCode: 'WM-FINE-01' });
    await new Promise((r) => setTimeout(r, 500));
    expect((await pay(query, { id: caseId })).paymentRequests.totalCount).toBe(1);
  });

  it('publishes PaymentStatusChanged for other domains', async () => {
    const received: DomainEvent[] = [];
    const subscription = await graph.subgraphs.payments.bus.subscribe(`test-listener-${randomUUID()}`, async (e) => { received.push(e); }, ['PaymentStatusChanged']);
    try {
      const request = (await create()).paymentRequest;
      await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2 });
      const event = await eventually(async () => received.find((e) => e.aggregateId === request.id));
      expect(event).toMatchObject({ source: 'payments', actor: 'bank:callback', payload: { from: 'PENDING', to: 'PAID', amountSatang: 150_000, paidAmountSatang: 150_000 } });
    } finally {
      await subscription.stop();
    }
  });
});
