import { describe, expect, it } from 'vitest';
import { breakUnits, fontRuns, renderPdf } from './pdf.js';
import type { ReportTable } from './table.js';

describe('fontRuns', () => {
  it('sets Thai in the Thai file and spaces, digits and Latin in the Latin file', () => {
    expect(fontRuns('ค่าปรับ 1,500.00 บาท (THB)')).toEqual([
      { subset: 'thai', text: 'ค่าปรับ' },
      { subset: 'latin', text: ' 1,500.00 ' },
      { subset: 'thai', text: 'บาท' },
      { subset: 'latin', text: ' (THB)' },
    ]);
  });

  it('keeps Thai digits, marks and ฿ in the Thai run, and Vietnamese letters in their own file', () => {
    expect(fontRuns('๑๒๓฿น้ำ')).toEqual([{ subset: 'thai', text: '๑๒๓฿น้ำ' }]);
    expect(fontRuns('Nguyễn')).toEqual([
      { subset: 'latin', text: 'Nguy' },
      { subset: 'vietnamese', text: 'ễ' },
      { subset: 'latin', text: 'n' },
    ]);
  });
});

describe('breakUnits', () => {
  it('breaks Thai between words, never inside the terms ICU gets wrong', () => {
    expect(breakUnits('ยุติเรื่อง ไม่พบการกระทำความผิด')).toEqual(['ยุติ', 'เรื่อง', ' ', 'ไม่', 'พบ', 'การกระทำความผิด']);
    expect(breakUnits('ใช้เครื่องชั่งตวงวัดที่ผิดอัตรา').join('|')).toBe('ใช้|เครื่องชั่งตวงวัด|ที่|ผิด|อัตรา');
  });
});

describe('renderPdf', () => {
  const table: ReportTable = {
    title: 'ทดสอบ',
    referenceNo: 'EXP-2569-000001',
    generatedAt: new Date('2026-11-23T07:05:00Z'),
    generatedBy: 'tester',
    filters: [],
    watermark: 'ใช้ภายในราชการ',
    columns: [{ key: 'a', header: 'ข้อความ' }],
    rows: [{ a: 'ตัวอักษรนอกฟอนต์ 中文 😀 ยังออกเอกสารได้' }, { a: 'ก'.repeat(5000) }],
  };

  it('renders characters the font lacks and overlong cells without failing', async () => {
    const pdf = await renderPdf(table);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
  });
});
