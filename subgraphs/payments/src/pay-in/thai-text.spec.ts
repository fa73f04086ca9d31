import { describe, expect, it } from 'vitest';
import { thaiBahtText, thaiLongDate, thaiNumber } from './thai-text.js';

describe('Thai text', () => {
  it('writes days with the Buddhist-era year', () => {
    expect(thaiLongDate('2026-11-30')).toBe('30 พฤศจิกายน 2569');
    expect(thaiLongDate('2027-01-01')).toBe('1 มกราคม 2570');
  });
  it('writes numbers as Thai words, with เอ็ด and ยี่สิบ', () => {
    expect(thaiNumber(1)).toBe('หนึ่ง');
    expect(thaiNumber(11)).toBe('สิบเอ็ด');
    expect(thaiNumber(21)).toBe('ยี่สิบเอ็ด');
    expect(thaiNumber(101)).toBe('หนึ่งร้อยเอ็ด');
    expect(thaiNumber(1_000_001)).toBe('หนึ่งล้านเอ็ด');
    expect(thaiNumber(2_500_000)).toBe('สองล้านห้าแสน');
  });
  it('writes amounts as on Thai receipts', () => {
    expect(thaiBahtText(123_450)).toBe('หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์');
    expect(thaiBahtText(50_000)).toBe('ห้าร้อยบาทถ้วน');
    expect(thaiBahtText(25)).toBe('ยี่สิบห้าสตางค์');
  });
});
