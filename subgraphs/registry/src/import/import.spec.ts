import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readCsv } from './csv.js';
import { readXlsx } from './xlsx.js';
import { checkRow, fieldOfHeader, IMPORT_COLUMNS, mapHeader, parseDate, parseNumber, templateHeaders } from './rows.js';
import { hasValidCheckDigit, instrumentNoCheckDigit } from '../instrument/instrument.service.js';

async function records(chunks: (string | Buffer)[]) {
  const out: { fields: string[]; line: number }[] = [];
  for await (const r of readCsv((async function* () { yield* chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)); })())) out.push(r);
  return out;
}

const number19 = '1001256900000000001';
const VALID_NO = number19 + instrumentNoCheckDigit(number19);

const EN = IMPORT_COLUMNS.map((c) => c.en);
function row(values: Partial<Record<string, string>>): string[] {
  const base: Record<string, string> = {
    instrumentNo: VALID_NO, type: 'NON_AUTOMATIC_SCALE', brand: 'CAS', model: 'SW-1', serialNo: 'SN1', capacity: '15', resolution: '0.005', unit: 'KG',
    operatorRegistrationNo: 'OP-10-0000001', placeName: 'แผง 12 ตลาดสด', address: '1 ถนนพระราม 4', ...values,
  };
  return EN.map((f) => base[f] ?? '');
}

