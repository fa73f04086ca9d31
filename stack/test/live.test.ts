/**
 * Live status through the one graph: subscriptions served by the router over graphql-ws on
 * /graphql, fed by the event bus, each event's selection (federated fields included) resolved
 * through the gateway, filtered by the subscriber's area, resumable after a disconnect.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import { PostgresEventBus, RedisEventBus, type Principal } from '@metrograph/kit';
import { openAccess, startRouter, type RunningRouter } from '@metrograph/router';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { composeSupergraph, currentSubgraphSdls } from '../src/schema.js';
import { startTestGraph, type TestGraph } from './testkit.js';
import { startBankSimulator, type BankSimulator } from './payments-testkit.js';

let graph: TestGraph;
let bank: BankSimulator;
const extraRouters: RunningRouter[] = [];
const clients: Client[] = [];
const buses: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  bank = await startBankSimulator({ secret: 'live-test-bank-secret-0123456789', billerId: '099400000000101' });
  Object.assign(process.env, { BANK_SHARED_SECRET: 'live-test-bank-secret-0123456789', BANK_URL: bank.url, BILLER_TAX_ID: '0994000000001', BILLER_SUFFIX: '01' });
  graph = await startTestGraph();
  await bank.control('/sim/config', { callbackUrl: graph.subgraphs.payments.url.replace(/\/graphql$/, '/bank/payment-callback') });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  for (const router of extraRouters) await router.stop();
  for (const bus of buses) await bus.close();
  await graph?.stop();
  await bank?.stop();
});

function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

function connect(url: string, connectionParams: Record<string, unknown> = {}): Client {
  const client = createClient({ url: wsUrl(url), connectionParams, lazy: false, retryAttempts: 0 });
  clients.push(client);
  return client;
}

/** Collects what a subscription delivers; `next(n)` waits for the n-th message. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: any[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe({ query, variables }, {
    next: (message) => received.push(message),
    error: (error) => errors.push(error),
    complete: () => undefined,
  });
  return {
    received,
    errors,
    stop,
    async next(count: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      if (received.length < count) throw new Error(`got ${received.length} of ${count} messages; errors: ${JSON.stringify(errors)}`);
      return received[count - 1];
    },
  };
}

const COMPLAINT_SUB = `subscription($filter: ComplaintChangeFilter, $after: ID) {
  complaintChanged(filter: $filter, after: $after) {
    eventId change at
    complaint { referenceNo status province { code nameTh } respondent { nameTh } }
  }
}`;

async function receivedComplaint(provinceCodes?: string[]): Promise<{ id: string; provinceCode: string }> {
  const result = await graph.query(`query($p: [ID!]) { complaints(first: 50, filter: { statuses: [RECEIVED, TRIAGED], provinceCodes: $p }) { edges { node { id province { code } respondent { id } } } } }`, { p: provinceCodes ?? null });
  const node = result.data.complaints.edges.map((e: any) => e.node).find((n: any) => n.respondent) ?? result.data.complaints.edges[0].node;
  return { id: node.id, provinceCode: node.province.code };
}

async function triage(complaintId: string): Promise<void> {
  const result = await graph.query(`mutation($id: ID!) { triageComplaint(input: { complaintId: $id, offenceBasisCode: "OUT_OF_TOLERANCE" }) { userErrors { message } } }`, { id: complaintId });
  expect(result.data.triageComplaint.userErrors).toEqual([]);
}

describe('live subscriptions', () => {
  it('pushes a payment paid through the bank simulator, with the operator\'s name from registry', { timeout: 30_000 }, async () => {
    const pending = await graph.query(`{ paymentRequests(first: 20, filter: { statuses: [PENDING] }) { edges { node { id ref1 ref2 amountSatang operator { id nameTh } } } } }`);
    const request = pending.data.paymentRequests.edges.map((e: any) => e.node).find((n: any) => n.operator);
    expect(request, 'a pending request of a registered operator').toBeTruthy();
    const sub = collect(connect(graph.routerUrl), `subscription($id: ID!) { paymentStatusChanged(filter: { paymentRequestIds: [$id] }) {
      eventId from to paymentRequest { requestNo status paidAmountSatang operator { nameTh } province { nameTh } } } }`, { id: request.id });
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    const paid = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    const message = await sub.next(1);
    console.log(`live: bank callback to subscriber in ${Date.now() - started} ms`);
    expect(message.errors).toBeUndefined();
    const change = message.data.paymentStatusChanged;
    expect(change).toMatchObject({ from: 'PENDING', to: 'PAID' });
    expect(change.paymentRequest.status).toBe('PAID');
    expect(change.paymentRequest.paidAmountSatang).toBe(request.amountSatang);
    expect(change.paymentRequest.operator.nameTh).toBe(request.operator.nameTh); // owned by registry
    expect(change.paymentRequest.province.nameTh).toBeTruthy(); // owned by identity
  });

  it('announces a pay-in the moment it is issued for a source (a case\'s fine), then its payment', { timeout: 30_000 }, async () => {
    const operator = (await graph.query(`{ operators(first: 1) { edges { node { id province { code } } } } }`)).data.operators.edges[0].node;
    const sourceId = `CASE-${randomUUID().slice(0, 8)}`;
    const sub = collect(connect(graph.routerUrl), `subscription($s: [ID!]) { paymentStatusChanged(filter: { sourceIds: $s }) { from to paymentRequest { id status } } }`, { s: [sourceId] });
    await new Promise((r) => setTimeout(r, 200));
    const created = await graph.query(
      `mutation($input: CreatePaymentRequestInput!) { createPaymentRequest(input: $input) { paymentRequest { id ref1 ref2 amountSatang } userErrors { message } } }`,
      { input: { operatorId: operator.id, officeCode: 'C1', provinceCode: operator.province.code, feeCode: 'WM-VER-02', quantity: 1, source: { type: 'SERVICE_REQUEST', id: sourceId } } },
    );
    expect(created.data.createPaymentRequest.userErrors).toEqual([]);
    const request = created.data.createPaymentRequest.paymentRequest;
    expect((await sub.next(1)).data.paymentStatusChanged).toEqual({ from: null, to: 'PENDING', paymentRequest: { id: request.id, status: 'PENDING' } });
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang });
    expect((await sub.next(2)).data.paymentStatusChanged).toMatchObject({ from: 'PENDING', to: 'PAID', paymentRequest: { status: 'PAID' } });
  });

  it('pushes a complaint change with fields owned by other subgraphs', { timeout: 30_000 }, async () => {
    const target = await receivedComplaint();
    const sub = collect(connect(graph.routerUrl), COMPLAINT_SUB, { filter: { complaintIds: [target.id] } });
    await new Promise((r) => setTimeout(r, 200));
    await triage(target.id);
    const message = await sub.next(1);
    expect(message.errors).toBeUndefined();
    const change = message.data.complaintChanged;
    expect(change.change).toBe('TRIAGED');
    expect(change.complaint.status).toBe('TRIAGED');
    expect(change.complaint.province.nameTh).toMatch(/^[\u0E00-\u0E7F ]+$/); // identity
    if (change.complaint.respondent) expect(change.complaint.respondent.nameTh).toBeTruthy(); // registry
  });

  it('feeds the dashboard the counters of the province that changed, for complaints and for payments', { timeout: 30_000 }, async () => {
    const target = await receivedComplaint();
    const before = await graph.query(`query($p: [ID!]) { complaintStats(groupBy: PROVINCE, filter: { provinceCodes: $p }) { received open } }`, { p: [target.provinceCode] });
    const sub = collect(connect(graph.routerUrl), `subscription($p: [ID!]) { dashboardChanged(provinceCodes: $p) { source provinceCode stats { key received open } } }`, { p: [target.provinceCode] });
    await new Promise((r) => setTimeout(r, 200));
    await triage(target.id);
    const complaintMessage = await sub.next(1);
    expect(complaintMessage.errors).toBeUndefined();
    expect(complaintMessage.data.dashboardChanged).toEqual({
      source: 'COMPLAINTS',
      provinceCode: target.provinceCode,
      stats: { key: target.provinceCode, received: before.data.complaintStats[0].received, open: before.data.complaintStats[0].open },
    });
    // a pay-in paid at the bank moves the fees of its province: that province's dashboard hears of it
    const pending = await graph.query(`{ paymentRequests(first: 5, filter: { statuses: [PENDING] }) { edges { node { ref1 ref2 amountSatang province { code } } } } }`);
    const request = pending.data.paymentRequests.edges[0].node;
    const payments = collect(connect(graph.routerUrl), `subscription($p: [ID!]) { dashboardChanged(provinceCodes: $p) { source provinceCode } }`, { p: [request.province.code] });
    await new Promise((r) => setTimeout(r, 200));
    await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang });
    expect((await payments.next(1)).data.dashboardChanged).toEqual({ source: 'PAYMENTS', provinceCode: request.province.code });
    // nothing from other provinces
    expect(sub.received.every((m) => m.data.dashboardChanged.provinceCode === target.provinceCode)).toBe(true);
  });

  it('never sends a branch official another area\'s complaint', { timeout: 30_000 }, async () => {
    const open = await graph.query(`{ complaints(first: 100, filter: { statuses: [RECEIVED] }) { edges { node { id province { code } } } } }`);
    const nodes = open.data.complaints.edges.map((e: any) => e.node);
    const mineNode = nodes[0];
    const elsewhereNode = nodes.find((n: any) => n.province.code !== mineNode.province.code);
    const branchProvinces = [mineNode.province.code];
    const bus = new PostgresEventBus(graph.databaseUrl, 20);
    buses.push(bus);
    const { supergraphSdl } = composeSupergraph(SUBGRAPHS, await currentSubgraphSdls(SUBGRAPHS));
    const branch: Principal = { kind: 'user', id: randomUUID(), name: 'official1.b07', officeCode: 'B07', roles: ['OFFICIAL'], provinceCodes: branchProvinces, rights: { complaints: 1, reference: 1, registry: 1 } };
    const router = await startRouter({
      supergraphSdl,
      port: 0,
      signingSecret: graph.signingSecret,
      subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([n, s]) => [n, s.url])),
      bus,
      authenticate: async () => branch,
    });
    extraRouters.push(router);
    const sub = collect(connect(router.url), COMPLAINT_SUB);
    await new Promise((r) => setTimeout(r, 300));
    await triage(elsewhereNode.id);
    await triage(mineNode.id);
    const message = await sub.next(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sub.received).toHaveLength(1);
    expect(branchProvinces).toContain(message.data.complaintChanged.complaint.province.code);
  });

  it('lets a reconnecting client catch up on what it missed', { timeout: 30_000 }, async () => {
    const first = await receivedComplaint();
    const client = connect(graph.routerUrl);
    const sub = collect(client, COMPLAINT_SUB);
    await new Promise((r) => setTimeout(r, 200));
    await triage(first.id);
    const seen = (await sub.next(1)).data.complaintChanged.eventId;
    sub.stop();
    await client.dispose();

    const missed = await receivedComplaint();
    await triage(missed.id); // happens while the client is away
    await new Promise((r) => setTimeout(r, 800));

    const resumed = collect(connect(graph.routerUrl), COMPLAINT_SUB, { after: seen });
    const caughtUp = await resumed.next(1);
    expect(caughtUp.data.complaintChanged.complaint.referenceNo).toBeTruthy();
    expect(caughtUp.data.complaintChanged.eventId).not.toBe(seen);

    const tooOld = collect(connect(graph.routerUrl), COMPLAINT_SUB, { after: randomUUID() });
    await new Promise((r) => setTimeout(r, 500));
    expect(JSON.stringify([tooOld.errors, tooOld.received])).toMatch(/replay window/);
  });

  it('speaks the graphql-ws protocol to any client: acknowledges, pongs, and closes with its codes', { timeout: 20_000 }, async () => {
    const open = (protocols?: string) =>
      new Promise<{ socket: WebSocket; messages: any[]; closed: Promise<number> }>((resolve, reject) => {
        const socket = protocols ? new WebSocket(wsUrl(graph.routerUrl), protocols) : new WebSocket(wsUrl(graph.routerUrl));
        const messages: any[] = [];
        socket.onmessage = (event) => messages.push(JSON.parse(String(event.data)));
        const closed = new Promise<number>((done) => (socket.onclose = (event) => done(event.code)));
        socket.onopen = () => resolve({ socket, messages, closed });
        socket.onerror = () => reject(new Error('could not connect'));
      });
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    };
    // without the subprotocol: 4406
    expect(await (await open()).closed).toBe(4406);
    // subscribing before connection_init: 4401
    const early = await open('graphql-transport-ws');
    early.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { complaintChanged { eventId } }' } }));
    expect(await early.closed).toBe(4401);
    // init → ack, ping → pong with its payload, a second subscriber with a live id: 4409
    const client = await open('graphql-transport-ws');
    client.socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    await until(() => client.messages.length > 0);
    expect(client.messages[0]).toEqual({ type: 'connection_ack' });
    client.socket.send(JSON.stringify({ type: 'ping', payload: { n: 1 } }));
    await until(() => client.messages.length > 1);
    expect(client.messages[1]).toEqual({ type: 'pong', payload: { n: 1 } });
    client.socket.send(JSON.stringify({ id: 'x', type: 'subscribe', payload: { query: 'subscription { complaintChanged { eventId } }' } }));
    client.socket.send(JSON.stringify({ id: 'bad', type: 'subscribe', payload: { query: 'subscription { complaintChanged { noSuchField } }' } }));
    await until(() => client.messages.length > 2);
    expect(client.messages[2]).toMatchObject({ id: 'bad', type: 'error', payload: [{ message: expect.stringMatching(/noSuchField/) }] });
    client.socket.send(JSON.stringify({ id: 'x', type: 'subscribe', payload: { query: 'subscription { complaintChanged { eventId } }' } }));
    expect(await client.closed).toBe(4409);
    // garbage: 4400
    const garbage = await open('graphql-transport-ws');
    garbage.socket.send('not json');
    expect(await garbage.closed).toBe(4400);
  });

  it('refuses queries over the WebSocket and subscriptions over HTTP', async () => {
    const ws = collect(connect(graph.routerUrl), `{ regions { code } }`);
    await new Promise((r) => setTimeout(r, 500));
    expect(JSON.stringify([ws.errors, ws.received])).toMatch(/Only subscriptions run over WebSocket/);
    const http = await graph.query(`subscription { complaintChanged { eventId } }`);
    expect(http.errors?.[0].message).toBeTruthy();
  });

  it('delivers every event through two router processes sharing Redis', { timeout: 30_000 }, async () => {
    const stream = `metrograph:test:${randomUUID()}`;
    const { supergraphSdl } = composeSupergraph(SUBGRAPHS, await currentSubgraphSdls(SUBGRAPHS));
    const routers: RunningRouter[] = [];
    for (let i = 0; i < 2; i++) {
      const bus = new RedisEventBus(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', stream);
      buses.push(bus);
      const router = await startRouter({
        supergraphSdl, port: 0, signingSecret: graph.signingSecret, bus, authenticate: openAccess,
        subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([n, s]) => [n, s.url])),
      });
      extraRouters.push(router);
      routers.push(router);
    }
    const subs = routers.map((r) => collect(connect(r.url), `subscription { complaintChanged { eventId complaint { referenceNo } } }`));
    await new Promise((r) => setTimeout(r, 300));
    const publisher = new RedisEventBus(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', stream);
    buses.push(publisher);
    const target = await receivedComplaint();
    const events = [1, 2, 3].map((n) => ({
      id: randomUUID(), type: 'ComplaintChanged', aggregateType: 'Complaint', aggregateId: target.id, source: 'complaints', actor: 'test',
      occurredAt: new Date().toISOString(), sequence: n, payload: { complaintId: target.id, provinceCode: target.provinceCode, change: `PING${n}` },
    }));
    await publisher.publish(events);
    for (const sub of subs) {
      await sub.next(3);
      expect(sub.received.map((m) => m.data.complaintChanged.eventId)).toEqual(events.map((e) => e.id));
    }
  });
});
