/**
 * Dashboard statistics through the graph on the seeded demo data: complaint KPIs filtered and grouped by
 * instrument type, fee and fine KPIs (paymentStats) by province, office, service type and month, both
 * within the caller's area.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@metrograph/kit';
import { startTestGraph, type TestGraph } from './testkit.js';

let graph: TestGraph;

beforeAll(async () => {
  graph = await startTestGraph();
}, 120_000);

afterAll(async () => {
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
