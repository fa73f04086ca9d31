/**
 * The web app in a real headless Chromium (Debian's, never a downloaded browser) against the
 * stack started as the README starts it (`node stack/dist/start.js`, embedded PostgreSQL,
 * demo data, everyone signs in). An official signs in through the sign-in page, sees a complaint
 * from the 1569 simulator arrive in the inbox live, works it to a fine settlement and watches the
 * fine's pay-in turn PAID when the bank simulator pays it — without reloading; an executive
 * drills down the dashboard and exports the view. Screenshots of each main screen are written
 * to test-results/screenshots/ (gitignored) for a person to look at.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStackSecrets } from '../src/secrets.js';
// @ts-expect-error: plain JavaScript (the simulator runs with node alone)
import { postComplaints } from '../../subgraphs/complaints/hotline-simulator/simulator.mjs';
import { postGraphql, signIn } from './testkit.js';
import { SESSION_COOKIE, shot, startWebStack, visit, type BrowserPage, type PageOptions, type WebStack } from './web-session.js';

// Ports of their own (start.e2e uses 4600/3600).
const PORT_BASE = 4700;
const WEB = `http://localhost:3700`;
const ROUTER = `http://127.0.0.1:${PORT_BASE}/graphql`;
const BANK = `http://127.0.0.1:${PORT_BASE + 90}`;
const INTAKE = `http://127.0.0.1:${PORT_BASE}/integrations/1569/complaints`;

let web: WebStack;
const inBrowser = (options: PageOptions, body: (session: BrowserPage) => Promise<void>) => web.inBrowser(options, body);

/** Marks the current document; `sameDocument` is true while no reload (or full navigation) happened since. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((globalThis as unknown as { __metrographMark: boolean }).__metrographMark = true));
}
async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { __metrographMark?: boolean }).__metrographMark === true);
}

/** Calls the bank simulator's control API (as payments-router.test.ts does through its testkit). */
async function bank(route: string, body: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(`${BANK}${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

beforeAll(async () => {
  web = await startWebStack({ portBase: PORT_BASE, webPort: 3700, dbPort: 24_700, name: 'web-e2e' }); // database port below the ephemeral range (32768+)
}, 300_000);

afterAll(async () => {
  await web?.stop();
});

describe('web app in headless Chromium', () => {
  it('an official signs in, sees a 1569 complaint arrive live, triages, assigns, records findings, settles a fine and sees the pay-in turn PAID without reloading', { timeout: 150_000 }, async () => {
    await inBrowser({}, async ({ context, page, problems }) => {
      // No session: the inbox sends the official to the sign-in page, which remembers where to return.
      await visit(page, `${WEB}/complaints?province=50`);
      await page.waitForURL(/\/signin\?/);
      expect(new URL(page.url()).searchParams.get('next')).toBe('/complaints?province=50');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('เข้าสู่ระบบ');
      expect(await page.getByTestId('nav-complaints').count()).toBe(0); // no menu before sign-in
      await shot(page, '00-signin');

      // A wrong password: a clear message, no session.
      await page.getByLabel('ชื่อผู้ใช้').fill('official1.c1');
      await page.getByLabel('รหัสผ่าน').fill('not-the-password');
      await page.getByTestId('signin-submit').click();
      const wrong = page.getByTestId('signin-error');
      await wrong.waitFor();
      expect(await wrong.getAttribute('data-code')).toBe('INVALID_CREDENTIALS');
      await expect(wrong.textContent()).resolves.toBe('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
      expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
      await shot(page, '00-signin-wrong-password');
      // the refused form post answers 400, which Chromium logs as a failed resource: expected here
      expect(problems.every((p) => p.includes('status of 400'))).toBe(true);
      problems.length = 0;

      // The right password: back to the filtered inbox, signed in.
      await page.locator('html[data-hydrated="true"]').waitFor();
      await page.getByLabel('ชื่อผู้ใช้').fill('official1.c1');
      await page.getByLabel('รหัสผ่าน').fill('Metrograph-2569');
      await page.getByTestId('signin-submit').click();
      await page.waitForURL((url) => url.pathname === '/complaints' && url.searchParams.get('province') === '50');
      await page.locator('html[data-hydrated="true"]').waitFor();
      const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
      expect(session, 'the session cookie').toBeTruthy();
      expect(session!.httpOnly).toBe(true);
      expect(session!.sameSite).toBe('Lax');
      expect(session!.path).toBe('/');
      // the header: who is signed in, their office, sign-out; the menu by the official's rights
      const me = await postGraphql(ROUTER, `{ viewer { displayName } }`, undefined, { authorization: `Bearer ${session!.value}` });
      await expect(page.getByTestId('session-name').textContent()).resolves.toBe(me.data.viewer.displayName);
      await expect(page.getByTestId('session-office').textContent()).resolves.toContain('เขต 1');
      for (const id of ['overview', 'complaints', 'payments', 'dashboard']) expect(await page.getByTestId(`nav-${id}`).count(), id).toBe(1);

      // The 1569 centre sends a complaint about Chiang Mai: it appears in the open inbox by itself.
      await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
      await markDocument(page);
      const secrets = await loadStackSecrets(web.dataDir);
      const [answer] = await postComplaints(INTAKE, 1, { secret: secrets.hotlineIntakeSecret, provinceCodes: ['50'], seed: `web-e2e-${Date.now()}` });
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      const { referenceNo, complaintId } = answer.body as { referenceNo: string; complaintId: string };
      const arrived = page.locator('[data-testid="inbox-table"] tbody tr', { hasText: referenceNo });
      await arrived.waitFor({ timeout: 15_000 });
      expect(await arrived.getAttribute('data-fresh')).toBe('true');
      await expect(arrived.textContent()).resolves.toContain('สายด่วน 1569');
      expect(await sameDocument(page), 'the inbox updated without a reload').toBe(true);
      await shot(page, '01-inbox-live-1569');

      // Saved searches work for a signed-in official.
      await page.getByTestId('saved-searches').locator('summary').click();
      expect(await page.getByTestId('saved-searches-signin').count()).toBe(0);

      // Export of the search downloads a CSV file.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      expect(readFileSync((await download.path())!, 'utf8')).toContain(referenceNo);

      // Open the complaint from the list.
      await arrived.getByRole('link', { name: referenceNo, exact: true }).click();
      await page.waitForURL(new RegExp(`/complaints/${complaintId}`));
      await page.locator('[data-testid="live-status"][data-state="live"]').waitFor();
      await expect(page.getByTestId('complaint-status').textContent()).resolves.toBe('รับเรื่องแล้ว');
      await shot(page, '02-complaint-triage');

      // Triage: confirm the suggested offence basis (or choose one when there is no suggestion).
      if (await page.getByTestId('confirm-suggestion').count()) {
        await page.getByTestId('confirm-suggestion').click();
      } else {
        await page.locator('#other-basis').selectOption({ index: 1 });
        await page.getByTestId('triage-panel').getByRole('button', { name: 'บันทึกฐานความผิด' }).click();
      }
      await page.getByTestId('complaint-status').filter({ hasText: 'คัดกรองแล้ว' }).waitFor();
      expect((await page.getByTestId('complaint-basis').textContent())?.trim()).not.toBe('—');

      // Assign (the system chooses by expertise and workload), then start the investigation.
      await page.getByTestId('assign-submit').click();
      await page.getByTestId('complaint-status').filter({ hasText: 'มอบหมายผู้รับผิดชอบแล้ว' }).waitFor();
      // officials may not see user accounts: the assignment shows as done, with its time
      await expect(page.getByTestId('complaint-assignee').textContent()).resolves.toContain('มอบหมายแล้วเมื่อ');
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
      const token = session!.value;
      const asOfficial = (query: string, variables?: Record<string, unknown>) => postGraphql(ROUTER, query, variables, { authorization: `Bearer ${token}` });
      const stored = await asOfficial(`{ complaint(id: "${complaintId}") { cases { id fineAmountSatang events { kind note attachments { fileName mimeType sizeBytes linkUrl } } } } }`);
      const legalCase = stored.data.complaint.cases[0];
      expect(legalCase.fineAmountSatang).toBe(500_050);
      const settlement = legalCase.events[0];
      expect(settlement.kind).toBe('FINE_SETTLEMENT');
      expect(settlement.note).toBe('ผู้ต้องหายินยอมให้เปรียบเทียบปรับ');
      expect(settlement.attachments).toEqual(
        expect.arrayContaining([
          { fileName: 'บันทึกเปรียบเทียบปรับ.png', mimeType: 'image/png', sizeBytes: png.length, linkUrl: null },
          expect.objectContaining({ linkUrl: 'https://video.dit.go.th/cases/inspection-1.mp4' }),
        ]),
      );
      await expect(casePanel.textContent()).resolves.toContain('บันทึกเปรียบเทียบปรับ.png');

      // Payments issues the fine's pay-in; the case page shows it, awaiting payment.
      const payInStatus = casePanel.getByTestId('payin-status');
      await payInStatus.waitFor({ timeout: 30_000 });
      expect(await payInStatus.getAttribute('data-status')).toBe('PENDING');
      await expect(payInStatus.textContent()).resolves.toBe('รอชำระ');
      const requests = await asOfficial(`query($case: String) { paymentRequests(first: 5, filter: { sourceId: $case }) { edges { node { id requestNo ref1 ref2 amountSatang status } } } }`, { case: legalCase.id });
      const payIn = requests.data.paymentRequests.edges[0].node;
      expect(payIn.amountSatang).toBe(500_050);
      await expect(casePanel.getByTestId('payin-link').textContent()).resolves.toBe(payIn.requestNo);

      // The timeline tells the story with actors and Buddhist-era dates.
      const timeline = page.getByTestId('timeline');
      const text = (await timeline.textContent())!;
      for (const step of ['รับเรื่อง', 'คัดกรอง', 'มอบหมาย', 'บันทึกผลตรวจ', 'เปิดคดี', 'ดำเนินการทางคดี']) expect(text).toContain(step);
      const beYear = String(new Date().getFullYear() + 543);
      expect((await timeline.locator('time').allTextContents()).join(' ')).toContain(beYear);
      await shot(page, '04-complaint-case-timeline');

      // The operator pays at the bank: the pay-in turns PAID on the open page, by subscription.
      await markDocument(page);
      const paid = await bank('/sim/pay', { ref1: payIn.ref1, ref2: payIn.ref2, amountSatang: payIn.amountSatang });
      expect(paid.status, JSON.stringify(paid.body)).toBe(200);
      await casePanel.locator('[data-testid="payin-status"][data-status="PAID"]').waitFor({ timeout: 20_000 });
      await expect(payInStatus.textContent()).resolves.toBe('ชำระแล้ว');
      await casePanel.getByTestId('payin-paid-at').waitFor();
      expect(await sameDocument(page), 'the pay-in turned PAID without a reload').toBe(true);
      await shot(page, '04b-case-fine-paid-live');

      // Sign-out ends the session: the inbox asks for sign-in again.
      await page.getByTestId('signout').click();
      await page.waitForURL(/\/signin\?reason=signed-out/);
      await expect(page.getByTestId('signin-notice').textContent()).resolves.toBe('ออกจากระบบเรียบร้อยแล้ว');
      expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
      await visit(page, `${WEB}/complaints`);
      await page.waitForURL(/\/signin\?/);

    });
  });

  it('menus follow rights: a function at NO_ACCESS is not in the menu, and its page shows a forbidden state', { timeout: 60_000 }, async () => {
    // an administrator takes complaints and payments away from the analyst (individual grants replace role rights)
    const admin = await signIn(ROUTER, 'admin');
    const asAdmin = (query: string, variables?: Record<string, unknown>) => postGraphql(ROUTER, query, variables, { authorization: `Bearer ${admin}` });
    const analyst = (await asAdmin(`{ users(first: 1, filter: { roleCode: "ANALYST" }) { edges { node { id username } } } }`)).data.users.edges[0].node;
    expect(analyst.username).toBe('analyst');
    for (const fn of ['COMPLAINTS', 'PAYMENTS']) {
      const set = await asAdmin(`mutation($input: SetUserRightInput!) { setUserRight(input: $input) { userErrors { code message } } }`, { input: { userId: analyst.id, function: fn, level: 'NO_ACCESS' } });
      expect(set.errors, JSON.stringify(set.errors)).toBeUndefined();
      expect(set.data.setUserRight.userErrors).toEqual([]);
    }
    await inBrowser({ as: 'analyst' }, async ({ page }) => {
      await visit(page, `${WEB}/complaints`);
      const forbidden = page.getByTestId('forbidden');
      await forbidden.waitFor();
      await expect(forbidden.locator('h1').textContent()).resolves.toBe('ไม่มีสิทธิ์เข้าถึงหน้านี้');
      expect(await page.getByTestId('inbox-table').count()).toBe(0);
      // the menu: dashboards only; the way out of the forbidden page leads there
      expect(await page.getByTestId('nav-dashboard').count()).toBe(1);
      for (const id of ['overview', 'complaints', 'payments', 'surveillance']) expect(await page.getByTestId(`nav-${id}`).count(), id).toBe(0);
      expect(await forbidden.getByRole('link').getAttribute('href')).toBe('/dashboard');
      await shot(page, '00b-forbidden-analyst');
    });
  });

  it('an official whose password was reset must choose a new one on the sign-in page, with the policy explained', { timeout: 60_000 }, async () => {
    const admin = await signIn(ROUTER, 'admin');
    const asAdmin = (query: string, variables?: Record<string, unknown>) => postGraphql(ROUTER, query, variables, { authorization: `Bearer ${admin}` });
    const users = (await asAdmin(`{ users(first: 100, filter: { officeCode: "C2" }) { edges { node { id username } } } }`)).data.users.edges.map((e: any) => e.node);
    const official = users.find((u: { username: string }) => u.username === 'official1.c2');
    expect(official, 'official1.c2').toBeTruthy();
    // unique per run (a password may not repeat one of the last few)
    const temporary = `Chwk-Temp-${Date.now()}`;
    const chosen = `Lampang-Scale-${Date.now()}`;
    const reset = await asAdmin(`mutation($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { userErrors { code message } } }`, {
      input: { userId: official.id, temporaryPassword: temporary },
    });
    expect(reset.errors, JSON.stringify(reset.errors)).toBeUndefined();
    expect(reset.data.resetUserPassword.userErrors).toEqual([]);

    await inBrowser({}, async ({ page, problems }) => {
      await visit(page, `${WEB}/complaints?lang=en`);
      await page.waitForURL(/\/signin\?/);
      await page.getByLabel('Username').fill('official1.c2');
      await page.getByLabel('Password').fill(temporary);
      await page.getByTestId('signin-submit').click();
      // the temporary password must be replaced before anything else
      const form = page.getByTestId('change-password-form');
      await form.waitFor();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Change your password');
      expect(await page.getByTestId('signin-error').getAttribute('data-code')).toBe('PASSWORD_EXPIRED');
      expect(await page.locator('#username').inputValue()).toBe('official1.c2');
      // a new password that breaks the policy: the reason, under the new-password field
      await page.locator('html[data-hydrated="true"]').waitFor();
      await page.getByLabel('Current password').fill(temporary);
      await page.getByLabel('New password', { exact: true }).fill('short');
      await page.getByLabel('Confirm the new password').fill('short');
      await page.getByTestId('change-password-submit').click();
      const policy = page.getByTestId('new-password-error');
      await policy.waitFor();
      await expect(policy.textContent()).resolves.toBe('The new password is too short.');
      await expect(page.locator('#newPassword').getAttribute('aria-invalid')).resolves.toBe('true');
      await shot(page, '00c-change-password-policy');
      // refused form posts answer 400, which Chromium logs as failed resources: expected here
      expect(problems.every((p) => p.includes('status of 400'))).toBe(true);
      problems.length = 0;
      // a good one signs the official in and continues to the inbox, in English as before
      await page.locator('html[data-hydrated="true"]').waitFor();
      await page.getByLabel('Current password').fill(temporary);
      await page.getByLabel('New password', { exact: true }).fill(chosen);
      await page.getByLabel('Confirm the new password').fill(chosen);
      await page.getByTestId('change-password-submit').click();
      await page.waitForURL((url) => url.pathname === '/complaints' && url.searchParams.get('lang') === 'en');
      await page.getByTestId('inbox-table').waitFor();
      await expect(page.getByTestId('signout').textContent()).resolves.toBe('Sign out');
    });
    // the new password is the one that works now
    expect(await signIn(ROUTER, 'official1.c2', chosen)).toBeTruthy();
  });

  it('an executive drills nation → region → province, the URL carries the filters, back returns, and the view exports', { timeout: 60_000 }, async () => {
    await inBrowser({ as: 'executive' }, async ({ page }) => {
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

    });
  });

  it('works in English and on a phone', { timeout: 30_000 }, async () => {
    await inBrowser({ viewport: { width: 390, height: 844 }, as: 'official1.c1' }, async ({ page }) => {
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
    });
  });
});