describe('CSV reading', () => {
  it('drops the byte-order mark, handles quotes, doubled quotes, CRLF and line breaks inside quotes', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const text = 'a,b,c\r\n"x, y","say ""hi""",3\r\n"two\nlines",,end\r\n';
    const result = await records([Buffer.concat([bom, Buffer.from(text)])]);
    expect(result.map((r) => r.fields)).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', '3'], ['two\nlines', '', 'end']]);
    expect(result.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('reads the same records however the bytes are split, Thai characters cut mid-way included', async () => {
    const text = 'เลขลำดับ,ยี่ห้อ\r\n"ก""ข",ค\r\nง,"จ\r\nฉ"\r\n';
    const bytes = Buffer.from(text);
    const whole = await records([bytes]);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await records([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
    }
    expect(whole.map((r) => r.fields)).toEqual([['เลขลำดับ', 'ยี่ห้อ'], ['ก"ข', 'ค'], ['ง', 'จ\r\nฉ']]);
  });

  it('takes semicolons or tabs when the header is written with them, and skips blank lines', async () => {
    expect((await records(['a;b\n1;2\n\n3;4'])).map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect((await records(['a\tb\n1\t2\n'])).map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('XLSX reading', () => {
  it('streams the rows of the first worksheet with their row numbers, dates as YYYY-MM-DD', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('เครื่อง');
    sheet.addRow(['เลขลำดับประจำเครื่อง', 'พิกัดกำลัง', 'วันที่หมดอายุคำรับรอง']);
    sheet.addRow([VALID_NO, 15, new Date(Date.UTC(2027, 2, 31))]);
    sheet.addRow([]);
    sheet.addRow(['x', { formula: '1+1', result: 2 }, null]);
    workbook.addWorksheet('อื่น').addRow(['ignored']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const rows: { fields: string[]; line: number }[] = [];
    for await (const r of readXlsx(Readable.from([buffer]))) rows.push(r);
    expect(rows).toEqual([
      { fields: ['เลขลำดับประจำเครื่อง', 'พิกัดกำลัง', 'วันที่หมดอายุคำรับรอง'], line: 1 },
      { fields: [VALID_NO, '15', '2027-03-31'], line: 2 },
      { fields: ['x', '2'], line: 4 },
    ]);
  });
});

describe('template headers', () => {
  it('accepts Thai, English and bilingual headers for every column', () => {
    for (const column of IMPORT_COLUMNS) {
      expect(fieldOfHeader(column.th)).toBe(column.field);
      expect(fieldOfHeader(column.en)).toBe(column.field);
      expect(fieldOfHeader(` ${column.th} (${column.en}) `)).toBe(column.field);
    }
    expect(fieldOfHeader('Instrument No')).toBe('instrumentNo');
    expect(fieldOfHeader('serial_no')).toBe('serialNo');
    expect(fieldOfHeader('หมายเหตุ')).toBeNull();
    expect(mapHeader(templateHeaders()).errors).toEqual([]);
  });

  it('names every missing required column and a repeated one, on row 1', () => {
    const { errors } = mapHeader(['ยี่ห้อ', 'brand', 'หมายเหตุ']);
    expect(errors.find((e) => e.code === 'DUPLICATE_COLUMN')).toMatchObject({ rowNumber: 1, field: 'brand', column: 'brand' });
    const missing = errors.filter((e) => e.code === 'MISSING_COLUMN').map((e) => e.field);
    expect(missing).toEqual(IMPORT_COLUMNS.filter((c) => c.required && c.field !== 'brand').map((c) => c.field));
    expect(errors[1].messageTh).toContain('ไม่พบคอลัมน์');
    expect(errors[1].messageEn).toContain('is missing');
  });
});

describe('row checks', () => {
  const mapping = mapHeader(EN);
  const check = (values: Partial<Record<string, string>>, rowNumber = 7) => checkRow(row(values), mapping, rowNumber, EN);

  it('reads a good row into the record to insert, normalising Thai digits, units and types named in Thai', () => {
    const thaiNo = VALID_NO.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    const { record, errors } = check({ instrumentNo: thaiNo, type: 'เครื่องชั่งไม่อัตโนมัติ', unit: 'กก.', capacity: '1,500', resolution: '0.5', certificateExpiresOn: '31/03/2570', provinceCode: '๕๐', lat: '18.79', lng: '98.98' });
    expect(errors).toEqual([]);
    expect(record).toMatchObject({ instrumentNo: VALID_NO, type: 'NON_AUTOMATIC_SCALE', unit: 'KG', capacity: 1500, resolution: 0.5, certificateExpiresOn: '2027-03-31', provinceCode: '50', lat: 18.79, lng: 98.98, softwareVersion: null });
  });

  it('names the row, the column and the code of each problem, all of them, in Thai and English', () => {
    const { record, errors } = check({ instrumentNo: '1234', type: 'SCALE', brand: '', capacity: 'ten', resolution: '-1', unit: 'oz', certificateExpiresOn: '2027-02-30', provinceCode: 'BKK', lat: '45', model: 'x'.repeat(101) }, 99_999);
    expect(record).toBeNull();
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['instrumentNo', 'INVALID_FORMAT'],
      ['type', 'UNKNOWN_VALUE'],
      ['unit', 'UNKNOWN_VALUE'],
      ['brand', 'REQUIRED'],
      ['model', 'TOO_LONG'],
      ['capacity', 'INVALID_NUMBER'],
      ['resolution', 'OUT_OF_RANGE'],
      ['certificateExpiresOn', 'INVALID_DATE'],
      ['provinceCode', 'INVALID_FORMAT'],
      ['lat', 'OUT_OF_RANGE'],
    ]);
    for (const e of errors) {
      expect(e.rowNumber).toBe(99_999);
      expect(e.column).toBe(e.field);
      expect(e.messageTh).toMatch(/[\u0E00-\u0E7F]/);
      expect(e.messageEn).toMatch(/[a-z]/);
    }
    expect(errors[1].messageEn).toContain('NON_AUTOMATIC_SCALE');
    expect(errors[0].value).toBe('1234');
  });

  it('catches a mistyped instrument number by its check digit', () => {
    const typo = VALID_NO.slice(0, 5) + ((Number(VALID_NO[5]) + 1) % 10) + VALID_NO.slice(6);
    expect(hasValidCheckDigit(VALID_NO)).toBe(true);
    expect(check({ instrumentNo: typo }).errors.map((e) => e.code)).toEqual(['INVALID_CHECK_DIGIT']);
    const swapped = VALID_NO.slice(0, 17) + VALID_NO[18] + VALID_NO[17] + VALID_NO[19];
    if (swapped !== VALID_NO) expect(check({ instrumentNo: swapped }).errors.map((e) => e.code)).toEqual(['INVALID_CHECK_DIGIT']);
  });

  it('refuses a resolution coarser than the capacity', () => {
    expect(check({ capacity: '10', resolution: '20' }).errors).toMatchObject([{ field: 'resolution', code: 'OUT_OF_RANGE' }]);
  });
});

describe('values as officials write them', () => {
  it('numbers with separators and Thai digits', () => {
    expect(parseNumber('1,000.5')).toBe(1000.5);
    expect(parseNumber('๑๒')).toBe(12);
    expect(parseNumber('12kg')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
  it('dates in C.E. or B.E., ISO or day/month/year, and Excel day serials', () => {
    expect(parseDate('2027-03-31')).toBe('2027-03-31');
    expect(parseDate('2570-03-31')).toBe('2027-03-31');
    expect(parseDate('31/3/2570')).toBe('2027-03-31');
    expect(parseDate('31.03.2027')).toBe('2027-03-31');
    expect(parseDate('46477')).toBe('2027-03-31');
    expect(parseDate('29/02/2027')).toBeNull();
    expect(parseDate('next year')).toBeNull();
  });
});
