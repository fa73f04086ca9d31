import { describe, it, expect } from 'vitest';
import { OFFICES, PROVINCES, REGIONS } from './reference-data.js';

const THAI_ONLY = /^[\u0E00-\u0E7F ]+$/;

describe('REGIONS', () => {
  it('has the 6 official geographic regions with unique codes', () => {
    expect(REGIONS).toHaveLength(6);
    expect(new Set(REGIONS.map((r) => r.code))).toEqual(new Set(['N', 'NE', 'C', 'E', 'W', 'S']));
  });

  it('has Thai-only Thai names and non-empty English names', () => {
    for (const r of REGIONS) {
      expect(r.nameTh).toMatch(THAI_ONLY);
      expect(r.nameEn.trim()).not.toBe('');
    }
  });
});

describe('PROVINCES', () => {
  it('has all 77 provinces with unique 2-digit codes, sorted by code', () => {
    expect(PROVINCES).toHaveLength(77);
    const codes = PROVINCES.map((p) => p.code);
    expect(new Set(codes).size).toBe(77);
    for (const c of codes) expect(c).toMatch(/^\d{2}$/);
    expect([...codes].sort()).toEqual(codes);
  });

  it('has well-known codes', () => {
    const byCode = new Map(PROVINCES.map((p) => [p.code, p]));
    expect(byCode.get('10')?.nameEn).toBe('Bangkok');
    expect(byCode.get('10')?.nameTh).toBe('กรุงเทพมหานคร');
    expect(byCode.get('50')?.nameEn).toBe('Chiang Mai');
    expect(byCode.get('38')?.nameEn).toBe('Bueng Kan');
    expect(byCode.get('93')?.nameEn).toBe('Phatthalung');
    expect(byCode.get('96')?.nameEn).toBe('Narathiwat');
  });

  it('has unique ISO 3166-2 codes equal to TH-<code>', () => {
    expect(new Set(PROVINCES.map((p) => p.isoCode)).size).toBe(77);
    for (const p of PROVINCES) expect(p.isoCode).toBe(`TH-${p.code}`);
  });

  it('has Thai-only Thai names and unique names', () => {
    for (const p of PROVINCES) {
      expect(p.nameTh).toMatch(THAI_ONLY);
      expect(p.nameEn.trim()).not.toBe('');
    }
    expect(new Set(PROVINCES.map((p) => p.nameTh)).size).toBe(77);
    expect(new Set(PROVINCES.map((p) => p.nameEn)).size).toBe(77);
  });

  it('assigns every province to an existing region', () => {
    const regionCodes = new Set(REGIONS.map((r) => r.code));
    for (const p of PROVINCES) expect(regionCodes.has(p.regionCode)).toBe(true);
    for (const r of REGIONS) {
      expect(PROVINCES.some((p) => p.regionCode === r.code)).toBe(true);
    }
  });

  it('has unique tile-grid cells with non-negative integer positions', () => {
    const cells = PROVINCES.map((p) => `${p.gridRow},${p.gridCol}`);
    expect(new Set(cells).size).toBe(77);
    for (const p of PROVINCES) {
      expect(Number.isInteger(p.gridRow) && p.gridRow >= 0).toBe(true);
      expect(Number.isInteger(p.gridCol) && p.gridCol >= 0).toBe(true);
    }
  });

  it('has coordinates inside Thailand', () => {
    for (const p of PROVINCES) {
      expect(p.lat).toBeGreaterThanOrEqual(5.5);
      expect(p.lat).toBeLessThanOrEqual(20.5);
      expect(p.lng).toBeGreaterThanOrEqual(97.3);
      expect(p.lng).toBeLessThanOrEqual(105.7);
    }
  });
});

describe('OFFICES', () => {
  const provinceCodes = new Set(PROVINCES.map((p) => p.code));

  it('has 33 offices with unique ASCII codes and exactly one HQ', () => {
    expect(OFFICES).toHaveLength(33);
    expect(new Set(OFFICES.map((o) => o.code)).size).toBe(33);
    for (const o of OFFICES) expect(o.code).toMatch(/^[A-Z0-9]+$/);
    expect(OFFICES.filter((o) => o.kind === 'HQ')).toHaveLength(1);
  });

  it('has non-empty names for every office', () => {
    for (const o of OFFICES) {
      expect(o.nameTh.trim()).not.toBe('');
      expect(o.nameEn.trim()).not.toBe('');
    }
  });

  it('locates every office in an existing province', () => {
    for (const o of OFFICES) expect(provinceCodes.has(o.provinceCode)).toBe(true);
  });

  it('lets every office serve at least one existing province, including its own', () => {
    for (const o of OFFICES) {
      expect(o.servedProvinceCodes.length).toBeGreaterThan(0);
      for (const c of o.servedProvinceCodes) expect(provinceCodes.has(c)).toBe(true);
      expect(o.servedProvinceCodes).toContain(o.provinceCode);
    }
  });

  it('serves every province by exactly one office', () => {
    const counts = new Map<string, number>();
    for (const o of OFFICES) {
      for (const c of o.servedProvinceCodes) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const p of PROVINCES) expect(counts.get(p.code)).toBe(1);
    expect(counts.size).toBe(77);
  });

  it('has the HQ serving Bangkok', () => {
    const hq = OFFICES.find((o) => o.kind === 'HQ');
    expect(hq?.servedProvinceCodes).toContain('10');
  });
});
