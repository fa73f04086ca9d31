/**
 * The web app in a real headless Chromium (Debian's, never a downloaded browser) against the
 * stack started as the README starts it (`node stack/dist/start.js`, embedded PostgreSQL,
 * demo data). An official works a complaint from the inbox to a fine settlement; an executive
 * drills down the dashboard and exports the view. Screenshots of each main screen are written
 * to test-results/screenshots/ (gitignored) for a person to look at.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/schema.js';
import { postGraphql } from './testkit.js';
import { launchStack } from './stack-process.js';

// Ports of their own (start.e2e uses 4600/3600). The router allows the web app's origin
// http://localhost:<WEB_PORT> (CORS_ORIGINS in stack/src/start.ts), so the browser uses `localhost`.
const PORT_BASE = 4700;
const WEB_PORT = 3700;
const DB_PORT = 54_700;
const WEB = `http://localhost:${WEB_PORT}`;
const ROUTER = `http://127.0.0.1:${PORT_BASE}/graphql`;
const SHOTS = path.join(ROOT, 'test-results', 'screenshots');
const dataDir = mkdtempSync(path.join(tmpdir(), 'metrograph-web-e2e-'));

let stack: ChildProcess | null = null;
let browser: Browser | null = null;
let stackOutput: () => string = () => '';

async function startStack(): Promise<ChildProcess> {
  const launched = await launchStack({ portBase: PORT_BASE, webPort: WEB_PORT, dbPort: DB_PORT, dataDir, requireWeb: true });
  stackOutput = launched.output;
  return launched.child;
}

/** A fresh browser context whose page fails the test on any console error or uncaught exception. */
async function openPage(options: { viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser!.newContext({ locale: 'th-TH', timezoneId: 'Asia/Bangkok', acceptDownloads: true, viewport: options.viewport ?? { width: 1366, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.setDefaultTimeout(15_000);
  return { context, page, problems };
}

/** Opens a URL and waits until the app is hydrated (a form filled before that would be reset). */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-hydrated="true"]').waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** On failure: a screenshot and what the page said, for the person reading the test output. */
async function failed(page: Page, problems: string[]): Promise<void> {
  const name = `failure-${Date.now()}`;
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }).catch(() => undefined);
  const text = await page.locator('main').textContent({ timeout: 2000 }).catch(() => '(no main)');
  console.error(`[web-e2e] failed at ${page.url()} (screenshot ${name}.png)\n${text?.slice(0, 1500)}\n${problems.join('\n')}`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  stack = await startStack();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (stack && stack.exitCode === null) {
    const exited = new Promise((resolve) => stack!.once('exit', resolve));
    stack.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('web app in headless Chromium', () => {
  it('an official filters the inbox, triages, assigns, investigates, records findings and a fine settlement, and sees the timeline', { timeout: 90_000 }, async () => {
    // A RECEIVED complaint in Chiang Mai (province 50) that triage has a suggestion for.
    const candidates = await postGraphql(
      ROUTER,
      `{ complaints(first: 50, filter: { provinceCodes: ["50"], statuses: [RECEIVED] }, orderBy: [{ field: RECEIVED_AT, direction: DESC }]) {
          edges { node { id referenceNo triageSuggestions { offenceBasis { code titleTh } matchedTerms } } } } }`,
    );
    const target = candidates.data.complaints.edges.map((e: any) => e.node).find((n: any) => n.triageSuggestions.length > 0);
    expect(target, 'a RECEIVED complaint in province 50 with a triage suggestion').toBeTruthy();

    const { context, page, problems } = await openPage();
    try {
      // Inbox, filtered by province and status through the form; the filters land in the URL.
      await visit(page, `${WEB}/complaints`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('กล่องเรื่องร้องเรียน');
      await page.locator('#f-province').selectOption('50');
      await page.locator('#f-status').selectOption('RECEIVED');
      await page.getByTestId('inbox-apply').click();
      await page.waitForURL(/province=50/);
      expect(page.url()).toContain('status=RECEIVED');
      const provinceCells = await page.locator('[data-testid="inbox-table"] tbody tr td:nth-child(5)').allTextContents();
      expect(provinceCells.length).toBeGreaterThan(0);
      expect(new Set(provinceCells.map((c) => c.trim()))).toEqual(new Set(['เชียงใหม่']));
      // Saved searches need a signed-in user: a friendly message, not an error.
      await page.getByTestId('saved-searches').locator('summary').click();
      await expect(page.getByTestId('saved-searches-signin').textContent()).resolves.toContain('เข้าสู่ระบบ');
      await shot(page, '01-inbox-filtered');

      // Export of the search downloads a CSV file.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8');
      expect(csv).toContain('CP-25');

      // Open the complaint from the list.
      await page.getByRole('link', { name: target.referenceNo, exact: true }).first().click();
      await page.waitForURL(new RegExp(`/complaints/${target.id}`));
      const status = page.getByTestId('complaint-status');
      await expect(status.textContent()).resolves.toBe('รับเรื่องแล้ว');
      const suggestion = page.getByTestId('suggestion').first();
      await expect(suggestion.textContent()).resolves.toContain(target.triageSuggestions[0].matchedTerms[0]);
      await shot(page, '02-complaint-triage');

      // Confirm the suggested offence basis.
      await page.getByTestId('confirm-suggestion').click();
      await page.getByTestId('complaint-status').filter({ hasText: 'คัดกรองแล้ว' }).waitFor();
      await expect(page.getByTestId('complaint-basis').textContent()).resolves.toBe(target.triageSuggestions[0].offenceBasis.titleTh);

      // Assign (the system chooses by expertise and workload), then start the investigation.
      await page.getByTestId('assign-submit').click();
      await page.getByTestId('complaint-status').filter({ hasText: 'มอบหมายผู้รับผิดชอบแล้ว' }).waitFor();
      expect((await page.getByTestId('complaint-assignee').textContent())?.trim()).not.toBe('—');
      await page.getByTestId('start-investigation').click();
      await page.getByTestId('complaint-status').filter({ hasText: 'อยู่ระหว่างตรวจสอบ' }).waitFor();

      // Findings without a summary: the API's field error shows under the summary field.
      await page.getByTestId('findings-submit').click();
      const summaryError = page.getByTestId('error-summary');
      await summaryError.waitFor();
      await expect(summaryError.textContent()).resolves.toContain('กรุณากรอกข้อมูลนี้');
      await expect(page.locator('#findings-summary').getAttribute('aria-invalid')).resolves.toBe('true');
      await shot(page, '03-findings-field-error');

      // A valid one opens a legal case.
      await page.getByLabel('สรุปผลการตรวจ').fill('ตรวจพบเครื่องชั่งผิดอัตราเกินเกณฑ์คลาดเคลื่อน ชั่งขาด 150 กรัม');
      await page.getByTestId('findings-submit').click();
      await page.getByTestId('case-panel').waitFor();
      await expect(page.getByTestId('complaint-status').textContent()).resolves.toBe('พบการกระทำความผิด');
      await expect(page.getByTestId('case-status').textContent()).resolves.toBe('เปิดคดี');

      // A fine settlement of 5,000.50 baht: satang on the wire, baht on the screen.
      const casePanel = page.getByTestId('case-panel');
      await casePanel.getByLabel('ค่าปรับ (บาท)').fill('5,000.50');
      await casePanel.getByLabel('หมายเหตุ').fill('ผู้ต้องหายินยอมให้เปรียบเทียบปรับ');
      // a scanned record (PNG, sent as base64) and a video by link
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
      await casePanel.getByLabel('ไฟล์แนบ (PDF, JPEG, PNG)').setInputFiles({ name: 'บันทึกเปรียบเทียบปรับ.png', mimeType: 'image/png', buffer: png });
      await casePanel.getByLabel('ลิงก์วิดีโอ').fill('https://video.dit.go.th/cases/inspection-1.mp4');
      await casePanel.getByTestId('case-event-submit').click();
      await page.getByTestId('case-status').filter({ hasText: 'เปรียบเทียบปรับ รอชำระ' }).waitFor();
      const fine = (await page.getByTestId('case-fine').textContent())!;
      expect(fine.replace(/\s/g, '')).toBe('฿5,000.50');
      const stored = await postGraphql(ROUTER, `{ complaint(id: "${target.id}") { cases { fineAmountSatang events { kind note attachments { fileName mimeType sizeBytes linkUrl } } } } }`);
      expect(stored.data.complaint.cases[0].fineAmountSatang).toBe(500_050);
      const settlement = stored.data.complaint.cases[0].events[0];
      expect(settlement.kind).toBe('FINE_SETTLEMENT');
      expect(settlement.note).toBe('ผู้ต้องหายินยอมให้เปรียบเทียบปรับ');
      expect(settlement.attachments).toEqual(
        expect.arrayContaining([
          { fileName: 'บันทึกเปรียบเทียบปรับ.png', mimeType: 'image/png', sizeBytes: png.length, linkUrl: null },
          expect.objectContaining({ linkUrl: 'https://video.dit.go.th/cases/inspection-1.mp4' }),
        ]),
      );
      await expect(casePanel.textContent()).resolves.toContain('บันทึกเปรียบเทียบปรับ.png');

      // The timeline tells the story with actors and Buddhist-era dates.
      const timeline = page.getByTestId('timeline');
      const text = (await timeline.textContent())!;
      for (const step of ['รับเรื่อง', 'คัดกรอง', 'มอบหมาย', 'บันทึกผลตรวจ', 'เปิดคดี', 'ดำเนินการทางคดี']) expect(text).toContain(step);
      const beYear = String(new Date().getFullYear() + 543);
      expect((await timeline.locator('time').allTextContents()).join(' ')).toContain(beYear);
      await shot(page, '04-complaint-case-timeline');

      expect(problems).toEqual([]);
    } catch (error) {
      await failed(page, problems);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('an executive drills nation → region → province, the URL carries the filters, back returns, and the view exports', { timeout: 60_000 }, async () => {
    const { context, page, problems } = await openPage();
    try {
      await visit(page, `${WEB}/dashboard`);
      await page.getByTestId('kpi-received').waitFor();
      const nationReceived = (await page.getByTestId('kpi-received').textContent())!;
      await page.locator('#d-from').fill('2026-01-01');
      await page.locator('#d-measure').selectOption('closureRate');
      await page.getByTestId('dashboard-apply').click();
      await page.waitForURL(/from=2026-01-01/);
      expect(page.url()).toContain('measure=closureRate');
      await page.getByTestId('chart-month').locator('canvas').waitFor();
      expect(await page.locator('[data-testid="tile-map"] a').count()).toBe(77);
      await page.waitForTimeout(300); // let chart.js draw before the screenshot
      await shot(page, '05-dashboard-nation');
      expect(await page.getByTestId('kpi-received').textContent()).not.toBe(nationReceived);

      // nation → region (a click on the region's row)
      await page.locator('[data-area="N"]').click();
      await page.waitForURL(/region=N/);
      expect(page.url()).toContain('from=2026-01-01');
      await expect(page.getByTestId('breadcrumb').textContent()).resolves.toContain('ภาคเหนือ');
      await shot(page, '06-dashboard-region');

      // region → province, from the keyboard on the map tile (focusable, labelled, Enter follows it)
      const tile = page.locator('[data-testid="tile-map"] a[data-province="50"]');
      expect(await tile.getAttribute('aria-label')).toMatch(/^เชียงใหม่: /);
      await tile.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/province=50/);
      expect(page.url()).toMatch(/region=N.*province=50.*from=2026-01-01|from=2026-01-01.*province=50/);
      await expect(page.getByTestId('breadcrumb').textContent()).resolves.toContain('เชียงใหม่');
      await page.locator('[data-testid="dashboard-areas"] a[data-area]').first().waitFor();
      await shot(page, '07-dashboard-province');

      // province → office → complaints list
      await page.locator('[data-testid="dashboard-areas"] a[data-area]').first().click();
      await page.waitForURL(/office=/);
      await page.getByTestId('dashboard-complaints').waitFor();
      await shot(page, '08-dashboard-office');

      // the back button returns to the province, then the region
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('province') === '50' && !url.searchParams.has('office'));
      await page.goBack();
      await page.waitForURL((url) => url.searchParams.get('region') === 'N' && !url.searchParams.has('province'));
      expect(new URL(page.url()).searchParams.get('from')).toBe('2026-01-01');
      await page.locator('[data-testid="breadcrumb"] [aria-current="page"]', { hasText: 'ภาคเหนือ' }).waitFor();
      await page.locator('[data-area="50"]').waitFor();

      // CSV of the current view, with the filters printed on it (UTF-8 with BOM for Excel)
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dashboard-csv').click()]);
      const csv = readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv).toContain('ภาคเหนือ');
      expect(csv).toContain('1 ม.ค. 2569');
      expect(csv).toContain('เชียงใหม่');
      // PDF through the API's report export
      const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dashboard-pdf').click()]);
      expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
      expect(readFileSync((await pdfDownload.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      expect(problems).toEqual([]);
    } catch (error) {
      await failed(page, problems);
      throw error;
    } finally {
      await context.close();
    }
  });

  it('works in English and on a phone', { timeout: 30_000 }, async () => {
    const { context, page, problems } = await openPage({ viewport: { width: 390, height: 844 } });
    try {
      await visit(page, `${WEB}/dashboard?lang=en&region=NE`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Complaints and cases dashboard');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      // the menu folds behind a button on a phone
      const nav = page.locator('#main-nav');
      expect(await nav.isVisible()).toBe(false);
      await page.getByRole('button', { name: /Menu/ }).click();
      expect(await nav.isVisible()).toBe(true);
      await page.getByTestId('kpi-received').waitFor();
      await shot(page, '09-phone-dashboard-en');
      await page.getByTestId('nav-complaints').click();
      await page.waitForURL(/\/complaints\?lang=en/);
      await page.getByTestId('inbox-table').waitFor();
      await shot(page, '10-phone-inbox-en');
      // switching back to Thai keeps the page
      await page.getByTestId('lang-th').click();
      await page.waitForURL((url) => url.pathname === '/complaints' && !url.searchParams.has('lang'));
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('กล่องเรื่องร้องเรียน');
      expect(problems).toEqual([]);
    } catch (error) {
      await failed(page, problems);
      throw error;
    } finally {
      await context.close();
    }
  });
});
