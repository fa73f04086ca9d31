/**
 * Exports as officials receive them (004 §4.5.1 (13)): a 120-row Thai report rendered to PDF
 * and read back with poppler (pdftotext, pdftoppm), and the same table as CSV parsed back.
 * Needs poppler-utils on the machine (Debian: apt-get install poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCsv, renderPdf, type ReportTable } from '../../subgraphs/complaints/src/export/index.js';

const PROVINCES = ['เชียงใหม่', 'ลำพูน', 'กรุงเทพมหานคร', 'นครราชสีมา', 'สงขลา', 'อุบลราชธานี'];
const OFFENCES = [
  'ใช้เครื่องชั่งที่ไม่ได้รับคำรับรอง',
  'ใช้เครื่องชั่งตวงวัดที่ผิดอัตราเกินกว่าอัตราเผื่อเหลือเผื่อขาด เพื่อเอาเปรียบผู้ซื้อ ณ จุดขายในตลาดสด',
  'ขายสินค้าหีบห่อที่มีปริมาณขาดจากที่แสดงไว้',
  'มาตรวัดน้ำมันเชื้อเพลิงจ่ายขาด',
];
const OUTCOMES = ['เปรียบเทียบปรับ', 'ส่งพนักงานสอบสวน', 'ยุติเรื่อง ไม่พบการกระทำความผิด', 'อยู่ระหว่างตรวจสอบ'];

const referenceNo = 'EXP-2569-000123';
const watermark = 'ใช้ภายในราชการ สมชาย ใจดี';
const rowCount = 120;

function table(): ReportTable {
  const rows = Array.from({ length: rowCount }, (_, i) => ({
    no: i + 1,
    ref: `CP-2569-${String(i + 1).padStart(7, '0')}`,
    receivedAt: new Date(Date.UTC(2026, 9, 1 + (i % 28), 2 + (i % 9), (i * 7) % 60)),
    province: PROVINCES[i % PROVINCES.length],
    offence: OFFENCES[i % OFFENCES.length],
    outcome: OUTCOMES[i % OUTCOMES.length],
    fine: i % 4 === 0 ? 150000 + i * 1234 : null,
    closure: (i % 10) / 10 + 0.0512,
  }));
  const fineTotal = rows.reduce((sum, r) => sum + (r.fine ?? 0), 0);
  return {
    title: 'รายงานจำนวนคดีแยกตามฐานความผิด พื้นที่ และช่วงเวลา พร้อมผลคดี',
    titleEn: 'Cases by offence, area and period, with outcomes',
    referenceNo,
    generatedAt: new Date('2026-11-23T07:05:00Z'),
    generatedBy: 'สมชาย ใจดี (ศูนย์ชั่งตวงวัดเชียงใหม่)',
    filters: [
      { label: 'จังหวัด', value: PROVINCES.join(', ') },
      { label: 'ช่วงเวลา', value: '1 ต.ค. 2569 – 31 ต.ค. 2569' },
    ],
    watermark,
    columns: [
      { key: 'no', header: 'ลำดับ', width: 0.5, format: 'number' },
      { key: 'ref', header: 'เลขที่เรื่อง', width: 1.3 },
      { key: 'receivedAt', header: 'วันที่รับเรื่อง', width: 1.3, format: 'datetime' },
      { key: 'province', header: 'จังหวัด', width: 1.1 },
      { key: 'offence', header: 'ฐานความผิด', width: 2.6 },
      { key: 'outcome', header: 'ผลการดำเนินการ', width: 1.5 },
      { key: 'fine', header: 'ค่าปรับ (บาท)', width: 1, format: 'satang' },
      { key: 'closure', header: 'อัตราการปิดคดี', width: 0.9, format: 'percent' },
    ],
    rows,
    totals: { fine: fineTotal },
  };
}

let dir: string;
let pdfPath: string;
let pages: number;

function pdftotext(...args: string[]): string {
  return execFileSync('pdftotext', [...args, pdfPath, '-'], { encoding: 'utf8' });
}

/** Compatibility form: pdf text gives ำ as ํ + า (see pdf.ts, fixToUnicode), equal under NFKC. */
const nfkc = (s: string) => s.normalize('NFKC');
/** Cells wrap onto several lines, so values spanning a wrap are compared without white space. */
const squash = (s: string) => nfkc(s).replace(/\s+/g, '');

beforeAll(async () => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftotext is missing: this test reads the PDF back with poppler (apt-get install -y poppler-utils)');
  }
  dir = mkdtempSync(join(tmpdir(), 'metrograph-export-'));
  pdfPath = join(dir, `${referenceNo}.pdf`);
  writeFileSync(pdfPath, await renderPdf(table()));
  pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
});

