/**
 * How values are written in exports. Pure functions, no I/O.
 *
 * Display (PDF, `formatCell`): as officials read them, dates and times in Thai time
 * (Asia/Bangkok) with the Buddhist-era year (`23 พ.ย. 2569 14:05`), numbers with thousands
 * separators, satang as baht (`1,234.50`), fractions as percent with one decimal (`85.3%`).
 *
 * Data (CSV, `csvValue`): what spreadsheets and scripts parse back without help: no thousands
 * separators, baht with two decimals (`1234.50`), percent as a plain number (`85.3`), dates
 * as ISO 8601 in Thai time (`2026-11-23`, `2026-11-23 14:05`). ISO dates are real dates to
 * Excel, which shows them in the Buddhist era on machines set to Thai; a BE string would be
 * text that cannot be sorted or filtered as a date.
 */
import type { ColumnFormat } from './table.js';

export const THAI_TIME_ZONE = 'Asia/Bangkok';

const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const bangkokFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: THAI_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** Calendar fields of an instant in Thai time (Common Era year). */
export function bangkokParts(at: Date): CalendarParts {
  const parts: Record<string, number> = {};
  for (const p of bangkokFormat.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Calendar fields of a date value: a `YYYY-MM-DD` string (a PostgreSQL `date`) is already a
 * calendar date and is not shifted; a Date or timestamp string is converted to Thai time.
 */
function toParts(value: unknown): CalendarParts | null {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), hour: 0, minute: 0 };
  }
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  return bangkokParts(date);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `23 พ.ย. 2569` */
export function thaiDate(value: Date | string): string {
  const p = toParts(value);
  if (!p) return String(value);
  return `${p.day} ${THAI_MONTHS_SHORT[p.month - 1]} ${p.year + 543}`;
}

/** `23 พ.ย. 2569 14:05` */
export function thaiDateTime(value: Date | string): string {
  const p = toParts(value);
  if (!p) return String(value);
  return `${thaiDate(value)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

/** `12,345` or `12.5`: thousands separators, at most two decimals. */
export function formatNumber(value: unknown): string {
  if (typeof value === 'bigint') return value.toLocaleString('en-US');
  const n = toNumber(value);
  return n === null ? String(value) : numberFormat.format(n);
}

/** Integer satang (number, bigint or digit string, as PostgreSQL bigint arrives) as a BigInt, or null. */
function toSatang(value: unknown): bigint | null {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.round(value));
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
  return null;
}

function bahtParts(satang: bigint): { sign: string; baht: bigint; cents: string } {
  const sign = satang < 0n ? '-' : '';
  const abs = satang < 0n ? -satang : satang;
  return { sign, baht: abs / 100n, cents: String(abs % 100n).padStart(2, '0') };
}

/** Integer satang as baht: 123450 → `1,234.50`. Exact for any size (no floating point). */
export function formatSatang(value: unknown): string {
  const s = toSatang(value);
  if (s === null) return String(value);
  const { sign, baht, cents } = bahtParts(s);
  return `${sign}${baht.toLocaleString('en-US')}.${cents}`;
}

/** A fraction as percent with one decimal: 0.8534 → `85.3%`. */
export function formatPercent(value: unknown): string {
  const n = toNumber(value);
  return n === null ? String(value) : `${percentFormat.format(n * 100)}%`;
}

function plainText(value: unknown): string {
  if (Array.isArray(value)) return value.map(plainText).join(', ');
  if (value instanceof Date) return thaiDateTime(value);
  return String(value);
}

/** A cell as shown in the PDF; null and undefined are empty. */
export function formatCell(value: unknown, format: ColumnFormat = 'text'): string {
  if (value === null || value === undefined || value === '') return '';
  switch (format) {
    case 'number':
      return formatNumber(value);
    case 'satang':
      return formatSatang(value);
    case 'percent':
      return formatPercent(value);
    case 'date':
      return thaiDate(value as Date | string);
    case 'datetime':
      return thaiDateTime(value as Date | string);
    default:
      return plainText(value);
  }
}

/** A cell as written in the CSV (see the header comment); null and undefined are empty. */
export function csvValue(value: unknown, format: ColumnFormat = 'text'): string {
  if (value === null || value === undefined) return '';
  switch (format) {
    case 'number': {
      if (typeof value === 'bigint') return value.toString();
      const n = toNumber(value);
      return n === null ? String(value) : String(n);
    }
    case 'satang': {
      const s = toSatang(value);
      if (s === null) return String(value);
      const { sign, baht, cents } = bahtParts(s);
      return `${sign}${baht}.${cents}`;
    }
    case 'percent': {
      const n = toNumber(value);
      return n === null ? String(value) : (n * 100).toFixed(1);
    }
    case 'date': {
      const p = toParts(value);
      return p ? `${p.year}-${pad2(p.month)}-${pad2(p.day)}` : String(value);
    }
    case 'datetime': {
      const p = toParts(value);
      return p ? `${p.year}-${pad2(p.month)}-${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}` : String(value);
    }
    default:
      if (Array.isArray(value)) return value.map((v) => csvValue(v)).join(', ');
      if (value instanceof Date) return csvValue(value, 'datetime');
      return String(value);
  }
}

/** Numeric formats are right-aligned unless the column says otherwise. */
export function defaultAlign(format: ColumnFormat = 'text'): 'left' | 'right' {
  return format === 'number' || format === 'satang' || format === 'percent' ? 'right' : 'left';
}
