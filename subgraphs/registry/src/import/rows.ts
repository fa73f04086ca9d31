/**
 * The instrument import template (004 §4.5.4 (5): import from Excel/CSV to the regulator's
 * template) and the checks of one row that need nothing but the row itself. Checks against the
 * database (operator, area, already registered) are in import.service.ts.
 */
import { InstrumentType, MeasureUnit } from '../instrument/instrument.entity.js';
import { hasValidCheckDigit, isValidInstrumentNo } from '../instrument/instrument.service.js';

/** A row as it will be inserted, once every check passed. */
export interface ImportRecord {
  instrumentNo: string;
  type: InstrumentType;
  brand: string;
  model: string;
  serialNo: string;
  capacity: number;
  resolution: number;
  unit: MeasureUnit;
  softwareVersion: string | null;
  prototypeRegistrationNo: string | null;
  sealNo: string | null;
  certificateNo: string | null;
  certificateExpiresOn: string | null;
  operatorRegistrationNo: string;
  placeName: string;
  address: string;
  /** Null: the operator's province. */
  provinceCode: string | null;
  lat: number | null;
  lng: number | null;
}

export type ImportField = keyof ImportRecord;

export interface ImportColumn {
  field: ImportField;
  /** Header of the Thai template. */
  th: string;
  /** Header of the English template (the GraphQL field name). */
  en: string;
  /** Other headers officials use for the same column. */
  aliases: string[];
  required: boolean;
  maxLength?: number;
}

/** Columns of the template, in template order. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { field: 'instrumentNo', th: 'เลขลำดับประจำเครื่อง', en: 'instrumentNo', aliases: ['instrument number', 'เลขลำดับประจำเครื่อง 20 หลัก'], required: true },
  { field: 'type', th: 'ประเภทเครื่อง', en: 'type', aliases: ['instrument type', 'ประเภทเครื่องชั่งตวงวัด', 'ประเภท'], required: true },
  { field: 'brand', th: 'ยี่ห้อ', en: 'brand', aliases: [], required: true, maxLength: 100 },
  { field: 'model', th: 'รุ่น', en: 'model', aliases: ['โมเดล'], required: true, maxLength: 100 },
  { field: 'serialNo', th: 'ซีเรียลนัมเบอร์', en: 'serialNo', aliases: ['serial number', 'serial', 'หมายเลขเครื่อง', 'ซีเรียลเครื่อง'], required: true, maxLength: 100 },
  { field: 'capacity', th: 'พิกัดกำลัง', en: 'capacity', aliases: ['max', 'maximum capacity'], required: true },
  { field: 'resolution', th: 'ค่าอ่านละเอียด', en: 'resolution', aliases: ['d', 'scale interval'], required: true },
  { field: 'unit', th: 'หน่วย', en: 'unit', aliases: ['หน่วยวัด'], required: true },
  { field: 'softwareVersion', th: 'เวอร์ชันซอฟต์แวร์', en: 'softwareVersion', aliases: ['software version', 'โปรแกรม', 'รุ่นซอฟต์แวร์'], required: false, maxLength: 100 },
  { field: 'prototypeRegistrationNo', th: 'หมายเลขทะเบียนต้นแบบ', en: 'prototypeRegistrationNo', aliases: ['prototype registration number', 'เลขทะเบียนต้นแบบ'], required: false, maxLength: 50 },
  { field: 'sealNo', th: 'หมายเลขซีล', en: 'sealNo', aliases: ['seal number', 'เลขที่ซีล'], required: false, maxLength: 50 },
  { field: 'certificateNo', th: 'เลขที่คำรับรอง', en: 'certificateNo', aliases: ['certificate number'], required: false, maxLength: 50 },
  { field: 'certificateExpiresOn', th: 'วันที่หมดอายุคำรับรอง', en: 'certificateExpiresOn', aliases: ['certificate expiry', 'วันที่อายุคำรับรอง', 'วันหมดอายุคำรับรอง'], required: false },
  { field: 'operatorRegistrationNo', th: 'เลขทะเบียนผู้ประกอบการ', en: 'operatorRegistrationNo', aliases: ['operator registration number', 'operator', 'เลขทะเบียนเจ้าของเครื่อง'], required: true, maxLength: 30 },
  { field: 'placeName', th: 'ชื่อสถานที่ติดตั้ง', en: 'placeName', aliases: ['place name', 'สถานที่'], required: true, maxLength: 300 },
  { field: 'address', th: 'สถานที่ติดตั้งเครื่อง', en: 'address', aliases: ['ที่อยู่', 'ที่อยู่สถานที่ติดตั้ง'], required: true, maxLength: 2000 },
  { field: 'provinceCode', th: 'รหัสจังหวัด', en: 'provinceCode', aliases: ['province code', 'province'], required: false },
  { field: 'lat', th: 'ละติจูด', en: 'lat', aliases: ['latitude'], required: false },
  { field: 'lng', th: 'ลองจิจูด', en: 'lng', aliases: ['longitude', 'lon'], required: false },
];

const COLUMN_BY_FIELD = new Map(IMPORT_COLUMNS.map((c) => [c.field, c]));

export function columnOf(field: ImportField): ImportColumn {
  return COLUMN_BY_FIELD.get(field)!;
}

/** Header text reduced to what identifies it: lower case, no spaces, underscores, dots or dashes. */
function headerKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s_.\-*:]+/g, '');
}

