/**
 * Live fan-out benchmark (issue: live status through the one graph). Prints its figures.
 *  - latency from a bank callback (bank simulator pays a pay-in) to subscribed WebSocket
 *    clients, p50/p99, with 1,000 and 5,000 concurrent subscribers on one router process;
 *  - events per second one router process fans out: every event to 200 subscribers, and
 *    events spread over the 77 provinces to 5,000 subscribers each watching one province.
 *  - two router processes on the same Redis bus, each with its own subscribers: both deliver
 *    every event.
 * Each router runs as its own process (router/dist/main.js, as deployed), the subscribers in
 * another (`live-clients.ts`); the four subgraphs, the bank simulator, real PostgreSQL (a scratch
 * database) and Redis on this machine.
 * Env: BENCH_SCENARIOS, BENCH_SUBSCRIBERS (1000,5000), BENCH_PAYMENTS, BENCH_WARMUP_PAYMENTS (5), BENCH_FANOUT_EVENTS, BENCH_AREA_EVENTS,
 * BENCH_CLIENT_PROCESSES (subscribers' processes, 2), BENCH_LATENCY_WORKERS (router workers in the latency
 * scenario, one per core as deployed), BENCH_ROUTER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
 * BENCH_SHOW_EVENTS (prints each payment's phases).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RedisEventBus, startSubgraph, type RunningSubgraph } from '@metrograph/kit';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '@metrograph/stack/databases';
import { seedDemo } from '@metrograph/stack/seed';
import { SUBGRAPHS } from '@metrograph/stack/subgraphs';
import { composeSupergraph, currentSubgraphSdls } from '@metrograph/stack/schema';
import { freePort } from '@metrograph/stack/ports';
import { percentile, writeResult, type BenchRow } from './result.js';
import { cpuMs, cpuTimes, rssMb } from './proc.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SUBSCRIBERS = (process.env.BENCH_SUBSCRIBERS ?? '1000,5000').split(',').map(Number);
const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 30);
/**
 * Payments made at each subscriber count before the measured ones, not counted in p50/p99 (printed
 * apart): the first after start run cold code in every process on the path (the callback, the
 * relay, the router's lookup, the subscribers' timing), as any benchmark's warm-up.
 */
const WARMUP_PAYMENTS = Number(process.env.BENCH_WARMUP_PAYMENTS ?? 5);
const BROADCAST_EVENTS = Number(process.env.BENCH_FANOUT_EVENTS ?? 10_000);
const BROADCAST_SUBSCRIBERS = 200;
const AREA_EVENTS = Number(process.env.BENCH_AREA_EVENTS ?? 50_000);
const AREA_SUBSCRIBERS = 5000;
/** Which parts to run (all by default): latency, broadcast, area, two-routers. */
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS ?? 'latency,broadcast,area,two-routers').split(','));

const round = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CLIENT_PROCESSES = Number(process.env.BENCH_CLIENT_PROCESSES ?? 2);
/** Router worker processes in the latency scenario (as deployed: one per core); the events/s scenarios measure one process. */
const LATENCY_WORKERS = Number(process.env.BENCH_LATENCY_WORKERS ?? availableParallelism());

interface ClientStats {
  received: number;
  latencies: number[];
  ready: number;
  spans: { key: string; first: number; last: number }[];
}

