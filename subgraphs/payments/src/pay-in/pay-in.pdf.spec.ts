import { describe, expect, it } from 'vitest';
import { renderPayIn, scriptRuns } from './pay-in.pdf.js';

describe('pay-in PDF', () => {
  it('splits text into Thai and Latin runs (the font files are split by script)', () => {
    expect(scriptRuns('ค่าธรรมเนียม WM-VER-01 รวม 400.00 บาท')).toEqual([
      { thai: true, text: 'ค่าธรรมเนียม ' },
      { thai: false, text: 'WM-VER-01 ' },
      { thai: true, text: 'รวม ' },
      { thai: false, text: '400.00 ' },
      { thai: true, text: 'บาท' },
    ]);
  });
  it('renders an A4 PDF with the Sarabun fonts embedded, with or without codes', async () => {
    const data = {
      requestNo: 'PR-2569-0000001', ref1: '256900000000018', ref2: 'C120261130', billerId: '099400000000101', billerName: 'กองชั่งตวงวัด กรมการค้าภายใน',
      feeCode: 'WM-VER-01', feeName: 'ค่าธรรมเนียมการตรวจสอบให้คำรับรองเครื่องชั่ง', quantity: 1, unitAmountSatang: 20_000, amountSatang: 20_000,
      issuedAt: new Date('2026-11-15T03:00:00Z'), dueDate: '2026-11-30', officeCode: 'C1', payerName: null, payerTaxId: null,
    };
    const payable = await renderPayIn(data);
    expect(payable.subarray(0, 5).toString()).toBe('%PDF-');
    const text = payable.toString('latin1');
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(text).toMatch(/Sarabun/);
    expect(text.match(/\/Subtype \/Image/g)!.length).toBeGreaterThanOrEqual(2); // QR and barcode (PNG alpha adds soft masks)
    const paid = await renderPayIn({ ...data, watermark: 'ชำระแล้ว' });
    expect(paid.toString('latin1').match(/\/Subtype \/Image/g)).toBeNull();
  });
});