const HEADER_INDEX = new Map<string, ImportField>();
for (const column of IMPORT_COLUMNS) for (const name of [column.th, column.en, ...column.aliases]) HEADER_INDEX.set(headerKey(name), column.field);

/** The field a header names, trying the whole header, then "ไทย (english)" parts; null when unknown. */
export function fieldOfHeader(header: string): ImportField | null {
  const whole = HEADER_INDEX.get(headerKey(header));
  if (whole) return whole;
  const parts = /^(.*?)\s*[([](.*?)[)\]]\s*$/.exec(header.trim());
  if (!parts) return null;
  return HEADER_INDEX.get(headerKey(parts[2])) ?? HEADER_INDEX.get(headerKey(parts[1])) ?? null;
}

export type ImportErrorCode =
  | 'EMPTY_FILE'
  | 'UNREADABLE_FILE'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_FORMAT'
  | 'INVALID_CHECK_DIGIT'
  | 'INVALID_NUMBER'
  | 'INVALID_DATE'
  | 'UNKNOWN_VALUE'
  | 'OUT_OF_RANGE'
  | 'DUPLICATE_IN_FILE'
  | 'ALREADY_REGISTERED'
  | 'OPERATOR_NOT_FOUND'
  | 'OPERATOR_NOT_ACTIVE'
  | 'OPERATOR_OUT_OF_AREA'
  | 'PROVINCE_OUT_OF_AREA';

/** One problem of one row: the row as the spreadsheet numbers it (header = row 1), the column, why. */
export interface RowError {
  rowNumber: number;
  /** The template field; null for a problem of the whole file. */
  field: ImportField | null;
  /** The header as written in the file (or the template's Thai header when the column is missing). */
  column: string | null;
  code: ImportErrorCode;
  /** The offending value, shortened. */
  value: string | null;
  messageTh: string;
  messageEn: string;
}