/** The subscribers: a crowd split over a few processes (`live-clients.ts`), driven over IPC. */
class Subscribers {
  private closing = false;
  readonly children: ChildProcess[] = Array.from({ length: CLIENT_PROCESSES }, () => {
    const child = fork(path.join(HERE, 'live-clients.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // a subscribers' process that dies would leave the benchmark waiting for its answers forever
    child.once('exit', (code, signal) => {
      if (this.closing) return;
      process.stderr.write(`live fan-out: a subscribers' process exited (${signal ?? `code ${code}`}); stopping\n`);
      process.exit(1);
    });
    return child;
  });

  private ask<T>(child: ChildProcess, command: Record<string, unknown>, reply: string): Promise<T> {
    return new Promise((resolve) => {
      const listener = (message: any) => {
        if (message.type !== reply) return;
        child.off('message', listener);
        resolve(message as T);
      };
      child.on('message', listener);
      child.send(command);
    });
  }

  private all<T>(command: Record<string, unknown>, reply: string): Promise<T[]> {
    return Promise.all(this.children.map((child) => this.ask<T>(child, command, reply)));
  }

  /** Opens `count` subscriptions, shared out over the processes; connection i subscribes with queries[i % queries.length]. */
  async open(url: string, count: number, queries: string[]) {
    let offset = 0;
    await Promise.all(
      this.children.map((child, n) => {
        const share = Math.floor(count / this.children.length) + (n < count % this.children.length ? 1 : 0);
        const command = { type: 'open', url, count: share, queries, offset };
        offset += share;
        return this.ask(child, command, 'opened');
      }),
    );
    return { count };
  }
  sent(key: string, at: number) {
    for (const child of this.children) child.send({ type: 'sent', key, at });
  }
  async stats(): Promise<ClientStats> {
    const parts = await this.all<ClientStats>({ type: 'stats' }, 'stats');
    const spans = new Map<string, { key: string; first: number; last: number }>();
    for (const span of parts.flatMap((p) => p.spans)) {
      const known = spans.get(span.key);
      if (!known) spans.set(span.key, { ...span });
      else {
        known.first = Math.min(known.first, span.first);
        known.last = Math.max(known.last, span.last);
      }
    }
    return {
      received: parts.reduce((sum, p) => sum + p.received, 0),
      latencies: parts.flatMap((p) => p.latencies),
      ready: parts.reduce((sum, p) => sum + p.ready, 0),
      spans: [...spans.values()],
    };
  }
  /** CPU time (ms) the subscribers' processes have used so far. */
  cpuMs(): number {
    return this.children.reduce((sum, child) => sum + cpuMs(child.pid!), 0);
  }
  reset() {
    return this.all({ type: 'reset' }, 'reset');
  }
  close() {
    return this.all({ type: 'close' }, 'closed');
  }
  /** Messages received so far (polled while waiting: the full stats carry every latency, too much to send every 20 ms). */
  async received(): Promise<number> {
    const parts = await this.all<{ received: number }>({ type: 'count' }, 'count');
    return parts.reduce((sum, p) => sum + p.received, 0);
  }
  async waitFor(expected: number, timeoutMs: number): Promise<ClientStats> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.received()) < expected && Date.now() <= deadline) await sleep(20);
    return this.stats();
  }
  kill() {
    this.closing = true;
    for (const child of this.children) child.kill();
  }
}

/** A router process as deployed (router/dist/main.js), on the Redis bus, every caller with demo access. */
interface RouterProcess {
  url: string;
  pid: number;
  wsUrl: string;
  rssMb(): number;
  stop(): Promise<void>;
}


