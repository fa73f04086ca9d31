/**
 * The 1569 complaint centre integration (004 §4.5.1 (1)-(4)) against the machine's real
 * PostgreSQL: the complaints schema migrated on a fresh database, the intake endpoint and the
 * GraphQL mutations served by a real subgraph server, results sent by the real sender to the
 * 1569 simulator (in-process, and as its own process).
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  AccessLevel, OutboxEvent, PRINCIPAL_HEADER, buildFederatedSchema, undescribedElements, migrateToLatest, openSubgraphOrm, signPrincipal, startSubgraphServer,
  type Principal, type RunningService,
} from '@metrograph/kit';
import { Complaint, complaints } from '@metrograph/complaints';
import {
  ExternalSystem, HOTLINE_INTAKE_PATH, HotlineAdapter, HotlineDeliveryStatus, HotlineResolver, HotlineResult, deriveIntegrationKey,
  ensureExternalSystem, hotlineEntities, hotlineMigration, hotlineRoutes, registerExternalSystem, rotateExternalSystemSecret,
  setExternalSystemActive, startHotline, startResultSender, type ResultSender,
} from '../../subgraphs/complaints/src/hotline/index.js';
import { PROVINCE_JURISDICTION } from '../../subgraphs/complaints/src/reference/jurisdiction.js';
import { OFFICES, PROVINCES } from '../../subgraphs/identity/src/reference/reference-data.js';
// @ts-expect-error: plain JavaScript (the simulator runs with node alone)
import { makeComplaint, signHeaders, startSimulator } from '../../subgraphs/complaints/hotline-simulator/simulator.mjs';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '../src/databases.js';

const CENTRE_SECRET = randomBytes(32).toString('base64url'); // the 1569 centre signs complaints with it
const SERVICE_SECRET = randomBytes(32).toString('base64url'); // the complaints service signs results with it
const INTEGRATION_PASSPHRASE = randomBytes(32).toString('hex');
const KEY = deriveIntegrationKey(INTEGRATION_PASSPHRASE);
const SIGNING_SECRET = randomBytes(24).toString('base64url');
const SIMULATOR_MAIN = fileURLToPath(new URL('../../subgraphs/complaints/hotline-simulator/main.mjs', import.meta.url));

const databaseName = `metrograph_hotline_${process.pid}`;
let databaseUrl: string;
let orm: MikroORM;
let server: RunningService;
let intakeUrl: string;
let simulator: Awaited<ReturnType<typeof startSimulator>>;
let sender: ResultSender;

const official: Principal = {
  kind: 'user', id: randomUUID(), name: 'somchai.k', officeCode: 'C1', roles: ['OFFICIAL'], provinceCodes: null, rights: { complaints: AccessLevel.EDIT },
};

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, principal: Principal = official) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: signPrincipal(principal, SIGNING_SECRET) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

function unique<T>(items: T[], key: (item: T) => unknown = (item) => item): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

let run = 0;
/** A generated complaint with a ticket number of its own. */
function complaintBody(overrides: Record<string, unknown> = {}, provinceCodes = ['50']): Record<string, any> {
  run++;
  return { ...makeComplaint(0, { runId: `T${Date.now().toString(36)}${run}`.toUpperCase(), provinceCodes }), ...overrides };
}

