/**
 * Rows of the first worksheet of an XLSX file, read with exceljs' streaming reader: the workbook
 * is unzipped and parsed as it streams, one row at a time, so a 100,000-row sheet never sits in
 * memory as a whole.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvRecord } from './csv.js';

/** A cell's value as text: numbers as written, dates as YYYY-MM-DD, formulas by their result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

export async function* readXlsx(input: Readable): AsyncGenerator<CsvRecord> {
  // styles are read so that date cells arrive as dates, not as day serial numbers
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  for await (const worksheet of workbook) {
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const fields: string[] = [];
      // row.values is 1-based: index 0 is always empty
      for (let i = 1; i < values.length; i++) fields.push(cellText(values[i]).trim());
      if (fields.every((f) => f === '')) continue;
      yield { fields, line: row.number };
    }
    return; // the first worksheet only
  }
}