/** Thai and English explanation of each problem; `detail` adds specifics (allowed values, the other row). */
export function explain(code: ImportErrorCode, column: string, detail = ''): { messageTh: string; messageEn: string } {
  const d = detail ? ` ${detail}` : '';
  switch (code) {
    case 'EMPTY_FILE':
      return { messageTh: 'ไฟล์ไม่มีข้อมูล (ต้องมีแถวหัวตารางและข้อมูลอย่างน้อยหนึ่งแถว)', messageEn: 'The file holds no data (it needs a header row and at least one row).' };
    case 'UNREADABLE_FILE':
      return { messageTh: `อ่านไฟล์ไม่ได้:${d}`, messageEn: `The file cannot be read:${d}` };
    case 'MISSING_COLUMN':
      return { messageTh: `ไม่พบคอลัมน์ "${column}" ซึ่งจำเป็นต้องมี`, messageEn: `The required column "${column}" is missing.` };
    case 'DUPLICATE_COLUMN':
      return { messageTh: `คอลัมน์ "${column}" ซ้ำกัน`, messageEn: `The column "${column}" appears twice.` };
    case 'REQUIRED':
      return { messageTh: `ต้องระบุ "${column}"`, messageEn: `"${column}" is required.` };
    case 'TOO_LONG':
      return { messageTh: `"${column}" ยาวเกิน${d} ตัวอักษร`, messageEn: `"${column}" is longer than${d} characters.` };
    case 'INVALID_FORMAT':
      return { messageTh: `"${column}" มีรูปแบบไม่ถูกต้อง:${d}`, messageEn: `"${column}" is not in the right format:${d}` };
    case 'INVALID_CHECK_DIGIT':
      return { messageTh: `"${column}" หลักตรวจสอบ (หลักที่ 20) ไม่ถูกต้อง อาจพิมพ์ผิด`, messageEn: `"${column}" has a wrong check digit (the 20th digit); it may be mistyped.` };
    case 'INVALID_NUMBER':
      return { messageTh: `"${column}" ต้องเป็นตัวเลข`, messageEn: `"${column}" must be a number.` };
    case 'INVALID_DATE':
      return { messageTh: `"${column}" ต้องเป็นวันที่ เช่น 2027-03-31 หรือ 31/03/2570`, messageEn: `"${column}" must be a date, e.g. 2027-03-31 or 31/03/2570 (B.E.).` };
    case 'UNKNOWN_VALUE':
      return { messageTh: `"${column}" ไม่อยู่ในค่าที่กำหนด:${d}`, messageEn: `"${column}" is not one of the allowed values:${d}` };
    case 'OUT_OF_RANGE':
      return { messageTh: `"${column}" อยู่นอกช่วงที่ยอมรับ:${d}`, messageEn: `"${column}" is out of range:${d}` };
    case 'DUPLICATE_IN_FILE':
      return { messageTh: `"${column}" ซ้ำกับแถวที่${d} ในไฟล์เดียวกัน`, messageEn: `"${column}" repeats row${d} of this file.` };
    case 'ALREADY_REGISTERED':
      return { messageTh: `"${column}" นี้ขึ้นทะเบียนไว้แล้ว`, messageEn: `This "${column}" is already registered.` };
    case 'OPERATOR_NOT_FOUND':
      return { messageTh: `ไม่พบผู้ประกอบการที่มี "${column}" นี้`, messageEn: `No operator has this "${column}".` };
    case 'OPERATOR_NOT_ACTIVE':
      return { messageTh: `ผู้ประกอบการนี้ถูกพักหรือเพิกถอนทะเบียน (${detail}) จึงขึ้นทะเบียนเครื่องเพิ่มไม่ได้`, messageEn: `This operator's registration is ${detail.toLowerCase()}; no instruments may be added.` };
    case 'OPERATOR_OUT_OF_AREA':
      return { messageTh: 'ผู้ประกอบการนี้อยู่นอกพื้นที่รับผิดชอบของท่าน', messageEn: 'This operator is outside your area.' };
    case 'PROVINCE_OUT_OF_AREA':
      return { messageTh: `จังหวัด${d} อยู่นอกพื้นที่รับผิดชอบของท่าน`, messageEn: `Province${d} is outside your area.` };
  }
}

const THAI_DIGIT = /[๐-๙]/;

/** Arabic digits for Thai ones (๐-๙), as officials may type either. */
export function arabicDigits(text: string): string {
  if (!THAI_DIGIT.test(text)) return text;
  return text.replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50));
}

const TYPE_NAMES = new Map<string, InstrumentType>([
  ['เครื่องชั่งไม่อัตโนมัติ', InstrumentType.NON_AUTOMATIC_SCALE],
  ['เครื่องวัดความชื้นข้าว', InstrumentType.RICE_MOISTURE_METER],
  ['เครื่องชั่งวัดอัตราส่วนร้อยละของแป้งในหัวมัน', InstrumentType.CASSAVA_STARCH_SCALE],
  ['เครื่องวัดความชื้นข้าวโพด', InstrumentType.CORN_MOISTURE_METER],
  ['เครื่องชั่งรถยนต์', InstrumentType.VEHICLE_SCALE],
  ['มาตรวัดปริมาตรน้ำมันเชื้อเพลิง', InstrumentType.FUEL_DISPENSER],
  ['มาตรวัดน้ำมันเชื้อเพลิงจ่ายก่อนเติม', InstrumentType.FUEL_PREPAY_DISPENSER],
  ['มาตรวัดมวลโดยตรง', InstrumentType.DIRECT_MASS_METER],
  ['มาตรวัดปริมาตรก๊าซปิโตรเลียมเหลว', InstrumentType.LPG_DISPENSER],
  ['มาตรวัดก๊าซธรรมชาติ', InstrumentType.CNG_DISPENSER],
  ['เครื่องวัดระดับความสูงอัตโนมัติ', InstrumentType.AUTOMATIC_TANK_GAUGE],
]);

