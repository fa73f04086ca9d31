/**
 * The payments bank link under chaos (the reliability bar of the bank-callback work): a few hundred pending
 * payment requests, each paid once at the bank simulator, and well over a thousand callbacks to the payments
 * service running as its own process (`node subgraphs/payments/dist/main.js`), with a good share of them
 * duplicated, held and released in reverse order, delayed, forged (wrong key, swapped body, stale replay) and
 * lost, while the payments process is SIGKILLed at random points and restarted on the same port.
 * Afterwards the process is started with the inquiry job running every second, and the test asserts and prints:
 * zero double credits, zero forged notifications accepted, and every request the simulator paid ends PAID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrateToLatest, openSubgraphOrm, systemPrincipal } from '@metrograph/kit';
import { BankAdapter, PaymentSourceType, createPaymentRequest, payments, signHeaders, BANK_CALLBACK_PATH } from '@metrograph/payments';
import { seedFeeSchedule } from '@metrograph/payments/seed';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '../src/databases.js';
import { freePort } from '../src/ports.js';
import { eventually, startBankSimulator, type BankSimulator } from './payments-testkit.js';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../subgraphs/payments/dist/main.js');
const SECRET = randomBytes(24).toString('base64url');
const FORGER_KEY = randomBytes(24).toString('base64url');
const BILLER_ID = '099400000000101';
const REQUESTS = 400;
const CONCURRENCY = 12;
const databaseName = `metrograph_payments_chaos_${process.pid}`;
const official = { ...systemPrincipal('test'), kind: 'user' as const, id: 'u-officer', name: 'somchai.o' };

let databaseUrl: string;
let orm: MikroORM;
let bank: BankSimulator;
let port: number;
let callbackUrl: string;

/** Deterministic pseudo-random numbers (mulberry32), so every run exercises the same mix. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


/** The payments service as a child process, restartable on the same port. */
class PaymentsProcess {
  child: ChildProcess | null = null;
  tail: string[] = [];
  starts = 0;

  async start(env: Record<string, string> = {}): Promise<void> {
    this.starts++;
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        ROUTER_SIGNING_SECRET: 'chaos-router-signing-secret',
        BANK_URL: bank.url,
        BANK_SHARED_SECRET: SECRET,
        BILLER_TAX_ID: BILLER_ID.slice(0, 13),
        BILLER_SUFFIX: BILLER_ID.slice(13),
        INQUIRY_INTERVAL_SECONDS: '0',
        INQUIRY_AFTER_MINUTES: '0',
        DB_POOL_MAX: '8',
        REDIS_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => {
      this.tail.push(chunk.toString('utf8'));
      if (this.tail.length > 40) this.tail.shift();
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`payments exited with ${child.exitCode}: ${this.tail.join('')}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
        return response.ok;
      } catch {
        return false;
      }
    }, 30_000);
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
    this.child = null;
  }
}
const service = new PaymentsProcess();

interface Bill { id: string; ref1: string; ref2: string; amountSatang: number }
let bills: Bill[] = [];

beforeAll(async () => {
  databaseUrl = await createDatabase(LOCAL_POSTGRES, databaseName);
  orm = await openSubgraphOrm(payments, databaseUrl, 6);
  await migrateToLatest(orm);
  await seedFeeSchedule(orm.em.fork(), 'test');
  port = await freePort();
  callbackUrl = `http://127.0.0.1:${port}${BANK_CALLBACK_PATH}`;
  bank = await startBankSimulator({ secret: SECRET, billerId: BILLER_ID, callbackUrl });
  const adapter = new BankAdapter({ baseUrl: bank.url, secret: SECRET, billerId: BILLER_ID, backoffMs: 20 });
  const queue = Array.from({ length: REQUESTS }, (_, i) => i);
  const created: Bill[] = [];
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
      const result = await createPaymentRequest(orm.em.fork(), official, {
        operatorId: randomUUID(), officeCode: 'C1', provinceCode: '10', feeCode: 'WM-VER-01', quantity: 1 + (i % 3),
        sourceType: PaymentSourceType.SERVICE_REQUEST, sourceId: `SR-CHAOS-${i}`, payerName: 'บริษัท ตาชั่งไทย จำกัด',
      });
      if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors));
      const r = result.request!;
      await adapter.registerBill({ ref1: r.ref1, ref2: r.ref2, amountSatang: r.amountSatang, dueDate: r.dueDate });
      created.push({ id: r.id, ref1: r.ref1, ref2: r.ref2, amountSatang: r.amountSatang });
    }
  }));
  bills = created.sort((a, b) => a.ref1.localeCompare(b.ref1));
  await service.start();
}, 120_000);

