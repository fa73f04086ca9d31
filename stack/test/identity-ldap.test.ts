/**
 * Single sign-on against an LDAP directory (002 §4.7.5, §4.8.1): a throwaway OpenLDAP server
 * (Debian's slapd) on a free port with its own configuration and database, loaded with slapadd;
 * users sign in through the router with their directory password.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningRouter } from '@metrograph/router';
import { postGraphql, signIn, startTestGraph, type TestGraph, startSignedRouter } from './testkit.js';
import { freePort } from '../src/ports.js';

const SLAPD = ['/usr/sbin/slapd', '/usr/local/libexec/slapd'].find((p) => existsSync(p));
const SLAPADD = ['/usr/sbin/slapadd', '/usr/local/sbin/slapadd'].find((p) => existsSync(p));
const SCHEMA_DIR = ['/etc/ldap/schema', '/usr/local/etc/openldap/schema'].find((p) => existsSync(path.join(p, 'core.schema')));
const MODULE_DIR = ['/usr/lib/ldap', '/usr/lib/x86_64-linux-gnu/openldap'].find((p) => existsSync(p));
const available = !!(SLAPD && SLAPADD && SCHEMA_DIR);
if (!available && process.env.REQUIRE_SLAPD === '1') throw new Error('slapd is required (REQUIRE_SLAPD=1): apt-get install -y slapd ldap-utils');

const BASE = 'dc=dit,dc=go,dc=th';
const ADMIN_DN = `cn=admin,${BASE}`;
const ADMIN_PASSWORD = 'directory-admin-secret';
const USER = 'somchai.sso';
const USER_PASSWORD = 'Ldap-Password-2569';

let workDir = '';
let slapd: ChildProcess | null = null;
let ldapUrl = '';
let graph: TestGraph;
/** The router as deployed (the test graph's own router lets everyone in). */
let door: RunningRouter;


async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`slapd did not listen on ${port}`);
}

