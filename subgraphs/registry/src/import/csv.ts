/**
 * A streaming CSV reader (RFC 4180: quoted fields, doubled quotes, CR/LF or LF line ends,
 * line breaks inside quotes), UTF-8 with or without a byte-order mark. It yields one record at a
 * time, so a 100,000-row file never sits in memory as a whole.
 */
import { detached } from './strings.js';

export interface CsvRecord {
  /** The fields of the record, as written (quotes removed). */
  fields: string[];
  /** Line of the file where the record starts (1-based), as a spreadsheet numbers its rows. */
  line: number;
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** Guesses the delimiter from the header line: comma, semicolon or tab, whichever occurs most. */
function delimiterOf(headerLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

export async function* readCsv(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }); // drops a leading BOM
  let text = '';
  let delimiter: number | null = null;
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotedJustClosed = false;
  let line = 1;
  let recordLine = 1;
  let pos = 0;

  const endRecord = function* (): Generator<CsvRecord> {
    fields.push(detached(field));
    field = '';
    // a blank line is no record
    if (!(fields.length === 1 && fields[0] === '')) yield { fields, line: recordLine };
    fields = [];
  };

  const consume = function* (final: boolean): Generator<CsvRecord> {
    if (delimiter === null) {
      const newline = text.indexOf('\n');
      if (newline < 0 && !final) return;
      delimiter = delimiterOf(newline < 0 ? text : text.slice(0, newline)).charCodeAt(0);
    }
    let start = pos;
    const n = text.length;
    while (pos < n) {
      const c = text.charCodeAt(pos);
      if (inQuotes) {
        if (c === QUOTE) {
          if (pos + 1 >= n && !final) break; // need the next character to decide
          if (text.charCodeAt(pos + 1) === QUOTE) {
            field += text.slice(start, pos + 1);
            pos += 2;
            start = pos;
            continue;
          }
          field += text.slice(start, pos);
          inQuotes = false;
          quotedJustClosed = true;
          pos++;
          start = pos;
          continue;
        }
        if (c === LF) line++;
        pos++;
        continue;
      }
      if (c === delimiter) {
        field += text.slice(start, pos);
        fields.push(detached(field));
        field = '';
        quotedJustClosed = false;
        pos++;
        start = pos;
        continue;
      }
      if (c === LF || c === CR) {
        if (c === CR && pos + 1 >= n && !final) break; // a CRLF may be split between chunks
        field += text.slice(start, pos);
        pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
        start = pos;
        line++;
        quotedJustClosed = false;
        yield* endRecord();
        recordLine = line;
        continue;
      }
      if (c === QUOTE && field === '' && start === pos && !quotedJustClosed) {
        inQuotes = true;
        pos++;
        start = pos;
        continue;
      }
      pos++;
    }
    field += text.slice(start, pos);
    text = text.slice(pos);
    pos = 0;
  };

  for await (const chunk of chunks) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield* consume(false);
  }
  text += decoder.decode();
  yield* consume(true);
  if (field !== '' || fields.length > 0) yield* endRecord();
}

/** Quotes a value for CSV output when it needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