afterAll(() => {
  if (process.env.KEEP_EXPORT_PDF) console.log(`export test files kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

describe('PDF export of a 120-row Thai report', () => {
  it('is an A4 landscape document of several pages with the Thai fonts embedded', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(pages).toBeGreaterThanOrEqual(3);
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/Sarabun-Regular/);
    expect(fonts).toMatch(/Sarabun-Bold/);
    for (const line of fonts.split('\n').filter((l) => l.includes('Sarabun'))) expect(line).toMatch(/yes\s+yes\s+yes/); // embedded, subset, ToUnicode
  });

  it('has the department, title, reference number, generated at/by and filters on the first page', () => {
    const first = nfkc(pdftotext('-raw', '-f', '1', '-l', '1'));
    for (const text of [
      'กรมการค้าภายใน กองชั่งตวงวัด',
      'รายงานจำนวนคดีแยกตามฐานความผิด',
      `เลขอ้างอิงเอกสาร ${referenceNo}`,
      'ออกรายงานเมื่อ 23 พ.ย. 2569 14:05',
      'สมชาย ใจดี (ศูนย์ชั่งตวงวัดเชียงใหม่)',
      'จำนวน 120 รายการ',
      'ช่วงเวลา 1 ต.ค. 2569 – 31 ต.ค. 2569',
    ]) {
      expect(first).toContain(nfkc(text));
    }
  });

  it('has the watermark, the repeated header row, the reference number and "หน้า x / y" on every page', () => {
    for (let page = 1; page <= pages; page++) {
      const text = nfkc(pdftotext('-raw', '-f', String(page), '-l', String(page)));
      expect(text, `page ${page}`).toContain(nfkc(watermark));
      expect(text, `page ${page}`).toContain(`เลขอ้างอิงเอกสาร ${referenceNo}`);
      expect(text, `page ${page}`).toContain(`หน้า ${page} / ${pages}`);
      for (const header of ['เลขที่เรื่อง', 'วันที่รับเรื่อง', 'ฐานความผิด', 'ค่าปรับ (บาท)']) expect(text, `page ${page}`).toContain(header);
    }
  });

  it('contains every row once with its Thai values, and the totals row', () => {
    const text = nfkc(pdftotext('-raw'));
    for (let i = 1; i <= rowCount; i++) {
      const ref = `CP-2569-${String(i).padStart(7, '0')}`;
      expect(text.split(ref), ref).toHaveLength(2);
    }
    for (const value of [...PROVINCES, ...OUTCOMES, 'ใช้เครื่องชั่งที่ไม่ได้รับคำรับรอง', 'มาตรวัดน้ำมันเชื้อเพลิงจ่ายขาด']) {
      expect(squash(text), value).toContain(squash(value));
    }
    // The long offence wraps inside its cell, at Thai word boundaries, so its words are all there.
    for (const word of ['เอาเปรียบผู้ซื้อ', 'ณ จุดขายในตลาดสด', 'การกระทำความผิด']) expect(text).toContain(nfkc(word));
    expect(squash(text)).toContain(squash(OFFENCES[1]));
    expect(text).toContain('1 ต.ค. 2569 09:00');
    expect(text).toContain('1,500.00'); // row 1: 150,000 satang
    expect(text).toContain('5.1%');
    const fineTotal = table().totals!.fine as number;
    expect(text).toMatch(new RegExp(`รวม\\s+${(fineTotal / 100).toLocaleString('en-US', { minimumFractionDigits: 2 }).replace(/[.,]/g, '\\$&')}`));
  });

  it('right-aligns the money column: every amount ends at the same x', () => {
    const html = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' });
    const amounts = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(\d{1,3}(?:,\d{3})*\.\d{2})<\/word>/g)];
    expect(amounts.length).toBeGreaterThanOrEqual(rowCount / 4);
    const rightEdges = new Set(amounts.map((m) => Math.round(Number(m[2]))));
    const leftEdges = new Set(amounts.map((m) => Math.round(Number(m[1]))));
    expect(rightEdges.size).toBe(1);
    expect(leftEdges.size).toBeGreaterThan(1); // widths differ, so they are not left-aligned
  });

  it('renders page 1 to an image (looked at by hand for Thai shaping; kept with KEEP_EXPORT_PDF=1)', () => {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page-1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(join(dir, 'page-1.png')).size).toBeGreaterThan(10_000);
  });

  it('renders an empty result as a page that says so', async () => {
    const empty = { ...table(), rows: [], totals: undefined };
    const path = join(dir, 'empty.pdf');
    writeFileSync(path, await renderPdf(empty));
    const text = nfkc(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }));
    expect(text).toContain('ไม่พบข้อมูลตามเงื่อนไข');
    expect(text).toContain('หน้า 1 / 1');
  });
});

describe('CSV export of the same report', () => {
  it('parses back with the BOM, the header, 120 rows and the totals, Thai intact', () => {
    const bytes = renderCsv(table());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1 + rowCount + 1);
    const cells = (line: string) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 8);
    expect(cells(lines[0])).toEqual(['ลำดับ', 'เลขที่เรื่อง', 'วันที่รับเรื่อง', 'จังหวัด', 'ฐานความผิด', 'ผลการดำเนินการ', 'ค่าปรับ (บาท)', 'อัตราการปิดคดี']);
    expect(cells(lines[1])).toEqual(['1', 'CP-2569-0000001', '2026-10-01 09:00', 'เชียงใหม่', OFFENCES[0], 'เปรียบเทียบปรับ', '1500.00', '5.1']);
    expect(cells(lines[2])[4]).toBe(OFFENCES[1]);
    expect(cells(lines[2])[6]).toBe('');
  });
});
