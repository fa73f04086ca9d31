/**
 * Live fan-out benchmark (issue: live status through the one graph). Prints its figures.
 *  - latency from a bank callback (bank simulator pays a pay-in) to subscribed WebSocket
 *    clients, p50/p99, with 1,000 and 5,000 concurrent subscribers on one router process;
 *  - events per second one router process fans out (ComplaintChanged to 200 subscribers).
 * Real PostgreSQL (a scratch database) and Redis (a scratch stream); everything on this machine.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { RedisEventBus, startSubgraph, type RunningSubgraph } from '@metrograph/kit';
import { openAccess, startRouter } from '@metrograph/router';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '@metrograph/stack/databases';
import { seedDemo } from '@metrograph/stack/seed';
import { SUBGRAPHS } from '@metrograph/stack/subgraphs';
import { composeSupergraph, currentSubgraphSdls } from '@metrograph/stack/schema';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '1000,5000').split(',').map(Number);
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 30);
const FANOUT_EVENTS = Number(process.env.BENCH_FANOUT_EVENTS ?? 2000);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (n: number) => Math.round(n * 10) / 10;

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
  const clients: Client[] = [];
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
    const rows: string[] = [];
    let used = 0;

    for (const count of SUBSCRIBERS) {
      const batch = pending.slice(used, used + PAYMENTS);
      used += PAYMENTS;
      if (batch.length < PAYMENTS) throw new Error(`only ${batch.length} pending pay-ins left for the ${count}-subscriber run`);
      const sentAt = new Map<string, number>();
      const latencies: number[] = [];
      let delivered = 0;
      const wsUrl = router.url.replace(/^http/, 'ws');
      const started = Date.now();
      for (let i = 0; i < count; i++) {
        const client = createClient({ url: wsUrl, lazy: false, retryAttempts: 0 });
        clients.push(client);
        client.subscribe(
          { query: `subscription { paymentStatusChanged { eventId to paymentRequest { requestNo operator { nameTh } } } }` },
          {
            next: (message: any) => {
              const requestNo = message.data?.paymentStatusChanged?.paymentRequest?.requestNo;
              const t0 = sentAt.get(requestNo);
              if (t0 !== undefined && message.data.paymentStatusChanged.to === 'PAID') {
                latencies.push(Date.now() - t0);
                delivered++;
              }
            },
            error: () => undefined,
            complete: () => undefined,
          },
        );
      }
      while (router.live!.subscribers() < count && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 100));
      const connectSeconds = (Date.now() - started) / 1000;
      for (const request of batch) {
        sentAt.set(request.requestNo, Date.now());
        await fetch(`${bankUrl}/sim/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang }) });
        await new Promise((r) => setTimeout(r, 150));
      }
      const expected = count * batch.length;
      const deadline = Date.now() + 60_000;
      while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      latencies.sort((a, b) => a - b);
      rows.push(
        `| ${count} | ${batch.length} | ${delivered}/${expected} | ${percentile(latencies, 50)} | ${percentile(latencies, 99)} | ${latencies.at(-1)} | ${round(connectSeconds)} | ${round(process.memoryUsage().rss / 1024 / 1024)} |`,
      );
      for (const client of clients.splice(0)) await client.dispose();
      while (router.live!.subscribers() > 0) await new Promise((r) => setTimeout(r, 100));
    }

    // fan-out throughput: synthetic complaint events straight onto the bus, 200 subscribers, event fields only
    const fanoutSubscribers = 200;
    let received = 0;
    const wsUrl = router.url.replace(/^http/, 'ws');
    for (let i = 0; i < fanoutSubscribers; i++) {
      const client = createClient({ url: wsUrl, lazy: false, retryAttempts: 0 });
      clients.push(client);
      client.subscribe({ query: `subscription { complaintChanged { eventId change at } }` }, { next: () => void received++, error: () => undefined, complete: () => undefined });
    }
    while (router.live!.subscribers() < fanoutSubscribers) await new Promise((r) => setTimeout(r, 50));
    const publisher = new RedisEventBus(REDIS_URL);
    const events = Array.from({ length: FANOUT_EVENTS }, (_, n) => ({
      id: randomUUID(), type: 'ComplaintChanged', aggregateType: 'Complaint', aggregateId: String(n % 50), source: 'bench', actor: 'bench',
      occurredAt: new Date().toISOString(), sequence: n + 1, payload: { complaintId: randomUUID(), provinceCode: '10', change: 'BENCH' },
    }));
    const t0 = Date.now();
    for (let i = 0; i < events.length; i += 500) await publisher.publish(events.slice(i, i + 500));
    const expectedFanout = FANOUT_EVENTS * fanoutSubscribers;
    while (received < expectedFanout && Date.now() - t0 < 120_000) await new Promise((r) => setTimeout(r, 20));
    const seconds = (Date.now() - t0) / 1000;
    await publisher.close();

    console.log('\nLive fan-out (one router process, Redis bus, real PostgreSQL, this machine)\n');
    console.log('| subscribers | payments | deliveries | p50 ms | p99 ms | max ms | connect s | rss MB |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) console.log(row);
    console.log(`\nFan-out: ${FANOUT_EVENTS} events to ${fanoutSubscribers} subscribers in ${round(seconds)} s = ${Math.round(FANOUT_EVENTS / seconds)} events/s (${Math.round(received / seconds)} messages/s), delivered ${received}/${expectedFanout}`);
    for (const client of clients.splice(0)) await client.dispose();
    await router.stop();
    await bus.close();
  } finally {
    for (const client of clients) await client.dispose();
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
