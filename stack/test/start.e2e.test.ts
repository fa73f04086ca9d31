/**
 * `npm start` as a user runs it: the built launcher with no DATABASE_URL (embedded PGlite),
 * queried through the router with the README's own query, and the web page rendered from it.
 * Then stopped and started again on the same data folder: the data is still there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/schema.js';
import { postGraphql } from './testkit.js';

const PORT_BASE = 4600;
const WEB_PORT = 3600;
const DB_PORT = 54_600;
const dataDir = mkdtempSync(path.join(tmpdir(), 'metrograph-e2e-'));
const router = `http://127.0.0.1:${PORT_BASE}/graphql`;
let running: { child: ChildProcess; output: () => string } | null = null;

function readmeQuery(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```graphql\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```graphql block');
  return block[1];
}

async function startStack(): Promise<{ child: ChildProcess; output: () => string }> {
  const launcher = path.join(ROOT, 'stack', 'dist', 'start.js');
  if (!existsSync(launcher)) throw new Error('stack/dist/start.js is missing: `npm test` builds before testing');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT_BASE: String(PORT_BASE),
    WEB_PORT: String(WEB_PORT),
    EMBEDDED_DB_PORT: String(DB_PORT),
    DATA_DIR: dataDir,
    METROGRAPH_QUIET: '1',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [launcher], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`stack not ready in 150 s:\n${output}`)), 150_000);
    const check = () => {
      if (output.includes('press Ctrl+C to stop')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`stack exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
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
  it('brings up the embedded stack and answers the README query through the router', { timeout: 240_000 }, async () => {
    running = await startStack();
    expect(running.output()).toMatch(/embedded PostgreSQL \(PGlite\)/);
    expect(running.output()).toMatch(/demo data \(small\) seeded/);

    const result = await postGraphql(router, readmeQuery());
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data.complaints;
    expect(totalCount).toBeGreaterThan(20);
    expect(edges).toHaveLength(20);
    for (const { node } of edges) {
      expect(node.province).toEqual({ code: '50', nameTh: 'เชียงใหม่' });
      expect(node.referenceNo).toMatch(/^CP-25\d\d-\d{7}$/);
    }
    expect(edges.some((e: any) => e.node.respondent?.instruments.totalCount > 0)).toBe(true);

    const page = await fetch(`http://127.0.0.1:${WEB_PORT}/?province=50`);
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
    const result = await postGraphql(router, `{ complaints(first: 0) { totalCount } operators(first: 0) { totalCount } }`);
    expect(result.data.complaints.totalCount).toBe(3000);
    expect(result.data.operators.totalCount).toBe(1500);
    expect(await stopStack()).toBe(0);
  });
});
