/**
 * Sign-in through the router (002 §4.7.5, §4.8.4): password sessions, lockout after wrong
 * passwords and unlock by an administrator, password expiry and no reuse, audit of it all.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventBus } from '@metrograph/kit';
import type { RunningRouter } from '@metrograph/router';
import { DEMO_PASSWORD, postGraphql, postGraphqlRaw, signIn, startTestGraph, type TestGraph, startSignedRouter } from './testkit.js';

let graph: TestGraph;
/** The router as deployed (the test graph's own router lets everyone in). */
let door: RunningRouter;
let adminToken: string;

beforeAll(async () => {
  graph = await startTestGraph();
  door = await startSignedRouter(graph);
  adminToken = await signIn(door.url, 'admin');
});

afterAll(async () => {
  await door?.stop();
  await graph?.stop();
});

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt passwordExpiresAt viewer { name displayName rights { function level } } userErrors { field code message } } }`;
const as = (token: string) => ({ authorization: `Bearer ${token}` });

async function attempt(username: string, password: string) {
  const result = await postGraphql(door.url, SIGN_IN, { input: { username, password } });
  expect(result.errors).toBeUndefined();
  return result.data.signIn;
}

async function userId(username: string): Promise<string> {
  const result = await postGraphql(door.url, `query($q: String) { users(first: 5, filter: { search: $q }) { edges { node { id username } } } }`, { q: username }, as(adminToken));
  return result.data.users.edges.find((e: any) => e.node.username === username).node.id;
}

describe('password sign-in', () => {
  it('gives a session token carrying the user\'s rights and area', async () => {
    const payload = await attempt('official1.b07', DEMO_PASSWORD);
    expect(payload.userErrors).toEqual([]);
    expect(payload.token).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(Date.parse(payload.expiresAt)).toBeGreaterThan(Date.now());
    expect(Date.parse(payload.passwordExpiresAt)).toBeGreaterThan(Date.now() + 80 * 86_400_000);
    expect(payload.viewer.rights).toContainEqual({ function: 'COMPLAINTS', level: 'CREATE' });
    expect(payload.viewer.rights).toContainEqual({ function: 'USERS', level: 'NO_ACCESS' });

    const viewer = await postGraphql(door.url, `{ viewer { kind name officeCode provinceCodes roles } office(code: "B07") { servedProvinces { code } } }`, undefined, as(payload.token));
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data.viewer).toMatchObject({ kind: 'user', name: 'official1.b07', officeCode: 'B07', roles: ['OFFICIAL'] });
    expect(viewer.data.viewer.provinceCodes).toEqual(viewer.data.office.servedProvinces.map((p: any) => p.code));
  });

  it('gives HQ staff and executives every province', async () => {
    const token = await signIn(door.url, 'executive');
    const viewer = await postGraphql(door.url, `{ viewer { provinceCodes rights { function level } } }`, undefined, as(token));
    expect(viewer.data.viewer.provinceCodes).toBeNull();
    expect(viewer.data.viewer.rights).toContainEqual({ function: 'DASHBOARDS', level: 'VIEW' });
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await attempt('executive', 'not-the-password');
    const unknown = await attempt('nobody.at.all', 'whatever-password');
    for (const payload of [wrong, unknown]) {
      expect(payload.token).toBeNull();
      expect(payload.userErrors).toEqual([{ field: ['input', 'password'], code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' }]);
    }
  });

  it('answers a forged or expired session with 401, not anonymity', async () => {
    const token = await signIn(door.url, 'executive');
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, prov: null, rights: { users: 4 } })).toString('base64url');
    const forged = await postGraphqlRaw(door.url, { query: '{ viewer { kind } }' }, as(`${header}.${forgedPayload}.${token.split('.')[2]}`));
    expect(forged.status).toBe(401);
    expect(forged.body.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(forged.body.errors[0].message).toMatch(/not valid/);
    const garbage = await postGraphqlRaw(door.url, { query: '{ viewer { kind } }' }, { authorization: 'Token abc' });
    expect(garbage.status).toBe(401);
  });
});

describe('lockout after wrong passwords (002 §4.8.4)', () => {
  it('locks the account after five wrong passwords, even for the right one, until an administrator unlocks it', async () => {
    const username = 'official1.b03';
    for (let i = 1; i <= 4; i++) expect((await attempt(username, `wrong-${i}`)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const fifth = await attempt(username, 'wrong-5');
    expect(fifth.userErrors[0].code).toBe('LOCKED');
    expect(fifth.userErrors[0].message).toMatch(/locked .* until \d{4}-\d\d-\d\dT/);

    const rightPassword = await attempt(username, DEMO_PASSWORD);
    expect(rightPassword.token).toBeNull();
    expect(rightPassword.userErrors[0].code).toBe('LOCKED');

    const id = await userId(username);
    const state = await postGraphql(door.url, `query($id: ID!) { user(id: $id) { locked failedAttempts lockedUntil } }`, { id }, as(adminToken));
    expect(state.data.user.locked).toBe(true);
    expect(Date.parse(state.data.user.lockedUntil)).toBeGreaterThan(Date.now() + 14 * 60_000);

    // an office head may view users but not unlock them; the administrator may
    const head = await signIn(door.url, 'head.b03');
    const refused = await postGraphql(door.url, `mutation($id: ID!) { unlockUser(input: { userId: $id }) { user { locked } } }`, { id }, as(head));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', required: 'EDIT', function: 'users' });
    const unlocked = await postGraphql(door.url, `mutation($id: ID!) { unlockUser(input: { userId: $id }) { user { locked failedAttempts } userErrors { code } } }`, { id }, as(adminToken));
    expect(unlocked.errors).toBeUndefined();
    expect(unlocked.data.unlockUser).toEqual({ user: { locked: false, failedAttempts: 0 }, userErrors: [] });

    const again = await attempt(username, DEMO_PASSWORD);
    expect(again.userErrors).toEqual([]);
    expect(again.token).toBeTruthy();

    const auditor = await signIn(door.url, 'auditor');
    const trail = await postGraphql(
      door.url,
      `query($id: String) { auditEvents(first: 20, filter: { subjectId: $id }) { edges { node { kind success actorName detail } } } }`,
      { id },
      as(auditor),
    );
    expect(trail.errors).toBeUndefined();
    const kinds = trail.data.auditEvents.edges.map((e: any) => e.node.kind);
    // newest first: the sign-in, the unlock, the lock, the five failures
    expect(kinds.slice(0, 3)).toEqual(['SIGN_IN', 'UNLOCKED', 'SIGN_IN_FAILED']);
    expect(kinds.filter((k: string) => k === 'SIGN_IN_FAILED')).toHaveLength(6);
    expect(kinds).toContain('LOCKED');
    const unlock = trail.data.auditEvents.edges.find((e: any) => e.node.kind === 'UNLOCKED').node;
    expect(unlock).toMatchObject({ success: true, actorName: 'admin', detail: { wasLocked: true } });

    // each state change announced its UserChanged event from the same transaction, and the relay
    // published them in order (refused attempts change nothing others care about: no event)
    const outbox = await waitForPublished(id, 3);
    expect(outbox.map((e) => [e.type, e.payload.change])).toEqual([
      ['UserChanged', 'LOCKED'],
      ['UserChanged', 'UNLOCKED'],
      ['UserChanged', 'SIGN_IN'],
    ]);
    expect(outbox[1]).toMatchObject({ actor: 'admin', payload: { userId: id, detail: { wasLocked: true } } });
  });
});

/** Waits (up to 5 s) until `check` holds: what the bus delivers arrives a moment later. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The identity outbox rows of one user once the relay has published at least `count` of them. */
async function waitForPublished(aggregateId: string, count: number): Promise<{ type: string; actor: string; payload: any }[]> {
  const db = new pg.Client({ connectionString: graph.databaseUrl });
  await db.connect();
  try {
    for (let tries = 0; ; tries++) {
      const { rows } = await db.query(`select type, actor, payload, published_at from identity.outbox where aggregate_id = $1 order by sequence`, [aggregateId]);
      if (rows.filter((r) => r.published_at).length >= count || tries > 50) return rows;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await db.end();
  }
}

describe('password policy (002 §4.7.5)', () => {
  it('makes a new user change the first password, refuses weak and reused ones', async () => {
    const created = await postGraphql(
      door.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id username mustChangePassword } userErrors { field code } } }`,
      { input: { username: 'somsri.k', displayName: 'นางสมศรี ขยันดี', officeCode: 'B07', roleCodes: ['OFFICIAL'], initialPassword: 'Temporary-2569' } },
      as(adminToken),
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createUser.user).toMatchObject({ username: 'somsri.k', mustChangePassword: true });
    // complaints hears of the new official (UserChanged on the bus) and puts her on B07's roster
    const roster = async () => (await postGraphql(door.url, `{ officers(officeCode: "B07") { name active isHead } }`, {}, as(adminToken))).data.officers as any[];
    await until(async () => (await roster()).some((o) => o.name === 'นางสมศรี ขยันดี'));
    expect((await roster()).find((o) => o.name === 'นางสมศรี ขยันดี')).toEqual({ name: 'นางสมศรี ขยันดี', active: true, isHead: false });

    const first = await attempt('somsri.k', 'Temporary-2569');
    expect(first.token).toBeNull();
    expect(first.userErrors[0].code).toBe('PASSWORD_EXPIRED');

    const change = (newPassword: string, currentPassword = 'Temporary-2569') =>
      postGraphql(door.url, `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token userErrors { field code } } }`, {
        input: { username: 'somsri.k', currentPassword, newPassword },
      }).then((r) => r.data.changePassword);
    expect((await change('short')).userErrors.map((e: any) => e.code)).toContain('TOO_SHORT');
    expect((await change('Temporary-2569')).userErrors).toEqual([{ field: ['input', 'newPassword'], code: 'REUSED' }]);
    const changed = await change('Ratchaburi-2570!');
    expect(changed.userErrors).toEqual([]);
    expect(changed.token).toBeTruthy();
    // and the next change may not go back to any recent one
    expect((await change('Temporary-2569', 'Ratchaburi-2570!')).userErrors[0].code).toBe('REUSED');
    expect((await attempt('somsri.k', 'Ratchaburi-2570!')).token).toBeTruthy();
  });
});

