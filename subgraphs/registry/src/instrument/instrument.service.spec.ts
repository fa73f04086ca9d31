import { describe, expect, it } from 'vitest';
import { CertificateStatus, certificateStatus, daysUntil, expiryRangeFor, isValidInstrumentNo } from './instrument.service.js';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('instrument number', () => {
  it('accepts exactly twenty digits', () => {
    expect(isValidInstrumentNo('12345678901234567890')).toBe(true);
    expect(isValidInstrumentNo('1234567890123456789')).toBe(false);
    expect(isValidInstrumentNo('1234567890123456789a')).toBe(false);
    expect(isValidInstrumentNo('๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐')).toBe(false);
  });
});

describe('certificate colour', () => {
  const today = new Date('2026-11-23T03:00:00Z'); // 10:00 in Bangkok
  it('is green more than 60 days ahead', () => {
    expect(certificateStatus(date('2027-01-23'), today)).toBe(CertificateStatus.VALID);
  });
  it('is yellow from 60 down to 31 days', () => {
    expect(certificateStatus(date('2027-01-22'), today)).toBe(CertificateStatus.EXPIRING_60);
    expect(certificateStatus(date('2026-12-24'), today)).toBe(CertificateStatus.EXPIRING_60);
  });
  it('is orange within 30 days, the expiry day included', () => {
    expect(certificateStatus(date('2026-12-23'), today)).toBe(CertificateStatus.EXPIRING_30);
    expect(certificateStatus(date('2026-11-23'), today)).toBe(CertificateStatus.EXPIRING_30);
  });
  it('is red the day after expiry', () => {
    expect(certificateStatus(date('2026-11-22'), today)).toBe(CertificateStatus.EXPIRED);
  });
  it('counts days in Thai time: 23:30 in Bangkok is still the same day', () => {
    expect(daysUntil(date('2026-11-24'), new Date('2026-11-23T16:30:00Z'))).toBe(1);
    expect(daysUntil(date('2026-11-24'), new Date('2026-11-23T17:30:00Z'))).toBe(0);
  });
  it('filters by the same boundaries it colours by', () => {
    for (const status of Object.values(CertificateStatus)) {
      const { from, to } = expiryRangeFor(status, today);
      if (from) expect(certificateStatus(from, today)).toBe(status);
      if (to) expect(certificateStatus(to, today)).toBe(status);
    }
  });
});
