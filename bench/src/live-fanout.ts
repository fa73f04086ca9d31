/**
 * Live fan-out benchmark (issue: live status through the one graph). Prints its figures.
 *  - latency from a bank callback (bank simulator pays a pay-in) to subscribed WebSocket
 *    clients, p50/p99, with 1,000 and 5,000 concurrent subscribers on one router process;
 *  - events per second one router process fans out: every event to 200 subscribers, and
 *    events spread over the 77 provinces to 5,000 subscribers each watching one province.
 * The subscribers run in a separate process (`live-clients.ts`); the router, the four
 * subgraphs, real PostgreSQL (a scratch database) and Redis (a scratch stream) on this machine.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { RedisEventBus, startSubgraph, type RunningSubgraph } from '@metrograph/kit';
import { openAccess, startRouter } from '@metrograph/router';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '@metrograph/stack/databases';
import { seedDemo } from '@metrograph/stack/seed';
import { SUBGRAPHS } from '@metrograph/stack/subgraphs';
import { composeSupergraph, currentSubgraphSdls } from '@metrograph/stack/schema';
import { percentile, writeResult, type BenchRow } from './result.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '1000,5000').split(',').map(Number);
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 30);
const BROADCAST_EVENTS = Number(process.env.BENCH_FANOUT_EVENTS ?? 2000);
const BROADCAST_SUBSCRIBERS = 200;
const AREA_EVENTS = Number(process.env.BENCH_AREA_EVENTS ?? 20_000);
const AREA_SUBSCRIBERS = 5000;
/** Which parts to run (all by default): latency, broadcast, area. */
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS ?? 'latency,broadcast,area').split(','));

const round = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The subscribers' process, driven over IPC. */
class Subscribers {
  private readonly child: ChildProcess = fork(path.join(HERE, 'live-clients.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });

  private ask<T>(command: Record<string, unknown>, reply: string): Promise<T> {
    return new Promise((resolve) => {
      const listener = (message: any) => {
        if (message.type !== reply) return;
        this.child.off('message', listener);
        resolve(message as T);
      };
      this.child.on('message', listener);
      this.child.send(command);
    });
  }

  open(url: string, count: number, queries: string[]) {
    return this.ask<{ count: number }>({ type: 'open', url, count, queries }, 'opened');
  }
  sent(key: string, at: number) {
    this.child.send({ type: 'sent', key, at });
  }
  stats() {
    return this.ask<{ received: number; latencies: number[] }>({ type: 'stats' }, 'stats');
  }
  close() {
    return this.ask({ type: 'close' }, 'closed');
  }
  async waitFor(expected: number, timeoutMs: number): Promise<{ received: number; latencies: number[] }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const stats = await this.stats();
      if (stats.received >= expected || Date.now() > deadline) return stats;
      await sleep(20);
    }
  }
  kill() {
    this.child.kill();
  }
}

