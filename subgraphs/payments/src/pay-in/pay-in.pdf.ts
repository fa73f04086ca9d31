/**
 * The pay-in slip (ใบแจ้งการชำระเงิน, 004 §4.5.10 (3)-(4)) as an A4 PDF in Thai: payer, fees, due date,
 * payment channels, and the bank part with biller ID, ref1, ref2, amount, the Thai QR bill-payment code
 * and the cross-bank barcode. Sarabun (the Thai government's standard typeface) is embedded.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import bwipjs from 'bwip-js';
import { billPaymentBarcode, thaiQrBillPayment } from './bill-payment.js';
import { thaiBahtText, thaiLongDate } from './thai-text.js';
import { formatSatang, thaiDateString } from '../payment-request/payment-request.service.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@fontsource/sarabun/package.json')), 'files');
const FONTS = {
  thai: path.join(FONT_DIR, 'sarabun-thai-400-normal.woff'),
  thaiBold: path.join(FONT_DIR, 'sarabun-thai-700-normal.woff'),
  latin: path.join(FONT_DIR, 'sarabun-latin-400-normal.woff'),
  latinBold: path.join(FONT_DIR, 'sarabun-latin-700-normal.woff'),
};

export interface PayInData {
  requestNo: string;
  ref1: string;
  ref2: string;
  billerId: string;
  billerName: string;
  feeCode: string;
  feeName: string;
  quantity: number;
  unitAmountSatang: number | null;
  amountSatang: number;
  issuedAt: Date;
  dueDate: string;
  officeCode: string;
  payerName: string | null;
  payerTaxId: string | null;
  /** Watermark for copies that must not be paid (e.g. ตัวอย่าง, ยกเลิก); null for a payable slip. */
  watermark?: string | null;
}

type Doc = InstanceType<typeof PDFDocument>;

/** Splits text into runs of Thai and of other characters: the Sarabun files are split by script. */
export function scriptRuns(text: string): { thai: boolean; text: string }[] {
  const runs: { thai: boolean; text: string }[] = [];
  for (const ch of text) {
    const thai = /[\u0E00-\u0E7F]/.test(ch) || (ch === ' ' && runs.at(-1)?.thai === true);
    const last = runs.at(-1);
    if (last && last.thai === thai) last.text += ch;
    else runs.push({ thai, text: ch });
  }
  return runs;
}

/** Writes mixed Thai/Latin text at (x, y) on one line, switching fonts per run. */
function write(doc: Doc, text: string, x: number, y: number, options: { size?: number; bold?: boolean; width?: number; align?: 'left' | 'right' | 'center' } = {}): void {
  const size = options.size ?? 11;
  const runs = scriptRuns(text);
  const fontOf = (thai: boolean) => (thai ? (options.bold ? 'thaiBold' : 'thai') : options.bold ? 'latinBold' : 'latin');
  let start = x;
  if (options.width && options.align && options.align !== 'left') {
    const total = widthOf(doc, text, size, options.bold);
    start = options.align === 'right' ? x + options.width - total : x + (options.width - total) / 2;
  }
  let cursor = start;
  for (const run of runs) {
    doc.font(fontOf(run.thai)).fontSize(size).text(run.text, cursor, y, { lineBreak: false });
    cursor += doc.widthOfString(run.text);
  }
}

/** Width of mixed Thai/Latin text in the given size. */
function widthOf(doc: Doc, text: string, size: number, bold = false): number {
  return scriptRuns(text).reduce((w, r) => w + doc.font(r.thai ? (bold ? 'thaiBold' : 'thai') : bold ? 'latinBold' : 'latin').fontSize(size).widthOfString(r.text), 0);
}

/**
 * Breaks text into lines that fit `width`, at spaces (Thai writes spaces between phrases, not words;
 * a phrase longer than the width stays on its own line).
 */
