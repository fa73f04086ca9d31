import { describe, expect, it } from 'vitest';
import { addDays, planNewRate, rateOn } from './fee-rate.service.js';

describe('fee schedule', () => {
  const rates = [
    { id: 'a', effectiveFrom: '2025-01-01', effectiveTo: '2026-09-30' },
    { id: 'b', effectiveFrom: '2026-10-01', effectiveTo: null },
  ];
  it('finds the rate in force on a day, both ends included', () => {
    expect(rateOn(rates, '2024-12-31')).toBeNull();
    expect(rateOn(rates, '2025-01-01')?.id).toBe('a');
    expect(rateOn(rates, '2026-09-30')?.id).toBe('a');
    expect(rateOn(rates, '2026-10-01')?.id).toBe('b');
    expect(rateOn(rates, '2099-01-01')?.id).toBe('b');
  });
  it('closes the current rate the day before a new one starts', () => {
    expect(planNewRate(rates, '2027-01-01')).toEqual({ ok: true, close: [{ id: 'b', effectiveTo: '2026-12-31' }] });
    expect(planNewRate([], '2027-01-01')).toEqual({ ok: true, close: [] });
  });
  it('never rewrites history', () => {
    expect(planNewRate(rates, '2026-10-01')).toMatchObject({ ok: false, code: 'OVERLAPS_EXISTING_RATE' });
    expect(planNewRate(rates, '2026-01-01')).toMatchObject({ ok: false });
  });
  it('leaves an already closed rate alone when the new one starts after a gap', () => {
    expect(planNewRate([rates[0]], '2027-01-01')).toEqual({ ok: true, close: [] });
  });
  it('moves days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(() => addDays('2027/01/01', 1)).toThrow(RangeError);
  });
});
