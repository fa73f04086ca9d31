import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { bahtText, csvField, linesCsv, reconciliationXlsx, summaryCsv, thaiTimeText } from './export.js';
import { ReconciliationDimension, type ReconciliationRow, type RequestLine } from './reconciliation.service.js';

const row: ReconciliationRow = {
  officeCode: 'C1', provinceCode: null, serviceType: null, feeCode: null, status: null, period: '2026-11',
  requestCount: 3, paidCount: 2, unpaidCount: 1, overdueCount: 0, underReviewCount: 0, cancelledCount: 0, expiredCount: 0, refundedCount: 1,
  amountDueSatang: 123_450, paidAmountSatang: 100_005, refundedAmountSatang: 5, netReceivedSatang: 100_000, outstandingSatang: 23_445,
};
const line: RequestLine = {
  requestNo: 'PR-2569-0000001', ref1: '256900000000018', ref2: 'C120261130', officeCode: 'C1', provinceCode: '10', serviceType: 'VERIFICATION',
  feeCode: 'WM-VER-01', feeName: 'ค่าธรรมเนียม "ตรวจสอบ", เครื่องชั่ง', operatorId: 'op-1', issuedAt: new Date('2026-11-15T17:30:00Z'), dueDate: '2026-11-30',
  status: 'PAID', amountSatang: 20_000, paidAt: null, paidAmountSatang: 20_000, refundedAmountSatang: 0, bankTransactionId: '=cmd|calc',
};

describe('report files', () => {
  it('write money as exact baht and times in Thai time', () => {
    expect(bahtText(123_405)).toBe('1234.05');
    expect(bahtText(-5)).toBe('-0.05');
    expect(thaiTimeText(new Date('2026-11-15T17:30:00Z'))).toBe('2026-11-16 00:30:00');
  });
  it('quote CSV fields and neutralise spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-0.05')).toBe('-0.05');
    expect(csvField(null)).toBe('');
  });
  it('write CSV with a byte-order mark, Thai headers and one line per row', () => {
    const summary = summaryCsv([ReconciliationDimension.OFFICE, ReconciliationDimension.PERIOD], [row]);
    expect(summary.startsWith('\uFEFFหน่วยงาน (office),ช่วงเวลา (period),จำนวนรายการ (requests)')).toBe(true);
    expect(summary.split('\r\n')[1]).toBe('C1,2026-11,3,2,1,0,0,0,0,1,1234.50,1000.05,0.05,1000.00,234.45');
    const lines = linesCsv([line]).split('\r\n');
    expect(lines[1]).toContain(',"ค่าธรรมเนียม ""ตรวจสอบ"", เครื่องชั่ง",');
    expect(lines[1]).toContain("'=cmd|calc");
  });
  it('write an XLSX workbook that reads back with a summary and a listing sheet', async () => {
    const bytes = await reconciliationXlsx([ReconciliationDimension.OFFICE], [row], [line], 'รายงานทดสอบ');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['สรุป', 'รายการ']);
    const summary = book.getWorksheet('สรุป')!;
    expect(summary.getRow(3).getCell(1).value).toBe('C1');
    expect(summary.getRow(3).getCell(2).value).toBe(3);
    expect(summary.getRow(3).getCell(10).value).toBe(1234.5);
    expect(summary.getColumn(10).numFmt).toBe('#,##0.00');
    const listing = book.getWorksheet('รายการ')!;
    expect(listing.getRow(2).getCell(1).value).toBe('PR-2569-0000001');
    expect(listing.getRow(2).getCell(8).value).toBe(line.feeName);
  });
});
