/**
 * PDF export of a ReportTable (004 §4.5.1 (13)): A4 landscape, Thai set in Sarabun, the
 * department header, title, reference number, who generated it and when, the filters; a
 * table with wrapped cells, its header row repeated on every page and right-aligned
 * numbers; a totals row; a diagonal semi-transparent watermark on every page; the footer
 * `หน้า x / y` with the reference number on every page.
 *
 * Fonts. The only Sarabun shipped in our packages is `@fontsource/sarabun`, which splits each
 * weight into unicode-range subsets: the `thai` file has Thai letters only (no space, no Arabic
 * digits, no Latin), the `latin` file has ASCII and Latin-1. So every string is cut into runs
 * by subset (`unicode.json` of the package says which file covers what) and each run is set in
 * its subset's file; the files come from one font, so metrics and baselines match. pdfkit's
 * fontkit reads the `.woff` files and shapes Thai through the font's GSUB/GPOS (tone marks
 * over upper vowels, ฐ/ญ without their tails above lower vowels, ำ decomposed). The `.woff2`
 * files are not used: fontkit 2.0.4 fails to subset composite glyphs read from WOFF2
 * ("Offset is outside the bounds of the DataView" on ำ).
 *
 * Lines are broken at Thai word boundaries (`Intl.Segmenter('th')`, ICU's dictionary), as Thai
 * writes no spaces between words, and inside a word only when the word alone is wider than
 * the cell.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { defaultAlign, formatCell, thaiDateTime } from './format.js';
import type { ReportColumn, ReportTable } from './table.js';

export const DEPARTMENT_NAME = 'กรมการค้าภายใน กองชั่งตวงวัด';

// ---------------------------------------------------------------------------------------------
// Fonts

type Subset = 'thai' | 'latin' | 'latin-ext' | 'vietnamese';
/** Preference when a character is in several subsets and the current run cannot take it. */
const SUBSETS: Subset[] = ['thai', 'latin', 'latin-ext', 'vietnamese'];
type Weight = 400 | 700;

const require = createRequire(import.meta.url);
const fontPackageDir = dirname(require.resolve('@fontsource/sarabun/package.json'));

interface FontData {
  ranges: Map<Subset, [number, number][]>;
  files: Map<string, Buffer>;
}
let fontData: FontData | null = null;

