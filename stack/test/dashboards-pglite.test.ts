/**
 * The dashboard rollups on the embedded database the stack uses by default (PGlite): the migrations
 * create their triggers there, seeding fills them, and a change to a complaint, a case and a payment
 * request is reflected in the same transaction, equal to the figures computed from the raw rows.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphOrm, systemPrincipal } from '@metrograph/kit';
import { complaints, ComplaintStatsGroup, ComplaintWorkflow, LegalCase, rawComplaintStats, rollupComplaintStats } from '@metrograph/complaints';
import { payments, PaymentStatsGroup, rawPaymentStats, rollupPaymentStats } from '@metrograph/payments';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/embedded-db.js';
import { seedDemo } from '../src/seed.js';
import { TEST_ANCHOR } from './testkit.js';
import { freePort } from '../src/ports.js';

let dir: string;
let db: EmbeddedDatabase;
let complaintsOrm: MikroORM;
let paymentsOrm: MikroORM;


beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'metrograph-pglite-'));
  db = await startEmbeddedDatabase(path.join(dir, 'pglite'), await freePort());
  await seedDemo(db.url, { size: 'tiny', seed: 'test', anchor: TEST_ANCHOR, reset: true });
  complaintsOrm = (await openSubgraphOrm(complaints, db.url, 1)) as MikroORM;
  paymentsOrm = (await openSubgraphOrm(payments, db.url, 1)) as MikroORM;
}, 240_000);

afterAll(async () => {
  await complaintsOrm?.close(true);
  await paymentsOrm?.close(true);
  await db?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const everyone = systemPrincipal('test');

async function expectEqual(): Promise<void> {
  for (const groupBy of [ComplaintStatsGroup.TOTAL, ComplaintStatsGroup.PROVINCE, ComplaintStatsGroup.STATUS, ComplaintStatsGroup.INSTRUMENT_TYPE, ComplaintStatsGroup.MONTH]) {
    const em = complaintsOrm.em.fork() as never;
    const fromRollup = await rollupComplaintStats(em, groupBy, undefined, everyone);
    expect(fromRollup, groupBy).not.toBeNull();
    expect(fromRollup, groupBy).toEqual(await rawComplaintStats(em, groupBy, undefined, everyone));
  }
  for (const groupBy of [PaymentStatsGroup.TOTAL, PaymentStatsGroup.SERVICE_TYPE]) {
    const em = paymentsOrm.em.fork() as never;
    expect(await rollupPaymentStats(em, groupBy, undefined, everyone), groupBy).toEqual(await rawPaymentStats(em, groupBy, undefined, everyone));
  }
}

describe('rollups on the embedded database', () => {
  it('are created by the migrations, filled by seeding and kept as complaints, cases and payments change', async () => {
    const seeded = await complaintsOrm.em.getConnection().execute(`select count(*)::int as n from complaints.complaint_rollup where dims = 0 and grain = 'M'`);
    expect(seeded[0].n).toBeGreaterThan(0);
    await expectEqual();

    const em = complaintsOrm.em.fork();
    const [open] = await em.getConnection().execute(`select id from complaints.complaint where status = 'RECEIVED' order by id limit 1`);
    const [proposed] = await em.getConnection().execute(`select id from complaints.legal_case where status = 'FINE_PROPOSED' and complaint_id is not null order by id limit 1`);
    await em.transactional(async (tx) => {
      const workflow = new ComplaintWorkflow(tx as never, systemPrincipal('test'));
      await workflow.triage(open.id, 'OUT_OF_TOLERANCE', undefined, null, 'FUEL_DISPENSER' as never);
    });
    if (proposed) {
      const legalCase = await em.fork().findOneOrFail(LegalCase, { id: proposed.id });
      await em.fork().transactional((tx) => new ComplaintWorkflow(tx as never, systemPrincipal('payments')).finePaid(legalCase.id, randomUUID(), new Date(), legalCase.fineAmountSatang ?? 100_000));
    }
    // the overdue rollup's watermark moves on (the subgraph's minute job) and the figures stay the raw ones
    await complaintsOrm.em.getConnection().execute(`select complaints.complaint_overdue_advance(now())`);
    await paymentsOrm.em.getConnection().execute(`update payments.payment_request set status = 'PAID', paid_amount_satang = amount_satang, paid_at = now() where id = (select id from payments.payment_request where status = 'PENDING' order by id limit 1)`);
    await expectEqual();
  }, 120_000);
});
