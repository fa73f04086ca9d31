/**
 * Rows of the first worksheet of an XLSX file, read by a lean reader of our own: the upload is
 * held in memory (an XLSX is compressed: 100,000 rows are ~11 MB), its ZIP directory read with
 * Node's zlib (zip.ts), and the parts needed — workbook, its relationships, styles, shared strings
 * and the first worksheet — inflated as streams and scanned tag by tag (no DOM), one chunk at a
 * time, so the sheet XML never sits in memory as a whole.
 *
 * A row goes out as its cell texts, placed by the cells' references (a skipped cell is ''):
 * numbers as written, booleans TRUE/FALSE, dates (numbers whose cell style is a date format) as
 * YYYY-MM-DD, formulas by their cached result, rich text as its runs' text. Blank rows are left out.
 */
import { TextDecoder } from 'node:util';
import { readZipDirectory, zipEntryChunks, ZipError, type ZipEntry } from './zip.js';
import type { CsvRecord } from './csv.js';
import { detached } from './strings.js';

/** Largest XLSX file taken (it is held in memory while read). */
export const XLSX_MAX_BYTES = 200 * 1024 * 1024;
/** Largest uncompressed part read (guards against a "zip bomb"). */
const PART_MAX_BYTES = 2 * 1024 * 1024 * 1024;

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

// ---------------------------------------------------------------------------------------------
// XML: entities, attributes, a streaming tag scanner

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references (&amp; &lt; &gt; &quot; &apos; &#..; &#x..;); an unknown one stays as written. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = name.charCodeAt(1) === 120 /* x */ ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** Excel's escape for characters XML cannot carry in cell text: _x000D_ is a carriage return, _x005F_ an underscore. */
function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text content as it reads: entities decoded, line ends normalised as XML does. */
function textContent(raw: string): string {
  const decoded = decodeXml(raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n'));
  return decodeOoxmlEscapes(decoded);
}

/** The attributes of an open tag (text between its name and its end), decoded, by qualified name. */
function attributes(text: string, from: number, to: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  while (i < to) {
    const eq = text.indexOf('=', i);
    if (eq < 0 || eq >= to) break;
    const name = text.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && text.charCodeAt(q) !== 34 && text.charCodeAt(q) !== 39) q++;
    if (q >= to) break;
    const close = text.indexOf(text[q], q + 1);
    if (close < 0 || close >= to) break;
    out[name] = decodeXml(text.slice(q + 1, close));
    i = close + 1;
  }
  return out;
}

/** What a scan reports: tag names are local (a namespace prefix such as "x:" removed). */
interface XmlHandler {
  open(name: string, text: string, attrsFrom: number, attrsTo: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags (raw, entities not yet decoded) or a CDATA section (decoded: `cdata`). */
  text(text: string, from: number, to: number, cdata: boolean): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The end of a tag with quoted attribute values: the first '>' from `from` outside a quoted value, or -1 (not in this chunk yet). */
function tagEnd(text: string, from: number): number {
  for (let j = from; j < text.length; ) {
    const c = text.charCodeAt(j);
    if (c === 62) return j;
    if (c === 34 || c === 39) {
      let close = j + 1;
      while (close < text.length && text.charCodeAt(close) !== c) close++;
      if (close >= text.length) return -1;
      j = close + 1;
    } else j++;
  }
  return -1;
}

/**
 * Scans as much of `text` as forms whole tokens and returns where it stopped (the rest waits for
 * the next chunk). Character data is reported only once the tag after it has begun, so it is whole.
 */
function scanXml(text: string, handler: XmlHandler, final: boolean): number {
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) return final ? n : pos;
    if (lt > pos) handler.text(text, pos, lt, false);
    pos = lt;
    if (lt + 1 >= n) return pos;
    const next = text.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = text.indexOf('>', lt);
      if (gt < 0) return pos;
      handler.close(localName(text.slice(lt + 2, gt).trim()));
      pos = gt + 1;
    } else if (next === 33 /* ! */) {
      if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) return pos;
        handler.text(text, lt + 9, end, true);
        pos = end + 3;
      } else if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) return pos;
        pos = end + 3;
      } else {
        if (lt + 9 > n && !final) return pos; // may yet become <![CDATA[ or <!--
        const gt = text.indexOf('>', lt);
        if (gt < 0) return pos;
        pos = gt + 1; // a declaration (<!DOCTYPE …>): nothing to read
      }
    } else if (next === 63 /* ? */) {
      const end = text.indexOf('?>', lt);
      if (end < 0) return pos;
      pos = end + 2;
    } else {
      let j = lt + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
        j++;
      }
      const nameEnd = j;
      // the tag ends at the first '>' outside a quoted attribute value: when a quote comes before the
      // first '>', the quoted values are walked. Quotes are looked for in the tag only: searching the
      // chunk for the next quote or apostrophe (indexOf) cost the whole rest of a Thai chunk each time
      // (0x22 and 0x27 are the low bytes of ย and ว), and a 100,000-row workbook took 50 s
      let gt = text.indexOf('>', nameEnd);
      for (let k = nameEnd; k < gt; k++) {
        const c = text.charCodeAt(k);
        if (c === 34 || c === 39) {
          gt = tagEnd(text, k);
          break;
        }
      }
      if (gt < 0) return pos;
      const selfClosing = text.charCodeAt(gt - 1) === 47;
      handler.open(localName(text.slice(lt + 1, nameEnd)), text, nameEnd, selfClosing ? gt - 1 : gt, selfClosing);
      pos = gt + 1;
    }
  }
  return pos;
}

