/**
 * Dashboard statistics through the graph on the seeded demo data: complaint KPIs filtered and grouped by
 * instrument type, fee and fine KPIs (paymentStats) by province, office, service type and month, both
 * within the caller's area; and the rollups the statistics read (kept by triggers) give exactly what the
 * raw complaints, cases and payment requests give, before and after a sequence of changes.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphOrm, systemPrincipal, type Principal } from '@metrograph/kit';
import { Complaint, complaintConditions, complaints, ComplaintStatsGroup, ComplaintWorkflow, rawComplaintStats, rollupComplaintCount, rollupComplaintStats } from '@metrograph/complaints';
import { payments, PaymentStatsGroup, rawPaymentStats, rollupPaymentStats } from '@metrograph/payments';
import { SLA_HOURS } from '@metrograph/complaints';
import { startTestGraph, TEST_ANCHOR, type TestGraph } from './testkit.js';

let graph: TestGraph;
let complaintsOrm: MikroORM;
let paymentsOrm: MikroORM;

beforeAll(async () => {
  graph = await startTestGraph();
  complaintsOrm = (await openSubgraphOrm(complaints, graph.databaseUrl, 2)) as MikroORM;
  paymentsOrm = (await openSubgraphOrm(payments, graph.databaseUrl, 2)) as MikroORM;
}, 120_000);

afterAll(async () => {
  await complaintsOrm?.close(true);
  await paymentsOrm?.close(true);
  await graph?.stop();
});

const branch: Principal = { kind: 'user', id: randomUUID(), name: 'branch', officeCode: 'C1', roles: ['OFFICIAL'], provinceCodes: ['50', '51', '58'], rights: {} };
const PAYMENT_FIELDS = 'key issued issuedSatang paid collectedSatang unpaid outstandingSatang overdue overdueSatang lapsed';

describe('complaint statistics by instrument type', () => {
  it('groups by instrument type, filters by it, and the groups add up to the total', async () => {
    const result = await graph.query(`{
      total: complaintStats(groupBy: TOTAL) { received }
      byType: complaintStats(groupBy: INSTRUMENT_TYPE) { key received }
      scales: complaintStats(groupBy: TOTAL, filter: { instrumentTypes: [NON_AUTOMATIC_SCALE] }) { received }
      list: complaints(first: 0, filter: { instrumentTypes: [NON_AUTOMATIC_SCALE] }) { totalCount }
    }`);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const { total, byType, scales, list } = result.data;
    expect(byType.reduce((s: number, r: any) => s + r.received, 0)).toBe(total[0].received);
    const scaleRow = byType.find((r: any) => r.key === 'NON_AUTOMATIC_SCALE');
    expect(scaleRow.received).toBeGreaterThan(0);
    expect(scales[0].received).toBe(scaleRow.received);
    expect(list.totalCount).toBe(scaleRow.received);
  });
});

describe('payment statistics', () => {
  it('counts every request once, splits paid and unpaid money, and keeps to the area', async () => {
    const result = await graph.query(`{
      total: paymentStats(groupBy: TOTAL) { ${PAYMENT_FIELDS} }
      byProvince: paymentStats(groupBy: PROVINCE) { ${PAYMENT_FIELDS} }
      byService: paymentStats(groupBy: SERVICE_TYPE) { ${PAYMENT_FIELDS} }
      byMonth: paymentStats(groupBy: MONTH) { ${PAYMENT_FIELDS} }
      list: paymentRequests(first: 0) { totalCount }
      pending: paymentRequests(first: 0, filter: { statuses: [PENDING] }) { totalCount }
    }`);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const { total, byProvince, byService, byMonth, list, pending } = result.data;
    const all = total[0];
    expect(all.issued).toBe(list.totalCount);
    expect(all.unpaid).toBe(pending.totalCount);
    expect(all.paid).toBeGreaterThan(0);
    expect(all.collectedSatang).toBeGreaterThan(0);
    expect(all.overdue).toBeLessThanOrEqual(all.unpaid);
    for (const rows of [byProvince, byService, byMonth]) {
      for (const field of ['issued', 'issuedSatang', 'paid', 'collectedSatang', 'unpaid', 'outstandingSatang', 'overdue', 'lapsed']) {
        expect(rows.reduce((s: number, r: any) => s + r[field], 0), field).toBe(all[field]);
      }
    }
    for (const row of byMonth) expect(row.key).toMatch(/^\d{4}-\d{2}$/);
    const scoped = await graph.subgraphQuery('payments', `{ paymentStats(groupBy: PROVINCE, filter: { serviceTypes: [VERIFICATION] }) { key issued } }`, undefined, branch);
    expect(scoped.errors, JSON.stringify(scoped.errors)).toBeUndefined();
    expect(scoped.data.paymentStats.length).toBeGreaterThan(0);
    for (const row of scoped.data.paymentStats) expect(['50', '51', '58']).toContain(row.key);
    const bad = await graph.query(`{ paymentStats(groupBy: TOTAL, filter: { issuedFrom: "2026-02-01T00:00:00Z", issuedTo: "2026-01-01T00:00:00Z" }) { key } }`);
    expect(bad.errors?.[0].extensions?.field).toBe('filter.issuedTo');
  });
});

/** A Thai midnight `days` before the test anchor (rollup-friendly period ends). */
const thaiDay = (daysBack: number) => {
  const day = new Date(TEST_ANCHOR.getTime() + 7 * 3_600_000 - daysBack * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00+07:00`);
};
const firstOfMonth = (monthsBack: number) => {
  const d = new Date(TEST_ANCHOR.getTime() + 7 * 3_600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - monthsBack);
  return new Date(`${d.toISOString().slice(0, 10)}T00:00:00+07:00`);
};

/** Filters a dashboard sends, each with whether the rollup must answer it (false: the raw fallback does). */
function complaintFilters(): [string, Record<string, unknown> | undefined, boolean][] {
  return [
    ['no filter', undefined, true],
    ['whole months', { receivedFrom: firstOfMonth(6), receivedTo: firstOfMonth(1) }, true],
    ['ragged days', { receivedFrom: thaiDay(200), receivedTo: thaiDay(17) }, true],
    ['open end', { receivedFrom: thaiDay(45) }, true],
    ['provinces and office', { provinceCodes: ['10', '50', '51'], officeCodes: ['C1', 'HQ'] }, true],
    ['statuses', { statuses: ['CLOSED', 'OFFENCE_FOUND'], receivedFrom: thaiDay(300) }, true],
    ['offence basis', { offenceBasisCodes: ['OUT_OF_TOLERANCE', 'UNVERIFIED_INSTRUMENT'] }, true],
    ['instrument type', { instrumentTypes: ['NON_AUTOMATIC_SCALE', 'FUEL_DISPENSER'], receivedTo: firstOfMonth(2) }, true],
    ['channels', { channels: ['HOTLINE_1569', 'WEB'] }, true],
    ['two dimensions, whole months', { statuses: ['CLOSED'], instrumentTypes: ['NON_AUTOMATIC_SCALE'], receivedFrom: firstOfMonth(12), receivedTo: firstOfMonth(0) }, true],
    ['two dimensions, ragged days', { statuses: ['CLOSED'], channels: ['HOTLINE_1569'], receivedFrom: thaiDay(100) }, true],
    ['period not at midnight', { receivedFrom: new Date(TEST_ANCHOR.getTime() - 90 * 86_400_000) }, false],
    ['keyword', { keyword: 'ตาชั่ง' }, false],
    ['case statuses', { caseStatuses: ['FINAL'] }, false],
  ];
}

const branch2: Principal = { kind: 'user', id: randomUUID(), name: 'branch', officeCode: 'C1', roles: ['OFFICIAL'], provinceCodes: ['50', '51', '58'], rights: {} };
const everyone = systemPrincipal('test');

async function expectComplaintRollupsEqualRaw(): Promise<number> {
  let compared = 0;
  for (const principal of [everyone, branch2]) {
    for (const [name, filter, answered] of complaintFilters()) {
      // a list's totalCount from the rollup: the number of complaints the list's own conditions find
      const em = complaintsOrm.em.fork() as never as EntityManager;
      const counted = await rollupComplaintCount(em, filter as never, principal);
      expect(counted !== null, `${name}: counted from the rollup`).toBe(answered);
      if (counted !== null) expect(counted, `${name}: count as ${principal.name}`).toBe(await em.count(Complaint, await complaintConditions(em, filter as never, principal)));
      for (const groupBy of Object.values(ComplaintStatsGroup)) {
        const em = complaintsOrm.em.fork() as never;
        const fromRollup = await rollupComplaintStats(em, groupBy, filter as never, principal);
        expect(fromRollup !== null, `${name} by ${groupBy}: answered from the rollup`).toBe(answered);
        if (!fromRollup) continue;
        const raw = await rawComplaintStats(em, groupBy, filter as never, principal);
        expect(fromRollup, `${name} by ${groupBy} as ${principal.name}`).toEqual(raw);
        compared++;
      }
    }
  }
  return compared;
}

async function expectPaymentRollupsEqualRaw(): Promise<number> {
  const filters: [string, Record<string, unknown> | undefined][] = [
    ['no filter', undefined],
    ['whole months', { issuedFrom: firstOfMonth(6), issuedTo: firstOfMonth(1) }],
    ['ragged days', { issuedFrom: thaiDay(120), issuedTo: thaiDay(3) }],
    ['provinces, office, service', { provinceCodes: ['10', '50', '51'], officeCodes: ['C1', 'HQ'], serviceTypes: ['VERIFICATION', 'FINE'] }],
  ];
  let compared = 0;
  for (const principal of [everyone, branch2]) {
    for (const [name, filter] of filters) {
      for (const groupBy of Object.values(PaymentStatsGroup)) {
        const em = paymentsOrm.em.fork() as never;
        const fromRollup = await rollupPaymentStats(em, groupBy, filter as never, principal);
        expect(fromRollup, `${name} by ${groupBy}`).not.toBeNull();
        expect(fromRollup, `${name} by ${groupBy} as ${principal.name}`).toEqual(await rawPaymentStats(em, groupBy, filter as never, principal));
        compared++;
      }
    }
  }
  return compared;
}

describe('rollups', () => {
  it('give the same figures as the raw rows on the seeded data, and after complaints, cases and payments change', async () => {
    expect(await expectComplaintRollupsEqualRaw()).toBeGreaterThan(100);
    expect(await expectPaymentRollupsEqualRaw()).toBeGreaterThan(30);

    const mutate = async (name: string, input: Record<string, unknown>, selection = 'complaint { id status } legalCase { id } userErrors { field code message }') => {
      const type = name === 'startInvestigation' ? 'ComplaintIdInput' : `${name[0].toUpperCase()}${name.slice(1)}Input`;
      const result = await graph.query(`mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, { input });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.data[name].userErrors, name).toEqual([]);
      return result.data[name];
    };
    const received = await graph.query(`{ complaints(first: 3, filter: { statuses: [RECEIVED] }) { edges { node { id } } } }`);
    const [a, b, c] = received.data.complaints.edges.map((e: any) => e.node.id);
    // a: triaged with a corrected instrument type, assigned, investigated, offence found (a case opens), fine offered and paid, final
    await mutate('triageComplaint', { complaintId: a, offenceBasisCode: 'OUT_OF_TOLERANCE', instrumentType: 'VEHICLE_SCALE' });
    await mutate('assignComplaint', { complaintId: a });
    await mutate('startInvestigation', { complaintId: a });
    const found = await mutate('recordFindings', { complaintId: a, inspectedAt: new Date().toISOString(), offenceFound: true, summary: 'ชั่งขาดเกินเกณฑ์' });
    const caseId = found.legalCase.id;
    const caseSelection = 'legalCase { id status } userErrors { field code message }';
    await mutate('recordCaseEvent', { caseId, kind: 'FINE_SETTLEMENT', fineAmountSatang: 250_000 }, caseSelection);
    await complaintsOrm.em.fork().transactional((em) => new ComplaintWorkflow(em as never, systemPrincipal('payments')).finePaid(caseId, randomUUID(), new Date(), 250_000));
    await mutate('recordCaseEvent', { caseId, kind: 'FINAL', outcome: 'ชำระค่าปรับแล้ว' }, caseSelection);
    // b: triaged then closed without investigation; c: closed straight away
    await mutate('triageComplaint', { complaintId: b, offenceBasisCode: 'FRAUDULENT_USE' });
    await mutate('closeComplaint', { complaintId: b, reason: 'ผู้ร้องถอนเรื่อง' });
    await mutate('closeComplaint', { complaintId: c, reason: 'ไม่อยู่ในอำนาจหน้าที่' });
    const after = await graph.query(`{ complaintStats(groupBy: INSTRUMENT_TYPE, filter: { instrumentTypes: [VEHICLE_SCALE] }) { key received cases finesSatang } }`);
    expect(after.data.complaintStats[0].finesSatang).toBeGreaterThanOrEqual(250_000);
    // payments: a new request, one paid, one partly refunded, one cancelled, one removed
    const connection = paymentsOrm.em.getConnection();
    await connection.execute(`insert into payments.payment_request select (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid(), 'request_no', 'PR-T-' || left(p.request_no, 20), 'ref1', left('T' || p.ref1, 20), 'idempotency_key', null, 'status', 'PENDING', 'issued_at', now()))).* from payments.payment_request p limit 3`);
    await connection.execute(`update payments.payment_request set status = 'PAID', paid_amount_satang = amount_satang, paid_at = now() where id = (select id from payments.payment_request where status = 'PENDING' order by id limit 1)`);
    await connection.execute(`update payments.payment_request set status = 'PARTIALLY_REFUNDED', refunded_amount_satang = 100 where id = (select id from payments.payment_request where status = 'PAID' and paid_amount_satang > 100 order by id limit 1)`);
    await connection.execute(`update payments.payment_request set status = 'CANCELLED' where id = (select id from payments.payment_request where status = 'PENDING' order by id desc limit 1)`);
    await connection.execute(`delete from payments.payment_request where id = (select id from payments.payment_request where status = 'EXPIRED' order by id limit 1)`);

    expect(await expectComplaintRollupsEqualRaw()).toBeGreaterThan(100);
    expect(await expectPaymentRollupsEqualRaw()).toBeGreaterThan(30);

    // through the graph, several groupings in one request share one overdue query: still the raw figures
    const filter = { receivedFrom: thaiDay(200), provinceCodes: ['10', '50', '51', '13'] };
    const groupings = ['TOTAL', 'PROVINCE', 'MONTH', 'STATUS', 'OFFENCE_BASIS'] as const;
    const viaGraph = await graph.query(
      `query($f: ComplaintFilter) { ${groupings.map((g) => `${g.toLowerCase()}: complaintStats(groupBy: ${g}, filter: $f) { key received open closed closureRate averageDaysToClose overdue cases finesSatang }`).join(' ')} }`,
      { f: filter },
    );
    expect(viaGraph.errors, JSON.stringify(viaGraph.errors)).toBeUndefined();
    for (const g of groupings) {
      const raw = await rawComplaintStats(complaintsOrm.em.fork() as never, g as never, { ...filter, receivedFrom: filter.receivedFrom } as never, everyone);
      expect(viaGraph.data[g.toLowerCase()], g).toEqual(raw);
    }
    expect(viaGraph.data.total[0].overdue).toBeGreaterThan(0);

    // overdue: the complaints that fell due before the watermark come from complaint_overdue_rollup (kept by the
    // triggers above), the rest from the open complaints; moving the watermark to now moves them into the rollup
    const connection2 = complaintsOrm.em.getConnection();
    const [{ kept }] = await connection2.execute(`select coalesce(sum(overdue), 0)::int as kept from complaints.complaint_overdue_rollup where dims = 0 and grain = 'M'`);
    await connection2.execute(`select complaints.complaint_overdue_advance(now())`);
    const [{ advanced }] = await connection2.execute(`select coalesce(sum(overdue), 0)::int as advanced from complaints.complaint_overdue_rollup where dims = 0 and grain = 'M'`);
    expect(advanced).toBeGreaterThanOrEqual(kept);
    const [nation] = await rawComplaintStats(complaintsOrm.em.fork() as never, ComplaintStatsGroup.TOTAL, undefined, everyone);
    expect(advanced).toBe(nation.overdue);
    expect(advanced).toBeGreaterThan(0);
    expect(await expectComplaintRollupsEqualRaw()).toBeGreaterThan(100);
    // a complaint falling due after the watermark is counted from the raw rows, and into the rollup once the watermark passes it
    const [late] = await connection2.execute(`select id from complaints.complaint where status = 'INVESTIGATING' order by id limit 1`);
    await connection2.execute(`update complaints.complaint set status_changed_at = now() - interval '360 hours' + interval '2 seconds' where id = ?`, [late.id]);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await expectComplaintRollupsEqualRaw()).toBeGreaterThan(100);
    await connection2.execute(`select complaints.complaint_overdue_advance(now())`);
    expect(await expectComplaintRollupsEqualRaw()).toBeGreaterThan(100);
    // its due times are those of the SLA the application applies
    for (const [status, hours] of Object.entries(SLA_HOURS)) {
      const [{ due }] = await connection2.execute(`select complaints.complaint_due_at(?, '2026-01-01T00:00:00Z') as due`, [status]);
      expect(due === null ? null : new Date(due).getTime(), status).toBe(hours === null ? null : Date.parse('2026-01-01T00:00:00Z') + hours * 3_600_000);
    }
    const keptOverdue = await connection2.execute(`select * from complaints.complaint_overdue_rollup where overdue <> 0 order by 1, 2, 3, 4, 5, 6, 7, 8, 9`);
    await connection2.execute(`select complaints.complaint_overdue_rebuild()`);
    expect(await connection2.execute(`select * from complaints.complaint_overdue_rollup order by 1, 2, 3, 4, 5, 6, 7, 8, 9`)).toEqual(keptOverdue);
    expect(await expectComplaintRollupsEqualRaw()).toBeGreaterThan(100);

    // a rebuild (the one-off backfill) gives the same rollup the triggers kept
    const before = await complaintsOrm.em.getConnection().execute(`select * from complaints.complaint_rollup where received <> 0 or cases <> 0 order by 1, 2, 3, 4, 5, 6, 7, 8, 9`);
    await complaintsOrm.em.getConnection().execute(`select complaints.complaint_rollup_rebuild()`);
    const rebuilt = await complaintsOrm.em.getConnection().execute(`select * from complaints.complaint_rollup order by 1, 2, 3, 4, 5, 6, 7, 8, 9`);
    expect(rebuilt).toEqual(before);
  }, 120_000);
});
