/**
 * Exports of the dashboard's current view, made in the browser from exactly what is on the
 * screen: the filters, the KPIs as shown and the table of the level (areas, or complaints).
 * CSV (UTF-8 with BOM), XLSX (exceljs) and PDF (pdfkit with Sarabun, the font the app ships).
 */
import thai400 from '@fontsource/sarabun/files/sarabun-thai-400-normal.woff?url';
import thai700 from '@fontsource/sarabun/files/sarabun-thai-700-normal.woff?url';
import latin400 from '@fontsource/sarabun/files/sarabun-latin-400-normal.woff?url';
import latin700 from '@fontsource/sarabun/files/sarabun-latin-700-normal.woff?url';
import { toCsv } from '../../lib/services/dashboard';

export interface ExportView {
	title: string;
	/** "Generated" label and the time, as shown to the user. */
	generated: [string, string];
	/** Filter name → value, as printed on the screen. */
	filters: [string, string][];
	/** KPI name → value, formatted as on the screen. */
	kpis: [string, string][];
	/** The table of the level; numbers stay numbers (CSV/XLSX), `display` is how the screen shows them. */
	header: string[];
	rows: { cells: (string | number)[]; display: string[] }[];
	fileBase: string;
}

export function csvOf(view: ExportView): Blob {
	const rows: (string | number)[][] = [
		[view.title],
		view.generated,
		...view.filters,
		[],
		...view.kpis,
		[],
		view.header,
		...view.rows.map((r) => r.cells)
	];
	return new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
}

export async function xlsxOf(view: ExportView): Promise<Blob> {
	const { default: ExcelJS } = await import('exceljs');
	const book = new ExcelJS.Workbook();
	book.creator = 'Metrograph';
	book.created = new Date();
	const sheet = book.addWorksheet('Dashboard', { views: [{ state: 'frozen', ySplit: 0 }] });
	sheet.addRow([view.title]).font = { bold: true, size: 14 };
	sheet.addRow(view.generated);
	for (const f of view.filters) sheet.addRow(f).getCell(1).font = { bold: true };
	sheet.addRow([]);
	for (const k of view.kpis) sheet.addRow(k).getCell(1).font = { bold: true };
	sheet.addRow([]);
	const head = sheet.addRow(view.header);
	head.font = { bold: true };
	head.eachCell((cell) => {
		cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EEFC' } };
	});
	for (const r of view.rows) sheet.addRow(r.cells);
	sheet.columns.forEach((column, i) => {
		column.width = i === 0 ? 34 : 18;
	});
	const buffer = await book.xlsx.writeBuffer();
	return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

// ---------------------------------------------------------------------------------------------
// PDF

type Face = 'thai-400' | 'thai-700' | 'latin-400' | 'latin-700';
const FACE_URLS: Record<Face, string> = { 'thai-400': thai400, 'thai-700': thai700, 'latin-400': latin400, 'latin-700': latin700 };

/**
 * @fontsource splits Sarabun by script: the `thai` file has the Thai block only, the `latin`
 * one the rest we print (digits, Latin, punctuation). Text is set in runs, one file per run;
 * both come from one font, so metrics and baselines match. The `.woff` files are used since
 * fontkit cannot subset some composite Thai glyphs read from WOFF2.
 */
function runs(text: string): { face: 'thai' | 'latin'; text: string }[] {
	const out: { face: 'thai' | 'latin'; text: string }[] = [];
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		const face = cp >= 0x0e00 && cp <= 0x0e7f ? 'thai' : 'latin';
		const last = out[out.length - 1];
		if (last && (last.face === face || ch === ' ')) last.text += ch;
		else out.push({ face, text: ch });
	}
	return out;
}

/**
 * pdfkit maps a glyph to the characters it first came from; after Thai shaping (ำ split into
 * nikhahit + า, marks in ligatures) later uses can copy wrongly. Each glyph that is a
 * character's own glyph gets that character back, so search and copy (and pdftotext) work.
 */
function fixToUnicode(doc: PDFKit.PDFDocument): void {
	type Embedded = { unicode?: number[][]; subset?: { glyphs: number[] }; font?: { characterSet: number[]; glyphForCodePoint(cp: number): { id: number } } };
	const families = (doc as unknown as { _fontFamilies: Record<string, Embedded> })._fontFamilies;
	for (const f of Object.values(families)) {
		if (!f.unicode || !f.subset || !f.font) continue;
		const own = new Map<number, number>();
		for (const cp of f.font.characterSet) {
			const id = f.font.glyphForCodePoint(cp).id;
			if (!own.has(id)) own.set(id, cp);
		}
		f.unicode.forEach((chars, i) => {
			const cp = i > 0 ? own.get(f.subset!.glyphs[i]!) : undefined;
			if (cp !== undefined) f.unicode![i] = [cp];
			else if (chars) f.unicode![i] = chars.map((c) => (c === 0x0e33 ? 0x0e4d : c));
		});
	}
}

