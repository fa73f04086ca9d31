/** Reconciliation report files: CSV (UTF-8 with BOM, so Excel reads Thai) and XLSX (summary and listing sheets). */
import ExcelJS from 'exceljs';
import type { ReconciliationDimension, ReconciliationRow, RequestLine } from './reconciliation.service.js';

/** Integer satang as plain decimal baht for files, e.g. 123450 → 1234.50, -5 → -0.05. */
export function bahtText(satang: number): string {
  const sign = satang < 0 ? '-' : '';
  const abs = Math.abs(satang);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An instant as Thai local time text, YYYY-MM-DD HH:mm:ss. */
export function thaiTimeText(at: Date | null): string {
  return at ? new Date(at.getTime() + 7 * 3_600_000).toISOString().replace('T', ' ').slice(0, 19) : '';
}

export function csvField(value: string | number | null): string {
  const text = value == null ? '' : String(value);
  // Quote fields with separators, quotes or line breaks; neutralise formula prefixes for spreadsheet safety.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const DIMENSION_HEADERS: Record<ReconciliationDimension, [keyof ReconciliationRow, string]> = {
  OFFICE: ['officeCode', 'หน่วยงาน (office)'],
  PROVINCE: ['provinceCode', 'จังหวัด (province)'],
  SERVICE_TYPE: ['serviceType', 'ประเภทบริการ (service)'],
  FEE_CODE: ['feeCode', 'รหัสรายได้ (fee code)'],
  STATUS: ['status', 'สถานะ (status)'],
  PERIOD: ['period', 'ช่วงเวลา (period)'],
};

const SUMMARY_COLUMNS: [keyof ReconciliationRow, string, 'count' | 'money'][] = [
  ['requestCount', 'จำนวนรายการ (requests)', 'count'],
  ['paidCount', 'ชำระแล้ว (paid)', 'count'],
  ['unpaidCount', 'ค้างชำระ (unpaid)', 'count'],
  ['overdueCount', 'ค้างชำระเกินกำหนด (overdue)', 'count'],
  ['underReviewCount', 'รอตรวจสอบ (under review)', 'count'],
  ['cancelledCount', 'ยกเลิก (cancelled)', 'count'],
  ['expiredCount', 'หมดอายุ (expired)', 'count'],
  ['refundedCount', 'คืนเงิน (refunded)', 'count'],
  ['amountDueSatang', 'ยอดเรียกเก็บ บาท (amount due)', 'money'],
  ['paidAmountSatang', 'ยอดรับชำระ บาท (paid)', 'money'],
  ['refundedAmountSatang', 'ยอดคืนเงิน บาท (refunded)', 'money'],
  ['netReceivedSatang', 'ยอดรับสุทธิ บาท (net received)', 'money'],
  ['outstandingSatang', 'ยอดค้างชำระ บาท (outstanding)', 'money'],
];

const LINE_COLUMNS: [string, (l: RequestLine) => string | number | null, 'text' | 'money'][] = [
  ['เลขที่ใบแจ้ง (request no.)', (l) => l.requestNo, 'text'],
  ['Ref.1', (l) => l.ref1, 'text'],
  ['Ref.2', (l) => l.ref2, 'text'],
  ['หน่วยงาน (office)', (l) => l.officeCode, 'text'],
  ['จังหวัด (province)', (l) => l.provinceCode, 'text'],
  ['ประเภทบริการ (service)', (l) => l.serviceType, 'text'],
  ['รหัสรายได้ (fee code)', (l) => l.feeCode, 'text'],
  ['รายการ (fee)', (l) => l.feeName, 'text'],
  ['ผู้ประกอบการ (operator id)', (l) => l.operatorId, 'text'],
  ['วันที่ออก (issued, Thai time)', (l) => thaiTimeText(l.issuedAt), 'text'],
  ['ครบกำหนด (due)', (l) => l.dueDate, 'text'],
  ['สถานะ (status)', (l) => l.status, 'text'],
  ['จำนวนเงิน บาท (amount)', (l) => l.amountSatang, 'money'],
  ['วันที่ชำระ (paid at, Thai time)', (l) => thaiTimeText(l.paidAt), 'text'],
  ['ยอดชำระ บาท (paid)', (l) => l.paidAmountSatang, 'money'],
  ['ยอดคืน บาท (refunded)', (l) => l.refundedAmountSatang, 'money'],
  ['รหัสรายการธนาคาร (bank transaction)', (l) => l.bankTransactionId, 'text'],
];

export function summaryCsv(dims: ReconciliationDimension[], rows: ReconciliationRow[]): string {
  const header = [...dims.map((d) => DIMENSION_HEADERS[d][1]), ...SUMMARY_COLUMNS.map((c) => c[1])];
  return toCsv(header, rows.map((r) => [
    ...dims.map((d) => r[DIMENSION_HEADERS[d][0]] as string | null),
    ...SUMMARY_COLUMNS.map(([key, , kind]) => (kind === 'money' ? bahtText(r[key] as number) : (r[key] as number))),
  ]));
}

export function linesCsv(lines: RequestLine[]): string {
  return toCsv(LINE_COLUMNS.map((c) => c[0]), lines.map((l) => LINE_COLUMNS.map(([, get, kind]) => {
    const v = get(l);
    return kind === 'money' && typeof v === 'number' ? bahtText(v) : v;
  })));
}

/** Workbook with a summary sheet (สรุป) and the per-request listing (รายการ); money as baht numbers with two decimals. */
export async function reconciliationXlsx(dims: ReconciliationDimension[], rows: ReconciliationRow[], lines: RequestLine[], title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Metrograph payments';
  book.created = new Date();
  const summary = book.addWorksheet('สรุป');
  summary.addRow([title]).font = { bold: true, size: 13 };
  const header = summary.addRow([...dims.map((d) => DIMENSION_HEADERS[d][1]), ...SUMMARY_COLUMNS.map((c) => c[1])]);
  header.font = { bold: true };
  for (const r of rows) {
    summary.addRow([
      ...dims.map((d) => r[DIMENSION_HEADERS[d][0]] as string | null),
      ...SUMMARY_COLUMNS.map(([key, , kind]) => (kind === 'money' ? (r[key] as number) / 100 : (r[key] as number))),
    ]);
  }
  SUMMARY_COLUMNS.forEach(([, , kind], i) => {
    const column = summary.getColumn(dims.length + i + 1);
    column.width = 18;
    if (kind === 'money') column.numFmt = '#,##0.00';
  });
  dims.forEach((_, i) => (summary.getColumn(i + 1).width = 22));
  summary.views = [{ state: 'frozen', ySplit: 2 }];

  const listing = book.addWorksheet('รายการ');
  listing.addRow(LINE_COLUMNS.map((c) => c[0])).font = { bold: true };
  for (const l of lines) {
    listing.addRow(LINE_COLUMNS.map(([, get, kind]) => {
      const v = get(l);
      return kind === 'money' && typeof v === 'number' ? v / 100 : v;
    }));
  }
  LINE_COLUMNS.forEach(([, , kind], i) => {
    const column = listing.getColumn(i + 1);
    column.width = kind === 'money' ? 16 : 20;
    if (kind === 'money') column.numFmt = '#,##0.00';
  });
  listing.views = [{ state: 'frozen', ySplit: 1 }];
  listing.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LINE_COLUMNS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
