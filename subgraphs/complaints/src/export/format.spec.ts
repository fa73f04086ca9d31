import { describe, expect, it } from 'vitest';
import { csvValue, defaultAlign, formatCell, formatNumber, formatPercent, formatSatang, thaiDate, thaiDateTime } from './format.js';

describe('Thai dates', () => {
  it('shows an instant in Thai time with the Buddhist-era year', () => {
    expect(thaiDateTime(new Date('2026-11-23T07:05:00Z'))).toBe('23 พ.ย. 2569 14:05');
    expect(thaiDate(new Date('2026-11-23T07:05:00Z'))).toBe('23 พ.ย. 2569');
  });

  it('moves to the next day and year when Bangkok is already past midnight', () => {
    expect(thaiDateTime(new Date('2026-12-31T17:30:00Z'))).toBe('1 ม.ค. 2570 00:30');
    expect(thaiDate('2026-12-31T17:30:00Z')).toBe('1 ม.ค. 2570');
  });

  it('takes a PostgreSQL date as a calendar date, without shifting it', () => {
    expect(thaiDate('2026-03-01')).toBe('1 มี.ค. 2569');
    expect(formatCell('2026-03-01', 'date')).toBe('1 มี.ค. 2569');
  });

  it('names every month', () => {
    const months = Array.from({ length: 12 }, (_, m) => thaiDate(`2026-${String(m + 1).padStart(2, '0')}-15`).split(' ')[1]);
    expect(months).toEqual(['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.']);
  });

  it('leaves a value that is not a date as it is', () => {
    expect(thaiDate('not a date')).toBe('not a date');
  });
});

describe('numbers and money', () => {
  it('groups thousands', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber('98765')).toBe('98,765');
    expect(formatNumber(12.345)).toBe('12.35');
    expect(formatNumber(12345678901234567890n)).toBe('12,345,678,901,234,567,890');
  });

  it('writes satang as baht with two decimals, exactly', () => {
    expect(formatSatang(123450)).toBe('1,234.50');
    expect(formatSatang(5)).toBe('0.05');
    expect(formatSatang(-100)).toBe('-1.00');
    expect(formatSatang('900719925474099312')).toBe('9,007,199,254,740,993.12');
    expect(formatSatang(0)).toBe('0.00');
  });

  it('writes a fraction as percent with one decimal', () => {
    expect(formatPercent(0.8534)).toBe('85.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
  });

  it('shows empty cells for null and undefined, and text as text', () => {
    expect(formatCell(null, 'satang')).toBe('');
    expect(formatCell(undefined)).toBe('');
    expect(formatCell('ตาชั่งไม่เที่ยง')).toBe('ตาชั่งไม่เที่ยง');
    expect(formatCell(['เชียงใหม่', 'ลำพูน'])).toBe('เชียงใหม่, ลำพูน');
  });

  it('right-aligns numeric formats by default', () => {
    expect(defaultAlign('satang')).toBe('right');
    expect(defaultAlign('percent')).toBe('right');
    expect(defaultAlign('text')).toBe('left');
    expect(defaultAlign('date')).toBe('left');
  });
});

describe('CSV values', () => {
  it('are machine-readable: no separators, baht with a dot, ISO dates in Thai time', () => {
    expect(csvValue(1234567, 'number')).toBe('1234567');
    expect(csvValue(123450, 'satang')).toBe('1234.50');
    expect(csvValue(-5, 'satang')).toBe('-0.05');
    expect(csvValue(0.8534, 'percent')).toBe('85.3');
    expect(csvValue(new Date('2026-12-31T17:30:00Z'), 'date')).toBe('2027-01-01');
    expect(csvValue(new Date('2026-11-23T07:05:00Z'), 'datetime')).toBe('2026-11-23 14:05');
    expect(csvValue(null, 'number')).toBe('');
  });
});