const UNIT_NAMES = new Map<string, MeasureUnit>([
  ['กรัม', MeasureUnit.G], ['ก', MeasureUnit.G],
  ['กิโลกรัม', MeasureUnit.KG], ['กก', MeasureUnit.KG],
  ['ตัน', MeasureUnit.T], ['TON', MeasureUnit.T],
  ['ลิตร', MeasureUnit.L], ['ล', MeasureUnit.L],
  ['ลูกบาศก์เมตร', MeasureUnit.M3], ['ลบม', MeasureUnit.M3], ['M³', MeasureUnit.M3],
  ['%', MeasureUnit.PERCENT], ['เปอร์เซ็นต์', MeasureUnit.PERCENT], ['ร้อยละ', MeasureUnit.PERCENT],
  ['มิลลิเมตร', MeasureUnit.MM], ['มม', MeasureUnit.MM],
]);

function enumValue<T extends string>(values: Record<string, T>, names: Map<string, T>, text: string): T | null {
  const code = text.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (code in values) return values[code];
  const name = text.trim().replace(/[.\s]+/g, '');
  return names.get(name) ?? names.get(name.toUpperCase()) ?? null;
}

/** A number as officials write it: thousands separators and Thai digits allowed. */
export function parseNumber(text: string): number | null {
  const cleaned = arabicDigits(text).replace(/[,\s]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * A date as YYYY-MM-DD: ISO (C.E. or B.E. year), D/M/YYYY (B.E. when the year is above 2400), or an
 * Excel day serial. Null when it is not a real calendar day.
 */
export function parseDate(text: string): string | null {
  const t = arabicDigits(text.trim());
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if (/^\d{5}$/.test(t)) {
    // Excel's day serial: day 25569 is 1970-01-01
    return new Date((Number(t) - 25569) * 86_400_000).toISOString().slice(0, 10);
  } else return null;
  if (y > 2400) y -= 543;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1900 || y > 2200) return null;
  return date.toISOString().slice(0, 10);
}

/** One data row after the checks of checkRow. */
export interface CheckedRow {
  rowNumber: number;
  /** What could be read (null where a value is missing or invalid), for the checks against the database. */
  parsed: { [K in ImportField]: ImportRecord[K] | null };
  /** The row ready to insert; null when it has a problem. */
  record: ImportRecord | null;
  errors: RowError[];
}

export interface HeaderMapping {
  /** Template field of each column of the file (null: a column the import ignores). */
  fields: (ImportField | null)[];
  errors: RowError[];
}

/** Maps the header row (row `rowNumber`) to template fields; a missing required column is an error. */
export function mapHeader(headers: string[], rowNumber = 1): HeaderMapping {
  const fields = headers.map((h) => fieldOfHeader(h));
  const errors: RowError[] = [];
  const seen = new Set<ImportField>();
  fields.forEach((field, i) => {
    if (!field) return;
    if (seen.has(field)) errors.push({ rowNumber, field, column: headers[i], code: 'DUPLICATE_COLUMN', value: headers[i], ...explain('DUPLICATE_COLUMN', headers[i]) });
    seen.add(field);
  });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && !seen.has(column.field)) {
      const label = `${column.th} (${column.en})`;
      errors.push({ rowNumber, field: column.field, column: label, code: 'MISSING_COLUMN', value: null, ...explain('MISSING_COLUMN', label) });
    }
  }
  return { fields, errors };
}

const MAX_VALUE_IN_ERROR = 100;

/**
 * Reads and checks one data row on its own: required values, lengths, formats, the instrument
 * number's check digit, enumerations, ranges. Returns the record when the row is fine, and every
 * problem found (not only the first).
 */
