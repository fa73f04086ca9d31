/**
 * Signed-in browser sessions for the web app's tests, and the harness they share: the stack as
 * the README starts it, Debian's headless Chromium, pages that fail on any console error.
 *
 * The web app keeps the session token of identity's `signIn` in the httpOnly cookie
 * `metrograph_session` (see web/src/lib/services/session.ts); a test that does not exercise the
 * sign-in page itself signs in over HTTP through the router and hands the cookie to its context:
 *
 *   const web = await startWebStack({ portBase: 4850, webPort: 3850, dbPort: 54_850, name: 'web-dash' });
 *   await web.inBrowser({ as: 'executive' }, async ({ page }) => { await visit(page, `${web.url}/dashboard`); ... });
 *   await web.stop();
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../src/schema.js';
import { launchStack, type StackProcess } from './stack-process.js';
import { DEMO_PASSWORD, signIn } from './testkit.js';

/** The name of the web app's session cookie (a contract between the web app and its tests). */
export const SESSION_COOKIE = 'metrograph_session';

/** Where screenshots of the browser tests go (gitignored), for a person to look at. */
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** The cookie as Playwright's `BrowserContext.addCookies` takes it. */
export interface SessionCookie {
  name: string;
  value: string;
  url: string;
  httpOnly: boolean;
  sameSite: 'Lax';
  secure: boolean;
}

/**
 * Signs `username` (a seeded user; every one has the demo password) in through the router's
 * `signIn` and returns the session cookie for the web app at `webOrigin` (e.g. http://localhost:3700).
 */
export async function signInCookie(routerUrl: string, webOrigin: string, username: string, password: string = DEMO_PASSWORD): Promise<SessionCookie> {
  const token = await signIn(routerUrl, username, password);
  const origin = new URL(webOrigin).origin;
  return { name: SESSION_COOKIE, value: token, url: origin, httpOnly: true, sameSite: 'Lax', secure: origin.startsWith('https:') };
}

/** A `Cookie` header with the session, for plain HTTP requests to the web app (server rendering). */
export async function sessionCookieHeader(routerUrl: string, username: string, password: string = DEMO_PASSWORD): Promise<{ cookie: string }> {
  return { cookie: `${SESSION_COOKIE}=${await signIn(routerUrl, username, password)}` };
}

/** Opens a URL and waits until the app is hydrated (a form filled before that would be reset). */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor();
}

/** A full-page screenshot in test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** A seeded user to sign in over HTTP first (the cookie the sign-in page would set). */
  as?: string;
}

/** A page of its own context, and what went wrong on it (console errors, uncaught exceptions). */
export interface BrowserPage {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

export interface WebStack {
  /** The web app, e.g. http://localhost:3700 (`localhost`: the router's CORS allows that origin). */
  url: string;
  /** The router's /graphql. */
  router: string;
  portBase: number;
  /** The stack's data folder (its secrets are there). */
  dataDir: string;
  /** Everything the stack printed so far. */
  output(): string;
  /** A fresh page in Thai, Bangkok time, downloads allowed. */
  open(options?: PageOptions): Promise<BrowserPage>;
  /**
   * Runs `body` on a fresh page: any console error fails it; on failure a screenshot and what the
   * page said are printed; the context is always closed.
   */
  inBrowser(options: PageOptions, body: (session: BrowserPage) => Promise<void>): Promise<void>;
  /** Closes the browser, stops the stack and removes its data folder. */
  stop(): Promise<void>;
}

/** Starts the stack (`node stack/dist/start.js`, embedded PostgreSQL, demo data) and Debian's Chromium. */
export async function startWebStack(options: { portBase: number; webPort: number; dbPort: number; name: string }): Promise<WebStack> {
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), `metrograph-${options.name}-`));
  const url = `http://localhost:${options.webPort}`;
  const router = `http://127.0.0.1:${options.portBase}/graphql`;
  let stack: StackProcess | null = null;
  let browser: Browser | null = null;

  const stop = async () => {
    await browser?.close();
    const child = stack?.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    stack = await launchStack({ portBase: options.portBase, webPort: options.webPort, dbPort: options.dbPort, dataDir, requireWeb: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    });
  } catch (error) {
    await stop();
    throw error;
  }

  const open = async (pageOptions: PageOptions = {}): Promise<BrowserPage> => {
    const context = await browser!.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', acceptDownloads: true, viewport: pageOptions.viewport ?? { width: 1366, height: 900 } });
    if (pageOptions.as) await context.addCookies([await signInCookie(router, url, pageOptions.as)]);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.setDefaultTimeout(15_000);
    return { context, page, problems };
  };

  const failed = async ({ page, problems }: BrowserPage) => {
    const name = `failure-${options.name}-${Date.now()}`;
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }).catch(() => undefined);
    const text = await page.locator('main').textContent({ timeout: 2000 }).catch(() => '(no main)');
    console.error(`[${options.name}] failed at ${page.url()} (screenshot ${name}.png)\n${text?.slice(0, 1500)}\n${problems.join('\n')}`);
  };

  return {
    url,
    router,
    portBase: options.portBase,
    dataDir,
    output: () => stack!.output(),
    open,
    async inBrowser(pageOptions, body) {
      const session = await open(pageOptions);
      try {
        await body(session);
        expect(session.problems).toEqual([]);
      } catch (error) {
        await failed(session);
        throw error;
      } finally {
        await session.context.close();
      }
    },
    stop,
  };
}
