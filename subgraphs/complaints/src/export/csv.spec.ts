import { describe, expect, it } from 'vitest';
import { csvField, neutralizeFormula, renderCsv } from './csv.js';
import { contentDisposition, exportFileName } from './file-name.js';
import type { ReportTable } from './table.js';

/** A small RFC 4180 reader, to read back what renderCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const table: ReportTable = {
  title: 'ผลการค้นหาเรื่องร้องเรียน',
  referenceNo: 'EXP-2569-000042',
  generatedAt: new Date('2026-11-23T07:05:00Z'),
  generatedBy: 'สมชาย ใจดี',
  filters: [{ label: 'จังหวัด', value: 'เชียงใหม่' }],
  watermark: 'ใช้ภายในราชการ',
  columns: [
    { key: 'ref', header: 'เลขอ้างอิง' },
    { key: 'subject', header: 'เรื่อง' },
    { key: 'receivedAt', header: 'วันที่รับเรื่อง', format: 'datetime' },
    { key: 'fine', header: 'ค่าปรับ (บาท)', format: 'satang' },
    { key: 'count', header: 'จำนวน', format: 'number' },
  ],
  rows: [
    { ref: 'CP-2569-0000001', subject: 'ตาชั่งไม่เที่ยง, ร้านค้า "ตลาดสด"', receivedAt: new Date('2026-11-01T02:00:00Z'), fine: 150000, count: 1200 },
    { ref: 'CP-2569-0000002', subject: 'บรรทัดแรก\nบรรทัดที่สอง', receivedAt: null, fine: -2550, count: -3 },
    { ref: 'CP-2569-0000003', subject: '=HYPERLINK("http://evil.example","คลิก")', receivedAt: null, fine: null, count: null },
    { ref: 'CP-2569-0000004', subject: '+66 81 234 5678', receivedAt: null, fine: 0, count: 0 },
    { ref: 'CP-2569-0000005', subject: '@SUM(A1)', receivedAt: null, fine: 1, count: 1 },
    { ref: 'CP-2569-0000006', subject: '-ลบ', receivedAt: null, fine: 1, count: 1 },
  ],
  totals: { fine: 147451, count: 1200 },
};

describe('renderCsv', () => {
  const bytes = renderCsv(table);
  const text = bytes.toString('utf8');

  it('starts with a UTF-8 byte-order mark, so Excel reads the Thai', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back: header row, rows, totals, Thai intact, quotes, commas and line breaks kept', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['เลขอ้างอิง', 'เรื่อง', 'วันที่รับเรื่อง', 'ค่าปรับ (บาท)', 'จำนวน']);
    expect(rows[1]).toEqual(['CP-2569-0000001', 'ตาชั่งไม่เที่ยง, ร้านค้า "ตลาดสด"', '2026-11-01 09:00', '1500.00', '1200']);
    expect(rows[2]).toEqual(['CP-2569-0000002', 'บรรทัดแรก\nบรรทัดที่สอง', '', '-25.50', '-3']);
    expect(rows).toHaveLength(1 + table.rows.length + 1);
    expect(rows.at(-1)).toEqual(['', '', '', '1474.51', '1200']);
  });

  it('uses CRLF line ends and nothing before the header row', () => {
    expect(text.startsWith('\uFEFFเลขอ้างอิง,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(1 + table.rows.length + 1 + 1);
  });

  it('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[3][1]).toBe(`'=HYPERLINK("http://evil.example","คลิก")`);
    expect(rows[4][1]).toBe(`'+66 81 234 5678`);
    expect(rows[5][1]).toBe(`'@SUM(A1)`);
    expect(rows[6][1]).toBe(`'-ลบ`);
    expect(rows[2][3]).toBe('-25.50');
    expect(neutralizeFormula('\t=1+1')).toBe(`'\t=1+1`);
    expect(neutralizeFormula('-12.5')).toBe('-12.5');
    expect(csvField('a"b')).toBe('"a""b"');
  });

  it('adds the reference, watermark and filters as leading rows only when asked', () => {
    const rows = parseCsv(renderCsv(table, { preamble: true }).toString('utf8').slice(1));
    expect(rows[0]).toEqual(['เลขอ้างอิงเอกสาร', 'EXP-2569-000042', 'ใช้ภายในราชการ']);
    expect(rows[1]).toEqual(['ออกเมื่อ', '23 พ.ย. 2569 14:05', 'สมชาย ใจดี']);
    expect(rows[2]).toEqual(['เงื่อนไข', 'จังหวัด: เชียงใหม่']);
    expect(rows[4][0]).toBe('เลขอ้างอิง');
    expect(text).not.toContain('EXP-2569-000042');
  });
});

describe('file names', () => {
  it('lead with the reference number and keep only safe characters', () => {
    expect(exportFileName('EXP-2569-000042', 'cases-by-offence', 'pdf')).toBe('EXP-2569-000042_cases-by-offence.pdf');
    expect(exportFileName('EXP-2569-000042', '../รายงาน x', 'csv')).toBe('EXP-2569-000042_x.csv');
  });

  it('are sent with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('EXP-2569-000042_รายงาน.csv')).toBe(
      `attachment; filename="EXP-2569-000042_______.csv"; filename*=UTF-8''EXP-2569-000042_%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99.csv`,
    );
  });
});
