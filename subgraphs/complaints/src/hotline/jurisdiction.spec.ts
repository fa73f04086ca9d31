import { describe, expect, it } from 'vitest';
import { PROVINCE_JURISDICTION, officeForProvince } from '../reference/jurisdiction.js';

describe('province → office jurisdiction', () => {
  it('covers all 77 provinces with two-digit codes, each served by one office', () => {
    const codes = Object.keys(PROVINCE_JURISDICTION);
    expect(codes).toHaveLength(77);
    for (const code of codes) {
      expect(code).toMatch(/^\d{2}$/);
      expect(PROVINCE_JURISDICTION[code].officeCode).toMatch(/^(HQ|C\d|B\d{2})$/);
      expect(PROVINCE_JURISDICTION[code].nameTh).toMatch(/^[\u0E00-\u0E7F]+$/);
    }
    // HQ + 9 centres + 23 branches serve them
    expect(new Set(codes.map((c) => PROVINCE_JURISDICTION[c].officeCode)).size).toBe(33);
  });

  it('knows the offices of well-known provinces, and nothing for other codes', () => {
    expect(officeForProvince('10')).toBe('HQ');
    expect(officeForProvince('50')).toBe('C1');
    expect(officeForProvince('99')).toBeNull();
    expect(officeForProvince('toString')).toBeNull();
  });
});