afterAll(async () => {
  await service.kill('SIGKILL');
  await bank?.stop();
  await orm?.close(true);
  if (databaseUrl) await dropDatabase(LOCAL_POSTGRES, databaseName);
});

const sql = <T = any>(text: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(text, params);

describe('payments bank link under chaos', () => {
  it('credits every paid request exactly once and accepts no forgery, through duplicates, reordering, loss and crashes', async () => {
    const started = Date.now();
    const random = prng(20261123);
    const counts = { pays: 0, duplicatesAsked: 0, lateRedeliveries: 0, held: 0, delayed: 0, lostAtBank: 0, forgedSent: 0, forgedReached: 0, forgedAcceptedByStatus: 0, kills: 0, ownCallbacks: 0 };
    const forgedEventIds = new Set<string>();
    const events = new Map<string, { eventId: string; body: string }>();

    /** A callback we forge and post ourselves; counts whether it reached the process and how it was answered. */
    const postForged = async (body: string, headers: Record<string, string>) => {
      counts.forgedSent++;
      counts.ownCallbacks++;
      try {
        const response = await fetch(callbackUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal: AbortSignal.timeout(10_000) });
        await response.text();
        counts.forgedReached++;
        if (response.status !== 401) counts.forgedAcceptedByStatus++;
      } catch {
        // the process was down: not delivered
      }
    };
    const forgedMessage = (bill: Bill, tag: string, amountSatang: number) => {
      const eventId = `EVFORGED${tag}${counts.forgedSent}`.slice(0, 40);
      forgedEventIds.add(eventId);
      return JSON.stringify({
        eventId, eventType: 'PAYMENT', billerId: BILLER_ID, ref1: bill.ref1, ref2: bill.ref2,
        amount: `${Math.floor(amountSatang / 100)}.${String(amountSatang % 100).padStart(2, '0')}`,
        transactionId: `FAKE${Date.now()}${counts.forgedSent}`, transactionDateTime: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00', channel: 'MOBILE',
      });
    };
    /** Control-API deliveries the simulator made with a wrong signature or a stale timestamp. */
    const countSimForgeries = (deliveries: Array<{ status: number }> | string | undefined) => {
      if (!Array.isArray(deliveries)) return;
      for (const d of deliveries) {
        counts.forgedSent++;
        if (d.status !== 0) counts.forgedReached++;
        if (d.status !== 0 && d.status !== 401) counts.forgedAcceptedByStatus++;
      }
    };

    // Kills at random points of the storm (after this many requests have been worked through).
    const killAt = [0.15 + random() * 0.15, 0.45 + random() * 0.12, 0.7 + random() * 0.12].map((f) => Math.floor(f * REQUESTS));
    const releaseAt = Math.floor((0.55 + random() * 0.1) * REQUESTS);
    let restarting: Promise<void> | null = null;
    let killedAt = 0;
    const crash = () => {
      killedAt = Date.now();
      restarting = (async () => {
        await service.kill('SIGKILL');
        counts.kills++;
        await sleep(50 + Math.floor(random() * 250));
        await service.start();
      })().finally(() => {
        restarting = null;
      });
    };
    const pending: Promise<unknown>[] = [];

    const plan = bills.map((bill) => {
      const p = random();
      const pay: Record<string, unknown> = { ref1: bill.ref1, ref2: bill.ref2 };
      let kind: 'lose' | 'hold' | 'delay' | 'wrongSignature' | 'normal' = 'normal';
      if (p < 0.1) kind = 'lose';
      else if (p < 0.25) kind = 'hold';
      else if (p < 0.33) kind = 'delay';
      else if (p < 0.38) kind = 'wrongSignature';
      if (kind === 'lose') pay.lose = true;
      if (kind === 'hold') pay.hold = true;
      if (kind === 'delay') pay.delayMs = 100 + Math.floor(random() * 1400);
      if (kind === 'wrongSignature') Object.assign(pay, { wrongSignature: true, retries: 0 });
      if (kind !== 'lose' && kind !== 'wrongSignature' && random() < 0.45) pay.duplicates = 1 + Math.floor(random() * 2);
      return {
        bill, kind, pay,
        forgeFirst: random() < 0.12,
        ownForgery: random() < 0.2,
        bodySwap: random() < 0.1,
        simForgery: random() < 0.15,
        stale: random() < 0.05,
        late: random() < 0.45 ? Math.floor(random() * 2) : -1,
      };
    });
    // Worked through in a shuffled order.
    const order = plan.map((_, i) => i).sort(() => random() - 0.5);
    let done = 0;

    const work = async (item: (typeof plan)[number]) => {
      const { bill } = item;
      if (item.forgeFirst) {
        // A forged payment that tries to beat the genuine one.
        const body = forgedMessage(bill, 'K', bill.amountSatang);
        await postForged(body, signHeaders(FORGER_KEY, body));
      }
      const paid = await bank.control('/sim/pay', item.pay);
      expect(paid.status === 200 || paid.status === 202).toBe(true);
      counts.pays++;
      counts.duplicatesAsked += Number(item.pay.duplicates ?? 0);
      if (item.kind === 'lose') counts.lostAtBank++;
      if (item.kind === 'hold') counts.held++;
      if (item.kind === 'delay') counts.delayed++;
      if (item.kind === 'wrongSignature') countSimForgeries(paid.body.deliveries);
      const event = paid.body.event as { eventId: string };
      events.set(event.eventId, { eventId: event.eventId, body: JSON.stringify(paid.body.event) });
      if (item.ownForgery) {
        // A payment of the same bill with another amount and transaction, signed with a key the bank does not have.
        const body = forgedMessage(bill, 'W', Math.max(100, bill.amountSatang - 100));
        await postForged(body, signHeaders(FORGER_KEY, body));
      }
      if (item.bodySwap) {
        // The genuine event's signature with a tampered body (another eventId, another amount).
        const genuine = JSON.stringify(paid.body.event);
        const body = forgedMessage(bill, 'S', bill.amountSatang * 2);
        await postForged(body, signHeaders(SECRET, genuine));
      }
      if (item.simForgery) countSimForgeries((await bank.control('/sim/redeliver', { eventId: event.eventId, wrongSignature: true, retries: 0 })).body.deliveries);
      if (item.stale) countSimForgeries((await bank.control('/sim/redeliver', { eventId: event.eventId, staleSeconds: 3600, retries: 0 })).body.deliveries);
      if (item.late >= 0 && item.kind !== 'hold') {
        await bank.control('/sim/redeliver', { eventId: event.eventId, duplicates: item.late });
        counts.lateRedeliveries += 1 + item.late;
      }
    };

    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let i = order.shift(); i !== undefined; i = order.shift()) {
        // Callbacks keep coming at the dead process for a moment, then the bank's traffic waits for the restart
        // (otherwise most of the storm would only ever meet a dead port).
        if (restarting && Date.now() - killedAt > 600) await restarting;
        await work(plan[i]);
        done++;
        if (killAt.length > 0 && done >= killAt[0] && !restarting) {
          killAt.shift();
          crash();
        }
        if (done === releaseAt) pending.push(bank.control('/sim/release', {}));
      }
    }));
    await restarting;
    await Promise.all(pending);
    // Whatever is still held goes out now, newest first; then let delayed callbacks and their retries finish.
    await bank.control('/sim/release', {});
    await sleep(2000);
    const stormMs = Date.now() - started;

    const state = (await bank.control('/sim/state')).body as {
      events: Array<{ eventId: string; eventType: string; ref1: string; ref2: string; transactionId: string }>;
      deliveries: Array<{ eventId: string; status: number; wrongSignature: boolean }>;
      held: string[];
    };
    expect(state.held).toEqual([]);
    const paidAtBank = state.events.filter((e) => e.eventType === 'PAYMENT');
    expect(paidAtBank).toHaveLength(REQUESTS);
    const pendingAfterStorm = (await sql(`select count(*)::int as n from payments.payment_request where status = 'PENDING'`))[0].n;

    // The inquiry job settles the rest: the last process runs it every second, asking about anything pending.
    await service.kill('SIGTERM');
    await service.start({ INQUIRY_INTERVAL_SECONDS: '1', INQUIRY_AFTER_MINUTES: '0' });
    await eventually(async () => (await sql(`select count(*)::int as n from payments.payment_request where status = 'PENDING'`))[0].n === 0, 45_000).catch(() => undefined);

    // Double credits: a request with more than one applied payment, more than one change to PAID, another
    // amount than billed, or a bank event applied twice.
    const perRequest = await sql<{ id: string; status: string; amount: number; paid: number | null; tx: string | null; applied: number; to_paid: number }>(`
      select p.id, p.status, p.amount_satang::int as amount, p.paid_amount_satang::int as paid, p.bank_transaction_id as tx,
        (select count(*)::int from payments.bank_notification n where n.payment_request_id = p.id and n.outcome = 'APPLIED' and n.event_type = 'PAYMENT') as applied,
        (select count(*)::int from payments.audit_record a where a.payment_request_id = p.id and a.action = 'STATUS_CHANGED' and a.to_status = 'PAID') as to_paid
      from payments.payment_request p`);
    const twiceApplied = await sql(`select bank_event_id from payments.bank_notification where outcome = 'APPLIED' group by bank_event_id having count(*) > 1`);
    const doubleCredits = perRequest.filter((r) => r.applied > 1 || r.to_paid > 1 || (r.paid !== null && r.paid !== r.amount)).length + twiceApplied.length;

    // Forged notifications accepted: any recorded notification the bank never sent, or a forged delivery answered with anything but 401.
    const bankEventIds = new Set(state.events.map((e) => e.eventId));
    const bankTransactions = new Set(state.events.map((e) => e.transactionId));
    const recorded = await sql<{ bank_event_id: string | null; bank_transaction_id: string | null }>(`select bank_event_id, bank_transaction_id from payments.bank_notification`);
    const forgedRecorded = recorded.filter((r) => !bankEventIds.has(r.bank_event_id ?? '') || !bankTransactions.has(r.bank_transaction_id ?? '') || forgedEventIds.has(r.bank_event_id ?? '')).length;
    const forgedAccepted = forgedRecorded + counts.forgedAcceptedByStatus;

    // Paid at the bank but not PAID here (with that transaction).
    const byRef = new Map(perRequest.map((r) => [r.id, r]));
    const billByRef = new Map(bills.map((b) => [`${b.ref1}|${b.ref2}`, b]));
    const notPaid = paidAtBank.filter((e) => {
      const row = byRef.get(billByRef.get(`${e.ref1}|${e.ref2}`)?.id ?? '');
      return !row || row.status !== 'PAID' || row.tx !== e.transactionId;
    }).length;

    const viaInquiry = (await sql(`select count(*)::int as n from payments.bank_notification where channel = 'INQUIRY' and outcome = 'APPLIED'`))[0].n;
    const outcomes = await sql<{ outcome: string; n: number }>(`select outcome, count(*)::int as n from payments.bank_notification group by outcome order by outcome`);
    const simCallbacks = state.deliveries.length;
    const failedDeliveries = state.deliveries.filter((d) => d.status === 0 || d.status >= 500).length;
    const callbacksSent = simCallbacks + counts.ownCallbacks;

    console.log(`payments chaos: callbacks sent ${callbacksSent} (simulator ${simCallbacks}, own forgeries ${counts.ownCallbacks}) for ${REQUESTS} requests paid once each`);
    console.log(`payments chaos: duplicates asked ${counts.duplicatesAsked}, late redeliveries ${counts.lateRedeliveries}, held+released in reverse ${counts.held}, delayed ${counts.delayed}`);
    console.log(`payments chaos: forged sent ${counts.forgedSent} (reached the process ${counts.forgedReached}), lost at the bank ${counts.lostAtBank}, deliveries failed on a dead process ${failedDeliveries}`);
    console.log(`payments chaos: kills ${counts.kills} (SIGKILL mid-storm), process starts ${service.starts}, storm ${stormMs} ms, pending after storm ${pendingAfterStorm}, settled by inquiry ${viaInquiry}`);
    console.log(`payments chaos: notifications ${outcomes.map((o) => `${o.outcome}=${o.n}`).join(' ')}`);
    console.log(`payments chaos: double credits ${doubleCredits}`);
    console.log(`payments chaos: forged accepted ${forgedAccepted}`);
    console.log(`payments chaos: paid by simulator but not PAID ${notPaid}`);
    console.log(`payments chaos: total ${Date.now() - started} ms`);

    expect(callbacksSent).toBeGreaterThanOrEqual(1200);
    expect(counts.kills).toBe(3);
    expect(counts.forgedReached).toBeGreaterThan(0);
    expect(doubleCredits).toBe(0);
    expect(forgedAccepted).toBe(0);
    expect(notPaid).toBe(0);
  }, 150_000);
});