export async function pdfOf(view: ExportView): Promise<Blob> {
	const [{ default: PDFDocument }, fonts] = await Promise.all([
		import('pdfkit'),
		Promise.all((Object.keys(FACE_URLS) as Face[]).map(async (face) => [face, await (await fetch(FACE_URLS[face])).arrayBuffer()] as const))
	]);
	// font: null — the browser build has no standard fonts (Helvetica) to start with; Sarabun is registered below
	const doc = new PDFDocument({ font: null as unknown as string, size: 'A4', layout: 'landscape', margins: { top: 36, left: 36, right: 36, bottom: 16 }, bufferPages: true, info: { Title: view.title, Creator: 'Metrograph' }, lang: 'th-TH' });
	for (const [face, data] of fonts) doc.registerFont(face, data as unknown as Buffer);
	const chunks: Uint8Array[] = [];
	doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
	const done = new Promise<Blob>((resolve, reject) => {
		doc.on('end', () => resolve(new Blob(chunks as BlobPart[], { type: 'application/pdf' })));
		doc.on('error', reject);
	});

	const width = (text: string, size: number, bold: boolean) =>
		runs(text).reduce((w, r) => w + doc.font(`${r.face}-${bold ? 700 : 400}`).fontSize(size).widthOfString(r.text), 0);
	const draw = (text: string, x: number, y: number, size: number, bold = false, maxWidth = Infinity) => {
		let shown = text;
		while (shown.length > 1 && width(shown, size, bold) > maxWidth) shown = `${shown.slice(0, -2)}…`;
		let cx = x;
		for (const r of runs(shown)) {
			doc.font(`${r.face}-${bold ? 700 : 400}`).fontSize(size).text(r.text, cx, y, { lineBreak: false });
			cx += doc.widthOfString(r.text);
		}
	};
	// Thai writes no spaces between words: lines break at the word boundaries of ICU's dictionary
	const words = new Intl.Segmenter('th', { granularity: 'word' });
	const wrap = (text: string, size: number, bold: boolean, maxWidth: number, maxLines = 6): string[] => {
		const lines: string[] = [];
		let line = '';
		for (const { segment } of words.segment(text)) {
			if (line && width(line + segment, size, bold) > maxWidth) {
				lines.push(line.trimEnd());
				line = segment.trimStart();
			} else line += segment;
		}
		if (line || lines.length === 0) lines.push(line);
		return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]}…`] : lines;
	};
	const left = 36;
	const right = doc.page.width - 36;
	const bottom = doc.page.height - 50;
	let y = 36;
	doc.fillColor('#1d4e89');
	draw(view.title, left, y, 16, true);
	y += 26;
	doc.fillColor('#333333');
	draw(`${view.generated[0]} ${view.generated[1]}`, left, y, 9);
	y += 18;

	// Filters and KPIs side by side, as label: value lines.
	const half = (right - left) / 2;
	const pairs = (items: [string, string][], x: number, top: number) => {
		let ly = top;
		for (const [k, v] of items) {
			doc.fillColor('#555555');
			draw(k, x, ly, 9, false, half * 0.3);
			doc.fillColor('#000000');
			for (const part of wrap(v, 9, true, half * 0.66, 12)) {
				draw(part, x + half * 0.31, ly, 9, true);
				ly += 13;
			}
			ly += 1;
		}
		return ly;
	};
	y = Math.max(pairs(view.filters, left, y), pairs(view.kpis, left + half, y)) + 10;

	// The table, header repeated on each page; numbers right-aligned.
	const n = view.header.length;
	const first = Math.min(0.4, 2.2 / (n + 1.2));
	const widths = view.header.map((_, i) => (i === 0 ? first : (1 - first) / Math.max(1, n - 1)) * (right - left));
	const numeric = view.header.map((_, i) => i > 0 && view.rows.every((r) => typeof r.cells[i] === 'number' || r.cells[i] === ''));
	const lineHeight = 12.5;
	const drawRow = (cells: string[], bold: boolean, fill: string | null) => {
		const lines = cells.map((cell, i) => wrap(cell, 8.5, bold, widths[i]! - 6, 4));
		const rowHeight = Math.max(...lines.map((l) => l.length)) * lineHeight + 5;
		if (y + rowHeight > bottom) {
			doc.addPage();
			y = 36;
			if (!bold) drawRow(view.header, true, '#e3eefc');
		}
		let x = left;
		lines.forEach((cellLines, i) => {
			const w = widths[i]!;
			if (fill) doc.save().rect(x, y, w, rowHeight).fill(fill).restore();
			doc.lineWidth(0.5).strokeColor('#9a9a9a').rect(x, y, w, rowHeight).stroke();
			doc.fillColor('#000000');
			cellLines.forEach((text, j) => {
				const tw = width(text, 8.5, bold);
				draw(text, numeric[i] && !bold ? x + w - 3 - tw : x + 3, y + 3 + j * lineHeight, 8.5, bold);
			});
			x += w;
		});
		y += rowHeight;
	};
	drawRow(view.header, true, '#e3eefc');
	for (const row of view.rows) drawRow(row.display, false, null);

	const range = doc.bufferedPageRange();
	for (let i = 0; i < range.count; i++) {
		doc.switchToPage(range.start + i);
		doc.fillColor('#555555');
		draw(`${view.title} — ${i + 1} / ${range.count}`, left, doc.page.height - 40, 8);
	}
	fixToUnicode(doc);
	doc.end();
	return done;
}
