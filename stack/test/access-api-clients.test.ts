/**
 * API clients of integrating agencies (004 §4.5.11 (1)-(5)): credentials issued, renewed and
 * revoked by administrators, scoped by service group, quotas per client answered with the
 * standard error, usage statistics and security events recorded and exportable.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisQuotaStore, type RunningRouter } from '@metrograph/router';
import { postGraphql, postGraphqlRaw, signIn, startSignedRouter, startTestGraph, type TestGraph } from './testkit.js';

let graph: TestGraph;
/** The router as deployed (the test graph's own router lets everyone in). */
let door: RunningRouter;
let admin: string;
const routers: RunningRouter[] = [];
const stores: RedisQuotaStore[] = [];

beforeAll(async () => {
  graph = await startTestGraph();
  door = await startSignedRouter(graph);
  admin = await signIn(door.url, 'admin');
});

afterAll(async () => {
  await door?.stop();
  for (const router of routers) await router.stop();
  for (const store of stores) await store.close();
  await graph?.stop();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });

const ISSUE = `mutation($input: IssueApiClientInput!) {
  issueApiClient(input: $input) {
    apiKey clientSecret
    apiClient { id clientId name agency status callsPerHour maxRowsPerRequest scopes { function level } }
    userErrors { field code }
  }
}`;

async function issue(input: Record<string, unknown>) {
  const result = await postGraphql(door.url, ISSUE, { input: { name: 'ระบบรับเรื่องร้องเรียน 1569', agency: 'ศูนย์บริการประชาชน 1111', scopes: [{ function: 'REGISTRY' }, { function: 'REFERENCE' }], ...input } }, as(admin));
  expect(result.errors).toBeUndefined();
  expect(result.data.issueApiClient.userErrors).toEqual([]);
  return result.data.issueApiClient;
}