async function main(): Promise<void> {
  process.env.METROGRAPH_QUIET = '1';
  const stream = `metrograph:bench:${randomUUID()}`;
  const dbName = `metrograph_bench_${process.pid}`;
  const databaseUrl = await createDatabase(LOCAL_POSTGRES, dbName);
  const bankSecret = randomBytes(16).toString('hex');
  const signingSecret = randomBytes(24).toString('base64url');
  const bank = spawn(process.execPath, [path.join(ROOT, 'subgraphs/payments/bank-simulator/bank-simulator.mjs')], {
    env: { ...process.env, PORT: '0', BANK_SHARED_SECRET: bankSecret, BILLER_ID: '099400000000101', CALLBACK_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const bankPort = await new Promise<number>((resolve) => bank.stdout!.once('data', (d: Buffer) => resolve(JSON.parse(d.toString().split('\n')[0]).listening)));
  const bankUrl = `http://127.0.0.1:${bankPort}`;
  Object.assign(process.env, { BANK_SHARED_SECRET: bankSecret, BANK_URL: bankUrl, BILLER_TAX_ID: '0994000000001', BILLER_SUFFIX: '01', INQUIRY_INTERVAL_SECONDS: '0' });
  const subgraphs: Record<string, RunningSubgraph> = {};
  const subscribers = new Subscribers();
  try {
    await seedDemo(databaseUrl, { size: 'small', seed: 'bench', anchor: new Date('2026-11-01T03:00:00Z'), reset: true });
    for (const definition of SUBGRAPHS) {
      subgraphs[definition.name] = await startSubgraph(definition, { databaseUrl, port: 0, poolMax: 8, signingSecret, redisUrl: REDIS_URL });
    }
    // the subgraphs' own buses use the default stream; the router listens to the same one
    const bus = new RedisEventBus(REDIS_URL);
    const { supergraphSdl } = composeSupergraph(SUBGRAPHS, await currentSubgraphSdls(SUBGRAPHS));
    const router = await startRouter({
      supergraphSdl,
      port: 0,
      signingSecret,
      bus,
      // fan-out is measured, not sign-in: every subscriber is the same open-access caller
      authenticate: openAccess,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.url])),
    });
    await fetch(`${bankUrl}/sim/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ callbackUrl: subgraphs.payments.url.replace(/\/graphql$/, '/bank/payment-callback') }) });
    const post = async (query: string, variables: Record<string, unknown> = {}) =>
      (await (await fetch(router.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as any;
    const pendingResult = await post(`{ paymentRequests(first: 100, filter: { statuses: [PENDING] }) { edges { node { id requestNo ref1 ref2 amountSatang } } } }`);
    const pending: { id: string; requestNo: string; ref1: string; ref2: string; amountSatang: number }[] = pendingResult.data.paymentRequests.edges.map((e: any) => e.node);
    const wsUrl = router.url.replace(/^http/, 'ws');
    const latencyRows: string[] = [];
    const figures: BenchRow[] = [];
    let used = 0;
    const waitSubscribed = async (count: number) => {
      const started = Date.now();
      while (router.live!.subscribers() < count && Date.now() - started < 120_000) await sleep(50);
    };

    for (const count of SCENARIOS.has('latency') ? SUBSCRIBERS : []) {
      const batch = pending.slice(used, used + PAYMENTS);
      used += PAYMENTS;
      if (batch.length < PAYMENTS) throw new Error(`only ${batch.length} pending pay-ins left for the ${count}-subscriber run`);
      const started = Date.now();
      await subscribers.open(wsUrl, count, [`subscription { paymentStatusChanged { eventId to paymentRequest { requestNo operator { nameTh } } } }`]);
      await waitSubscribed(count);
      const connectSeconds = (Date.now() - started) / 1000;
      for (const request of batch) {
        const at = Date.now();
        subscribers.sent(request.requestNo, at);
        await fetch(`${bankUrl}/sim/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang }) });
        await sleep(150);
      }
      const expected = count * batch.length;
      const { received, latencies } = await subscribers.waitFor(expected, 60_000);
      latencies.sort((a, b) => a - b);
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);
      latencyRows.push(`| ${count} | ${batch.length} | ${received}/${expected} | ${p50} | ${p99} | ${latencies.at(-1)} | ${round(connectSeconds)} | ${round(process.memoryUsage().rss / 1024 / 1024)} |`);
      figures.push({ measure: `bank callback → subscriber p50, ${count} subscribers`, value: p50, unit: 'ms' });
      figures.push({ measure: `bank callback → subscriber p99, ${count} subscribers`, value: p99, unit: 'ms', ...(count === 5000 ? { target: '≤ 150 ms', met: p99 <= 150 } : {}) });
      if (received < expected) figures.push({ measure: `deliveries lost, ${count} subscribers`, value: expected - received, unit: 'messages', target: '0', met: false });
      await subscribers.close();
      while (router.live!.subscribers() > 0) await sleep(50);
    }

    const publisher = new RedisEventBus(REDIS_URL);
    const complaintEvent = (n: number, provinceCode: string) => ({
      id: randomUUID(), type: 'ComplaintChanged', aggregateType: 'Complaint', aggregateId: String(n % 50), source: 'bench', actor: 'bench',
      occurredAt: new Date().toISOString(), sequence: n + 1, payload: { complaintId: randomUUID(), provinceCode, change: 'BENCH' },
    });
    const publishAll = async (events: ReturnType<typeof complaintEvent>[]) => {
      for (let i = 0; i < events.length; i += 500) await publisher.publish(events.slice(i, i + 500));
    };

    /** Publishes `events` onto the bus and waits until the subscribers got `expected` messages. */
    const fanOut = async (label: string, count: number, queries: string[], events: ReturnType<typeof complaintEvent>[], expected: number) => {
      await subscribers.open(wsUrl, count, queries);
      await waitSubscribed(count);
      const t0 = Date.now();
      await publishAll(events);
      const stats = await subscribers.waitFor(expected, 120_000);
      const seconds = (Date.now() - t0) / 1000;
      await subscribers.close();
      while (router.live!.subscribers() > 0) await sleep(50);
      const rate = Math.round(events.length / seconds);
      const messages = Math.round(stats.received / seconds);
      console.log(`${label}: ${events.length} events to ${count} subscribers in ${round(seconds)} s = ${rate} events/s (${messages} messages/s), delivered ${stats.received}/${expected}`);
      figures.push({ measure: `events/s, ${label}`, value: rate, unit: 'events/s', target: '≥ 2,000 events/s', met: rate >= 2000 && stats.received === expected });
      figures.push({ measure: `messages/s, ${label}`, value: messages, unit: 'messages/s' });
      if (stats.received < expected) figures.push({ measure: `deliveries lost, ${label}`, value: expected - stats.received, unit: 'messages', target: '0', met: false });
    };

    console.log('\nLive fan-out (one router process, Redis bus, real PostgreSQL, subscribers in a separate process, this machine)\n');
    if (latencyRows.length) {
      console.log('| subscribers | payments | deliveries | p50 ms | p99 ms | max ms | connect s | router rss MB |');
      console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const row of latencyRows) console.log(row);
      console.log('');
    }
    if (SCENARIOS.has('broadcast')) {
      // every event to every subscriber (event fields only, no gateway lookup)
      const events = Array.from({ length: BROADCAST_EVENTS }, (_, n) => complaintEvent(n, '10'));
      await fanOut(`broadcast to ${BROADCAST_SUBSCRIBERS}`, BROADCAST_SUBSCRIBERS, [`subscription { complaintChanged { eventId change at } }`], events, BROADCAST_EVENTS * BROADCAST_SUBSCRIBERS);
    }
    if (SCENARIOS.has('area')) {
      // events spread over the provinces, each subscriber watching one province (an area dashboard)
      const provinces: string[] = (await post(`{ provinces(first: 100) { edges { node { code } } } }`)).data.provinces.edges.map((e: any) => e.node.code);
      const queries = provinces.map((code) => `subscription { complaintChanged(filter: { provinceCodes: ["${code}"] }) { eventId change at } }`);
      const watchers = new Map<string, number>();
      for (let i = 0; i < AREA_SUBSCRIBERS; i++) watchers.set(provinces[i % provinces.length], (watchers.get(provinces[i % provinces.length]) ?? 0) + 1);
      const events = Array.from({ length: AREA_EVENTS }, (_, n) => complaintEvent(n, provinces[n % provinces.length]));
      const expected = events.reduce((sum, event) => sum + (watchers.get(event.payload.provinceCode) ?? 0), 0);
      await fanOut(`by area, ${provinces.length} provinces, ${AREA_SUBSCRIBERS} subscribers`, AREA_SUBSCRIBERS, queries, events, expected);
    }
    await publisher.close();
    writeResult({
      title: 'Live fan-out',
      rows: figures,
      notes: [
        'One router process on the Redis bus; subgraphs in the benchmark process; subscribers in a separate process; all on this 2-core machine.',
      ],
    });
    await router.stop();
    await bus.close();
  } finally {
    subscribers.kill();
    for (const s of Object.values(subgraphs)) await s.stop();
    bank.kill('SIGTERM');
    await dropDatabase(LOCAL_POSTGRES, dbName);
    const redis = new Redis(REDIS_URL);
    await redis.del(stream);
    await redis.quit();
  }
}

await main();
process.exit(0);