async function post(body: unknown, options: { secret?: string; systemId?: string; now?: number; rawBody?: string } = {}) {
  const raw = options.rawBody ?? JSON.stringify(body);
  const response = await fetch(intakeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signHeaders(options.systemId ?? '1569', options.secret ?? CENTRE_SECRET, raw, options.now ?? Date.now()) },
    body: raw,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function counts() {
  const em = orm.em.fork();
  return { complaints: await em.count(Complaint, {}), events: await em.count(OutboxEvent, {}) };
}

/** Inserts a complaint directly (another channel, or a number handed out elsewhere). */
async function insertComplaint(fields: { referenceNo: string; channel: string; externalRef?: string | null }): Promise<string> {
  const em = orm.em.fork();
  const id = randomUUID();
  em.persist(
    em.create(Complaint, {
      id,
      externalRef: null,
      receivedAt: new Date(),
      complainantName: 'นายสมชาย ใจดี',
      respondentName: 'ร้านทดสอบ',
      placeName: 'ตลาดสดเทศบาล',
      placeAddress: '1 ถนนท่าแพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่',
      provinceCode: '50',
      officeCode: 'C1',
      subject: 'ตาชั่งโกง',
      details: 'ตาชั่งโกง',
      ...fields,
    } as never),
  );
  await em.flush();
  return id;
}

/** Files a 1569 complaint and returns its id. */
async function fileComplaint(): Promise<{ id: string; ticketNo: string; referenceNo: string }> {
  const body = complaintBody();
  const answer = await post(body);
  expect(answer.status).toBe(201);
  return { id: answer.body.complaintId, ticketNo: body.ticketNo, referenceNo: answer.body.referenceNo };
}

async function results(complaintId: string): Promise<HotlineResult[]> {
  return orm.em.fork().find(HotlineResult, { complaint: complaintId }, { orderBy: { revision: 'asc' } });
}

/** Runs the sender until `done` holds (retries become due after their short backoff). */
async function sendUntil(done: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('sender did not finish in time');
    await sender.sendDue();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const RESULT_FIELDS = 'result { id kind revision outcome summary reason status attempts createdBy } complaint { id } userErrors { field code message }';
const SEND = `mutation($input: SendHotlineResultInput!) { sendHotlineResult(input: $input) { ${RESULT_FIELDS} } }`;
const AMEND = `mutation($input: AmendHotlineResultInput!) { amendHotlineResult(input: $input) { ${RESULT_FIELDS} } }`;
const WITHDRAW = `mutation($input: WithdrawHotlineResultInput!) { withdrawHotlineResult(input: $input) { ${RESULT_FIELDS} } }`;
/** Complaint.hotlineResults as the router asks for it (an entity reference resolved by this subgraph). */
const HOTLINE_RESULTS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Complaint { hotlineResults { kind revision outcome status attempts lastError sentAt } } } }`;

beforeAll(async () => {
  databaseUrl = await createDatabase(LOCAL_POSTGRES, databaseName);
  const definition = {
    ...complaints,
    entities: unique([...(complaints.entities as unknown[]), ...hotlineEntities]) as never,
    migrations: unique([...complaints.migrations, hotlineMigration], (m) => m.name),
  };
  orm = await openSubgraphOrm(definition, databaseUrl, 6);
  await migrateToLatest(orm);
  await ensureExternalSystem(orm.em.fork(), { code: '1569', name: 'ศูนย์รับเรื่องร้องเรียน 1569 กรมการค้าภายใน', secret: CENTRE_SECRET }, KEY);
  const schema = await buildFederatedSchema({ resolvers: [HotlineResolver] });
  server = await startSubgraphServer({
    name: 'complaints',
    schema,
    orm,
    port: 0,
    signingSecret: SIGNING_SECRET,
    routes: (app) => app.use(hotlineRoutes(orm, { key: KEY })),
  });
  intakeUrl = server.url.replace(/\/graphql$/, HOTLINE_INTAKE_PATH);
  simulator = await startSimulator({ port: 0, secret: SERVICE_SECRET, systemId: 'dit-wm' });
  sender = startResultSender(orm, {
    adapter: new HotlineAdapter({ url: simulator.resultsUrl, systemId: 'dit-wm', secret: SERVICE_SECRET, timeoutMs: 2_000 }),
    autoStart: false,
    backoff: { baseMs: 20, maxMs: 100 },
    maxAttempts: 5,
  });
});

afterAll(async () => {
  await sender?.stop();
  await simulator?.stop();
  await server?.stop();
  await orm?.close(true);
  await dropDatabase(LOCAL_POSTGRES, databaseName);
});

beforeEach(async () => {
  simulator.control({ reset: true });
  // each test sends only its own messages
  await orm.em.fork().nativeUpdate(HotlineResult, { status: HotlineDeliveryStatus.PENDING }, { status: HotlineDeliveryStatus.FAILED, lastError: 'left over by an earlier test' });
});

describe('1569 intake', () => {
  it('files a signed complaint with a CP reference number, the office serving the province and a ComplaintReceived event', async () => {
    const body = complaintBody({}, ['50']);
    const answer = await post(body);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ referenceNo: expect.stringMatching(/^CP-25\d\d-\d{7}$/), complaintId: expect.any(String), duplicate: false });

    const complaint = await orm.em.fork().findOneOrFail(Complaint, { id: answer.body.complaintId });
    expect(complaint).toMatchObject({
      referenceNo: answer.body.referenceNo,
      externalRef: body.ticketNo,
      channel: 'HOTLINE_1569',
      status: 'RECEIVED',
      complainantName: body.complainant.name,
      complainantPhone: body.complainant.phone,
      respondentName: body.respondent.name,
      placeName: body.place.name,
      placeAddress: body.place.address,
      provinceCode: '50',
      officeCode: 'C1', // ศูนย์ชั่งตวงวัดเขต 1 เชียงใหม่
      details: body.details,
      keywords: body.keywords,
    });
    expect(complaint.receivedAt.toISOString()).toBe(new Date(body.receivedAt).toISOString());
    expect(answer.body.referenceNo.slice(3, 7)).toBe(String(new Date(complaint.receivedAt.getTime() + 7 * 3_600_000).getUTCFullYear() + 543));

    const steps = await orm.em.fork().getConnection().execute('select type, to_status, actor_name, extract(epoch from at)::float8 * 1000 as at_ms from complaints.complaint_event where complaint_id = ?', [complaint.id]);
    expect(steps).toEqual([{ type: 'RECEIVED', to_status: 'RECEIVED', actor_name: 'ระบบ 1569', at_ms: complaint.receivedAt.getTime() }]);

    const events = await orm.em.fork().find(OutboxEvent, { aggregateId: complaint.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'ComplaintReceived',
      aggregateType: 'Complaint',
      actor: 'system:1569',
      payload: { complaintId: complaint.id, referenceNo: complaint.referenceNo, provinceCode: '50', officeCode: 'C1', channel: 'HOTLINE_1569', status: 'RECEIVED' },
    });
  });

  it('numbers complaints one after another, continuing after numbers already in use', async () => {
    const first = await fileComplaint();
    const [, year, n] = first.referenceNo.split('-');
    const taken = `CP-${year}-${String(Number(n) + 1).padStart(7, '0')}`;
    await insertComplaint({ referenceNo: taken, channel: 'WALK_IN' });
    const next = await fileComplaint();
    expect(next.referenceNo).toBe(`CP-${year}-${String(Number(n) + 2).padStart(7, '0')}`);
  });

  it('refuses a wrong signature, a stale timestamp, an unknown or inactive system and unsigned requests with 401, storing nothing', async () => {
    const before = await counts();
    const body = complaintBody();
    const wrong = await post(body, { secret: randomBytes(32).toString('base64url') });
    expect(wrong).toEqual({ status: 401, body: { error: { code: 'BAD_SIGNATURE', message: expect.any(String) } } });
    const stale = await post(body, { now: Date.now() - 301_000 });
    expect(stale.status).toBe(401);
    expect(stale.body.error.code).toBe('STALE_TIMESTAMP');
    const unknown = await post(body, { systemId: '1111' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('UNKNOWN_SYSTEM');
    // signed over other bytes than those sent
    const raw = JSON.stringify(body);
    const tampered = await fetch(intakeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signHeaders('1569', CENTRE_SECRET, raw) },
      body: raw.replace(body.respondent.name, 'ร้านอื่น'),
    });
    expect(tampered.status).toBe(401);
    const unsigned = await fetch(intakeUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as any).error.code).toBe('MISSING_SYSTEM_ID');

    await setExternalSystemActive(orm.em.fork(), '1569', false);
    try {
      expect((await post(body)).status).toBe(401);
    } finally {
      await setExternalSystemActive(orm.em.fork(), '1569', true);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a registered system other than the 1569 centre with 403', async () => {
    const { secret } = await registerExternalSystem(orm.em.fork(), { code: 'bank-ktb', name: 'Krung Thai Bank' }, KEY);
    const before = await counts();
    const answer = await post(complaintBody(), { systemId: 'bank-ktb', secret });
    expect(answer.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('accepts the previous secret during a rotation, and only the new one afterwards', async () => {
    const rotated = await rotateExternalSystemSecret(orm.em.fork(), '1569', { graceSeconds: 3600 }, KEY);
    try {
      expect((await post(complaintBody())).status).toBe(201);
      expect((await post(complaintBody(), { secret: rotated.secret })).status).toBe(201);
      await rotateExternalSystemSecret(orm.em.fork(), '1569', { secret: rotated.secret + 'x', graceSeconds: 0 }, KEY);
      expect((await post(complaintBody(), { secret: rotated.secret })).status).toBe(401);
    } finally {
      await ensureExternalSystem(orm.em.fork(), { code: '1569', name: 'ศูนย์รับเรื่องร้องเรียน 1569 กรมการค้าภายใน', secret: CENTRE_SECRET }, KEY);
    }
    const stored = await orm.em.fork().findOneOrFail(ExternalSystem, { code: '1569' });
    expect(stored.secretEncrypted).not.toContain(CENTRE_SECRET);
  });

  it('answers 422 naming each invalid field, and 400 for a body that is not JSON, storing nothing', async () => {
    const before = await counts();
    const body = complaintBody();
    body.place = { ...body.place, provinceCode: '99', lat: 120 };
    delete body.place.lng;
    body.receivedAt = 'yesterday';
    delete body.details;
    body.complainant = { ...body.complainant, email: 'nobody' };
    const answer = await post(body);
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'receivedAt:INVALID_FORMAT', 'complainant.email:INVALID_FORMAT', 'place.provinceCode:UNKNOWN_PROVINCE', 'place.lat:OUT_OF_RANGE',
      'place.lng:REQUIRED', 'details:REQUIRED',
    ]);
    for (const error of answer.body.errors) expect(error.message).toEqual(expect.any(String));

    const notJson = await post(null, { rawBody: '{"ticketNo": ' });
    expect(notJson.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('returns the same reference for a ticket posted again, even concurrently, without a second complaint', async () => {
    const body = complaintBody();
    const first = await post(body);
    expect(first.status).toBe(201);
    const again = await post(body);
    expect(again).toEqual({ status: 200, body: { ...first.body, duplicate: true } });

    const racing = complaintBody();
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(racing)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.referenceNo)).size).toBe(1);
    const em = orm.em.fork();
    expect(await em.count(Complaint, { externalRef: { $in: [body.ticketNo, racing.ticketNo] } })).toBe(2);
    expect(await em.count(OutboxEvent, { aggregateId: { $in: [first.body.complaintId, answers[0].body.complaintId] }, type: 'ComplaintReceived' })).toBe(2);
  });
});

describe('results back to 1569', () => {
  it('delivers a result on the third attempt when the centre fails twice, and shows its delivery status', async () => {
    const complaint = await fileComplaint();
    simulator.control({ failNext: 2 });
    const sent = await gql(SEND, { input: { complaintId: complaint.id, outcome: 'NO_OFFENCE', summary: 'ตรวจสอบตาชั่งแล้ว เที่ยงตรงตามเกณฑ์' } });
    expect(sent.errors).toBeUndefined();
    expect(sent.data.sendHotlineResult).toMatchObject({
      result: { kind: 'RESULT', revision: 1, outcome: 'NO_OFFENCE', status: 'PENDING', attempts: 0, createdBy: 'somchai.k' },
      complaint: { id: complaint.id },
      userErrors: [],
    });

    await sendUntil(async () => (await results(complaint.id))[0].status !== HotlineDeliveryStatus.PENDING);
    const [row] = await results(complaint.id);
    expect(row).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
    expect(simulator.stats.failed).toBe(2);
    const received = simulator.results.filter((r: any) => r.ticketNo === complaint.ticketNo);
    expect(received).toEqual([
      expect.objectContaining({
        kind: 'RESULT', revision: 1, ticketNo: complaint.ticketNo, referenceNo: complaint.referenceNo, outcome: 'NO_OFFENCE',
        summary: 'ตรวจสอบตาชั่งแล้ว เที่ยงตรงตามเกณฑ์', messageId: row.id, idempotencyKey: row.id,
      }),
    ]);

    const view = await gql(HOTLINE_RESULTS, { reps: [{ __typename: 'Complaint', id: complaint.id }] });
    expect(view.errors).toBeUndefined();
    expect(view.data._entities[0].hotlineResults).toEqual([
      { kind: 'RESULT', revision: 1, outcome: 'NO_OFFENCE', status: 'SENT', attempts: 3, lastError: null, sentAt: expect.any(String) },
    ]);
    const delivered = await orm.em.fork().find(OutboxEvent, { aggregateId: complaint.id, type: { $in: ['HotlineResultQueued', 'HotlineResultDelivered'] } }, { orderBy: { sequence: 'asc' } });
    expect(delivered.map((e) => e.type)).toEqual(['HotlineResultQueued', 'HotlineResultDelivered']);
  });

  it('sends an amendment and a withdrawal in order; the centre ends with the result withdrawn', async () => {
    const complaint = await fileComplaint();
    const input = { complaintId: complaint.id };
    expect((await gql(SEND, { input: { ...input, outcome: 'OFFENCE_FOUND', summary: 'พบตาชั่งไม่ผ่านการตรวจสอบ' } })).data.sendHotlineResult.userErrors).toEqual([]);
    expect((await gql(AMEND, { input: { ...input, outcome: 'NO_OFFENCE', summary: 'ตาชั่งผ่านการตรวจสอบ', reason: 'บันทึกผลผิดเครื่อง' } })).data.amendHotlineResult.result)
      .toMatchObject({ kind: 'AMENDMENT', revision: 2, reason: 'บันทึกผลผิดเครื่อง' });
    // the centre is down while the officials work: nothing overtakes the result
    simulator.control({ failNext: 1 });
    const withdrawn = await gql(WITHDRAW, { input: { ...input, reason: 'ผู้ร้องขอถอนเรื่อง' } });
    expect(withdrawn.data.withdrawHotlineResult.result).toMatchObject({ kind: 'WITHDRAWAL', revision: 3, outcome: null, summary: null, status: 'PENDING' });

    await sendUntil(async () => (await results(complaint.id)).every((r) => r.status !== HotlineDeliveryStatus.PENDING));
    expect((await results(complaint.id)).map((r) => `${r.kind}:${r.status}`)).toEqual(['RESULT:SENT', 'AMENDMENT:SENT', 'WITHDRAWAL:SENT']);
    expect(simulator.results.filter((r: any) => r.ticketNo === complaint.ticketNo).map((r: any) => r.revision)).toEqual([1, 2, 3]);
    expect(simulator.tickets.get(complaint.ticketNo)).toMatchObject({ state: 'RESULT_WITHDRAWN', revision: 3, reason: 'ผู้ร้องขอถอนเรื่อง', outcome: null });

    // withdrawn: nothing to amend or withdraw, but a new result may be sent
    expect((await gql(AMEND, { input: { ...input, outcome: 'NO_OFFENCE', summary: 'x' } })).data.amendHotlineResult.userErrors).toEqual([
      { field: ['input', 'complaintId'], code: 'NO_RESULT', message: expect.any(String) },
    ]);
    expect((await gql(SEND, { input: { ...input, outcome: 'REFERRED', summary: 'ส่งต่อ สคบ.' } })).data.sendHotlineResult.result).toMatchObject({ revision: 4 });
  });

  it('refuses, naming the field, results for complaints from other channels, second results, and complaints outside the area', async () => {
    const complaint = await fileComplaint();
    const walkInId = await insertComplaint({ referenceNo: `CP-TEST-${randomUUID().slice(0, 8)}`, channel: 'WALK_IN' });

    const walkIn = await gql(SEND, { input: { complaintId: walkInId, outcome: 'NO_OFFENCE', summary: 'ไม่พบ' } });
    expect(walkIn.data.sendHotlineResult).toMatchObject({ result: null, complaint: null, userErrors: [{ field: ['input', 'complaintId'], code: 'NOT_FROM_HOTLINE' }] });
    const nothingToWithdraw = await gql(WITHDRAW, { input: { complaintId: complaint.id, reason: 'ทดสอบ' } });
    expect(nothingToWithdraw.data.withdrawHotlineResult.userErrors).toMatchObject([{ field: ['input', 'complaintId'], code: 'NO_RESULT' }]);
    const noSummary = await gql(SEND, { input: { complaintId: complaint.id, outcome: 'NO_OFFENCE', summary: ' ' } });
    expect(noSummary.data.sendHotlineResult.userErrors).toMatchObject([{ field: ['input', 'summary'], code: 'REQUIRED' }]);
    expect((await gql(SEND, { input: { complaintId: complaint.id, outcome: 'NO_OFFENCE', summary: 'ไม่พบ' } })).data.sendHotlineResult.userErrors).toEqual([]);
    const second = await gql(SEND, { input: { complaintId: complaint.id, outcome: 'NO_OFFENCE', summary: 'ไม่พบ' } });
    expect(second.data.sendHotlineResult.userErrors).toMatchObject([{ field: ['input', 'complaintId'], code: 'RESULT_ALREADY_SENT' }]);

    const bangkokOnly: Principal = { ...official, provinceCodes: ['10'] };
    const outside = await gql(AMEND, { input: { complaintId: complaint.id, outcome: 'NO_OFFENCE', summary: 'x' } }, bangkokOnly);
    expect(outside.data.amendHotlineResult.userErrors).toMatchObject([{ field: ['input', 'complaintId'], code: 'NOT_FOUND' }]);
    const viewer: Principal = { ...official, rights: { complaints: AccessLevel.VIEW } };
    const forbidden = await gql(WITHDRAW, { input: { complaintId: complaint.id, reason: 'x' } }, viewer);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await results(complaint.id)).toHaveLength(1);
  });

  it('gives up at once when the centre refuses a message (4xx), keeping the reason', async () => {
    const complaint = await fileComplaint();
    simulator.control({ rejectSignatures: true });
    await gql(SEND, { input: { complaintId: complaint.id, outcome: 'NO_OFFENCE', summary: 'ไม่พบ' } });
    await sendUntil(async () => (await results(complaint.id))[0].status !== HotlineDeliveryStatus.PENDING);
    const [row] = await results(complaint.id);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1, lastError: expect.stringContaining('HTTP 401') });
    expect(await orm.em.fork().count(OutboxEvent, { aggregateId: complaint.id, type: 'HotlineResultFailed' })).toBe(1);
  });

  it('retries a centre that keeps failing until the last attempt, then marks the message FAILED', async () => {
    const complaint = await fileComplaint();
    simulator.control({ failNext: 100, failStatus: 503 });
    await gql(SEND, { input: { complaintId: complaint.id, outcome: 'NO_OFFENCE', summary: 'ไม่พบ' } });
    await sendUntil(async () => (await results(complaint.id))[0].status !== HotlineDeliveryStatus.PENDING);
    const [row] = await results(complaint.id);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 5, lastError: expect.stringMatching(/HTTP 503.*gave up after 5 attempts/) });
  });

  it('registers the centre from configuration and sends results as the subgraph job', async () => {
    const saved = { ...process.env };
    const newSecret = randomBytes(32).toString('base64url');
    Object.assign(process.env, { INTEGRATION_KEY: INTEGRATION_PASSPHRASE, HOTLINE_INTAKE_SECRET: newSecret, HOTLINE_URL: simulator.resultsUrl, HOTLINE_SECRET: SERVICE_SECRET, HOTLINE_SYSTEM_ID: 'dit-wm' });
    const app = createRequire(new URL('../../subgraphs/kit/package.json', import.meta.url))('express')();
    app.use(hotlineRoutes(orm));
    const httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as { port: number }).port}${HOTLINE_INTAKE_PATH}`;
    const job = startHotline(orm);
    try {
      expect(job.enabled).toBe(true);
      let answer: Response | null = null;
      for (let i = 0; i < 50; i++) {
        const body = JSON.stringify(complaintBody());
        answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signHeaders('1569', newSecret, body) }, body });
        if (answer.status === 201) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(answer!.status).toBe(201);
      const { complaintId } = (await answer!.json()) as { complaintId: string };
      await gql(SEND, { input: { complaintId, outcome: 'NO_OFFENCE', summary: 'ไม่พบการกระทำความผิด' } });
      const deadline = Date.now() + 10_000;
      while ((await results(complaintId))[0].status === HotlineDeliveryStatus.PENDING && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await results(complaintId)).toMatchObject([{ status: 'SENT' }]);
    } finally {
      await job.stop();
      await new Promise((resolve) => httpServer.close(resolve));
      for (const name of ['INTEGRATION_KEY', 'HOTLINE_INTAKE_SECRET', 'HOTLINE_URL', 'HOTLINE_SECRET', 'HOTLINE_SYSTEM_ID']) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
      await ensureExternalSystem(orm.em.fork(), { code: '1569', name: 'ศูนย์รับเรื่องร้องเรียน 1569 กรมการค้าภายใน', secret: CENTRE_SECRET }, KEY);
    }
  });

  it('keeps results queued, unsent, while no 1569 URL is configured', async () => {
    const idle = startResultSender(orm, { adapter: null });
    expect(idle.enabled).toBe(false);
    expect(await idle.sendDue()).toBe(0);
    await idle.stop();
  });
});