async function startRouterProcess(supergraphPath: string, subgraphs: Record<string, RunningSubgraph>, signingSecret: string, workers = 1): Promise<RouterProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SUPERGRAPH_PATH: supergraphPath,
    ROUTER_SIGNING_SECRET: signingSecret,
    REDIS_URL,
    // fan-out is measured, not sign-in: every subscriber is the same anonymous demo caller
    ANONYMOUS_ACCESS: 'demo',
    // one process, or (the latency scenario) one worker per core as `NODE_ENV=production` deploys it
    ROUTER_WORKERS: String(workers),
    METROGRAPH_QUIET: '1',
  };
  for (const [name, subgraph] of Object.entries(subgraphs)) env[`SUBGRAPH_${name.toUpperCase()}_URL`] = subgraph.url;
  const nodeArgs = (process.env.BENCH_ROUTER_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. --cpu-prof --cpu-prof-dir=/tmp/prof
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'router/dist/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('router process did not start');
    await sleep(200);
  }
  return {
    url,
    pid: child.pid!,
    wsUrl: url.replace(/^http/, 'ws'),
    rssMb: () => rssMb(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function main(): Promise<void> {
  process.env.METROGRAPH_QUIET = '1';
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
  const routers: RouterProcess[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'metrograph-live-bench-'));
  try {
    await seedDemo(databaseUrl, { size: 'small', seed: 'bench', anchor: new Date('2026-11-01T03:00:00Z'), reset: true });
    for (const definition of SUBGRAPHS) {
      subgraphs[definition.name] = await startSubgraph(definition, { databaseUrl, port: 0, poolMax: 8, signingSecret, redisUrl: REDIS_URL });
    }
    const supergraphPath = path.join(scratch, 'supergraph.graphql');
    writeFileSync(supergraphPath, composeSupergraph(SUBGRAPHS, await currentSubgraphSdls(SUBGRAPHS)).supergraphSdl);
    const router = await startRouterProcess(supergraphPath, subgraphs, signingSecret);
    routers.push(router);
    await fetch(`${bankUrl}/sim/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ callbackUrl: subgraphs.payments.url.replace(/\/graphql$/, '/bank/payment-callback') }) });
    const post = async (query: string, variables: Record<string, unknown> = {}) =>
      (await (await fetch(router.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as any;
    const pendingResult = await post(`{ paymentRequests(first: 100, filter: { statuses: [PENDING] }) { edges { node { id requestNo ref1 ref2 amountSatang } } } }`);
    const pending: { id: string; requestNo: string; ref1: string; ref2: string; amountSatang: number }[] = pendingResult.data.paymentRequests.edges.map((e: any) => e.node);
    const provinces: string[] = (await post(`{ provinces(first: 100) { edges { node { code } } } }`)).data.provinces.edges.map((e: any) => e.node.code);
    const publisher = new RedisEventBus(REDIS_URL);
    // when each pay-in's PAID event could be read off the bus (a consumer of the bench's own; the
    // stream ids' clock is Redis's, which need not agree with ours)
    const seenOnBus = new Map<string, number>();
    const watcher = new RedisEventBus(REDIS_URL);
    const watching = await watcher.subscribe(
      `bench-watch-${process.pid}`,
      async (e) => {
        const payload = e.payload as { paymentRequestId?: string; to?: string };
        if (payload.to === 'PAID' && payload.paymentRequestId) seenOnBus.set(payload.paymentRequestId, Date.now());
      },
      ['PaymentStatusChanged'],
      { from: 'now', ephemeral: true },
    );
    const figures: BenchRow[] = [];
    let sequence = 0;
    const event = (type: string, payload: Record<string, unknown>) => ({
      id: randomUUID(), type, aggregateType: 'Bench', aggregateId: randomUUID(), source: 'bench', actor: 'bench',
      occurredAt: new Date().toISOString(), sequence: ++sequence, payload,
    });
    const publishAll = async (events: ReturnType<typeof event>[]) => {
      for (let i = 0; i < events.length; i += 500) await publisher.publish(events.slice(i, i + 500));
    };
    /**
     * Waits until every subscription is live (each connection received a probe event), then
     * lets in-flight probes arrive and starts counting afresh.
     */
    const whenLive = async (count: number, probe: () => ReturnType<typeof event>[]) => {
      const deadline = Date.now() + 120_000;
      let probed = 0;
      while ((await subscribers.stats()).ready < count) {
        if (Date.now() > deadline) throw new Error(`only ${(await subscribers.stats()).ready} of ${count} subscriptions became live`);
        // a probe every 2 s: each one is a message to every subscriber, so no flood
        if (Date.now() - probed > 2_000) {
          probed = Date.now();
          await publishAll(probe());
        }
        await sleep(100);
      }
      // until the last probe messages have arrived
      for (let last = -1; ; ) {
        const received = await subscribers.received();
        if (received === last) break;
        last = received;
        await sleep(500);
      }
      await subscribers.reset();
    };
    const paymentProbe = () => [event('PaymentStatusChanged', { paymentRequestId: randomUUID(), provinceCode: '10', officeCode: 'HQ', from: 'PENDING', to: 'PROBE' })];
    const complaintProbe = () => provinces.map((provinceCode) => event('ComplaintChanged', { complaintId: randomUUID(), provinceCode, change: 'PROBE' }));
    const PAYMENT_SUBSCRIPTION = `subscription { paymentStatusChanged { eventId to paymentRequest { requestNo operator { nameTh } } } }`;

    /** Pays `batch` at the bank, 150 ms apart, and returns the deliveries and latencies the subscribers saw. */
    const payAndMeasure = async (batch: typeof pending, expected: number) => {
      const sentAt = new Map<string, number>();
      for (const request of batch) {
        sentAt.set(request.requestNo, Date.now());
        subscribers.sent(request.requestNo, sentAt.get(request.requestNo)!);
        await fetch(`${bankUrl}/sim/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang }) });
        await sleep(150);
      }
      const { received, latencies, spans } = await subscribers.waitFor(expected, 60_000);
      latencies.sort((x, y) => x - y);
      const phases = await phasesOf(batch, sentAt, spans);
      return { received, latencies, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN, phases };
    };
    /**
     * Where each event's time went (medians over the batch): bank callback → on the Redis stream
     * (payments commits the status change with its event; the outbox relay publishes it), → first
     * subscriber (router: bus read, gateway lookup, first frame, client read), → last subscriber (the
     * fan-out's spread).
     */
    const phasesOf = async (batch: typeof pending, sentAt: Map<string, number>, spans: { key: string; first: number; last: number }[]) => {
      const onStream = seenOnBus;
      const spanOf = new Map(spans.map((s) => [s.key, s]));
      const published: number[] = [], first: number[] = [], spread: number[] = [];
      for (const request of batch) {
        const stream = onStream.get(request.id);
        const span = spanOf.get(request.requestNo);
        const at = sentAt.get(request.requestNo)!;
        if (!stream || !span) continue;
        published.push(stream - at);
        first.push(span.first - stream);
        spread.push(span.last - span.first);
      }
      if (process.env.BENCH_SHOW_EVENTS) console.log(`per event (ms): on bus ${published.join(' ')}\n  → first ${first.join(' ')}\n  first → last ${spread.join(' ')}`);
      const median = (values: number[]) => percentile([...values].sort((x, y) => x - y), 50);
      return { published: median(published), first: median(first), spread: median(spread) };
    };
    let used = 0;
    const nextBatch = (count: number) => {
      const batch = pending.slice(used, used + count);
      used += count;
      if (batch.length < count) throw new Error(`only ${batch.length} pending pay-ins left`);
      return batch;
    };

    console.log(`\nLive fan-out (each router its own process on the Redis bus, real PostgreSQL, subscribers in ${CLIENT_PROCESSES} processes of their own, this machine)\n`);
    if (SCENARIOS.has('latency')) {
      // as deployed: one router worker per core (node:cluster), each a whole router on the bus
      const deployed = LATENCY_WORKERS === 1 ? router : await startRouterProcess(supergraphPath, subgraphs, signingSecret, LATENCY_WORKERS);
      if (deployed !== router) routers.push(deployed);
      console.log(`Latency: router with ${LATENCY_WORKERS} worker process(es)`);
      console.log('| subscribers | payments | deliveries | p50 ms | p99 ms | max ms | callback → on bus | → first subscriber | first → last | router CPU µs/message (its code / kernel) | subscribers CPU µs/message | warm-up payments p99 / max ms | connect s | router rss MB |');
      console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const count of SUBSCRIBERS) {
        const started = Date.now();
        await subscribers.open(deployed.wsUrl, count, [PAYMENT_SUBSCRIPTION]);
        await whenLive(count, paymentProbe);
        const connectSeconds = (Date.now() - started) / 1000;
        const warmup = WARMUP_PAYMENTS > 0 ? await payAndMeasure(nextBatch(WARMUP_PAYMENTS), count * WARMUP_PAYMENTS) : null;
        await subscribers.reset();
        const batch = nextBatch(PAYMENTS);
        const expected = count * batch.length;
        const cpuBefore = { router: cpuTimes(deployed.pid), clients: subscribers.cpuMs() };
        const m = await payAndMeasure(batch, expected);
        const routerAfter = cpuTimes(deployed.pid);
        // CPU per delivered message: the router's (bus read, lookup, frames, socket writes) and the
        // subscribers' processes' (socket reads, frame parsing) — both on these same two cores
        const perMessageUs = (ms: number) => Math.round((ms * 1000) / Math.max(1, m.received));
        const routerUser = perMessageUs(routerAfter.userMs - cpuBefore.router.userMs);
        const routerKernel = perMessageUs(routerAfter.systemMs - cpuBefore.router.systemMs);
        const cpu = { router: routerUser + routerKernel, clients: perMessageUs(subscribers.cpuMs() - cpuBefore.clients) };
        console.log(`| ${count} | ${batch.length} | ${m.received}/${expected} | ${m.p50} | ${m.p99} | ${m.max} | ${m.phases.published} | ${m.phases.first} | ${m.phases.spread} | ${cpu.router} (${routerUser} / ${routerKernel}) | ${cpu.clients} | ${warmup ? `${warmup.p99} / ${warmup.max}` : '–'} | ${round(connectSeconds)} | ${deployed.rssMb()} |`);
        figures.push({ measure: `CPU per delivered message, ${count} subscribers: router (its code / kernel) / subscribers' processes`, value: `${cpu.router} (${routerUser} / ${routerKernel}) / ${cpu.clients}`, unit: 'µs' });
        figures.push({ measure: `median phases, ${count} subscribers: callback → on bus / → first subscriber / first → last`, value: `${m.phases.published} / ${m.phases.first} / ${m.phases.spread}`, unit: 'ms' });
        if (warmup) figures.push({ measure: `${WARMUP_PAYMENTS} warm-up payments before them (not in p50/p99), ${count} subscribers: p99 / max`, value: `${warmup.p99} / ${warmup.max}`, unit: 'ms' });
        figures.push({ measure: `bank callback → subscriber p50, ${count} subscribers`, value: m.p50, unit: 'ms' });
        figures.push({ measure: `bank callback → subscriber p99, ${count} subscribers`, value: m.p99, unit: 'ms', ...(count === 5000 ? { target: '≤ 150 ms', met: m.p99 <= 150 && m.received === expected } : {}) });
        if (m.received < expected) figures.push({ measure: `deliveries lost, ${count} subscribers`, value: expected - m.received, unit: 'messages', target: '0', met: false });
        await subscribers.close();
      }
      console.log('');
    }

    /** Publishes `events` onto the bus and waits until the subscribers got `expected` messages. */
    const fanOut = async (label: string, count: number, queries: string[], events: ReturnType<typeof event>[], expected: number) => {
      await subscribers.open(router.wsUrl, count, queries);
      await whenLive(count, complaintProbe);
      const cpuBefore = { router: cpuMs(router.pid), clients: subscribers.cpuMs() };
      const t0 = Date.now();
      await publishAll(events);
      const stats = await subscribers.waitFor(expected, 120_000);
      const seconds = (Date.now() - t0) / 1000;
      const perMessageUs = (ms: number) => Math.round((ms * 10_000) / Math.max(1, stats.received)) / 10;
      const cpu = { router: perMessageUs(cpuMs(router.pid) - cpuBefore.router), clients: perMessageUs(subscribers.cpuMs() - cpuBefore.clients) };
      await subscribers.close();
      const rate = Math.round(events.length / seconds);
      const messages = Math.round(stats.received / seconds);
      console.log(`${label}: ${events.length} events to ${count} subscribers in ${round(seconds)} s = ${rate} events/s (${messages} messages/s), delivered ${stats.received}/${expected}; CPU per message: router ${cpu.router} µs, subscribers ${cpu.clients} µs`);
      figures.push({ measure: `events/s, ${label}`, value: rate, unit: 'events/s', target: '≥ 2,000 events/s', met: rate >= 2000 && stats.received === expected });
      figures.push({ measure: `messages/s, ${label}`, value: messages, unit: 'messages/s' });
      if (stats.received < expected) figures.push({ measure: `deliveries lost, ${label}`, value: expected - stats.received, unit: 'messages', target: '0', met: false });
    };
    if (SCENARIOS.has('broadcast')) {
      // every event to every subscriber (event fields only, no gateway lookup)
      const events = Array.from({ length: BROADCAST_EVENTS }, () => event('ComplaintChanged', { complaintId: randomUUID(), provinceCode: '10', change: 'BENCH' }));
      await fanOut(`broadcast to ${BROADCAST_SUBSCRIBERS}`, BROADCAST_SUBSCRIBERS, [`subscription { complaintChanged { eventId change at } }`], events, BROADCAST_EVENTS * BROADCAST_SUBSCRIBERS);
    }
    if (SCENARIOS.has('area')) {
      // events spread over the provinces, each subscriber watching one province (an area dashboard)
      const queries = provinces.map((code) => `subscription { complaintChanged(filter: { provinceCodes: ["${code}"] }) { eventId change at } }`);
      const watchers = new Map<string, number>();
      for (let i = 0; i < AREA_SUBSCRIBERS; i++) watchers.set(provinces[i % provinces.length], (watchers.get(provinces[i % provinces.length]) ?? 0) + 1);
      const events = Array.from({ length: AREA_EVENTS }, (_, n) => event('ComplaintChanged', { complaintId: randomUUID(), provinceCode: provinces[n % provinces.length], change: 'BENCH' }));
      const expected = events.reduce((sum, e) => sum + (watchers.get(e.payload.provinceCode as string) ?? 0), 0);
      await fanOut(`by area, ${provinces.length} provinces, ${AREA_SUBSCRIBERS} subscribers`, AREA_SUBSCRIBERS, queries, events, expected);
    }
    if (SCENARIOS.has('two-routers')) {
      // a second router process on the same bus: each delivers every event to its own subscribers
      const second = await startRouterProcess(supergraphPath, subgraphs, signingSecret);
      routers.push(second);
      await subscribers.open(router.wsUrl, 500, [PAYMENT_SUBSCRIPTION]);
      await subscribers.open(second.wsUrl, 500, [PAYMENT_SUBSCRIPTION]);
      await whenLive(1000, paymentProbe);
      const batch = nextBatch(10);
      const expected = 1000 * batch.length;
      const m = await payAndMeasure(batch, expected);
      console.log(`Two router processes, 500 subscribers each: ${batch.length} payments, delivered ${m.received}/${expected}, p50 ${m.p50} ms, p99 ${m.p99} ms`);
      figures.push({ measure: 'two router processes on Redis: deliveries', value: `${m.received}/${expected}`, unit: 'messages', target: 'every event by both', met: m.received === expected });
      await subscribers.close();
    }
    await publisher.close();
    await watching.stop();
    await watcher.close();
    writeResult({
      title: 'Live fan-out',
      rows: figures,
      notes: [`Each router is its own process on the Redis bus; subgraphs in the benchmark process; subscribers in ${CLIENT_PROCESSES} processes of their own (lean graphql-ws clients); all on this 2-core machine.`],
    });
  } finally {
    subscribers.kill();
    for (const r of routers) await r.stop();
    for (const s of Object.values(subgraphs)) await s.stop();
    bank.kill('SIGTERM');
    await dropDatabase(LOCAL_POSTGRES, dbName);
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