describe('API credentials', () => {
  it('lets an administrator issue a key that reaches its service groups only', async () => {
    const client = await issue({ callsPerHour: 100, maxRowsPerRequest: 20 });
    expect(client.apiKey).toBe(`${client.apiClient.clientId}.${client.clientSecret}`);
    expect(client.apiClient.scopes).toEqual([{ function: 'REGISTRY', level: 'VIEW' }, { function: 'REFERENCE', level: 'VIEW' }]);

    const operators = await postGraphql(door.url, `{ operators(first: 3) { totalCount edges { node { nameTh province { nameTh } } } } viewer { kind name } }`, undefined, { 'x-api-key': client.apiKey });
    expect(operators.errors).toBeUndefined();
    expect(operators.data.operators.edges).toHaveLength(3);
    expect(operators.data.viewer).toEqual({ kind: 'api-client', name: 'ระบบรับเรื่องร้องเรียน 1569' });
    // client id and secret as HTTP Basic work the same
    const basic = Buffer.from(`${client.apiClient.clientId}:${client.clientSecret}`).toString('base64');
    expect((await postGraphql(door.url, `{ operators(first: 1) { totalCount } }`, undefined, { authorization: `Basic ${basic}` })).errors).toBeUndefined();
    // outside its scope: not in its graph
    const complaints = await postGraphql(door.url, `{ complaints(first: 1) { totalCount } }`, undefined, { 'x-api-key': client.apiKey });
    expect(complaints.errors?.[0].message).toBe('Cannot query field "complaints" on type "Query".');
    const mutation = await postGraphql(door.url, `mutation { issueApiClient(input: { name: "x", agency: "y", scopes: [] }) { apiKey } }`, undefined, { 'x-api-key': client.apiKey });
    expect(mutation.errors?.[0]).toMatchObject({ message: 'Cannot query field "issueApiClient" on type "Mutation".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    // rows per request
    const tooMany = await postGraphqlRaw(door.url, { query: `{ operators(first: 50) { totalCount } }` }, { 'x-api-key': client.apiKey });
    expect(tooMany.status).toBe(429);
    expect(tooMany.body.errors[0].extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', quota: 'rowsPerRequest', limit: 20 });

    const wrong = await postGraphqlRaw(door.url, { query: `{ operators(first: 1) { totalCount } }` }, { 'x-api-key': `${client.apiClient.clientId}.not-the-secret` });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers calls past the hourly quota with QUOTA_EXCEEDED and HTTP 429', async () => {
    const client = await issue({ name: 'ระบบธนาคาร', agency: 'ธนาคารกรุงไทย', callsPerHour: 3 });
    const call = () => postGraphqlRaw(door.url, { query: `{ operators(first: 1) { totalCount } }` }, { 'x-api-key': client.apiKey });
    for (let i = 0; i < 3; i++) expect((await call()).status).toBe(200);
    const fourth = await call();
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(fourth.body.data).toBeUndefined();
    expect(fourth.body.errors[0]).toMatchObject({ extensions: { code: 'QUOTA_EXCEEDED', quota: 'callsPerHour', limit: 3 } });
    expect(fourth.body.errors[0].message).toMatch(/^Quota exceeded: 3 calls per hour for this client; try again in \d+ s\.$/);
    // raising the quota takes effect when the router next checks the key (cached briefly)
    const raised = await postGraphql(door.url, `mutation($id: ID!) { updateApiClient(input: { id: $id, callsPerHour: 1000 }) { apiClient { callsPerHour } } }`, { id: client.apiClient.id }, as(admin));
    expect(raised.data.updateApiClient.apiClient.callsPerHour).toBe(1000);
  });

  it('shares quotas between routers through Redis', async () => {
    const client = await issue({ name: 'NSW', agency: 'กรมศุลกากร', callsPerHour: 4 });
    const prefix = `metrograph:test:${randomUUID()}`;
    const one = new RedisQuotaStore(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
    const two = new RedisQuotaStore(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
    stores.push(one, two);
    const a = await startSignedRouter(graph, { quotas: one });
    const b = await startSignedRouter(graph, { quotas: two });
    routers.push(a, b);
    const statuses: number[] = [];
    for (const router of [a, b, a, b, a]) statuses.push((await postGraphqlRaw(router.url, { query: `{ regions { code } }` }, { 'x-api-key': client.apiKey })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it('renews and revokes credentials', async () => {
    const router = await startSignedRouter(graph, { apiKeyCacheMs: 0 });
    routers.push(router);
    const client = await issue({ name: 'Open data catalogue', agency: 'สพร.' });
    const call = (key: string) => postGraphqlRaw(router.url, { query: `{ regions { code } }` }, { 'x-api-key': key });
    expect((await call(client.apiKey)).status).toBe(200);
    const renewed = await postGraphql(router.url, `mutation($id: ID!) { renewApiClientSecret(input: { id: $id, validDays: 30 }) { apiKey apiClient { expiresAt } userErrors { code } } }`, { id: client.apiClient.id }, as(admin));
    expect(renewed.data.renewApiClientSecret.userErrors).toEqual([]);
    expect(Date.parse(renewed.data.renewApiClientSecret.apiClient.expiresAt)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const newKey = renewed.data.renewApiClientSecret.apiKey;
    expect((await call(client.apiKey)).status).toBe(401);
    expect((await call(newKey)).status).toBe(200);
    // an office head may not revoke; the administrator may
    const head = await signIn(router.url, 'head.b07');
    const refused = await postGraphql(router.url, `mutation($id: ID!) { revokeApiClient(input: { id: $id }) { apiClient { status } } }`, { id: client.apiClient.id }, as(head));
    expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const revoked = await postGraphql(router.url, `mutation($id: ID!) { revokeApiClient(input: { id: $id }) { apiClient { status revokedAt } } }`, { id: client.apiClient.id }, as(admin));
    expect(revoked.data.revokeApiClient.apiClient.status).toBe('REVOKED');
    const after = await call(newKey);
    expect(after.status).toBe(401);
    expect(after.body.errors[0].message).toMatch(/unknown, revoked or expired/);

    const auditor = await signIn(router.url, 'auditor');
    const trail = await postGraphql(router.url, `query($id: String) { auditEvents(first: 20, filter: { subjectId: $id }) { edges { node { kind success detail } } } }`, { id: client.apiClient.id }, as(auditor));
    const kinds = trail.data.auditEvents.edges.map((e: any) => `${e.node.kind}:${e.node.success}`);
    expect(kinds).toEqual(expect.arrayContaining(['API_CLIENT_ISSUED:true', 'API_KEY_USED:true', 'API_CLIENT_RENEWED:true', 'API_KEY_REJECTED:false', 'API_CLIENT_REVOKED:true']));
    const rejections = trail.data.auditEvents.edges.filter((e: any) => e.node.kind === 'API_KEY_REJECTED').map((e: any) => e.node.detail.reason);
    expect(rejections).toEqual(expect.arrayContaining(['WRONG_SECRET', 'REVOKED']));
  });
});

describe('API clients limited to an area', () => {
  it('shows an outsourced inspection unit the complaints of its office\'s provinces only', async () => {
    const client = await issue({ name: 'หน่วยตรวจสอบเอกชน ภาคเหนือ', agency: 'บริษัท ตรวจสอบ จำกัด', officeCode: 'B07', scopes: [{ function: 'COMPLAINTS' }, { function: 'REFERENCE' }] });
    const key = { 'x-api-key': client.apiKey };
    const office = await postGraphql(door.url, `{ office(code: "B07") { servedProvinces { code } } }`);
    const provinces = office.data.office.servedProvinces.map((p: any) => p.code);
    const seen = await postGraphql(door.url, `{ viewer { provinceCodes } complaints(first: 100) { totalCount edges { node { province { code } } } } }`, undefined, key);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.viewer.provinceCodes).toEqual(provinces);
    expect(seen.data.complaints.totalCount).toBeGreaterThan(0);
    for (const { node } of seen.data.complaints.edges) expect(provinces).toContain(node.province.code);
    // read-only: its scope gives VIEW, so changing a complaint is refused at the door
    const change = await postGraphql(door.url, `mutation { closeComplaint(input: { complaintId: "00000000-0000-4000-8000-000000000000", reason: "x" }) { userErrors { code } } }`, undefined, key);
    expect(change.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', function: 'complaints', required: 'EDIT', granted: 'VIEW' });
  });
});

describe('usage statistics (004 §4.5.11 (5))', () => {
  it('counts calls, errors and refusals per client and service, and exports them as CSV', async () => {
    const router = await startSignedRouter(graph, { usageFlushMs: 60_000 });
    routers.push(router);
    const client = await issue({ name: 'หน่วยตรวจสอบภายนอก', agency: 'บริษัท ตรวจวัด จำกัด', callsPerHour: 5 });
    const key = { 'x-api-key': client.apiKey };
    for (let i = 0; i < 3; i++) await postGraphql(router.url, `{ operators(first: 1) { totalCount } }`, undefined, key);
    await postGraphql(router.url, `{ operator(id: "42") { id } }`, undefined, key);
    await postGraphql(router.url, `{ regions { code } }`, undefined, key);
    await postGraphql(router.url, `{ regions { code } }`, undefined, key);
    await router.flushUsage();

    const from = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const stats = await postGraphql(
      door.url,
      `query($f: ApiUsageFilter!) { apiUsage(filter: $f) { periodStart service calls errors rejected apiClient { clientId agency } } }`,
      { f: { from, to, apiClientId: client.apiClient.id, period: 'HOUR' } },
      as(admin),
    );
    expect(stats.errors).toBeUndefined();
    const byService = Object.fromEntries(stats.data.apiUsage.map((s: any) => [s.service, { calls: s.calls, errors: s.errors, rejected: s.rejected }]));
    expect(byService).toEqual({ registry: { calls: 4, errors: 1, rejected: 0 }, reference: { calls: 1, errors: 0, rejected: 1 } });
    expect(stats.data.apiUsage[0].apiClient).toEqual({ clientId: client.apiClient.clientId, agency: 'บริษัท ตรวจวัด จำกัด' });

    const exported = await postGraphql(
      door.url,
      `mutation($f: ApiUsageFilter!) { exportApiUsage(input: { filter: $f, format: CSV }) { fileName contentType content rowCount userErrors { code } } }`,
      { f: { from, to, agency: 'บริษัท ตรวจวัด จำกัด', period: 'DAY' } },
      as(admin),
    );
    const file = exported.data.exportApiUsage;
    expect(file).toMatchObject({ contentType: 'text/csv; charset=utf-8', rowCount: 2, userErrors: [] });
    expect(file.fileName).toMatch(/^api-usage-\d{4}-\d\d-\d\d\.csv$/);
    const lines = file.content.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('period_start,agency,system,client_id,service,calls,errors,rejected');
    expect(lines.slice(1).map((l: string) => l.split(',').slice(1).join(',')).sort()).toEqual([
      `บริษัท ตรวจวัด จำกัด,หน่วยตรวจสอบภายนอก,${client.apiClient.clientId},reference,1,0,1`,
      `บริษัท ตรวจวัด จำกัด,หน่วยตรวจสอบภายนอก,${client.apiClient.clientId},registry,4,1,0`,
    ]);

    const events = await postGraphql(door.url, `query($id: String) { auditEvents(first: 10, filter: { subjectId: $id, kinds: ["QUOTA_EXCEEDED"] }) { totalCount edges { node { actorName detail } } } }`, { id: client.apiClient.id }, as(admin));
    expect(events.data.auditEvents.edges[0].node).toEqual({ actorName: 'หน่วยตรวจสอบภายนอก', detail: { quota: 'callsPerHour', limit: 5 } });
    const exportsAudited = await postGraphql(door.url, `{ auditEvents(first: 5, filter: { kinds: ["EXPORT"] }) { edges { node { actorName detail } } } }`, undefined, as(admin));
    expect(exportsAudited.data.auditEvents.edges[0].node).toMatchObject({ actorName: 'admin', detail: { format: 'CSV', rows: 2 } });
  });
});
