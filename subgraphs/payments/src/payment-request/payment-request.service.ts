/** Domain rules for payment requests (pure functions, unit-tested). */

export enum PaymentStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
}

/** Thailand has no daylight saving: Thai time is always UTC+7. */
const THAI_OFFSET_MS = 7 * 60 * 60 * 1000;
/** Buddhist-era year = Common-era year + 543. */
const BE_OFFSET = 543;
/** Longest reference a Thai bank bill-payment channel accepts. */
export const REF_MAX_LENGTH = 20;
/** Digits of the running number in ref1. */
export const REF1_SEQUENCE_DIGITS = 10;

/** Throws unless the value is a whole number of satang from 0 to Number.MAX_SAFE_INTEGER. */
export function assertSatang(value: unknown, name = 'amount'): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new RangeError(`${name} must be a whole number of satang, got ${String(value)}`);
  }
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
  if (value > Number.MAX_SAFE_INTEGER) throw new RangeError(`${name} must be at most ${Number.MAX_SAFE_INTEGER} satang, got ${value}`);
}

/**
 * Integer satang as baht with thousands separators and two decimals, e.g. 123450 → '1,234.50'.
 * Integer arithmetic only, so every safe integer formats exactly.
 */
export function formatSatang(satang: number): string {
  if (!Number.isSafeInteger(satang)) throw new RangeError(`satang must be a safe integer, got ${satang}`);
  const sign = satang < 0 ? '-' : '';
  const abs = Math.abs(satang);
  const baht = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = (abs % 100).toString().padStart(2, '0');
  return `${sign}${baht}.${rest}`;
}

/** Calendar parts of an instant in Thai time. */
function thaiParts(at: Date): { year: number; month: number; day: number } {
  if (Number.isNaN(at.getTime())) throw new RangeError('invalid date');
  const shifted = new Date(at.getTime() + THAI_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The Thai calendar day of an instant as YYYY-MM-DD (Common era), the form a DATE column holds. */
export function thaiDateString(at: Date): string {
  const { year, month, day } = thaiParts(at);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Buddhist-era year of an instant in Thai time, e.g. 2026-12-31T18:00Z → 2570. */
export function thaiBuddhistYear(at: Date): number {
  return thaiParts(at).year + BE_OFFSET;
}

/** Luhn (mod 10) check digit of a string of digits. */
export function mod10CheckDigit(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new RangeError(`check digit needs digits only, got '${digits}'`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit counting leftwards from the rightmost one (the check digit goes after it).
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when the last digit of the reference is the mod-10 check digit of the others. */
export function hasValidCheckDigit(ref: string): boolean {
  return /^\d{2,}$/.test(ref) && mod10CheckDigit(ref.slice(0, -1)) === ref.slice(-1);
}

/** Office code reduced to the characters bank references allow: A-Z and 0-9. */
export function normalizeRefPart(value: string): string {
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * Bill-payment references printed on the pay-in slip and keyed in at the bank:
 * - ref1 = Buddhist-era year (4 digits) + running number (10 digits, zero-padded) + mod-10 check digit (15 digits);
 * - ref2 = office code (A-Z, 0-9 only) + due date as yyyymmdd in Thai time (Common-era year).
 * The year is that of `issuedAt` (the year of the running number, as in the request number PR-2569-000123);
 * it defaults to the due date's year.
 */
export function makeRefs(requestSeq: number, officeCode: string, dueDate: Date, issuedAt: Date = dueDate): { ref1: string; ref2: string } {
  if (!Number.isSafeInteger(requestSeq) || requestSeq < 1 || requestSeq >= 10 ** REF1_SEQUENCE_DIGITS) {
    throw new RangeError(`requestSeq must be an integer from 1 to ${10 ** REF1_SEQUENCE_DIGITS - 1}, got ${requestSeq}`);
  }
  const body = `${thaiBuddhistYear(issuedAt)}${String(requestSeq).padStart(REF1_SEQUENCE_DIGITS, '0')}`;
  const ref1 = body + mod10CheckDigit(body);
  const office = normalizeRefPart(officeCode);
  if (office.length === 0) throw new RangeError(`officeCode '${officeCode}' has no letters or digits`);
  const ref2 = office + thaiDateString(dueDate).replace(/-/g, '');
  if (ref2.length > REF_MAX_LENGTH) throw new RangeError(`officeCode '${officeCode}' makes ref2 longer than ${REF_MAX_LENGTH} characters`);
  return { ref1, ref2 };
}

/** A reference as keyed in by a person: trimmed, upper case, spaces and dashes removed. */
export function normalizeRef(value: string): string {
  return value.trim().toUpperCase().replace(/[\s-]/g, '');
}

/** True for a reference of 1 to 20 characters, digits and upper-case Latin letters only. */
export function isValidRef(value: string): boolean {
  return /^[0-9A-Z]{1,20}$/.test(value);
}

/**
 * Whether a request is overdue: still unpaid after its due date (Thai calendar day; the due date itself
 * is still on time). An EXPIRED request lapsed unpaid, so it is overdue; PAID and CANCELLED never are.
 * `dueDate` is a YYYY-MM-DD calendar day (as a DATE column holds it) or an instant read in Thai time.
 */
export function isOverdue(dueDate: string | Date, status: PaymentStatus, now: Date = new Date()): boolean {
  if (status === PaymentStatus.EXPIRED) return true;
  if (status !== PaymentStatus.PENDING) return false;
  const due = typeof dueDate === 'string' ? dueDate.slice(0, 10) : thaiDateString(dueDate);
  return thaiDateString(now) > due;
}