describe('result sender', () => {
  it('runs as a loop that sends what becomes due, and stops on request', async () => {
    const complaint = await fileComplaint();
    const loop = startResultSender(orm, {
      adapter: new HotlineAdapter({ url: simulator.resultsUrl, systemId: 'dit-wm', secret: SERVICE_SECRET }),
      pollMs: 20,
      backoff: { baseMs: 20, maxMs: 100 },
    });
    try {
      simulator.control({ failNext: 1 });
      await gql(SEND, { input: { complaintId: complaint.id, outcome: 'OFFENCE_FOUND', summary: 'พบตาชั่งไม่ได้รับการตรวจสอบ' } });
      const deadline = Date.now() + 10_000;
      while ((await results(complaint.id))[0].status === HotlineDeliveryStatus.PENDING && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(await results(complaint.id)).toMatchObject([{ status: 'SENT', attempts: 2 }]);
    } finally {
      const started = Date.now();
      await loop.stop();
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });

  it('sends each message once when several processes run the sender at the same time', async () => {
    const filed = await Promise.all(Array.from({ length: 6 }, () => fileComplaint()));
    for (const c of filed) await gql(SEND, { input: { complaintId: c.id, outcome: 'NO_OFFENCE', summary: 'ไม่พบการกระทำความผิด' } });
    simulator.control({ delayMs: 30 });
    const senders = Array.from({ length: 3 }, () =>
      startResultSender(orm, { adapter: new HotlineAdapter({ url: simulator.resultsUrl, systemId: 'dit-wm', secret: SERVICE_SECRET }), autoStart: false, batchSize: 2 }),
    );
    await Promise.all(senders.map((s) => s.sendDue()));
    for (const c of filed) expect(await results(c.id)).toMatchObject([{ status: 'SENT', attempts: 1 }]);
    expect(simulator.stats.deliveries).toBe(6);
    expect(simulator.stats.duplicates).toBe(0);

    // Complaint.hotlineResults for several complaints at once (one batched query per request)
    const view = await gql(HOTLINE_RESULTS, { reps: filed.map((c) => ({ __typename: 'Complaint', id: c.id })) });
    expect(view.data._entities.map((e: any) => e.hotlineResults.map((r: any) => `${r.kind}:${r.status}`))).toEqual(filed.map(() => ['RESULT:SENT']));
  });
});

describe('mounting the intake', () => {
  const express = createRequire(new URL('../../subgraphs/kit/package.json', import.meta.url))('express');

  async function listen(app: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
    const httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = httpServer.address() as { port: number };
    return { url: `http://127.0.0.1:${port}${HOTLINE_INTAKE_PATH}`, close: () => new Promise((resolve) => httpServer.close(() => resolve())) };
  }

  it('works behind express.raw, and refuses to run behind a JSON parser that threw the raw bytes away', async () => {
    const raw = express();
    raw.use(express.raw({ type: 'application/json' }));
    raw.use(hotlineRoutes(orm, { key: KEY }));
    const parsed = express();
    parsed.use(express.json());
    parsed.use(hotlineRoutes(orm, { key: KEY }));
    const [withRaw, withJson] = [await listen(raw), await listen(parsed)];
    try {
      const body = JSON.stringify(complaintBody());
      const headers = { 'content-type': 'application/json', ...signHeaders('1569', CENTRE_SECRET, body) };
      expect((await fetch(withRaw.url, { method: 'POST', headers, body })).status).toBe(201);
      expect((await fetch(withJson.url, { method: 'POST', headers, body: JSON.stringify(complaintBody()) })).status).toBe(503);
      expect((await fetch(withRaw.url, { method: 'GET' })).status).toBe(405);
    } finally {
      await withRaw.close();
      await withJson.close();
    }
  });

  it('answers 503 until INTEGRATION_KEY is set, and 415 for a body that is not JSON', async () => {
    const saved = process.env.INTEGRATION_KEY;
    delete process.env.INTEGRATION_KEY;
    const app = express();
    app.use(hotlineRoutes(orm));
    const unconfigured = await listen(app);
    try {
      const body = JSON.stringify(complaintBody());
      const answer = await fetch(unconfigured.url, { method: 'POST', headers: { 'content-type': 'application/json', ...signHeaders('1569', CENTRE_SECRET, body) }, body });
      expect(answer.status).toBe(503);
      expect(((await answer.json()) as any).error.message).toMatch(/INTEGRATION_KEY/);
    } finally {
      await unconfigured.close();
      if (saved !== undefined) process.env.INTEGRATION_KEY = saved;
    }
    const text = 'ticketNo=1';
    const wrongType = await fetch(intakeUrl, { method: 'POST', headers: { 'content-type': 'text/plain', ...signHeaders('1569', CENTRE_SECRET, text) }, body: text });
    expect(wrongType.status).toBe(415);
  });
});

describe('1569 simulator process', () => {
  it('posts realistic Thai complaints from its own process, and receives signed results as a server', async () => {
    const before = await orm.em.fork().count(Complaint, { channel: 'HOTLINE_1569' as never });
    const child = spawn(process.execPath, [SIMULATOR_MAIN, 'post', '3'], {
      env: { ...process.env, INTAKE_URL: intakeUrl, SIM_SECRET: CENTRE_SECRET, SIM_SEED: 'process-test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, output).toBe(0);
    const lines = output.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.event === 'complaint-posted').map((l) => l.status)).toEqual([201, 201, 201]);
    expect(await orm.em.fork().count(Complaint, { channel: 'HOTLINE_1569' as never })).toBe(before + 3);
    const filed = await orm.em.fork().findOneOrFail(Complaint, { externalRef: lines[0].ticketNo });
    expect(filed.details).toMatch(/[\u0E00-\u0E7F]/);
    expect(filed.officeCode).toBe(PROVINCE_JURISDICTION[filed.provinceCode].officeCode);

    const server = spawn(process.execPath, [SIMULATOR_MAIN, 'serve', '--port', '0'], {
      env: { ...process.env, HOTLINE_SECRET: SERVICE_SECRET, HOTLINE_SYSTEM_ID: 'dit-wm' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const listening = await new Promise<{ resultsUrl: string }>((resolve, reject) => {
        let buffer = '';
        server.stdout.on('data', (chunk) => {
          buffer += chunk;
          const line = buffer.split('\n').find((l) => l.includes('"listening"'));
          if (line) resolve(JSON.parse(line));
        });
        server.on('exit', (c) => reject(new Error(`simulator exited with ${c}`)));
      });
      const adapter = new HotlineAdapter({ url: listening.resultsUrl, systemId: 'dit-wm', secret: SERVICE_SECRET });
      const message = { messageId: randomUUID(), kind: 'RESULT', ticketNo: lines[0].ticketNo, revision: 1, outcome: 'NO_OFFENCE', summary: 'ไม่พบ' };
      expect(await adapter.deliver(message.messageId, message)).toEqual({ kind: 'sent', status: 200 });
      expect(await adapter.deliver(message.messageId, message)).toEqual({ kind: 'sent', status: 200 }); // a retry is recognised
      const impostor = new HotlineAdapter({ url: listening.resultsUrl, systemId: 'dit-wm', secret: randomBytes(32).toString('base64url') });
      expect(await impostor.deliver(randomUUID(), message)).toMatchObject({ kind: 'permanent', status: 401 });
      const listed = (await (await fetch(listening.resultsUrl)).json()) as any;
      expect(listed.results).toEqual([expect.objectContaining({ messageId: message.messageId, deliveries: 2 })]);
      expect(listed.tickets).toEqual([expect.objectContaining({ ticketNo: lines[0].ticketNo, state: 'RESULT_RECEIVED' })]);
    } finally {
      server.kill('SIGTERM');
    }
  });
});

describe('hotline schema', () => {
  it('has a migration that creates exactly the tables its entities describe', async () => {
    const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(pending.split('\n').filter((line) => /hotline|external_system/.test(line))).toEqual([]);
  });

  it('describes every type, field, argument and enum value it adds', async () => {
    expect(undescribedElements(await buildFederatedSchema({ resolvers: [HotlineResolver] }))).toEqual([]);
  });
});

describe('jurisdiction copy', () => {
  it('matches the offices and provinces identity owns', () => {
    const expected = Object.fromEntries(
      PROVINCES.map((p) => [p.code, { nameTh: p.nameTh, officeCode: OFFICES.find((o) => o.servedProvinceCodes.includes(p.code))!.code }]),
    );
    expect(PROVINCE_JURISDICTION).toEqual(expected);
  });
});

describe('signed body bytes', () => {
  it('verifies the exact bytes: the same JSON with other spacing is refused', async () => {
    const body = complaintBody();
    const signedRaw = JSON.stringify(body);
    const response = await fetch(intakeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signHeaders('1569', CENTRE_SECRET, signedRaw) },
      body: JSON.stringify(body, null, 2),
    });
    expect(response.status).toBe(401);
    expect((await post(body, { rawBody: JSON.stringify(body, null, 2) })).status).toBe(201);
  });
});
