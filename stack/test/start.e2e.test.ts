/**
 * `npm start` as a user runs it: the built launcher with no DATABASE_URL (embedded PGlite),
 * queried through the router with the README's own query (signed in: the stack lets no anonymous
 * caller read complaints), and the web page rendered from it for a signed-in user.
 * Then stopped and started again on the same data folder: the data is still there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/schema.js';
import { postGraphql, signIn } from './testkit.js';
import { launchStack, type StackProcess } from './stack-process.js';
import { sessionCookieHeader } from './web-session.js';

const PORT_BASE = 4600;
const WEB_PORT = 3600;
const DB_PORT = 24_600; // below the ephemeral range (32768+), where a client socket could already hold it
const dataDir = mkdtempSync(path.join(tmpdir(), 'metrograph-e2e-'));
const router = `http://127.0.0.1:${PORT_BASE}/graphql`;
let running: StackProcess | null = null;

function readmeQuery(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```graphql\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```graphql block');
  return block[1];
}

function startStack(): Promise<StackProcess> {
  return launchStack({ portBase: PORT_BASE, webPort: WEB_PORT, dbPort: DB_PORT, dataDir });
}

async function stopStack(): Promise<number | null> {
  if (!running) return null;
  const { child } = running;
  running = null;
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

afterAll(async () => {
  await stopStack();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('brings up the embedded stack and answers the README query through the router', { timeout: 330_000 }, async () => {
    running = await startStack();
    expect(running.output()).toMatch(/embedded PostgreSQL \(PGlite\)/);
    expect(running.output()).toMatch(/demo data \(small\) seeded/);

    // without signing in, the router shows nothing but public reference data
    const anonymous = await postGraphql(router, readmeQuery());
    expect(anonymous.data?.complaints).toBeFalsy();
    expect(anonymous.errors?.length).toBeGreaterThan(0);

    const executive = { authorization: `Bearer ${await signIn(router, 'executive')}` };
    const result = await postGraphql(router, readmeQuery(), undefined, executive);
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data.complaints;
    expect(totalCount).toBeGreaterThan(20);
    expect(edges).toHaveLength(20);
    for (const { node } of edges) {
      expect(node.province).toEqual({ code: '50', nameTh: 'เชียงใหม่' });
      expect(node.referenceNo).toMatch(/^CP-25\d\d-\d{7}$/);
    }
    expect(edges.some((e: any) => e.node.respondent?.instruments.totalCount > 0)).toBe(true);

    // the web app sends a visitor without a session to its sign-in page...
    const signedOut = await fetch(`http://127.0.0.1:${WEB_PORT}/?province=50`, { redirect: 'manual' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe(`/signin?next=${encodeURIComponent('/?province=50')}`);
    // ...and renders the page for a signed-in one
    const page = await fetch(`http://127.0.0.1:${WEB_PORT}/?province=50`, { headers: await sessionCookieHeader(router, 'executive') });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toMatch(new RegExp(`data-testid="complaints-total"[^>]*>${totalCount}<`));
    expect(html).toContain('เชียงใหม่');

    const graphiql = await fetch(`http://127.0.0.1:${PORT_BASE}/graphiql`);
    expect(await graphiql.text()).toContain('id="graphiql"');

    expect(await stopStack()).toBe(0);
  });

  it('keeps its data in the data folder across restarts', { timeout: 240_000 }, async () => {
    running = await startStack();
    expect(running.output()).toMatch(/demo data already present/);
    const result = await postGraphql(router, `{ complaints(first: 0) { totalCount } operators(first: 0) { totalCount } }`, undefined, {
      authorization: `Bearer ${await signIn(router, 'executive')}`,
    });
    expect(result.data.complaints.totalCount).toBe(3000);
    expect(result.data.operators.totalCount).toBe(1500);
    expect(await stopStack()).toBe(0);
  });
});