async function startSlapd(): Promise<void> {
  workDir = mkdtempSync(path.join(tmpdir(), 'metrograph-slapd-'));
  const dbDir = path.join(workDir, 'db');
  spawnSync('mkdir', ['-p', dbDir]);
  const conf = path.join(workDir, 'slapd.conf');
  writeFileSync(
    conf,
    [
      ...['core', 'cosine', 'inetorgperson', 'nis'].map((s) => `include ${SCHEMA_DIR}/${s}.schema`),
      `pidfile ${workDir}/slapd.pid`,
      MODULE_DIR ? `modulepath ${MODULE_DIR}\nmoduleload back_mdb` : '',
      'database mdb',
      `suffix "${BASE}"`,
      `rootdn "${ADMIN_DN}"`,
      `rootpw ${ADMIN_PASSWORD}`,
      `directory ${dbDir}`,
      'maxsize 10485760',
      // passwords are for binding only, never readable
      'access to attrs=userPassword by anonymous auth by self write by * none',
      'access to * by * read',
      '',
    ].join('\n'),
  );
  const ldif = path.join(workDir, 'data.ldif');
  writeFileSync(
    ldif,
    [
      `dn: ${BASE}\nobjectClass: dcObject\nobjectClass: organization\ndc: dit\no: Department of Internal Trade\n`,
      `dn: ou=people,${BASE}\nobjectClass: organizationalUnit\nou: people\n`,
      `dn: uid=${USER},ou=people,${BASE}\nobjectClass: inetOrgPerson\nuid: ${USER}\ncn:: ${Buffer.from('นายสมชาย รักชั่งตวง').toString('base64')}\nsn: SSO\nmail: ${USER}@dit.go.th\nuserPassword: ${USER_PASSWORD}\n`,
      `dn: uid=other.person,ou=people,${BASE}\nobjectClass: inetOrgPerson\nuid: other.person\ncn: Other Person\nsn: Person\nuserPassword: Other-Password-1\n`,
    ].join('\n'),
  );
  const loaded = spawnSync(SLAPADD!, ['-f', conf, '-l', ldif], { encoding: 'utf8' });
  if (loaded.status !== 0) throw new Error(`slapadd failed: ${loaded.stderr}`);
  const port = await freePort();
  ldapUrl = `ldap://127.0.0.1:${port}`;
  let output = '';
  slapd = spawn(SLAPD!, ['-f', conf, '-h', `${ldapUrl}/`, '-d', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  slapd.stdout!.on('data', (c) => (output += c));
  slapd.stderr!.on('data', (c) => (output += c));
  const exited = new Promise<never>((_, reject) => slapd!.once('exit', (code) => reject(new Error(`slapd exited with ${code}: ${output}`))));
  await Promise.race([waitForPort(port), exited]);
}

async function stopSlapd(): Promise<void> {
  if (!slapd || slapd.exitCode !== null) return;
  const exited = new Promise((resolve) => slapd!.once('exit', resolve));
  slapd.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  if (!available) return;
  await startSlapd();
  process.env.LDAP_URL = ldapUrl;
  process.env.LDAP_BASE_DN = `ou=people,${BASE}`;
  process.env.LDAP_BIND_DN = ADMIN_DN;
  process.env.LDAP_BIND_PASSWORD = ADMIN_PASSWORD;
  process.env.LDAP_TIMEOUT_MS = '2000';
  graph = await startTestGraph();
  door = await startSignedRouter(graph);
});

afterAll(async () => {
  await door?.stop();
  await graph?.stop();
  await stopSlapd();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token viewer { name displayName officeCode } userErrors { field code message } } }`;
const attempt = async (username: string, password: string, method?: string) =>
  (await postGraphql(door.url, SIGN_IN, { input: { username, password, method } })).data.signIn;

describe.skipIf(!available)('LDAP single sign-on against slapd', () => {
  it('signs in a directory user registered for LDAP, with the directory\'s name', async () => {
    const admin = await signIn(door.url, 'admin');
    const created = await postGraphql(
      door.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { username signInMethod } userErrors { field code } } }`,
      { input: { username: USER, displayName: 'placeholder', officeCode: 'B07', roleCodes: ['OFFICIAL'], signInMethod: 'LDAP' } },
      { authorization: `Bearer ${admin}` },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createUser).toEqual({ user: { username: USER, signInMethod: 'LDAP' }, userErrors: [] });

    const payload = await attempt(USER, USER_PASSWORD);
    expect(payload.userErrors).toEqual([]);
    expect(payload.viewer).toEqual({ name: USER, displayName: 'นายสมชาย รักชั่งตวง', officeCode: 'B07' });
    const viewer = await postGraphql(door.url, `{ viewer { kind name provinceCodes } }`, undefined, { authorization: `Bearer ${payload.token}` });
    expect(viewer.data.viewer.kind).toBe('user');
    expect(viewer.data.viewer.provinceCodes.length).toBeGreaterThan(0);
    expect((await attempt(USER, USER_PASSWORD, 'LDAP')).token).toBeTruthy();
  });

  it('refuses a wrong directory password, counting it towards lockout, and the password method', async () => {
    const wrong = await attempt(USER, 'not-my-password');
    expect(wrong.token).toBeNull();
    expect(wrong.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const empty = await attempt(USER, '');
    expect(empty.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const method = await attempt(USER, USER_PASSWORD, 'PASSWORD');
    expect(method.userErrors[0]).toMatchObject({ code: 'WRONG_METHOD', field: ['input', 'method'] });
    // a directory entry without a Metrograph account gets nothing
    expect((await attempt('other.person', 'Other-Password-1', 'LDAP')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    // and a password account cannot sign in through the directory
    expect((await attempt('official1.b07', 'whatever', 'LDAP')).userErrors[0].code).toBe('WRONG_METHOD');

    const admin = await signIn(door.url, 'admin');
    const users = await postGraphql(door.url, `{ users(first: 1, filter: { search: "${USER}" }) { edges { node { failedAttempts } } } }`, undefined, { authorization: `Bearer ${admin}` });
    expect(users.data.users.edges[0].node.failedAttempts).toBe(2);
    expect((await attempt(USER, USER_PASSWORD)).token).toBeTruthy();
  });

  it('says single sign-on is unavailable when the directory is down', async () => {
    await stopSlapd();
    const down = await attempt(USER, USER_PASSWORD);
    expect(down.token).toBeNull();
    expect(down.userErrors[0].code).toBe('LDAP_UNAVAILABLE');
  });
});
