/**
 * Drill-down dashboards and payments in a real headless Chromium (Debian's) against the stack
 * started as the README starts it (`node stack/dist/start.js`, embedded PostgreSQL, demo data),
 * every user signed in (session cookie from identity's signIn). One stack for the whole file.
 *
 * - An executive drills nation → region → province → office → operator, with filters in the
 *   URL, the back button returning level by level, exports that view as CSV, XLSX and PDF and
 *   finds the filters and the numbers of the screen in each file, then opens a case.
 * - A branch office head's dashboard shows only the provinces of the office (tiles, tables, text).
 * - An official issues a pay-in (fee quote, field errors), sees its QR code and barcode, downloads
 *   the PDF; the bank simulator pays it and the page turns PAID without a reload, while an
 *   executive's dashboard of that province shows the fees collected grow by the amount, live.
 * Screenshots go to test-results/screenshots/; any console error fails the scenario.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/schema.js';
import { postGraphql, signIn } from './testkit.js';
import { launchStack } from './stack-process.js';
import { signInCookie } from './web-session.js';

// Ports of its own (web-e2e uses 4700, start.e2e 4600; 4800 is often taken by a hand-started stack).
const PORT_BASE = 4850;
const WEB_PORT = 3850;
const DB_PORT = 24_850; // below the ephemeral range (32768+), where a client socket could already hold it
const WEB = `http://localhost:${WEB_PORT}`;
const ROUTER = `http://127.0.0.1:${PORT_BASE}/graphql`;
const BANK = `http://127.0.0.1:${PORT_BASE + 90}`;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const dataDir = mkdtempSync(path.join(tmpdir(), 'metrograph-web-dash-'));

let stack: ChildProcess | null = null;
let browser: Browser | null = null;
let stackOutput: () => string = () => '';

/** A signed-in browser context whose page records console errors and uncaught exceptions. */
async function openPage(as: string, viewport: { width: number; height: number } = { width: 1366, height: 900 }): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser!.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', acceptDownloads: true, viewport });
  await context.addCookies([await signInCookie(ROUTER, WEB, as)]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.setDefaultTimeout(20_000);
  return { context, page, problems };
}

async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function failed(page: Page, problems: string[]): Promise<void> {
  const name = `failure-dash-${Date.now()}`;
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }).catch(() => undefined);
  const text = await page.locator('main').textContent({ timeout: 2000 }).catch(() => '(no main)');
  console.error(`[web-dashboards] failed at ${page.url()} (screenshot ${name}.png)\n${text?.slice(0, 1500)}\n${problems.join('\n')}\n${stackOutput().slice(-3000)}`);
}

/** Runs a scenario in a signed-in page; fails on any console error, and on failure leaves a screenshot. */
async function signedIn(who: { as: string; viewport?: { width: number; height: number } }, scenario: (page: Page) => Promise<void>): Promise<void> {
  const { context, page, problems } = await openPage(who.as, who.viewport);
  try {
    await scenario(page);
    expect(problems).toEqual([]);
  } catch (error) {
    await failed(page, problems);
    throw error;
  } finally {
    await context.close();
  }
}

/** Clicks and returns the downloaded file's path and suggested name. */
async function download(page: Page, testid: string): Promise<{ file: string; name: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { file: (await event.path())!, name: event.suggestedFilename() };
}