export function checkRow(values: string[], mapping: HeaderMapping, rowNumber: number, headers: string[]): CheckedRow {
  const errors: RowError[] = [];
  const raw = new Map<ImportField, { value: string; column: string }>();
  mapping.fields.forEach((field, i) => {
    if (field) raw.set(field, { value: (values[i] ?? '').trim(), column: headers[i].trim() });
  });
  const fail = (field: ImportField, code: ImportErrorCode, detail = '') => {
    const cell = raw.get(field);
    const column = cell?.column ?? columnOf(field).th;
    const value = cell?.value ? cell.value.slice(0, MAX_VALUE_IN_ERROR) : null;
    errors.push({ rowNumber, field, column, code, value, ...explain(code, column, detail) });
  };
  const text = (field: ImportField): string | null => {
    const column = columnOf(field);
    const value = raw.get(field)?.value ?? '';
    if (value === '') {
      if (column.required) fail(field, 'REQUIRED');
      return null;
    }
    if (column.maxLength && value.length > column.maxLength) {
      fail(field, 'TOO_LONG', ` ${column.maxLength}`);
      return null;
    }
    return value;
  };
  const number = (field: ImportField, min: number, max: number, exclusiveMin: boolean): number | null => {
    const value = text(field);
    if (value === null) return null;
    const n = parseNumber(value);
    if (n === null) {
      fail(field, 'INVALID_NUMBER');
      return null;
    }
    if ((exclusiveMin ? n <= min : n < min) || n > max) {
      fail(field, 'OUT_OF_RANGE', exclusiveMin ? ` > ${min}, ≤ ${max}` : ` ${min} … ${max}`);
      return null;
    }
    return n;
  };

  let instrumentNo = text('instrumentNo');
  if (instrumentNo !== null) {
    instrumentNo = arabicDigits(instrumentNo).replace(/[\s-]/g, '');
    if (!isValidInstrumentNo(instrumentNo)) {
      fail('instrumentNo', 'INVALID_FORMAT', ' ต้องเป็นตัวเลข 20 หลัก / must be exactly 20 digits');
      instrumentNo = null;
    } else if (!hasValidCheckDigit(instrumentNo)) {
      fail('instrumentNo', 'INVALID_CHECK_DIGIT');
      instrumentNo = null;
    }
  }
  const typeText = text('type');
  const type = typeText === null ? null : enumValue(InstrumentType as Record<string, InstrumentType>, TYPE_NAMES, typeText);
  if (typeText !== null && type === null) fail('type', 'UNKNOWN_VALUE', ` ${Object.values(InstrumentType).join(', ')}`);
  const unitText = text('unit');
  const unit = unitText === null ? null : enumValue(MeasureUnit as Record<string, MeasureUnit>, UNIT_NAMES, unitText);
  if (unitText !== null && unit === null) fail('unit', 'UNKNOWN_VALUE', ` ${Object.values(MeasureUnit).join(', ')}`);
  const brand = text('brand');
  const model = text('model');
  const serialNo = text('serialNo');
  const capacity = number('capacity', 0, 1e9, true);
  let resolution = number('resolution', 0, 1e9, true);
  if (capacity !== null && resolution !== null && resolution > capacity) {
    fail('resolution', 'OUT_OF_RANGE', ` ≤ ${capacity}`);
    resolution = null;
  }
  const softwareVersion = text('softwareVersion');
  const prototypeRegistrationNo = text('prototypeRegistrationNo');
  const sealNo = text('sealNo');
  const certificateNo = text('certificateNo');
  const expiryText = text('certificateExpiresOn');
  const certificateExpiresOn = expiryText === null ? null : parseDate(expiryText);
  if (expiryText !== null && certificateExpiresOn === null) fail('certificateExpiresOn', 'INVALID_DATE');
  const operatorRegistrationNo = text('operatorRegistrationNo');
  const placeName = text('placeName');
  const address = text('address');
  let provinceCode = text('provinceCode');
  if (provinceCode !== null) {
    provinceCode = arabicDigits(provinceCode);
    if (/^\d$/.test(provinceCode)) provinceCode = `0${provinceCode}`;
    if (!/^[1-9]\d$/.test(provinceCode)) {
      fail('provinceCode', 'INVALID_FORMAT', ' รหัสจังหวัด 2 หลัก เช่น 10 / a two-digit province code, e.g. 10');
      provinceCode = null;
    }
  }
  const lat = number('lat', 5, 21, false); // Thailand lies between 5.6° and 20.5° N
  const lng = number('lng', 97, 106, false); // and 97.3° and 105.7° E

  const parsed = {
    instrumentNo, type, brand, model, serialNo, capacity, resolution, unit, softwareVersion, prototypeRegistrationNo, sealNo, certificateNo,
    certificateExpiresOn, operatorRegistrationNo, placeName, address, provinceCode, lat, lng,
  };
  return {
    rowNumber,
    parsed,
    record: errors.length > 0 ? null : (parsed as ImportRecord),
    errors,
  };
}

/** The template's header row: Thai header with the English one in parentheses. */
export function templateHeaders(): string[] {
  return IMPORT_COLUMNS.map((c) => `${c.th} (${c.en})`);
}
