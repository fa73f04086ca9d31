/**
 * A complaint walked from intake to a closed case through the router, against real PostgreSQL:
 * triage (suggested basis), assignment (with notifications), findings, case, fine settlement
 * (an event to payments), payment reported back (an event from payments), final, closure;
 * the timeline shows every step with its actor; invalid moves are refused with clear errors;
 * a branch official sees only their provinces by every path.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@metrograph/kit';
import { startTestGraph, type TestGraph } from './testkit.js';
import { startBankSimulator, type BankSimulator } from './payments-testkit.js';

let graph: TestGraph;
let bank: BankSimulator;
const HOTLINE_SECRET = 'test-1569-intake-secret-0123456789abcdef';
const BANK_SECRET = 'test-bank-shared-secret-0123456789';
beforeAll(async () => {
  // the bank's direct link (its simulator), calling back into payments
  bank = await startBankSimulator({ secret: BANK_SECRET, billerId: '099400000000101' });
  Object.assign(process.env, { BANK_SHARED_SECRET: BANK_SECRET, BANK_URL: bank.url, BILLER_TAX_ID: '0994000000001', BILLER_SUFFIX: '01' });
  // the complaints subgraph registers the 1569 centre's secret from its environment
  process.env.INTEGRATION_KEY = 'test-integration-key-0123456789abcdef0123';
  process.env.HOTLINE_INTAKE_SECRET = HOTLINE_SECRET;
  graph = await startTestGraph();
  // the bank calls back through the router, the only public door
  await bank.control('/sim/config', { callbackUrl: graph.routerUrl.replace(/\/graphql$/, '/bank/payment-callback') });
});
afterAll(async () => {
  await graph?.stop();
  await bank?.stop();
});

const COMPLAINT = `id referenceNo status provinceCode: province { code } office { code } assignee { id }
  offenceBasis { code } slaState slaDueAt
  timeline { type actorName summary fromStatus toStatus at }
  cases { id caseNo status fineAmountSatang finePaidAt events { kind statusAfter actorName } }`;

const INPUT_TYPES: Record<string, string> = { startInvestigation: 'ComplaintIdInput' };

async function mutate(name: string, input: Record<string, unknown>, selection = `complaint { ${COMPLAINT} } legalCase { id caseNo status } userErrors { field code message }`) {
  const inputType = INPUT_TYPES[name] ?? `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const result = await graph.query(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data[name];
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a complaint from intake to a closed case', () => {
  it('walks triage, assignment, findings, fine settlement, payment, final and closure', { timeout: 60_000 }, async () => {
    // the 1569 complaint centre (its simulator) posts the complaint, signed
    const { makeComplaint, postComplaint } = await import('../../subgraphs/complaints/hotline-simulator/simulator.mjs');
    const posted = makeComplaint(0, { runId: 'WALK', provinceCodes: ['50'] });
    posted.details = `ร้านขายหมูใน${posted.place.name}ใช้ตาชั่งที่ไม่มีเครื่องหมายคำรับรอง และสติ๊กเกอร์หมดอายุแล้ว`;
    const intake = graph.routerUrl.replace(/\/graphql$/, '/integrations/1569/complaints'); // through the router
    const answer = await postComplaint(intake, posted, { secret: HOTLINE_SECRET });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const received = await graph.query(`query($r: String!) { complaintByReference(referenceNo: $r) { id channel externalRef status details triageSuggestions { offenceBasis { code } confidence matchedTerms } } }`, { r: answer.body.referenceNo });
    const target = received.data.complaintByReference;
    expect(target).toMatchObject({ channel: 'HOTLINE_1569', externalRef: posted.ticketNo, status: 'RECEIVED' });
    expect(target.triageSuggestions[0].offenceBasis.code).toBe('UNVERIFIED_INSTRUMENT');
    const suggestion = target.triageSuggestions[0];
    expect(suggestion.confidence).toBe(1);
    expect(suggestion.matchedTerms.length).toBeGreaterThan(0);

    // an invalid move is refused, naming the statuses
    const early = await mutate('startInvestigation', { complaintId: target.id });
    expect(early.complaint).toBeNull();
    expect(early.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(early.userErrors[0].message).toMatch(/RECEIVED cannot become INVESTIGATING; allowed: TRIAGED, CLOSED/);

    const badBasis = await mutate('triageComplaint', { complaintId: target.id, offenceBasisCode: 'NOPE' });
    expect(badBasis.userErrors[0]).toMatchObject({ field: ['input', 'offenceBasisCode'], code: 'UNKNOWN_OFFENCE_BASIS' });

    const triaged = await mutate('triageComplaint', { complaintId: target.id, offenceBasisCode: suggestion.offenceBasis.code });
    expect(triaged.userErrors).toEqual([]);
    expect(triaged.complaint.status).toBe('TRIAGED');

    const assigned = await mutate('assignComplaint', { complaintId: target.id });
    expect(assigned.userErrors).toEqual([]);
    expect(assigned.complaint.status).toBe('ASSIGNED');
    const assigneeId = assigned.complaint.assignee.id;
    const roster = await graph.query(`query($o: ID!) { officers(officeCode: $o) { name isHead expertise } }`, { o: assigned.complaint.office.code });
    expect(roster.data.officers.length).toBeGreaterThan(0);

    // the assignee and the office head are notified
    const officerPrincipal: Principal = { kind: 'user', id: assigneeId, name: 'assignee', officeCode: assigned.complaint.office.code, roles: ['OFFICIAL'], provinceCodes: null, rights: {} };
    const notes = await graph.subgraphQuery('complaints', `{ myNotifications { kind message } }`, undefined, officerPrincipal);
    expect(notes.data.myNotifications[0]).toMatchObject({ kind: 'ASSIGNED' });
    expect(notes.data.myNotifications[0].message).toContain(assigned.complaint.referenceNo);

    await mutate('startInvestigation', { complaintId: target.id });
    const noSummary = await mutate('recordFindings', { complaintId: target.id, inspectedAt: new Date().toISOString(), offenceFound: true, summary: ' ' });
    expect(noSummary.userErrors[0]).toMatchObject({ field: ['input', 'summary'], code: 'REQUIRED' });
    const badNo = await mutate('recordFindings', { complaintId: target.id, inspectedAt: new Date().toISOString(), offenceFound: true, summary: 'พบ', instrumentNos: ['123'] });
    expect(badNo.userErrors[0]).toMatchObject({ field: ['input', 'instrumentNos'], code: 'INVALID_FORMAT' });

    const found = await mutate('recordFindings', {
      complaintId: target.id, inspectedAt: new Date().toISOString(), offenceFound: true,
      summary: 'ตรวจพบเครื่องชั่งชั่งขาดเกินเกณฑ์คลาดเคลื่อน', instrumentNos: ['50012568000000003343'], lat: 18.79, lng: 98.98,
    });
    expect(found.userErrors).toEqual([]);
    expect(found.complaint.status).toBe('OFFENCE_FOUND');
    const caseId = found.legalCase.id;
    expect(found.legalCase.caseNo).toMatch(/^CS-25\d\d-\d{6}$/);

    const caseSelection = `legalCase { id status fineAmountSatang } caseEvent { kind statusAfter attachments { fileName mimeType sizeBytes sha256 } } userErrors { field code message }`;
    const tooEarly = await mutate('recordCaseEvent', { caseId, kind: 'PROSECUTION' }, caseSelection);
    expect(tooEarly.userErrors[0].message).toMatch(/PROSECUTION would move a OPEN case to PROSECUTED/);
    const noFine = await mutate('recordCaseEvent', { caseId, kind: 'FINE_SETTLEMENT' }, caseSelection);
    expect(noFine.userErrors[0]).toMatchObject({ field: ['input', 'fineAmountSatang'], code: 'REQUIRED' });

    const pdf = Buffer.from('%PDF-1.4\n% บันทึกการเปรียบเทียบปรับ\n').toString('base64');
    const settled = await mutate('recordCaseEvent', {
      caseId, kind: 'FINE_SETTLEMENT', fineAmountSatang: 500_000, referenceDocuments: ['พณ 0407/1234'],
      attachments: [{ fileName: 'บันทึกเปรียบเทียบปรับ.pdf', contentBase64: pdf }, { fileName: 'คลิป', linkUrl: 'https://video.example.go.th/case/1' }],
    }, caseSelection);
    expect(settled.userErrors).toEqual([]);
    expect(settled.legalCase).toMatchObject({ status: 'FINE_PROPOSED', fineAmountSatang: 500_000 });
    expect(settled.caseEvent.attachments.map((a: any) => a.mimeType)).toEqual(['application/pdf', 'text/uri-list']);
    const fake = await mutate('recordCaseEvent', { caseId, kind: 'NOTE', attachments: [{ fileName: 'x.pdf', contentBase64: Buffer.from('MZ executable').toString('base64') }] }, caseSelection);
    expect(fake.userErrors[0]).toMatchObject({ code: 'INVALID_ATTACHMENT', field: ['input', 'attachments', '0', 'contentBase64'] });

    // the settlement asks payments for a payment request (an event through the outbox, not a call)
    const request = await waitFor('the fine payment request', async () => {
      const r = await graph.query(`query($case: String) { paymentRequests(first: 5, filter: { sourceId: $case }) { edges { node { id ref1 ref2 amountSatang status feeCode } } } }`, { case: caseId });
      return r.data?.paymentRequests.edges[0]?.node;
    });
    expect(request).toMatchObject({ amountSatang: 500_000, status: 'PENDING' });

    // the operator pays at the bank; the bank calls back (twice); payments reports PAID by event
    const paidAtBank = await bank.control('/sim/pay', { ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang, duplicates: 1 });
    expect(paidAtBank.status, JSON.stringify(paidAtBank.body)).toBe(200);
    const paidCase = await waitFor('the case to record the fine paid', async () => {
      const r = await graph.query(`query($id: ID!) { legalCase(id: $id) { status finePaidAt events { kind } } }`, { id: caseId });
      return r.data.legalCase.status === 'FINE_PAID' ? r.data.legalCase : null;
    });
    expect(paidCase.events.filter((e: any) => e.kind === 'FINE_PAID')).toHaveLength(1);

    const final = await mutate('recordCaseEvent', { caseId, kind: 'FINAL', outcome: 'ชำระค่าปรับครบถ้วน คดีถึงที่สุด' }, caseSelection);
    expect(final.legalCase.status).toBe('FINAL');

    const done = await graph.query(`query($id: ID!) { complaint(id: $id) { ${COMPLAINT} } }`, { id: target.id });
    const complaint = done.data.complaint;
    expect(complaint.status).toBe('CLOSED');
    expect(complaint.slaState).toBe('NONE');
    const steps = complaint.timeline.map((t: any) => t.type);
    expect(steps).toEqual(['RECEIVED', 'TRIAGED', 'ASSIGNED', 'STATUS_CHANGED', 'FINDINGS_RECORDED', 'CASE_OPENED', 'CASE_EVENT', 'CASE_EVENT', 'CASE_EVENT', 'CLOSED']);
    for (const step of complaint.timeline) expect(step.actorName).toBeTruthy();
    expect(complaint.timeline.find((t: any) => t.type === 'CASE_EVENT' && t.toStatus === 'FINE_PAID').actorName).toBe('payments');
    const times = complaint.timeline.map((t: any) => Date.parse(t.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('flags a likely duplicate and merges it', async () => {
    const list = await graph.query(`{ complaints(first: 100, filter: { statuses: [RECEIVED, TRIAGED, ASSIGNED] }) { edges { node { id referenceNo details respondentName placeName provinceCode: province { code } } } } }`);
    const original = list.data.complaints.edges[0].node;
    const twin = await graph.query(`query($q: String) { complaints(first: 5, filter: { search: $q }) { edges { node { id possibleDuplicates { score complaint { id } } } } } }`, { q: original.referenceNo });
    expect(twin.data.complaints.edges[0].node.id).toBe(original.id);
    const others = list.data.complaints.edges.map((e: any) => e.node).filter((n: any) => n.id !== original.id);
    const merged = await mutate('mergeComplaint', { complaintId: others[0].id, intoComplaintId: original.id });
    expect(merged.userErrors).toEqual([]);
    const closed = await graph.query(`query($id: ID!) { complaint(id: $id) { status closingReason duplicateOf { id } } }`, { id: others[0].id });
    expect(closed.data.complaint).toMatchObject({ status: 'CLOSED', duplicateOf: { id: original.id } });
    expect(closed.data.complaint.closingReason).toContain(original.referenceNo);
    const self = await mutate('mergeComplaint', { complaintId: original.id, intoComplaintId: original.id });
    expect(self.userErrors[0]).toMatchObject({ code: 'SAME_COMPLAINT', field: ['input', 'intoComplaintId'] });
  });

  it('saves a search and runs it again', async () => {
    const saved = await graph.subgraphQuery(
      'complaints',
      `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { savedSearch { id name } userErrors { code } } }`,
      { input: { name: 'เชียงใหม่ ที่ปิดแล้ว', filter: { provinceCodes: ['50'], statuses: ['CLOSED'] }, orderBy: [{ field: 'REFERENCE_NO', direction: 'ASC' }] } },
      { kind: 'user', id: randomUUID(), name: 'analyst', officeCode: 'HQ', roles: ['ANALYST'], provinceCodes: null, rights: {} },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveSearch.savedSearch.name).toBe('เชียงใหม่ ที่ปิดแล้ว');
  });
});

describe('area scope', () => {
  it('shows a branch official only the provinces of their office, by every path', async () => {
    const office = await graph.query(`{ office(code: "B07") { servedProvinces { code } } }`);
    const provinces: string[] = office.data.office.servedProvinces.map((p: any) => p.code);
    const branch: Principal = { kind: 'user', id: randomUUID(), name: 'official1.b07', officeCode: 'B07', roles: ['OFFICIAL'], provinceCodes: provinces, rights: {} };
    const all = await graph.query(`{ complaints(first: 100) { totalCount edges { node { id province { code } } } } }`);
    expect(all.errors, JSON.stringify(all.errors)).toBeUndefined();
    const outside = all.data.complaints.edges.map((e: any) => e.node).find((n: any) => !provinces.includes(n.province.code));

    const mine = await graph.subgraphQuery('complaints', `{ complaints(first: 100) { totalCount } legalCases(first: 100) { edges { node { caseNo } } } }`, undefined, branch);
    expect(mine.errors, JSON.stringify(mine.errors)).toBeUndefined();
    expect(mine.data.complaints.totalCount).toBeLessThan(all.data.complaints.totalCount);
    const scoped = await graph.subgraphQuery('complaints', `query { complaints(first: 100) { edges { node { referenceNo } } } }`, undefined, branch);
    expect(scoped.errors).toBeUndefined();

    const lookups = await graph.subgraphQuery(
      'complaints',
      `query($id: ID!, $r: [_Any!]!) { complaint(id: $id) { id } _entities(representations: $r) { ... on Complaint { id details } } }`,
      { id: outside.id, r: [{ __typename: 'Complaint', id: outside.id }] },
      branch,
    );
    expect(lookups.errors).toBeUndefined();
    expect(lookups.data.complaint).toBeNull();
    expect(lookups.data._entities).toEqual([null]);

    const viaSearch = await graph.subgraphQuery('complaints', `query($q: ID!) { complaints(first: 5, filter: { provinceCodes: [$q] }) { totalCount } }`, { q: outside.province.code }, branch);
    expect(viaSearch.data.complaints.totalCount).toBe(0);
    const refused = await graph.subgraphQuery('complaints', `mutation($input: AssignComplaintInput!) { assignComplaint(input: $input) { userErrors { code } } }`, { input: { complaintId: outside.id } }, branch);
    expect(refused.data.assignComplaint.userErrors[0].code).toBe('NOT_FOUND');
  });
});

describe('exports', () => {
  it('exports only the branch official\'s rows, with reference number and watermark, and records the download', { timeout: 60_000 }, async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const office = await graph.query(`{ office(code: "C1") { servedProvinces { code } } }`);
    const provinces: string[] = office.data.office.servedProvinces.map((p: any) => p.code);
    const branch: Principal = { kind: 'user', id: randomUUID(), name: 'official1.c1', officeCode: 'C1', roles: ['OFFICIAL'], provinceCodes: provinces, rights: {} };

    const exportQuery = `mutation($input: ExportComplaintsInput!) { exportComplaints(input: $input) { referenceNo fileName contentType rowCount contentBase64 } }`;
    const csv = await graph.subgraphQuery('complaints', exportQuery, { input: { format: 'CSV', limit: 500 } }, branch);
    expect(csv.errors, JSON.stringify(csv.errors)).toBeUndefined();
    const file = csv.data.exportComplaints;
    expect(file.referenceNo).toMatch(/^EXP-25\d\d-\d{6}$/);
    expect(file.fileName).toContain(file.referenceNo);
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split(/\r\n/);
    expect(lines.length - 1).toBe(file.rowCount);
    const header = lines[0].replace('\ufeff', '').split(',');
    const provinceIndex = header.findIndex((h) => h.includes('จังหวัด'));
    for (const line of lines.slice(1)) expect(provinces).toContain(line.split(',')[provinceIndex]);

    const pdf = await graph.subgraphQuery('complaints', exportQuery, { input: { format: 'PDF', limit: 100, filter: { statuses: ['CLOSED'] } } }, branch);
    expect(pdf.errors, JSON.stringify(pdf.errors)).toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'metrograph-export-'));
    const pdfPath = path.join(dir, 'export.pdf');
    writeFileSync(pdfPath, Buffer.from(pdf.data.exportComplaints.contentBase64, 'base64'));
    const pdfText = execFileSync('pdftotext', ['-raw', pdfPath, '-']).toString('utf8').normalize('NFKC');
    expect(pdfText).toContain(pdf.data.exportComplaints.referenceNo);
    expect(pdfText).toContain('ใช้ภายในราชการ');
    expect(pdfText).toContain('กองชั่งตวงวัด');

    const report = await graph.subgraphQuery('complaints', `mutation { exportComplaintReport(input: { kind: STATUS_SUMMARY, format: PDF }) { referenceNo rowCount } }`, undefined, branch);
    expect(report.errors, JSON.stringify(report.errors)).toBeUndefined();
    const summary = await graph.subgraphQuery('complaints', `{ complaintReport(kind: STATUS_SUMMARY) { totals rows } }`, undefined, branch);
    const mine = await graph.subgraphQuery('complaints', `{ complaints(first: 0) { totalCount } }`, undefined, branch);
    expect(summary.data.complaintReport.totals.complaints).toBe(mine.data.complaints.totalCount);

    const log = await graph.subgraphQuery('complaints', `{ exportDownloads(first: 10) { totalCount edges { node { referenceNo report format actorName rowCount } } } }`, undefined, branch);
    expect(log.errors, JSON.stringify(log.errors)).toBeUndefined();
    expect(log.data.exportDownloads.totalCount).toBe(3);
    expect(log.data.exportDownloads.edges.map((e: any) => e.node.report).sort()).toEqual(['complaint-search', 'complaint-search', 'status-summary']);
    expect(log.data.exportDownloads.edges.every((e: any) => e.node.actorName === 'official1.c1')).toBe(true);
  });
});

describe('field surveillance', () => {
  it('plans a test purchase, assigns by workload, records results in the window, and an offence opens a case', { timeout: 30_000 }, async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const sel = `plan { id planNo status assigneeIds provinceCodes results { id offenceFound legalCase { caseNo status } editableUntil } } result { id summary } legalCase { id caseNo status } userErrors { field code message }`;
    const run = async (name: string, input: Record<string, unknown>, type: string) => {
      const r = await graph.query(`mutation($input: ${type}!) { ${name}(input: $input) { ${sel} } }`, { input });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data[name];
    };
    const bad = await run('createSurveillancePlan', { kind: 'TEST_PURCHASE', title: 'ล่อซื้อ', officeCode: 'C1', provinceCodes: ['5'], areaDescription: 'ตลาด', startsOn: today, endsOn: '2020-01-01' }, 'CreateSurveillancePlanInput');
    expect(bad.userErrors.map((e: any) => e.field.join('.'))).toEqual(['input.endsOn', 'input.provinceCodes']);

    const created = await run('createSurveillancePlan', {
      kind: 'TEST_PURCHASE', title: 'ล่อซื้อผลไม้ตลาดวโรรส', officeCode: 'C1', provinceCodes: ['50'], areaDescription: 'ตลาดวโรรส ตลาดต้นลำไย', startsOn: today, endsOn: today,
    }, 'CreateSurveillancePlanInput');
    expect(created.userErrors).toEqual([]);
    const planId = created.plan.id;
    expect(created.plan.planNo).toMatch(/^SV-25\d\d-\d{6}$/);

    const assigned = await run('assignSurveillancePlan', { planId }, 'AssignSurveillanceInput');
    expect(assigned.plan.assigneeIds.length).toBeGreaterThan(0);

    const outside = await run('recordSurveillanceResult', {
      planId, inspectedAt: new Date().toISOString(), placeName: 'แผงผลไม้', provinceCode: '10', respondentName: 'ร้านผลไม้', offenceFound: false, summary: 'ปกติ',
    }, 'RecordSurveillanceResultInput');
    expect(outside.userErrors[0]).toMatchObject({ field: ['input', 'provinceCode'], code: 'OUTSIDE_PLAN' });

    const offence = await run('recordSurveillanceResult', {
      planId, inspectedAt: new Date().toISOString(), placeName: 'แผงลำไย ตลาดวโรรส', provinceCode: '50', lat: 18.79, lng: 99.0, respondentName: 'ร้านลำไยทอง',
      instrumentNos: ['50012568000000003343'], offenceFound: true, offenceBasisCode: 'FRAUDULENT_USE', summary: 'ซื้อ 1 กิโลกรัม ได้จริง 850 กรัม',
    }, 'RecordSurveillanceResultInput');
    expect(offence.userErrors).toEqual([]);
    expect(offence.legalCase).toMatchObject({ status: 'OPEN' });

    const corrected = await run('correctSurveillanceResult', { resultId: offence.result.id, summary: 'ซื้อ 1 กิโลกรัม ได้จริง 845 กรัม' }, 'CorrectSurveillanceResultInput');
    expect(corrected.result.summary).toContain('845');

    const caseTimeline = await graph.query(`query($id: ID!) { legalCase(id: $id) { timeline { type summary actorName } } }`, { id: offence.legalCase.id });
    expect(caseTimeline.data.legalCase.timeline[0]).toMatchObject({ type: 'CASE_OPENED' });
    expect(caseTimeline.data.legalCase.timeline[0].summary).toContain(created.plan.planNo);

    const history = await graph.query(`{ surveillancePlans(first: 10, filter: { officeCodes: ["C1"] }) { totalCount edges { node { planNo results { offenceFound } } } } }`);
    expect(history.data.surveillancePlans.edges[0].node.results).toHaveLength(1);

    const branch: Principal = { kind: 'user', id: randomUUID(), name: 'official1.b07', officeCode: 'B07', roles: ['OFFICIAL'], provinceCodes: ['47', '38'], rights: {} };
    const hidden = await graph.subgraphQuery('complaints', `query($id: ID!) { surveillancePlan(id: $id) { id } surveillancePlans(first: 5) { totalCount } }`, { id: planId }, branch);
    expect(hidden.data.surveillancePlan).toBeNull();
    expect(hidden.data.surveillancePlans.totalCount).toBe(0);

    const closed = await graph.query(`mutation($id: ID!) { closeSurveillancePlan(planId: $id) { plan { status } userErrors { code } } }`, { id: planId });
    expect(closed.data.closeSurveillancePlan.plan.status).toBe('COMPLETED');
  });
});

describe('dashboard statistics', () => {
  it('groups KPIs by province, sums to the total, and respects area scope', async () => {
    const total = await graph.query(`{ complaintStats(groupBy: TOTAL) { key received open closed closureRate averageDaysToClose overdue cases finesSatang } }`);
    expect(total.errors, JSON.stringify(total.errors)).toBeUndefined();
    const all = total.data.complaintStats[0];
    const count = await graph.query(`{ complaints(first: 0) { totalCount } }`);
    expect(all.received).toBe(count.data.complaints.totalCount);
    expect(all.open + all.closed).toBe(all.received);
    const byProvince = await graph.query(`{ complaintStats(groupBy: PROVINCE) { key received closed cases finesSatang } }`);
    const rows = byProvince.data.complaintStats;
    expect(rows.reduce((s: number, r: any) => s + r.received, 0)).toBe(all.received);
    expect(rows.reduce((s: number, r: any) => s + r.finesSatang, 0)).toBe(all.finesSatang);
    const months = await graph.query(`{ complaintStats(groupBy: MONTH, filter: { statuses: [CLOSED] }) { key received closed } }`);
    for (const row of months.data.complaintStats) {
      expect(row.key).toMatch(/^\d{4}-\d{2}$/);
      expect(row.closed).toBe(row.received);
    }
    const branch: Principal = { kind: 'user', id: randomUUID(), name: 'b', officeCode: 'C1', roles: ['OFFICIAL'], provinceCodes: ['50', '51', '58'], rights: {} };
    const scoped = await graph.subgraphQuery('complaints', `{ complaintStats(groupBy: PROVINCE) { key } }`, undefined, branch);
    for (const row of scoped.data.complaintStats) expect(['50', '51', '58']).toContain(row.key);
  });
});
