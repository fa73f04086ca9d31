/**
 * CSV export of a ReportTable (004 §4.5.1 (13)): RFC 4180 (comma, CRLF, fields quoted when
 * they hold a comma, quote or line break, quotes doubled), UTF-8 with a byte-order mark so
 * Excel opens Thai text as Thai rather than as mojibake.
 *
 * Decision: the file is plain, a header row and the data rows, and nothing else. The
 * reference number is in the file name (`exportFileName`), and the reference number leads
 * to the audit record (who, when, which report, which filters, how many rows). Why:
 *  - officials take CSV to work on the data: sort, filter, pivot in Excel, or load into
 *    another system (the 1569 centre, a province's own sheet). Metadata rows above the header
 *    break all of that: Excel's filter and pivot pick up the wrong header, `read_csv` and
 *    import wizards need "skip 3 rows", and the rows look like data to anyone who sorts.
 *  - a watermark means nothing in a data file; the TOR asks for it "if required" (ถ้ากำหนด),
 *    and the PDF, the document that gets printed, signed and forwarded, carries it.
 *  - the filters are already in the audit record under the reference number.
 * The cost: a renamed file loses its visible reference. Where the department wants the
 * reference inside the file anyway, `{ preamble: true }` adds three leading rows
 * (reference, generated at/by, filters) and a blank row; it is off by default.
 */
import { csvValue, thaiDateTime } from './format.js';
import type { ReportTable } from './table.js';

const BOM = '\uFEFF';
const LINE_END = '\r\n';

export interface CsvOptions {
  /** Three leading rows with the reference number, watermark text and filters (default false; see above). */
  preamble?: boolean;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Makes a cell safe against formula injection (CSV injection): a text starting with
 * = + - @ (or a tab or carriage return, which Excel strips before looking) is prefixed with a
 * single quote, so a spreadsheet shows it as text instead of evaluating it. Plain numbers,
 * including negative ones, are left as they are: they cannot be formulas.
 */
export function neutralizeFormula(cell: string): string {
  if (PLAIN_NUMBER.test(cell)) return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field. */
export function csvField(cell: string): string {
  const safe = neutralizeFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(cells: string[]): string {
  return cells.map(csvField).join(',') + LINE_END;
}

/** The table as CSV bytes (UTF-8 with BOM). */
export function renderCsv(table: ReportTable, options: CsvOptions = {}): Buffer {
  let out = BOM;
  if (options.preamble) {
    out += csvLine(['เลขอ้างอิงเอกสาร', table.referenceNo, table.watermark]);
    out += csvLine(['ออกเมื่อ', thaiDateTime(table.generatedAt), table.generatedBy]);
    out += csvLine(['เงื่อนไข', table.filters.map((f) => `${f.label}: ${f.value}`).join('; ')]);
    out += LINE_END;
  }
  out += csvLine(table.columns.map((c) => c.header));
  for (const row of table.rows) out += csvLine(table.columns.map((c) => csvValue(row[c.key], c.format)));
  if (table.totals) out += csvLine(table.columns.map((c) => csvValue(table.totals![c.key], c.format)));
  return Buffer.from(out, 'utf8');
}