/** The text decoder for a part: UTF-8 (a BOM dropped), or UTF-16 when it starts with a UTF-16 BOM. */
function decoderFor(first: Buffer): TextDecoder {
  if (first.length >= 2 && first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first.length >= 2 && first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/**
 * Scans a part of the archive chunk by chunk; after each chunk, `drain` is called (a reader hands
 * out what the chunk completed, e.g. rows).
 */
async function* scanPart<T>(zip: Buffer, entry: ZipEntry, handler: XmlHandler, drain: () => T[]): AsyncGenerator<T> {
  let decoder: TextDecoder | null = null;
  let rest = '';
  for await (const chunk of zipEntryChunks(zip, entry, PART_MAX_BYTES)) {
    decoder ??= decoderFor(chunk);
    const text = rest + decoder.decode(chunk, { stream: true });
    rest = text.slice(scanXml(text, handler, false));
    yield* drain();
  }
  const text = rest + (decoder?.decode() ?? '');
  scanXml(text, handler, true);
  yield* drain();
}

async function scanWhole(zip: Buffer, entry: ZipEntry, handler: XmlHandler): Promise<void> {
  for await (const _ of scanPart(zip, entry, handler, () => [])) void _;
}

// ---------------------------------------------------------------------------------------------
// Workbook parts

/** Relationships of a part: id → { type, target path inside the archive }. */
async function relationships(zip: Buffer, entries: Map<string, ZipEntry>, part: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const rels = new Map<string, { type: string; target: string }>();
  const entry = find(entries, `${dir}_rels/${part.slice(slash + 1)}.rels`);
  if (!entry) return rels;
  await scanWhole(zip, entry, {
    open(name, text, from, to) {
      if (name !== 'Relationship') return;
      const a = attributes(text, from, to);
      if (a.Id && a.Target && a.TargetMode !== 'External') rels.set(a.Id, { type: a.Type ?? '', target: resolvePath(dir, a.Target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** A relationship target as a path inside the archive ("/xl/x.xml" is absolute, "x.xml" relative to the part's folder). */
function resolvePath(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** An entry by name; part names are case-insensitive in OOXML. */
function find(entries: Map<string, ZipEntry>, name: string): ZipEntry | undefined {
  const exact = entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, entry] of entries) if (key.toLowerCase() === lower) return entry;
  return undefined;
}

interface WorkbookFacts {
  sheet: ZipEntry;
  sharedStrings: ZipEntry | undefined;
  styles: ZipEntry | undefined;
  date1904: boolean;
}

async function workbookFacts(zip: Buffer, entries: Map<string, ZipEntry>): Promise<WorkbookFacts> {
  const packageRels = await relationships(zip, entries, '');
  const workbookPath = [...packageRels.values()].find((r) => OFFICE_DOCUMENT.test(r.type))?.target ?? 'xl/workbook.xml';
  const workbookEntry = find(entries, workbookPath);
  if (!workbookEntry) throw new ZipError('The file is a ZIP archive but not an XLSX workbook (it has no workbook part).');
  const sheetIds: string[] = [];
  let date1904 = false;
  await scanWhole(zip, workbookEntry, {
    open(name, text, from, to) {
      if (name === 'sheet') {
        const a = attributes(text, from, to);
        const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
        if (id) sheetIds.push(id);
      } else if (name === 'workbookPr') {
        const flag = attributes(text, from, to).date1904;
        date1904 = flag === '1' || flag === 'true';
      }
    },
    close() {},
    text() {},
  });
  const rels = await relationships(zip, entries, workbookEntry.name);
  const relOf = (type: RegExp) => [...rels.values()].find((r) => type.test(r.type));
  // the first sheet of the workbook's order that is a worksheet (not a chart sheet)
  let sheet: ZipEntry | undefined;
  for (const id of sheetIds) {
    const rel = rels.get(id);
    if (rel && WORKSHEET.test(rel.type)) {
      sheet = find(entries, rel.target);
      if (sheet) break;
    }
  }
  if (!sheet) throw new ZipError('The workbook has no worksheet.');
  const sharedStrings = relOf(SHARED_STRINGS);
  const styles = relOf(STYLES);
  return {
    sheet,
    sharedStrings: sharedStrings ? find(entries, sharedStrings.target) : undefined,
    styles: styles ? find(entries, styles.target) : undefined,
    date1904,
  };
}

/** Built-in number formats that show dates or times: Excel's 14-22, 27-36, 45-47, 50-58 and the Thai 71-81. */
function builtInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) || (id >= 71 && id <= 81);
}

/** Whether a format code shows a date or time (as exceljs decides, plus Thai and era letters). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (/^general$/i.test(bare.trim())) return false;
  return /[ymdhMsbeวดปชนท]/.test(bare);
}

/** For each cell style (index of cellXfs), whether it formats numbers as dates. */
async function dateStyles(zip: Buffer, entry: ZipEntry | undefined): Promise<boolean[]> {
  const out: boolean[] = [];
  if (!entry) return out;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  await scanWhole(zip, entry, {
    open(name, text, from, to, selfClosing) {
      if (name === 'numFmt') {
        const a = attributes(text, from, to);
        custom.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (name === 'cellXfs') inCellXfs = !selfClosing;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes(text, from, to).numFmtId ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? isDateFormat(code) : builtInDateFormat(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return out;
}

/** The shared string table: each <si> as the text of its <t> (or of its rich text runs' <t>), phonetic runs left out. */
async function sharedStrings(zip: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let parts: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  await scanWhole(zip, entry, {
    open(name, _text, _from, _to, selfClosing) {
      if (name === 'si') {
        if (selfClosing) strings.push('');
        else parts = [];
      } else if (name === 'rPh') {
        if (!selfClosing) phonetic++;
      } else if (name === 't') inT = !selfClosing && parts !== null && phonetic === 0;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && parts !== null) {
        strings.push(detached(parts.length === 1 ? parts[0] : parts.join('')));
        parts = null;
      }
    },
    text(text, from, to, cdata) {
      if (inT) parts!.push(cdata ? text.slice(from, to) : textContent(text.slice(from, to)));
    },
  });
  return strings;
}

// ---------------------------------------------------------------------------------------------
// The worksheet

/** Column number (1-based) of a cell reference such as "B2" or "AA10"; 0 when it has no letters. */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col;
}

/** Excel's day number as YYYY-MM-DD (as exceljs converts it: days since 1899-12-30, or 1904-01-01). */
function serialDate(serial: number, date1904: boolean): string {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000)).toISOString().slice(0, 10);
}

enum Capture {
  None,
  Value,
  InlineText,
}

class SheetReader implements XmlHandler {
  readonly ready: CsvRecord[] = [];
  private inSheetData = false;
  private rowNumber = 0;
  private fields: string[] = [];
  private inRow = false;
  private column = 0;
  private cellType = '';
  private cellStyle = -1;
  private value: string | null = null;
  private inline: string[] | null = null;
  private capture = Capture.None;
  private phonetic = 0;

  constructor(
    private readonly strings: string[],
    private readonly dates: boolean[],
    private readonly date1904: boolean,
  ) {}

  open(name: string, text: string, from: number, to: number, selfClosing: boolean): void {
    if (!this.inSheetData) {
      if (name === 'sheetData' && !selfClosing) this.inSheetData = true;
      return;
    }
    switch (name) {
      case 'row': {
        const r = attributes(text, from, to).r;
        this.rowNumber = r ? Number(r) : this.rowNumber + 1;
        this.fields = [];
        this.column = 0;
        this.inRow = !selfClosing;
        break;
      }
      case 'c': {
        const a = attributes(text, from, to);
        this.column = (a.r ? columnOf(a.r) : 0) || this.column + 1;
        this.cellType = a.t ?? 'n';
        this.cellStyle = a.s ? Number(a.s) : -1;
        this.value = null;
        this.inline = null;
        if (selfClosing) this.endCell();
        break;
      }
      case 'v':
        if (selfClosing) this.value = '';
        else {
          this.capture = Capture.Value;
          this.value = '';
        }
        break;
      case 'is':
        this.inline = [];
        break;
      case 'rPh':
        if (!selfClosing) this.phonetic++;
        break;
      case 't':
        if (this.inline !== null && this.phonetic === 0 && !selfClosing) this.capture = Capture.InlineText;
        break;
    }
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
      case 't':
        this.capture = Capture.None;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'c':
        this.endCell();
        break;
      case 'row':
        this.endRow();
        break;
      case 'sheetData':
        this.inSheetData = false;
        break;
    }
  }

  text(text: string, from: number, to: number, cdata: boolean): void {
    if (this.capture === Capture.None) return;
    const raw = text.slice(from, to);
    const decoded = cdata ? raw : textContent(raw);
    if (this.capture === Capture.Value) this.value += decoded;
    else this.inline!.push(decoded);
  }

  private endCell(): void {
    const value = this.cellText();
    if (value === null || !this.inRow) return;
    const text = detached(value);
    const index = this.column - 1;
    const fields = this.fields;
    if (index === fields.length) fields.push(text);
    else if (index > fields.length) {
      while (fields.length < index) fields.push('');
      fields.push(text);
    } else fields[index] = text;
  }

  /** The cell's text, or null for a cell without a value. */
  private cellText(): string | null {
    const v = this.value;
    switch (this.cellType) {
      case 's':
        return v === null || v === '' ? null : (this.strings[Number(v)] ?? '');
      case 'inlineStr':
        return this.inline !== null ? this.inline.join('') : v;
      case 'str':
      case 'e': // an error value such as #N/A
        return v;
      case 'b':
        return v === null ? null : Number(v) !== 0 ? 'TRUE' : 'FALSE';
      case 'd': // an ISO 8601 date (strict OOXML)
        return v !== null && /^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : v;
      default: {
        if (v === null || v === '') return null;
        const number = Number(v);
        if (!Number.isFinite(number)) return v;
        if (this.cellStyle >= 0 && this.dates[this.cellStyle]) return serialDate(number, this.date1904);
        return String(number);
      }
    }
  }

  private endRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    const fields = this.fields;
    let blank = true;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i].trim();
      fields[i] = f;
      if (f !== '') blank = false;
    }
    if (!blank) this.ready.push({ fields, line: this.rowNumber });
  }

  drain = (): CsvRecord[] => this.ready.splice(0, this.ready.length);
}

/** Holds the upload in memory, refusing one larger than `XLSX_MAX_BYTES`. */
async function readAll(input: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > XLSX_MAX_BYTES) throw new ZipError(`The XLSX file is larger than ${XLSX_MAX_BYTES / 1048576} MB.`);
    chunks.push(buffer);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** The rows of the first worksheet, as they are read; `line` is the spreadsheet's row number. */
export async function* readXlsx(input: AsyncIterable<Buffer | string>): AsyncGenerator<CsvRecord> {
  const zip = await readAll(input);
  const entries = readZipDirectory(zip);
  const facts = await workbookFacts(zip, entries);
  const [strings, dates] = await Promise.all([sharedStrings(zip, facts.sharedStrings), dateStyles(zip, facts.styles)]);
  const sheet = new SheetReader(strings, dates, facts.date1904);
  yield* scanPart(zip, facts.sheet, sheet, sheet.drain);
}