describe('account administration', () => {
  it('disables an account and resets a forgotten password to a temporary one', async () => {
    const id = await userId('official1.b09');
    const disabled = await postGraphql(door.url, `mutation($id: ID!) { setUserActive(input: { userId: $id, active: false }) { user { active } userErrors { code } } }`, { id }, as(adminToken));
    expect(disabled.data.setUserActive).toEqual({ user: { active: false }, userErrors: [] });
    expect((await attempt('official1.b09', DEMO_PASSWORD)).userErrors[0].code).toBe('ACCOUNT_DISABLED');
    // a disabled account takes no more complaint assignments
    const officer = async () => (await postGraphql(door.url, `{ officers(officeCode: "B09") { name active } }`, {}, as(adminToken))).data.officers.filter((o: any) => !o.active).length;
    await until(async () => (await officer()) === 1);
    expect(await officer()).toBe(1);
    await postGraphql(door.url, `mutation($id: ID!) { setUserActive(input: { userId: $id, active: true }) { user { active } } }`, { id }, as(adminToken));

    const reset = await postGraphql(
      door.url,
      `mutation($id: ID!) { resetUserPassword(input: { userId: $id, temporaryPassword: "Temporary-Reset-1" }) { user { mustChangePassword } userErrors { code } } }`,
      { id },
      as(adminToken),
    );
    expect(reset.data.resetUserPassword).toEqual({ user: { mustChangePassword: true }, userErrors: [] });
    expect((await attempt('official1.b09', DEMO_PASSWORD)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await attempt('official1.b09', 'Temporary-Reset-1')).userErrors[0].code).toBe('PASSWORD_EXPIRED');
    // the old demo password is in the history: it cannot come back
    const back = await postGraphql(door.url, `mutation { changePassword(input: { username: "official1.b09", currentPassword: "Temporary-Reset-1", newPassword: "${DEMO_PASSWORD}" }) { userErrors { code } } }`);
    expect(back.data.changePassword.userErrors).toEqual([{ code: 'REUSED' }]);
    const changed = await postGraphql(door.url, `mutation { changePassword(input: { username: "official1.b09", currentPassword: "Temporary-Reset-1", newPassword: "Brand-New-2569" }) { token } }`);
    expect(changed.data.changePassword.token).toBeTruthy();
  });
});

