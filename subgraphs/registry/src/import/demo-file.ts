/**
 * Import files of realistic instruments in the template's layout, for the demo, the tests and the
 * benchmark: N rows spread over the given operators, numbers with valid check digits.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { InstrumentType, MeasureUnit } from '../instrument/instrument.entity.js';
import { instrumentNumber } from '../seed/index.js';
import { IMPORT_COLUMNS } from './rows.js';
import { csvField } from './csv.js';

export interface DemoImportOptions {
  rows: number;
  /** Owners to spread the rows over (round robin). */
  operators: { registrationNo: string; provinceCode: string }[];
  /** Sequence part of the first instrument number (numbers are 11-digit sequences; pick one no seed uses). */
  firstSequence: number;
  /** Thai headers (default) or English ones. */
  headers?: 'th' | 'en';
  /** Change a data row (1-based data row index, i.e. spreadsheet row - 1) before it is written, e.g. to plant a mistake. */
  alter?: (dataRow: number, values: Record<string, string>) => void;
}

const SPECS: [InstrumentType, MeasureUnit, number, number][] = [
  [InstrumentType.NON_AUTOMATIC_SCALE, MeasureUnit.KG, 15, 0.005],
  [InstrumentType.NON_AUTOMATIC_SCALE, MeasureUnit.KG, 60, 0.02],
  [InstrumentType.FUEL_DISPENSER, MeasureUnit.L, 9999, 0.01],
  [InstrumentType.VEHICLE_SCALE, MeasureUnit.KG, 60000, 20],
  [InstrumentType.RICE_MOISTURE_METER, MeasureUnit.PERCENT, 40, 0.1],
  [InstrumentType.LPG_DISPENSER, MeasureUnit.L, 999, 0.01],
];
const BRANDS = ['CAS', 'Tanita', 'A&D', 'Tokico', 'Gilbarco', 'Kern', 'Mettler Toledo'];

/** The header row, then one row per instrument. */
export function* demoImportRows(options: DemoImportOptions): Generator<string[]> {
  const fields = IMPORT_COLUMNS.map((c) => c.field);
  yield IMPORT_COLUMNS.map((c) => (options.headers === 'en' ? c.en : c.th));
  for (let i = 1; i <= options.rows; i++) {
    const operator = options.operators[i % options.operators.length];
    const [type, unit, capacity, resolution] = SPECS[i % SPECS.length];
    const month = String((i % 12) + 1).padStart(2, '0');
    const values: Record<string, string> = {
      instrumentNo: instrumentNumber(operator.provinceCode, type, 2569, options.firstSequence + i),
      type,
      brand: BRANDS[i % BRANDS.length],
      model: `M-${100 + (i % 900)}`,
      serialNo: `SN${String(700000000 + i)}`,
      capacity: String(capacity),
      resolution: String(resolution),
      unit,
      softwareVersion: i % 3 === 0 ? `v${1 + (i % 4)}.${i % 10}` : '',
      prototypeRegistrationNo: i % 5 === 0 ? `PT-${2560 + (i % 9)}-${i % 1000}` : '',
      sealNo: `S${String(i).padStart(8, '0')}`,
      certificateNo: `C-2569-${String(i).padStart(7, '0')}`,
      certificateExpiresOn: `${2570 + (i % 2)}-${month}-15`,
      operatorRegistrationNo: operator.registrationNo,
      placeName: `แผงที่ ${i % 400} ตลาดสด`,
      address: `${i % 300} ถนนตัวอย่าง ตำบลในเมือง`,
      provinceCode: i % 2 === 0 ? operator.provinceCode : '',
      lat: '',
      lng: '',
    };
    options.alter?.(i, values);
    yield fields.map((f) => values[f] ?? '');
  }
}

/** The file as CSV: UTF-8 with a byte-order mark (as Excel saves it), CRLF line ends. */
export function demoImportCsv(options: DemoImportOptions): Buffer {
  const lines: string[] = [];
  for (const row of demoImportRows(options)) lines.push(row.map(csvField).join(','));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}

/** The file as an XLSX workbook of one worksheet, written with exceljs' streaming writer. */
export async function demoImportXlsx(options: DemoImportOptions): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('เครื่องชั่งตวงวัด');
  for (const row of demoImportRows(options)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
