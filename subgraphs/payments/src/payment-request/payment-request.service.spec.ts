import { describe, expect, it } from 'vitest';
import {
  PaymentStatus, assertSatang, formatSatang, hasValidCheckDigit, isOverdue, isValidRef, makeRefs, mod10CheckDigit,
  normalizeRef, thaiBuddhistYear, thaiDateString,
} from './payment-request.service.js';

describe('formatSatang', () => {
  it('formats baht with two decimals', () => {
    expect(formatSatang(123450)).toBe('1,234.50');
    expect(formatSatang(100)).toBe('1.00');
    expect(formatSatang(5)).toBe('0.05');
    expect(formatSatang(0)).toBe('0.00');
    expect(formatSatang(99)).toBe('0.99');
  });
  it('groups thousands only from 1,000 baht', () => {
    expect(formatSatang(99999)).toBe('999.99');
    expect(formatSatang(100000)).toBe('1,000.00');
    expect(formatSatang(100000000)).toBe('1,000,000.00');
  });
  it('is exact up to the largest safe integer', () => {
    expect(formatSatang(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91');
  });
  it('signs negative amounts (refunds, corrections)', () => {
    expect(formatSatang(-123450)).toBe('-1,234.50');
  });
  it('rejects fractions of a satang and unsafe integers', () => {
    expect(() => formatSatang(1.5)).toThrow(RangeError);
    expect(() => formatSatang(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => formatSatang(Number.NaN)).toThrow(RangeError);
  });
});

describe('assertSatang', () => {
  it('accepts whole satang from zero to the largest safe integer', () => {
    expect(() => assertSatang(0)).not.toThrow();
    expect(() => assertSatang(1)).not.toThrow();
    expect(() => assertSatang(Number.MAX_SAFE_INTEGER)).not.toThrow();
  });
  it('rejects negatives, fractions, unsafe and non-numbers', () => {
    expect(() => assertSatang(-1)).toThrow(/negative/);
    expect(() => assertSatang(0.5)).toThrow(/whole number/);
    expect(() => assertSatang(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => assertSatang(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => assertSatang(Number.NaN)).toThrow(RangeError);
    expect(() => assertSatang('100')).toThrow(RangeError);
    expect(() => assertSatang(null)).toThrow(RangeError);
    expect(() => assertSatang(10n)).toThrow(RangeError);
  });
  it('names the value in the message', () => {
    expect(() => assertSatang(-1, 'paidAmountSatang')).toThrow(/^paidAmountSatang/);
  });
});

describe('Thai calendar', () => {
  it('reads the day in Thai time (UTC+7)', () => {
    expect(thaiDateString(new Date('2026-11-30T16:59:59Z'))).toBe('2026-11-30');
    expect(thaiDateString(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
  });
  it('turns the Buddhist-era year over at Thai midnight on 1 January', () => {
    expect(thaiBuddhistYear(new Date('2026-12-31T16:59:59Z'))).toBe(2569);
    expect(thaiBuddhistYear(new Date('2026-12-31T17:00:00Z'))).toBe(2570);
  });
});

describe('mod-10 check digit', () => {
  it('is the Luhn digit', () => {
    expect(mod10CheckDigit('7992739871')).toBe('3');
    expect(mod10CheckDigit('0')).toBe('0');
    expect(hasValidCheckDigit('79927398713')).toBe(true);
  });
  it('catches a changed digit and swapped neighbours', () => {
    expect(hasValidCheckDigit('79927398714')).toBe(false);
    expect(hasValidCheckDigit('97927398713')).toBe(false);
  });
  it('needs digits', () => {
    expect(() => mod10CheckDigit('12A')).toThrow(RangeError);
    expect(hasValidCheckDigit('1')).toBe(false);
  });
});

describe('makeRefs', () => {
  const due = new Date('2026-11-30T00:00:00Z'); // a DATE column: midnight UTC of the day

  it('builds ref1 from the BE year, the 10-digit running number and a check digit', () => {
    const { ref1 } = makeRefs(123, 'B07', due);
    expect(ref1).toBe('256900000001232'); // 2569 + 0000000123 + Luhn digit 2
    expect(ref1).toHaveLength(15);
    expect(hasValidCheckDigit(ref1)).toBe(true);
  });
  it('builds ref2 from the office code and the due date', () => {
    expect(makeRefs(123, 'B07', due).ref2).toBe('B0720261130');
  });
  it('normalises the office code to upper-case letters and digits', () => {
    expect(makeRefs(1, 'b-07 ', due).ref2).toBe('B0720261130');
    expect(makeRefs(1, 'สาขา C1', due).ref2).toBe('C120261130');
  });
  it('reads the due date in Thai time', () => {
    expect(makeRefs(1, 'HQ', new Date('2026-11-29T17:00:00Z')).ref2).toBe('HQ20261130');
    expect(makeRefs(1, 'HQ', new Date('2026-11-29T16:59:59Z')).ref2).toBe('HQ20261129');
  });
  it('takes the year from the issue date when given', () => {
    const issued = new Date('2026-12-31T17:30:00Z'); // 1 Jan 2570, 00:30 in Bangkok
    expect(makeRefs(1, 'HQ', new Date('2027-01-15T00:00:00Z'), new Date('2026-12-28T03:00:00Z')).ref1.slice(0, 4)).toBe('2569');
    expect(makeRefs(1, 'HQ', due, issued).ref1.slice(0, 4)).toBe('2570');
  });
  it('accepts running numbers from 1 to 9,999,999,999', () => {
    expect(makeRefs(1, 'HQ', due).ref1.slice(4, 14)).toBe('0000000001');
    expect(makeRefs(9_999_999_999, 'HQ', due).ref1.slice(4, 14)).toBe('9999999999');
    expect(() => makeRefs(0, 'HQ', due)).toThrow(RangeError);
    expect(() => makeRefs(10_000_000_000, 'HQ', due)).toThrow(RangeError);
    expect(() => makeRefs(1.5, 'HQ', due)).toThrow(RangeError);
    expect(() => makeRefs(-1, 'HQ', due)).toThrow(RangeError);
  });
  it('keeps both references within 20 characters of [0-9A-Z]', () => {
    const { ref1, ref2 } = makeRefs(9_999_999_999, 'ab-cd_ef12', due);
    for (const ref of [ref1, ref2]) {
      expect(ref.length).toBeLessThanOrEqual(20);
      expect(ref).toMatch(/^[0-9A-Z]+$/);
      expect(isValidRef(ref)).toBe(true);
    }
    expect(ref2).toBe('ABCDEF1220261130');
  });
  it('rejects an office code that is empty once normalised, or too long', () => {
    expect(() => makeRefs(1, 'สาขา', due)).toThrow(RangeError);
    expect(() => makeRefs(1, '', due)).toThrow(RangeError);
    expect(() => makeRefs(1, 'ABCDEFGHIJKLM', due)).toThrow(/longer than 20/);
    expect(makeRefs(1, 'ABCDEFGHIJKL', due).ref2).toHaveLength(20);
  });
  it('gives different requests different ref1', () => {
    const refs = new Set(Array.from({ length: 1000 }, (_, i) => makeRefs(i + 1, 'HQ', due).ref1));
    expect(refs.size).toBe(1000);
  });
});

describe('reference input', () => {
  it('normalises what a person keys in', () => {
    expect(normalizeRef(' hq-2026 1130 ')).toBe('HQ20261130');
  });
  it('accepts 1 to 20 upper-case letters and digits', () => {
    expect(isValidRef('A')).toBe(true);
    expect(isValidRef('1'.repeat(20))).toBe(true);
    expect(isValidRef('1'.repeat(21))).toBe(false);
    expect(isValidRef('')).toBe(false);
    expect(isValidRef('ab1')).toBe(false);
    expect(isValidRef('๑๒๓')).toBe(false);
  });
});

describe('isOverdue', () => {
  const noonBangkok = new Date('2026-11-30T05:00:00Z');
  it('is on time on the due date itself', () => {
    expect(isOverdue('2026-11-30', PaymentStatus.PENDING, noonBangkok)).toBe(false);
    expect(isOverdue('2026-11-30', PaymentStatus.PENDING, new Date('2026-11-30T16:59:59Z'))).toBe(false);
  });
  it('is overdue from Thai midnight after the due date', () => {
    expect(isOverdue('2026-11-30', PaymentStatus.PENDING, new Date('2026-11-30T17:00:00Z'))).toBe(true);
    expect(isOverdue('2026-11-29', PaymentStatus.PENDING, noonBangkok)).toBe(true);
  });
  it('is not overdue before the due date', () => {
    expect(isOverdue('2026-12-01', PaymentStatus.PENDING, noonBangkok)).toBe(false);
  });
  it('never counts paid or cancelled requests; expired ones lapsed unpaid', () => {
    expect(isOverdue('2026-11-01', PaymentStatus.PAID, noonBangkok)).toBe(false);
    expect(isOverdue('2026-11-01', PaymentStatus.CANCELLED, noonBangkok)).toBe(false);
    expect(isOverdue('2026-11-01', PaymentStatus.EXPIRED, noonBangkok)).toBe(true);
  });
  it('accepts the due date as an instant read in Thai time', () => {
    expect(isOverdue(new Date('2026-11-29T17:00:00Z'), PaymentStatus.PENDING, noonBangkok)).toBe(false);
    expect(isOverdue(new Date('2026-11-29T16:59:59Z'), PaymentStatus.PENDING, noonBangkok)).toBe(true);
  });
});