/** Reads the font files and their coverage once per process. */
function loadFonts(): FontData {
  if (fontData) return fontData;
  const unicode = JSON.parse(readFileSync(join(fontPackageDir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const ranges = new Map<Subset, [number, number][]>();
  const files = new Map<string, Buffer>();
  for (const subset of SUBSETS) {
    ranges.set(
      subset,
      unicode[subset].split(',').map((r) => {
        const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
        return [parseInt(from, 16), parseInt(to ?? from, 16)] as [number, number];
      }),
    );
    for (const weight of [400, 700] as Weight[]) {
      files.set(faceName(subset, weight), readFileSync(join(fontPackageDir, 'files', `sarabun-${subset}-${weight}-normal.woff`)));
    }
  }
  fontData = { ranges, files };
  return fontData;
}

function faceName(subset: Subset, weight: Weight): string {
  return `Sarabun-${subset}-${weight}`;
}

function covers(data: FontData, subset: Subset, codePoint: number): boolean {
  return data.ranges.get(subset)!.some(([from, to]) => codePoint >= from && codePoint <= to);
}

interface Run {
  subset: Subset;
  text: string;
}

/** Cuts text into runs that one subset file can set; a run keeps going while its file covers the next character. */
export function fontRuns(text: string): Run[] {
  const data = loadFonts();
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (current && covers(data, current.subset, cp)) {
      current.text += ch;
      continue;
    }
    const subset = SUBSETS.find((s) => covers(data, s, cp)) ?? 'latin';
    if (current && current.subset === subset) current.text += ch;
    else runs.push((current = { subset, text: ch }));
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Text measuring, wrapping and drawing on top of pdfkit

type Doc = PDFKit.PDFDocument;

interface TextStyle {
  size: number;
  bold?: boolean;
}

function useFace(doc: Doc, subset: Subset, style: TextStyle): void {
  doc.font(faceName(subset, style.bold ? 700 : 400)).fontSize(style.size);
}

/** Widths per document, by style and text: tables repeat the same words on every row. */
const widthCache = new WeakMap<Doc, Map<string, number>>();

function widthOf(doc: Doc, text: string, style: TextStyle): number {
  let cache = widthCache.get(doc);
  if (!cache) widthCache.set(doc, (cache = new Map()));
  const key = `${style.size}|${style.bold ? 1 : 0}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const width = measure(doc, text, style);
  cache.set(key, width);
  return width;
}

function measure(doc: Doc, text: string, style: TextStyle): number {
  let width = 0;
  for (const run of fontRuns(text)) {
    useFace(doc, run.subset, style);
    width += doc.widthOfString(run.text);
  }
  return width;
}

/** Draws one line with its top at y (no wrapping, never adds a page). */
function drawLine(doc: Doc, text: string, x: number, y: number, style: TextStyle): void {
  let cx = x;
  for (const run of fontRuns(text)) {
    useFace(doc, run.subset, style);
    doc.text(run.text, cx, y, { lineBreak: false });
    cx += doc.widthOfString(run.text);
  }
}

function drawAligned(doc: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'right' | 'center', style: TextStyle): void {
  const w = widthOf(doc, text, style);
  const dx = align === 'right' ? width - w : align === 'center' ? (width - w) / 2 : 0;
  drawLine(doc, text, x + Math.max(0, dx), y, style);
}

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Terms of this domain that ICU's Thai dictionary cuts wrongly (it reads การกระทำความผิด as
 * การก|ระ|ทำความ|ผิด) or that should not be split across lines; no line breaks inside them.
 */
export const KEEP_TOGETHER = [
  'กระทำ', 'ความผิด', 'ชั่งตวงวัด', 'เครื่องชั่ง', 'ค่าปรับ', 'เปรียบเทียบปรับ', 'ผู้ประกอบการ', 'ผู้ร้องเรียน',
  'เรื่องร้องเรียน', 'พนักงานสอบสวน', 'กรมการค้าภายใน', 'คำรับรอง', 'ดำเนินคดี',
];

/** The pieces a line may break between: ICU word boundaries, minus those inside KEEP_TOGETHER terms. */
export function breakUnits(paragraph: string): string[] {
  const inside: [number, number][] = [];
  for (const term of KEEP_TOGETHER) {
    for (let at = paragraph.indexOf(term); at >= 0; at = paragraph.indexOf(term, at + 1)) inside.push([at, at + term.length]);
  }
  const units: string[] = [];
  for (const { segment, index } of words.segment(paragraph)) {
    const glued = units.length > 0 && inside.some(([from, to]) => index > from && index < to);
    if (glued) units[units.length - 1] += segment;
    else units.push(segment);
  }
  return units;
}

/** Breaks text into lines no wider than `width`, at word boundaries where it can. */
export function wrapText(doc: Doc, text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    let lineWidth = 0;
    const flush = () => {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    };
    for (const segment of breakUnits(paragraph)) {
      const isSpace = segment.trim() === '';
      if (isSpace && line === '') continue;
      const segmentWidth = widthOf(doc, segment, style);
      if (lineWidth + segmentWidth <= width || isSpace) {
        line += segment;
        lineWidth += segmentWidth;
        continue;
      }
      if (line !== '') flush();
      if (segmentWidth <= width) {
        line = segment;
        lineWidth = segmentWidth;
        continue;
      }
      // A word wider than the cell (a long number, an e-mail address): break between characters.
      for (const { segment: g } of graphemes.segment(segment)) {
        const gw = widthOf(doc, g, style);
        if (line !== '' && lineWidth + gw > width) flush();
        line += g;
        lineWidth += gw;
      }
    }
    if (line !== '' || lines.length === 0 || paragraph === '') flush();
  }
  return lines;
}

/**
 * ToUnicode fix so the PDF's text can be searched and copied. pdfkit maps each glyph to the
 * characters it came from the first time the glyph was used; after Thai shaping that can be
 * wrong for every later use: the า part of a decomposed ำ arrives with no characters (later
 * plain า would then copy as nothing), and the ligature of nikhahit and a tone mark carries
 * ำ itself (copying น้ำ would give น้ำา). Glyphs that are a character's own glyph get that
 * character; ำ in ligatures becomes nikhahit (U+0E4D), so ำ copies as ํ + า, which is
 * equal to ำ under Unicode compatibility normalisation (NFKC), the form PDF viewers search in.
 */
function fixToUnicode(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies;
  for (const family of Object.values(families)) {
    const font = family as {
      unicode?: number[][];
      subset?: { glyphs: number[] };
      font?: { characterSet: number[]; glyphForCodePoint(cp: number): { id: number } };
    };
    if (!font.unicode || !font.subset || !font.font) continue;
    const nominal = new Map<number, number>();
    for (const cp of font.font.characterSet) {
      const id = font.font.glyphForCodePoint(cp).id;
      if (!nominal.has(id)) nominal.set(id, cp);
    }
    for (let i = 1; i < font.unicode.length; i++) {
      const original = font.subset.glyphs[i];
      const own = nominal.get(original);
      if (own !== undefined) font.unicode[i] = [own];
      else if (font.unicode[i]) font.unicode[i] = font.unicode[i].map((cp) => (cp === 0x0e33 ? 0x0e4d : cp));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Page layout

const PAGE = { margin: 32, footerHeight: 22 };
const CELL = { size: 9, padX: 4, padY: 3 };
const LINE_FACTOR = 1.5; // Thai stacks tone marks over upper vowels: more leading than Latin needs
const GRID_COLOR = '#9a9a9a';
const HEADER_FILL = '#e4e8ee';
const TOTALS_FILL = '#f2f2f2';

function lineHeight(style: TextStyle): number {
  return style.size * LINE_FACTOR;
}

interface Layout {
  x: number[];
  widths: number[];
  align: ('left' | 'right' | 'center')[];
}

function columnLayout(columns: ReportColumn[], left: number, total: number): Layout {
  const weights = columns.map((c) => (c.width && c.width > 0 ? c.width : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (total * w) / sum);
  const x: number[] = [];
  let cx = left;
  for (const w of widths) {
    x.push(cx);
    cx += w;
  }
  return { x, widths, align: columns.map((c) => c.align ?? defaultAlign(c.format)) };
}

function drawWatermark(doc: Doc, text: string): void {
  if (!text.trim()) return;
  const { width, height } = doc.page;
  const diagonal = Math.hypot(width, height);
  let style: TextStyle = { size: 64, bold: true };
  const natural = widthOf(doc, text, style);
  const fit = (diagonal * 0.7) / natural;
  if (fit < 1) style = { size: Math.max(18, style.size * fit), bold: true };
  const w = widthOf(doc, text, style);
  const angle = (-Math.atan2(height, width) * 180) / Math.PI;
  doc.save();
  doc.rotate(angle, { origin: [width / 2, height / 2] });
  doc.fillColor('#b00020').fillOpacity(0.12);
  drawLine(doc, text, width / 2 - w / 2, height / 2 - lineHeight(style) / 2, style);
  doc.restore();
}

/** Renders the table as a PDF (A4 landscape). Take the reference number from recordDownload first. */
export async function renderPdf(table: ReportTable): Promise<Buffer> {
  const data = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: PAGE.margin,
    autoFirstPage: false,
    bufferPages: true,
    info: {
      Title: table.title,
      Author: `${DEPARTMENT_NAME} (${table.generatedBy})`,
      Subject: table.referenceNo,
      Keywords: table.referenceNo,
      Creator: 'Metrograph',
      CreationDate: table.generatedAt,
    },
    lang: 'th-TH',
  });
  for (const [name, file] of data.files) doc.registerFont(name, file);

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.on('pageAdded', () => drawWatermark(doc, table.watermark));
  doc.addPage();

  const left = PAGE.margin;
  const contentWidth = doc.page.width - 2 * PAGE.margin;
  const bottom = doc.page.height - PAGE.margin - PAGE.footerHeight;
  const cell: TextStyle = { size: CELL.size };
  const bold: TextStyle = { size: CELL.size, bold: true };
  const cellLine = lineHeight(cell);
  const layout = columnLayout(table.columns, left, contentWidth);
  doc.lineWidth(0.5).strokeColor(GRID_COLOR).fillColor('black');

  // Heading of the first page
  let y = PAGE.margin;
  const para = (text: string, style: TextStyle, color = 'black') => {
    for (const line of wrapText(doc, text, contentWidth, style)) {
      doc.fillColor(color);
      drawLine(doc, line, left, y, style);
      y += lineHeight(style);
    }
  };
  para(DEPARTMENT_NAME, { size: 12, bold: true }, '#333333');
  para(table.title, { size: 16, bold: true });
  if (table.titleEn) para(table.titleEn, { size: 11 }, '#333333');
  y += 2;
  const meta: TextStyle = { size: 10 };
  para(
    `เลขอ้างอิงเอกสาร ${table.referenceNo}    ออกรายงานเมื่อ ${thaiDateTime(table.generatedAt)}    โดย ${table.generatedBy}    จำนวน ${table.rows.length.toLocaleString('en-US')} รายการ`,
    meta,
  );
  para(
    `เงื่อนไข: ${table.filters.length ? table.filters.map((f) => `${f.label} ${f.value}`).join('; ') : 'ทั้งหมด'}`,
    meta,
  );
  y += 6;

  // Table
  const headerLines = table.columns.map((c, i) => wrapText(doc, c.header, layout.widths[i] - 2 * CELL.padX, bold));
  const headerHeight = Math.max(1, ...headerLines.map((l) => l.length)) * cellLine + 2 * CELL.padY;

  const drawRow = (cells: string[][], height: number, style: TextStyle, fill: string | null, alignOverride?: 'center') => {
    for (let i = 0; i < cells.length; i++) {
      const x = layout.x[i];
      const w = layout.widths[i];
      if (fill) doc.save().rect(x, y, w, height).fillOpacity(1).fill(fill).restore();
      doc.rect(x, y, w, height).stroke();
      doc.fillColor('black');
      let ly = y + CELL.padY;
      for (const line of cells[i]) {
        drawAligned(doc, line, x + CELL.padX, ly, w - 2 * CELL.padX, alignOverride ?? layout.align[i], style);
        ly += cellLine;
      }
    }
    y += height;
  };
  const drawHeader = () => drawRow(headerLines, headerHeight, bold, HEADER_FILL, 'center');
  const newPage = () => {
    doc.addPage();
    y = PAGE.margin;
    const running: TextStyle = { size: 9 };
    doc.fillColor('#555555');
    drawLine(doc, `${table.title} (ต่อ)`, left, y, running);
    y += lineHeight(running) + 2;
    drawHeader();
  };
  // Rows taller than a whole page are cut (the CSV has the full text).
  const maxLines = Math.floor((bottom - PAGE.margin - 20 - headerHeight - 2 * CELL.padY) / cellLine);
  const cellLines = (text: string, i: number, style: TextStyle): string[] => {
    const lines = wrapText(doc, text, layout.widths[i] - 2 * CELL.padX, style);
    return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`] : lines;
  };
  const placeRow = (cells: string[][], style: TextStyle, fill: string | null) => {
    const height = Math.max(1, ...cells.map((l) => l.length)) * cellLine + 2 * CELL.padY;
    if (y + height > bottom) newPage();
    drawRow(cells, height, style, fill);
  };

  if (y + headerHeight + cellLine + 2 * CELL.padY > bottom) newPage();
  else drawHeader();
  if (table.rows.length === 0) {
    const height = cellLine + 2 * CELL.padY;
    doc.rect(left, y, contentWidth, height).stroke();
    doc.fillColor('#555555');
    drawAligned(doc, 'ไม่พบข้อมูลตามเงื่อนไข', left, y + CELL.padY, contentWidth, 'center', cell);
    y += height;
  }
  for (const row of table.rows) {
    placeRow(table.columns.map((c, i) => cellLines(formatCell(row[c.key], c.format), i, cell)), cell, null);
  }
  if (table.totals) {
    const totals = table.totals;
    const cells = table.columns.map((c, i) => cellLines(formatCell(totals[c.key], c.format), i, bold));
    if (cells[0].every((l) => l === '')) cells[0] = ['รวม'];
    placeRow(cells, bold, TOTALS_FILL);
  }

  // Footer on every page, now that the page count is known
  const range = doc.bufferedPageRange();
  const footer: TextStyle = { size: 9 };
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const fy = doc.page.height - PAGE.margin - lineHeight(footer) + 6;
    doc.fillColor('#333333');
    drawLine(doc, `เลขอ้างอิงเอกสาร ${table.referenceNo}`, left, fy, footer);
    drawAligned(doc, `หน้า ${i - range.start + 1} / ${range.count}`, left, fy, contentWidth, 'right', footer);
  }

  fixToUnicode(doc);
  doc.end();
  return finished;
}