describe('sessions end', () => {
  it('on sign-out, everywhere, and when the user\'s rights change', async () => {
    const fresh = await startSignedRouter(graph, { apiKeyCacheMs: 0 });
    try {
      const viewer = (token: string) => postGraphqlRaw(fresh.url, { query: '{ viewer { name rights { function level } } }' }, as(token));
      const laptop = await signIn(fresh.url, 'official1.b11');
      const phone = await signIn(fresh.url, 'official1.b11');
      expect((await viewer(laptop)).status).toBe(200);
      const out = await postGraphql(fresh.url, `mutation { signOut }`, undefined, as(laptop));
      expect(out.data.signOut).toBe(true);
      for (const token of [laptop, phone]) {
        const ended = await viewer(token);
        expect(ended.status).toBe(401);
        expect(ended.body.errors[0].message).toMatch(/the session has ended/);
      }
      const again = await signIn(fresh.url, 'official1.b11');
      expect((await viewer(again)).status).toBe(200);

      // a changed right ends the session: the next one carries the new level
      const id = await userId('official1.b11');
      await postGraphql(fresh.url, `mutation($id: ID!) { setUserRight(input: { userId: $id, function: PAYMENTS, level: VIEW }) { userErrors { code } } }`, { id }, as(adminToken));
      expect((await viewer(again)).status).toBe(401);
      const renewed = await viewer(await signIn(fresh.url, 'official1.b11'));
      expect(renewed.body.data.viewer.rights).toContainEqual({ function: 'PAYMENTS', level: 'VIEW' });
      // so does a change to a role the user inherits from
      const before = await signIn(fresh.url, 'official1.b11');
      await postGraphql(fresh.url, `mutation { setRoleRight(input: { roleCode: "OFFICIAL", function: DASHBOARDS, level: NO_ACCESS }) { userErrors { code } } }`, undefined, as(adminToken));
      expect((await viewer(before)).status).toBe(401);
      const after = await viewer(await signIn(fresh.url, 'official1.b11'));
      expect(after.body.data.viewer.rights).toContainEqual({ function: 'DASHBOARDS', level: 'NO_ACCESS' });
      await postGraphql(fresh.url, `mutation { setRoleRight(input: { roleCode: "OFFICIAL", function: DASHBOARDS, level: VIEW }) { userErrors { code } } }`, undefined, as(adminToken));
    } finally {
      await fresh.stop();
    }
  });
});