function wrap(doc: Doc, text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(doc, candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function row(doc: Doc, label: string, value: string, x: number, y: number, labelWidth = 110): void {
  write(doc, label, x, y, { size: 10 });
  write(doc, value, x + labelWidth, y, { size: 11, bold: true });
}

/** Renders the pay-in; resolves to the PDF bytes. */
export async function renderPayIn(data: PayInData): Promise<Buffer> {
  const codes = { billerId: data.billerId, ref1: data.ref1, ref2: data.ref2, amountSatang: data.amountSatang };
  const qrPayload = thaiQrBillPayment(codes);
  const barcodeText = billPaymentBarcode(codes);
  const qrPng = await QRCode.toBuffer(qrPayload, { type: 'png', errorCorrectionLevel: 'M', margin: 1, scale: 6 });
  const barcodePng = await bwipjs.toBuffer({
    bcid: 'code128',
    // Carriage returns as ^013 (bwip-js parse mode), so the barcode carries the control characters.
    text: barcodeText.replace(/\r/g, '^013'),
    parse: true,
    scale: 2,
    height: 12,
    includetext: false,
  });

  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: `ใบแจ้งการชำระเงิน ${data.requestNo}`, Author: data.billerName, Subject: 'Pay-in' } });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = 40;
  const width = doc.page.width - 80;
  write(doc, 'ใบแจ้งการชำระเงิน (Pay-in Slip)', left, 40, { size: 18, bold: true });
  write(doc, data.billerName, left, 66, { size: 12 });
  write(doc, `เลขที่ ${data.requestNo}`, left, 40, { size: 12, bold: true, width, align: 'right' });
  write(doc, `สำหรับผู้ชำระเงิน`, left, 66, { size: 10, width, align: 'right' });
  doc.moveTo(left, 90).lineTo(left + width, 90).stroke();

  let y = 100;
  row(doc, 'ผู้ชำระเงิน', data.payerName ?? '-', left, y);
  row(doc, 'เลขประจำตัวผู้เสียภาษี', data.payerTaxId ?? '-', left + width / 2, y, 120);
  y += 20;
  row(doc, 'วันที่ออกใบแจ้ง', thaiLongDate(thaiDateString(data.issuedAt)), left, y);
  row(doc, 'หน่วยงานที่ออก', data.officeCode, left + width / 2, y, 120);
  y += 20;
  row(doc, 'ชำระภายในวันที่', thaiLongDate(data.dueDate), left, y);

  // Fees table
  y += 32;
  const cols = [left, left + 70, left + 330, left + 380, left + width];
  doc.rect(left, y, width, 20).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
  write(doc, 'รหัสรายได้', cols[0] + 4, y + 4, { size: 10, bold: true });
  write(doc, 'รายการค่าธรรมเนียม', cols[1] + 4, y + 4, { size: 10, bold: true });
  write(doc, 'จำนวน', cols[2], y + 4, { size: 10, bold: true, width: cols[3] - cols[2] - 4, align: 'right' });
  write(doc, 'จำนวนเงิน (บาท)', cols[3], y + 4, { size: 10, bold: true, width: cols[4] - cols[3] - 4, align: 'right' });
  y += 20;
  const nameLines = wrap(doc, data.feeName, cols[2] - cols[1] - 8, 10);
  if (data.unitAmountSatang != null && data.quantity > 1) nameLines.push(`อัตรา ${formatSatang(data.unitAmountSatang)} บาท x ${data.quantity}`);
  const rowHeight = 10 + nameLines.length * 14;
  doc.rect(left, y, width, rowHeight).stroke();
  write(doc, data.feeCode, cols[0] + 4, y + 6, { size: 10 });
  nameLines.forEach((line, i) => write(doc, line, cols[1] + 4, y + 6 + i * 14, { size: 10 }));
  write(doc, String(data.quantity), cols[2], y + 6, { size: 10, width: cols[3] - cols[2] - 4, align: 'right' });
  write(doc, formatSatang(data.amountSatang), cols[3], y + 6, { size: 10, width: cols[4] - cols[3] - 4, align: 'right' });
  y += rowHeight;
  doc.rect(left, y, width, 22).stroke();
  write(doc, `(${thaiBahtText(data.amountSatang)})`, cols[0] + 4, y + 5, { size: 10 });
  write(doc, `รวมทั้งสิ้น  ${formatSatang(data.amountSatang)}`, cols[3] - 120, y + 5, { size: 11, bold: true, width: cols[4] - cols[3] + 116, align: 'right' });

  y += 40;
  write(doc, 'ช่องทางการชำระเงิน', left, y, { size: 12, bold: true });
  write(doc, '1. Mobile Banking / Internet Banking ทุกธนาคาร: สแกน QR Code ด้านล่าง (Thai QR Payment)', left + 10, y + 20, { size: 10 });
  write(doc, '2. เคาน์เตอร์ธนาคารกรุงไทยทุกสาขา: ยื่นใบแจ้งนี้พร้อมบาร์โค้ด หรือแจ้ง Ref.1 และ Ref.2', left + 10, y + 36, { size: 10 });
  write(doc, '3. ตู้ ATM / Krungthai NEXT: เลือกชำระบิล ระบุรหัสผู้ให้บริการ (Biller ID) Ref.1 และ Ref.2', left + 10, y + 52, { size: 10 });
  write(doc, 'ชำระเกินกำหนด ใบแจ้งนี้จะหมดอายุ กรุณาขอใบแจ้งใหม่ ค่าธรรมเนียมธนาคารเป็นไปตามที่ธนาคารกำหนด', left + 10, y + 68, { size: 9 });

  // Bank part
  y += 100;
  doc.save().dash(4, { space: 3 }).moveTo(left, y).lineTo(left + width, y).stroke().restore();
  write(doc, 'ส่วนของธนาคาร (สำหรับเจ้าหน้าที่ธนาคาร)', left, y + 8, { size: 12, bold: true });
  write(doc, 'ธนาคารกรุงไทย จำกัด (มหาชน)  Bill Payment', left, y + 8, { size: 10, width, align: 'right' });
  const by = y + 34;
  row(doc, 'ชื่อบัญชี', data.billerName, left, by, 130);
  row(doc, 'รหัสผู้ให้บริการ (Biller ID)', data.billerId, left, by + 20, 130);
  row(doc, 'เลขที่อ้างอิง 1 (Ref.1)', data.ref1, left, by + 40, 130);
  row(doc, 'เลขที่อ้างอิง 2 (Ref.2)', data.ref2, left, by + 60, 130);
  row(doc, 'จำนวนเงิน (บาท)', formatSatang(data.amountSatang), left, by + 80, 130);
  row(doc, 'ชำระภายในวันที่', thaiLongDate(data.dueDate), left, by + 100, 130);
  if (data.watermark) {
    // A slip that must not be paid carries no codes a bank channel could take.
    doc.rect(left + width - 150, by - 4, 150, 130).stroke();
    write(doc, 'ใบแจ้งนี้ใช้ชำระเงินไม่ได้', left + width - 150, by + 50, { size: 11, bold: true, width: 150, align: 'center' });
  } else {
    doc.image(qrPng, left + width - 130, by - 4, { width: 130, height: 130 });
    write(doc, 'Thai QR Payment', left + width - 130, by + 128, { size: 9, width: 130, align: 'center' });
    doc.image(barcodePng, left, by + 150, { width: width * 0.85, height: 44 });
    write(doc, barcodeText.replace(/\r/g, ' '), left, by + 198, { size: 9 });
  }

  if (data.watermark) {
    doc.save().rotate(-30, { origin: [doc.page.width / 2, doc.page.height / 2] }).fillColor('#cc0000').opacity(0.25);
    write(doc, data.watermark, 0, doc.page.height / 2 - 40, { size: 72, bold: true, width: doc.page.width, align: 'center' });
    doc.restore();
  }
  doc.end();
  return done;
}
