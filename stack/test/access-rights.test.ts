/**
 * Rights through the router (002 §4.7.2-4.7.3, §4.8.5-4.8.9) and area scope (004 §4.5.1 (12)):
 * what a caller may not see is not in the schema they are served, what they may only view they
 * cannot change, and a branch officer never reads another area, `_entities` included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningRouter } from '@metrograph/router';
import { PostgresEventBus, type Principal } from '@metrograph/kit';
import { createClient } from 'graphql-ws';
import { postGraphql, signIn, startTestGraph, type TestGraph, startSignedRouter } from './testkit.js';

let graph: TestGraph;
/** The router as deployed (the test graph's own router lets everyone in). */
let door: RunningRouter;
let admin: string;

beforeAll(async () => {
  graph = await startTestGraph();
  door = await startSignedRouter(graph);
  admin = await signIn(door.url, 'admin');
});

afterAll(async () => {
  await door?.stop();
  await graph?.stop();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const query = (token: string, q: string, variables?: Record<string, unknown>) => postGraphql(door.url, q, variables, as(token));

async function userId(username: string): Promise<string> {
  const result = await query(admin, `query($q: String) { users(first: 5, filter: { search: $q }) { edges { node { id username } } } }`, { q: username });
  return result.data.users.edges.find((e: any) => e.node.username === username).node.id;
}

async function schemaOf(token: string): Promise<{ queryFields: string[]; mutationFields: string[]; types: string[] }> {
  const result = await query(token, `{ __schema { types { name } queryType { fields { name } } mutationType { fields { name } } } }`);
  expect(result.errors).toBeUndefined();
  return {
    types: result.data.__schema.types.map((t: any) => t.name),
    queryFields: result.data.__schema.queryType.fields.map((f: any) => f.name),
    mutationFields: result.data.__schema.mutationType?.fields.map((f: any) => f.name) ?? [],
  };
}

const setUserRight = (userId: string, fn: string, level: string | null) =>
  query(admin, `mutation($input: SetUserRightInput!) { setUserRight(input: $input) { user { rights { function level } individualRights { function level } } userErrors { code } } }`, {
    input: { userId, function: fn, level },
  });

describe('No Access: the function is not in the schema the caller is served (002 §4.8.5)', () => {
  it('hides users and audit from an analyst, and shows them once granted individually', async () => {
    const analyst = await signIn(door.url, 'analyst');
    const before = await schemaOf(analyst);
    expect(before.queryFields).toEqual(expect.arrayContaining(['complaints', 'operators', 'provinces', 'viewer']));
    for (const hidden of ['users', 'user', 'roles', 'auditEvents', 'apiClients', 'apiUsage']) expect(before.queryFields).not.toContain(hidden);
    for (const hidden of ['User', 'Role', 'AuditEvent', 'ApiClient', 'UserFilter']) expect(before.types).not.toContain(hidden);
    expect(before.mutationFields).not.toContain('unlockUser');
    expect(before.mutationFields).toContain('signIn');
    // the Viewer type stays, without its link to the User record
    const viewerType = await query(analyst, `{ __type(name: "Viewer") { fields { name } } }`);
    expect(viewerType.data.__type.fields.map((f: any) => f.name)).not.toContain('user');

    const refused = await query(analyst, `{ users(first: 1) { totalCount } }`);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]).toMatchObject({ message: 'Cannot query field "users" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const nested = await query(analyst, `{ viewer { user { username } } }`);
    expect(nested.errors?.[0].message).toBe('Cannot query field "user" on type "Viewer".');

    // an individual grant raises one function for one user...
    const id = await userId('analyst');
    const granted = await setUserRight(id, 'USERS', 'VIEW');
    expect(granted.errors).toBeUndefined();
    expect(granted.data.setUserRight.user.individualRights).toEqual([{ function: 'USERS', level: 'VIEW' }]);
    const analystAgain = await signIn(door.url, 'analyst');
    expect((await schemaOf(analystAgain)).queryFields).toContain('users');
    const users = await query(analystAgain, `{ users(first: 1) { totalCount } }`);
    expect(users.errors).toBeUndefined();
    expect(users.data.users.totalCount).toBeGreaterThan(30);

    // ...and lowers another below what the role gives
    await setUserRight(id, 'COMPLAINTS', 'NO_ACCESS');
    const lowered = await signIn(door.url, 'analyst');
    const after = await schemaOf(lowered);
    expect(after.queryFields).not.toContain('complaints');
    expect(after.types).not.toContain('Complaint');
    // Operator.complaints is contributed by the complaints subgraph: gone too
    const operatorType = await query(lowered, `{ __type(name: "Operator") { fields { name } } }`);
    const operatorFields = operatorType.data.__type.fields.map((f: any) => f.name);
    expect(operatorFields).toContain('instruments');
    expect(operatorFields).not.toContain('complaints');
    const viaOperator = await query(lowered, `{ operators(first: 1) { edges { node { complaints(first: 1) { totalCount } } } } }`);
    expect(viaOperator.errors?.[0].message).toBe('Cannot query field "complaints" on type "Operator".');

    const audit = await query(admin, `query($id: String) { auditEvents(first: 5, filter: { subjectId: $id, kinds: ["RIGHTS_CHANGED"] }) { edges { node { actorName detail } } } }`, { id });
    expect(audit.data.auditEvents.edges.map((e: any) => e.node.detail)).toEqual([
      { function: 'complaints', before: null, after: 'NO_ACCESS' },
      { function: 'users', before: null, after: 'VIEW' },
    ]);
  });
});

describe('View: sees, changes nothing (002 §4.8.6)', () => {
  it('refuses a mutation of a View-only user at the router, and at the subgraph too', async () => {
    const auditor = await signIn(door.url, 'auditor');
    const id = await userId('official1.b03');
    // the auditor sees users...
    const seen = await query(auditor, `query($id: ID!) { user(id: $id) { username locked } }`, { id });
    expect(seen.data.user).toEqual({ username: 'official1.b03', locked: false });
    // ...but may not unlock, change roles or create
    for (const [mutation, required, fn] of [
      [`mutation($id: ID!) { unlockUser(input: { userId: $id }) { user { id } } }`, 'EDIT', 'users'],
      [`mutation($id: ID!) { setUserRoles(input: { userId: $id, roleCodes: ["ADMIN"] }) { user { id } } }`, 'EDIT', 'rights'],
    ] as const) {
      const refused = await query(auditor, mutation, { id });
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', required, function: fn, granted: 'VIEW' });
    }
    const viewOnly: Principal = { kind: 'user', id: null, name: 'auditor', officeCode: 'HQ', roles: ['AUDITOR'], provinceCodes: null, rights: { users: 1, rights: 1 } };
    const direct = await graph.subgraphQuery('identity', `mutation($id: ID!) { setUserRoles(input: { userId: $id, roleCodes: ["ADMIN"] }) { user { id } } }`, { id }, viewOnly);
    expect(direct.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const roles = await query(admin, `query($id: ID!) { user(id: $id) { roles { code } } }`, { id });
    expect(roles.data.user.roles).toEqual([{ code: 'OFFICIAL' }]);
  });
});

describe('roles inherit rights through any number of levels (002 §4.7.3)', () => {
  it('gives a grandchild role what its ancestors give, the highest level winning', async () => {
    const create = (code: string, parentCode?: string) =>
      query(admin, `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { code parent { code } } userErrors { code } } }`, {
        input: { code, nameTh: code, nameEn: code, description: `test role ${code}`, parentCode },
      });
    expect((await create('SENIOR_OFFICIAL', 'OFFICIAL')).data.createRole.role).toEqual({ code: 'SENIOR_OFFICIAL', parent: { code: 'OFFICIAL' } });
    expect((await create('CHIEF_OFFICIAL', 'SENIOR_OFFICIAL')).data.createRole.userErrors).toEqual([]);
    expect((await create('bad code')).data.createRole.userErrors).toEqual([{ code: 'INVALID_FORMAT' }]);
    const set = await query(admin, `mutation { setRoleRight(input: { roleCode: "SENIOR_OFFICIAL", function: USERS, level: EDIT }) { role { rights { function level } } } }`);
    expect(set.data.setRoleRight.role.rights).toContainEqual({ function: 'USERS', level: 'EDIT' });
    const roles = await query(admin, `{ roles { code effectiveRights { function level } } }`);
    const chief = roles.data.roles.find((r: any) => r.code === 'CHIEF_OFFICIAL');
    expect(chief.effectiveRights).toContainEqual({ function: 'COMPLAINTS', level: 'CREATE' });
    expect(chief.effectiveRights).toContainEqual({ function: 'USERS', level: 'EDIT' });
    expect(chief.effectiveRights).toContainEqual({ function: 'AUDIT', level: 'NO_ACCESS' });

    const id = await userId('official1.b05');
    const assigned = await query(admin, `mutation($id: ID!) { setUserRoles(input: { userId: $id, roleCodes: ["CHIEF_OFFICIAL"] }) { user { rights { function level } } } }`, { id });
    expect(assigned.data.setUserRoles.user.rights).toContainEqual({ function: 'USERS', level: 'EDIT' });
    const token = await signIn(door.url, 'official1.b05');
    const viewer = await query(token, `{ viewer { roles } }`);
    expect(viewer.data.viewer.roles).toEqual(['CHIEF_OFFICIAL', 'OFFICIAL', 'SENIOR_OFFICIAL']);
  });
});

describe('area scope (004 §4.5.1 (12))', () => {
  it('lets a branch office head see the users of their area only, by every path', async () => {
    const head = await signIn(door.url, 'head.b07');
    const viewer = await query(head, `{ viewer { provinceCodes } }`);
    const provinces: string[] = viewer.data.viewer.provinceCodes;
    expect(provinces.length).toBeGreaterThan(0);
    const listed = await query(head, `{ users(first: 100) { totalCount edges { node { id username office { code province { code } } } } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.users.totalCount).toBeGreaterThan(0);
    for (const { node } of listed.data.users.edges) expect(provinces).toContain(node.office.province.code);
    expect(listed.data.users.edges.map((e: any) => e.node.username)).toContain('official1.b07');

    const adminId = await userId('admin');
    const other = await query(head, `query($id: ID!) { user(id: $id) { username } }`, { id: adminId });
    expect(other.errors).toBeUndefined();
    expect(other.data.user).toBeNull();
    const searched = await query(head, `{ users(first: 5, filter: { officeCode: "HQ" }) { totalCount } }`);
    expect(searched.data.users.totalCount).toBe(0);

    // _entities is not part of the served graph...
    const entities = await query(head, `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { username } } }`, { r: [{ __typename: 'User', id: adminId }] });
    expect(entities.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // ...and even signed by the router with the head's principal, identity answers null for another area
    const principal: Principal = { kind: 'user', id: null, name: 'head.b07', officeCode: 'B07', roles: ['OFFICE_HEAD', 'OFFICIAL'], provinceCodes: provinces, rights: { users: 1 } };
    const direct = await graph.subgraphQuery('identity', `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { username } } }`, { r: [{ __typename: 'User', id: adminId }] }, principal);
    expect(direct.errors).toBeUndefined();
    expect(direct.data._entities).toEqual([null]);
    const own = await graph.subgraphQuery('identity', `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { username } } }`, { r: [{ __typename: 'User', id: listed.data.users.edges[0].node.id }] }, principal);
    expect(own.data._entities[0].username).toBe(listed.data.users.edges[0].node.username);
  });
});

describe('area scope of complaints through the router (004 §4.5.1 (12))', () => {
  it('shows a branch official the complaints of their provinces only, by list, id, reference, operator and _entities', async () => {
    const official = await signIn(door.url, 'official1.b07');
    const executive = await signIn(door.url, 'executive');
    const provinces: string[] = (await query(official, `{ viewer { provinceCodes } }`)).data.viewer.provinceCodes;

    const mine = await query(official, `{ complaints(first: 100) { totalCount edges { node { id province { code } } } } }`);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.complaints.totalCount).toBeGreaterThan(0);
    for (const { node } of mine.data.complaints.edges) expect(provinces).toContain(node.province.code);
    const all = await query(executive, `{ complaints(first: 0) { totalCount } }`);
    expect(all.data.complaints.totalCount).toBeGreaterThan(mine.data.complaints.totalCount);

    const outside = (await query(executive, `{ complaints(first: 100) { edges { node { id referenceNo province { code } respondent { id } } } } }`)).data.complaints.edges
      .map((e: any) => e.node)
      .find((c: any) => !provinces.includes(c.province.code) && c.respondent);
    const byId = await query(official, `query($id: ID!, $r: String!) { complaint(id: $id) { id } complaintByReference(referenceNo: $r) { id } }`, { id: outside.id, r: outside.referenceNo });
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ complaint: null, complaintByReference: null });
    const asked = await query(official, `query($p: [ID!]) { complaints(first: 5, filter: { provinceCodes: $p }) { totalCount } }`, { p: [outside.province.code] });
    expect(asked.data.complaints.totalCount).toBe(0);

    // through the respondent operator (registry) back into complaints
    const viaOperator = await query(official, `query($id: ID!) { operator(id: $id) { complaints(first: 100) { edges { node { province { code } } } } } }`, { id: outside.respondent.id });
    expect(viaOperator.errors).toBeUndefined();
    for (const { node } of viaOperator.data.operator?.complaints?.edges ?? []) expect(provinces).toContain(node.province.code);

    // _entities is not served by the router, and the complaints subgraph answers null for another area
    const entities = await query(official, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id } } }`, { r: [{ __typename: 'Complaint', id: outside.id }] });
    expect(entities.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const principal: Principal = { kind: 'user', id: null, name: 'official1.b07', officeCode: 'B07', roles: ['OFFICIAL'], provinceCodes: provinces, rights: { complaints: 3, reference: 1 } };
    const direct = await graph.subgraphQuery('complaints', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Complaint { id } } }`, { r: [{ __typename: 'Complaint', id: outside.id }] }, principal);
    expect(direct.data?._entities ?? [null]).toEqual([null]);

    // registry: operators and instruments of another area are not served either, by list, id or number
    const operators = await query(official, `{ operators(first: 100) { totalCount edges { node { province { code } } } } instruments(first: 100) { edges { node { instrumentNo province { code } } } } }`);
    expect(operators.errors).toBeUndefined();
    for (const { node } of operators.data.operators.edges) expect(provinces).toContain(node.province.code);
    for (const { node } of operators.data.instruments.edges) expect(provinces).toContain(node.province.code);
    const allOperators = await query(executive, `{ operators(first: 0) { totalCount } instruments(first: 100) { edges { node { instrumentNo province { code } } } } }`);
    expect(allOperators.data.operators.totalCount).toBeGreaterThan(operators.data.operators.totalCount);
    const foreignInstrument = allOperators.data.instruments.edges.map((e: any) => e.node).find((n: any) => !provinces.includes(n.province.code));
    const lookups = await query(official, `query($id: ID!, $no: String!) { operator(id: $id) { id } instrumentByNumber(instrumentNo: $no) { id } }`, { id: outside.respondent.id, no: foreignInstrument.instrumentNo });
    expect(lookups.errors).toBeUndefined();
    expect(lookups.data).toEqual({ operator: null, instrumentByNumber: null });
    const registryEntities = await graph.subgraphQuery('registry', `query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { id nameTh } } }`, { r: [{ __typename: 'Operator', id: outside.respondent.id }] }, principal);
    expect(registryEntities.data?._entities ?? [null]).toEqual([null]);
  });
});

describe('subscriptions pass the same door', () => {
  it('refuses a subscription to a function the caller cannot see, and serves it to one who can', async () => {
    const bus = new PostgresEventBus(graph.databaseUrl, 20);
    const live = await startSignedRouter(graph, { bus });
    const clients: ReturnType<typeof createClient>[] = [];
    const outcome = (connectionParams: Record<string, unknown>) =>
      new Promise<{ errors?: unknown; started?: true }>((resolve) => {
        const client = createClient({ url: live.url.replace(/^http/, 'ws'), connectionParams, lazy: false, retryAttempts: 0 });
        clients.push(client);
        client.subscribe({ query: `subscription { complaintChanged { eventId complaint { referenceNo } } }` }, {
          next: () => undefined,
          error: (errors) => resolve({ errors }),
          complete: () => undefined,
        });
        // no refusal within a second: the subscription runs
        setTimeout(() => resolve({ started: true }), 1000);
      });
    try {
      const anonymous = await outcome({});
      // anonymous callers see no subscription at all
      expect(JSON.stringify(anonymous.errors)).toMatch(/not configured for subscription operations/);
      // an analyst whose complaints right was taken away still sees the case subscriptions, not this one
      const analystId = (await query(admin, `{ users(first: 1, filter: { search: "analyst" }) { edges { node { id } } } }`)).data.users.edges[0].node.id;
      await query(admin, `mutation($id: ID!) { setUserRight(input: { userId: $id, function: COMPLAINTS, level: NO_ACCESS }) { userErrors { code } } }`, { id: analystId });
      await query(admin, `mutation($id: ID!) { setUserRight(input: { userId: $id, function: CASES, level: VIEW }) { userErrors { code } } }`, { id: analystId });
      const analyst = await signIn(door.url, 'analyst');
      const refused = await outcome({ authorization: `Bearer ${analyst}` });
      expect(JSON.stringify(refused.errors)).toMatch(/Cannot query field .{0,4}complaintChanged.{0,4} on type .{0,4}Subscription/);
      const official = await signIn(door.url, 'official1.b07');
      expect(await outcome({ authorization: `Bearer ${official}` })).toEqual({ started: true });
    } finally {
      for (const client of clients) await client.dispose();
      await live.stop();
      await bus.close();
    }
  });
});