describe('sessions end at once on every router', () => {
  it('refuses a signed-out token straight away, though routers remember identity\'s answers, and closes its live connection', { timeout: 30_000 }, async () => {
    const bus = new PostgresEventBus(graph.databaseUrl, 20);
    // as deployed: identity's answers remembered for 30 s, identity's events heard on the bus
    const router = await startSignedRouter(graph, { bus });
    try {
      const token = await signIn(router.url, 'official1.b13');
      const viewer = () => postGraphqlRaw(router.url, { query: '{ viewer { name } }' }, as(token));
      expect((await viewer()).status).toBe(200); // remembered as valid from now on
      const socket = new WebSocket(router.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const messages: any[] = [];
      const closed = new Promise<number>((resolve) => (socket.onclose = (event) => resolve(event.code)));
      socket.onmessage = (event) => messages.push(JSON.parse(String(event.data)));
      await new Promise((resolve) => (socket.onopen = resolve));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      await until(async () => messages.length > 0);
      expect(messages[0]).toEqual({ type: 'connection_ack' });
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { complaintChanged { eventId } }' } }));

      const signedOutAt = Date.now();
      expect((await postGraphql(router.url, `mutation { signOut }`, undefined, as(token))).data.signOut).toBe(true);
      expect(await closed).toBe(4403);
      await until(async () => (await viewer()).status === 401);
      const refused = await viewer();
      expect(refused.status).toBe(401);
      expect(refused.body.errors[0].message).toMatch(/the session has ended/);
      expect(Date.now() - signedOutAt).toBeLessThan(10_000); // not the 30 s the answer was remembered for
    } finally {
      await router.stop();
      await bus.close();
    }
  });
});

describe('anonymous callers', () => {
  it('see public reference data but nothing else, and may not introspect', async () => {
    const provinces = await postGraphql(door.url, `{ provinces(first: 2) { totalCount } viewer { kind provinceCodes } }`);
    expect(provinces.errors).toBeUndefined();
    expect(provinces.data).toEqual({ provinces: { totalCount: 77 }, viewer: { kind: 'anonymous', provinceCodes: [] } });
    const complaints = await postGraphql(door.url, `{ complaints(first: 1) { totalCount } }`);
    expect(complaints.errors?.[0]).toMatchObject({ message: 'Cannot query field "complaints" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const schema = await postGraphql(door.url, `{ __schema { types { name } } }`);
    expect(schema.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' });
  });
});