/** Text of a PDF as poppler reads it, compatibility-normalised (Thai ำ comes back as ํ + า). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
}

/** The strings of an XLSX workbook (shared strings and inline ones). */
function xlsxText(file: string): string {
  const parts = ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml'].map((entry) => {
    try {
      return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });
    } catch {
      return '';
    }
  });
  return parts.join('\n').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const launched = await launchStack({ portBase: PORT_BASE, webPort: WEB_PORT, dbPort: DB_PORT, dataDir, requireWeb: true });
  stack = launched.child;
  stackOutput = launched.output;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (stack && stack.exitCode === null) {
    const exited = new Promise((resolve) => stack!.once('exit', resolve));
    stack.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('drill-down dashboards and payments in headless Chromium', () => {
  it('an executive drills nation → region → province → office → operator, goes back, exports the view as CSV, XLSX and PDF, and opens a case', { timeout: 150_000 }, async () => {
    await signedIn({ as: 'executive' }, async (page) => {
      await visit(page, `${WEB}/dashboard`);
      await page.getByTestId('kpi-received').waitFor();
      await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
      const nationReceived = (await page.getByTestId('kpi-received').textContent())!;
      expect(await page.locator('[data-testid="tile-map"] a').count()).toBe(77);
      // fees collected come from payments (the demo data has paid pay-ins)
      expect(await page.getByTestId('kpi-fees').textContent()).toMatch(/฿[1-9]/);

      // filters go into the URL
      await page.locator('#d-from').fill('2026-01-01');
      await page.locator('#d-measure').selectOption('feesSatang');
      await page.getByTestId('dashboard-apply').click();
      await page.waitForURL(/from=2026-01-01/);
      expect(page.url()).toContain('measure=feesSatang');
      await page.getByTestId('chart-month').locator('canvas').waitFor();
      await page.waitForTimeout(300);
      await shot(page, 'dash-01-nation');
      expect(await page.getByTestId('kpi-received').textContent()).not.toBe(nationReceived);

      // nation → region → province (the tile, from the keyboard) → office
      await page.locator('[data-area="N"]').click();
      await page.waitForURL(/region=N/);
      await expect(page.getByTestId('breadcrumb').textContent()).resolves.toContain('ภาคเหนือ');
      const tile = page.locator('[data-testid="tile-map"] a[data-province="50"]');
      await tile.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/province=50/);
      await page.locator('[data-testid="dashboard-areas"] a[data-area]').first().waitFor();
      await shot(page, 'dash-02-province');
      await page.locator('[data-testid="dashboard-areas"] a[data-area]').first().click();
      await page.waitForURL(/office=/);
      await page.getByTestId('dashboard-complaints').waitFor();
      await shot(page, 'dash-03-office');

      // office → operator (a respondent of the office's complaints)
      const operatorLink = page.locator('[data-testid="dashboard-complaints"] a[data-operator]').first();
      await operatorLink.waitFor();
      const operatorName = (await operatorLink.textContent())!.trim();
      await operatorLink.click();
      await page.waitForURL(/operator=/);
      await page.locator('[data-testid="breadcrumb"] [aria-current="page"]', { hasText: operatorName }).waitFor();
      const respondents = await page.locator('[data-testid="dashboard-complaints"] tbody tr td:nth-child(4)').allTextContents();
      expect(new Set(respondents.map((r) => r.trim()))).toEqual(new Set([operatorName]));
      const url = new URL(page.url());
      expect(url.searchParams.get('from')).toBe('2026-01-01');
      expect(url.searchParams.get('province')).toBe('50');
      await shot(page, 'dash-04-operator');

      // the back button returns to the office, then forward again
      await page.goBack();
      await page.waitForURL((u) => u.searchParams.has('office') && !u.searchParams.has('operator'));
      await page.getByTestId('dashboard-complaints').waitFor();
      await page.goForward();
      await page.waitForURL(/operator=/);
      await page.locator('[data-testid="breadcrumb"] [aria-current="page"]', { hasText: operatorName }).waitFor();

      // export that view: the filters and the numbers on the screen are in every file
      const shown = {
        received: (await page.getByTestId('kpi-received').textContent())!.trim(),
        open: (await page.getByTestId('kpi-open').textContent())!.trim(),
        fines: (await page.getByTestId('kpi-fines').textContent())!.trim(),
      };
      const firstReference = (await page.locator('[data-testid="dashboard-complaints"] a[data-complaint]').first().textContent())!.trim();
      const expected = ['1 ม.ค. 2569', 'เชียงใหม่', operatorName, shown.received, shown.open, shown.fines, firstReference];

      const csv = await download(page, 'dashboard-csv');
      expect(csv.name).toMatch(/\.csv$/);
      const csvText = readFileSync(csv.file, 'utf8');
      expect(csvText.charCodeAt(0)).toBe(0xfeff);
      for (const value of expected) expect(csvText, `CSV has ${value}`).toContain(value);

      const xlsx = await download(page, 'dashboard-xlsx');
      expect(xlsx.name).toMatch(/\.xlsx$/);
      expect(readFileSync(xlsx.file).subarray(0, 2).toString('latin1')).toBe('PK');
      const xlsxStrings = xlsxText(xlsx.file);
      for (const value of expected) expect(xlsxStrings, `XLSX has ${value}`).toContain(value);

      const pdf = await download(page, 'dashboard-pdf');
      expect(pdf.name).toMatch(/\.pdf$/);
      expect(readFileSync(pdf.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdfStrings = squash(pdfText(pdf.file));
      for (const value of expected) expect(pdfStrings, `PDF has ${value}`).toContain(squash(value.normalize('NFKC')));
      expect(pdfText(pdf.file)).toContain('Metrograph');
      await expect(page.getByTestId('dashboard-export-status').textContent()).resolves.toContain('.pdf');

      // operator → the case (complaint page)
      await page.locator('[data-testid="dashboard-complaints"] a[data-complaint]').first().click();
      await page.waitForURL(/\/complaints\/[0-9a-f-]{36}/);
      await page.getByTestId('complaint-status').waitFor();
      await shot(page, 'dash-05-case');
      await page.goBack();
      await page.waitForURL(/operator=/);
      await page.getByTestId('dashboard-complaints').waitFor();

    });
  });

  it("a branch office head's dashboard shows only the office's provinces, tile map included", { timeout: 90_000 }, async () => {
    const executive = await signIn(ROUTER, 'executive');
    const places = await postGraphql(ROUTER, `{ offices(first: 100) { edges { node { code kind servedProvinces { code nameTh } } } } provinces(first: 100) { edges { node { code nameTh } } } }`, undefined, { authorization: `Bearer ${executive}` });
    expect(places.errors).toBeUndefined();
    const branch = places.data.offices.edges.map((e: any) => e.node).find((o: any) => o.kind === 'BRANCH' && o.servedProvinces.length > 0);
    expect(branch, 'a branch office serving provinces').toBeTruthy();
    const own = new Set<string>(branch.servedProvinces.map((x: any) => x.code));
    const ownNames: string[] = branch.servedProvinces.map((x: any) => x.nameTh);
    const others: { code: string; nameTh: string }[] = places.data.provinces.edges.map((e: any) => e.node).filter((x: any) => !own.has(x.code));

    await signedIn({ as: `head.${branch.code.toLowerCase()}`, viewport: { width: 820, height: 1180 } }, async (page) => {
      await visit(page, `${WEB}/dashboard`);
      await page.getByTestId('kpi-received').waitFor();
      const tiles = await page.locator('[data-testid="tile-map"] a[data-province]').evaluateAll((as) => as.map((a) => a.getAttribute('data-province')));
      expect(new Set(tiles)).toEqual(own);
      // and each of them is drawn inside the map (none clipped off its edge)
      const map = (await page.getByTestId('tile-map').boundingBox())!;
      for (const code of own) {
        const box = (await page.locator(`[data-testid="tile-map"] a[data-province="${code}"] rect`).boundingBox())!;
        expect(box.x >= map.x - 1 && box.y >= map.y - 1 && box.x + box.width <= map.x + map.width + 1 && box.y + box.height <= map.y + map.height + 1, `tile ${code} inside the map`).toBe(true);
      }
      await shot(page, 'dash-06-branch-nation');

      // every level the user can reach: only their provinces anywhere on the page
      const check = async (where: string) => {
        const text = (await page.locator('main').textContent())!;
        const leaked = others.filter((x) => text.includes(x.nameTh) && !ownNames.some((n) => n.includes(x.nameTh)));
        expect(leaked.map((x) => x.nameTh), `other provinces named at ${where}`).toEqual([]);
        const mapTitles = (await page.locator('[data-testid="tile-map"] title').allTextContents()).join(' ');
        for (const x of others) expect(mapTitles).not.toContain(`${x.nameTh}:`);
      };
      await check('nation');
      await page.locator('[data-testid="dashboard-areas"] a[data-area]').first().click();
      await page.waitForURL(/region=/);
      await page.locator('[data-testid="dashboard-areas"] a[data-area]').first().waitFor();
      const areas = await page.locator('[data-testid="dashboard-areas"] a[data-area]').evaluateAll((as) => as.map((a) => a.getAttribute('data-area')));
      for (const code of areas) expect(own.has(code!), `province ${code} in the region table`).toBe(true);
      await check('region');
      await shot(page, 'dash-07-branch-region');

      // the API refuses the same question for another province: the numbers are the router's, not the page's
      const token = await signIn(ROUTER, `head.${branch.code.toLowerCase()}`);
      const foreign = await postGraphql(ROUTER, `query($p: [ID!]) { complaintStats(groupBy: PROVINCE, filter: { provinceCodes: $p }) { key received } }`, { p: [others[0]!.code] }, { authorization: `Bearer ${token}` });
      expect((foreign.data?.complaintStats ?? []).filter((r: any) => r.received > 0)).toEqual([]);

    });
  });

  it("an official issues a pay-in, sees its QR code, downloads the PDF, and sees it turn PAID when the bank pays, without reloading, while the dashboard's fees collected grow live", { timeout: 120_000 }, async () => {
    const user = 'official1.c1';
    const token = await signIn(ROUTER, user);
    const operators = await postGraphql(ROUTER, `{ operators(first: 1, filter: { statuses: [ACTIVE] }) { edges { node { id nameTh registrationNo province { code } } } } }`, undefined, { authorization: `Bearer ${token}` });
    expect(operators.errors).toBeUndefined();
    const operator = operators.data.operators.edges[0].node;

    await signedIn({ as: user }, async (page) => {
      await visit(page, `${WEB}/payments`);
      await page.getByTestId('payments-table').waitFor();
      await shot(page, 'pay-01-list');
      await page.getByTestId('payments-new').click();
      await page.waitForURL(/\/payments\/new/);
      await page.locator('html[data-hydrated="true"]').waitFor();

      // nothing chosen: field-level messages, focus on the first field at fault
      await page.getByTestId('payin-submit').click();
      await expect(page.getByTestId('error-operatorId').textContent()).resolves.toContain('กรุณาเลือกผู้ประกอบการ');
      await expect(page.getByTestId('error-feeCode').textContent()).resolves.toContain('กรุณาเลือกค่าธรรมเนียม');
      await expect(page.locator('#op-q').getAttribute('aria-invalid')).resolves.toBe('true');

      // the operator, by name; the fee and units; the quote from the schedule in force
      await page.getByLabel('ค้นหาผู้ประกอบการ').fill(operator.registrationNo);
      await page.getByTestId('operator-search').click();
      await page.getByRole('button', { name: `เลือก ${operator.nameTh}` }).click();
      await expect(page.getByTestId('payin-operator').textContent()).resolves.toContain(operator.nameTh);
      await page.locator('#pay-fee').selectOption('WM-VER-01');
      await page.getByLabel('จำนวนหน่วย').fill('0');
      await page.getByTestId('payin-submit').click();
      await expect(page.getByTestId('error-quantity').textContent()).resolves.toContain('1 ถึง 10,000');
      await page.getByLabel('จำนวนหน่วย').fill('2');
      expect(await page.getByTestId('error-quantity').count()).toBe(0); // the message goes once the field is corrected
      await expect.poll(async () => squash((await page.getByTestId('quote-total').textContent().catch(() => '')) ?? ''), { timeout: 10_000 }).toBe('฿400.00');
      await shot(page, 'pay-02-new');
      await page.getByTestId('payin-submit').click();
      await page.waitForURL(/\/payments\/[0-9a-f-]{36}/);
      await page.getByTestId('payin-status').waitFor();
      expect(await page.getByTestId('payin-status').getAttribute('data-status')).toBe('PENDING');

      // the QR code and the barcode, drawn in the browser from the API's payloads
      await page.locator('[data-testid="payin-qr"] svg').waitFor();
      await page.locator('[data-testid="payin-barcode"] svg').waitFor();
      const qrPayload = await page.getByTestId('payin-qr').getAttribute('data-payload');
      expect(qrPayload).toMatch(/^000201.*5303764.*6304[0-9A-F]{4}$/);
      const ref1 = (await page.getByTestId('payin-ref1').textContent())!.trim();
      const ref2 = (await page.getByTestId('payin-ref2').textContent())!.trim();
      expect(qrPayload).toContain(ref1);
      await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
      await shot(page, 'pay-03-payin');

      // the PDF downloads
      const pdf = await download(page, 'payin-pdf');
      expect(pdf.name).toMatch(/\.pdf$/);
      expect(readFileSync(pdf.file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(squash(pdfText(pdf.file))).toContain(ref1);

      // an executive watches the operator's province on the dashboard meanwhile
      const watcher = await openPage('executive');
      await visit(watcher.page, `${WEB}/dashboard?province=${operator.province.code}`);
      await watcher.page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
      const baht = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));
      const feesBefore = baht(await watcher.page.getByTestId('kpi-fees').textContent());
      await watcher.page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

      // the bank pays; the page turns PAID without a reload
      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      const paid = await fetch(`${BANK}/sim/pay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ref1, ref2, amountSatang: 40_000 }) });
      expect(paid.status).toBe(200);
      await page.locator('[data-testid="payin-status"][data-status="PAID"]').waitFor({ timeout: 20_000 });
      await expect(page.getByTestId('payin-status').textContent()).resolves.toBe('ชำระแล้ว');
      await page.getByTestId('payin-paid').waitFor();
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      await page.getByTestId('payin-no-codes').waitFor();
      await shot(page, 'pay-04-paid');

      // ... and the dashboard's fees collected grow by the 400 baht paid, live
      try {
        await expect.poll(async () => baht(await watcher.page.getByTestId('kpi-fees').textContent()), { timeout: 20_000 }).toBe(feesBefore + 400);
        expect(await watcher.page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
        await shot(watcher.page, 'dash-08-live-fees');
        expect(watcher.problems).toEqual([]);
      } finally {
        await watcher.context.close();
      }

      // the reconciliation view exports CSV and XLSX
      await visit(page, `${WEB}/payments/reconciliation`);
      await page.getByTestId('reconciliation-total').waitFor();
      const recCsv = await download(page, 'reconciliation-csv');
      expect(recCsv.name).toMatch(/\.csv$/);
      const recXlsx = await download(page, 'reconciliation-xlsx');
      expect(readFileSync(recXlsx.file).subarray(0, 2).toString('latin1')).toBe('PK');
      await shot(page, 'pay-05-reconciliation');

    });
  });
});
