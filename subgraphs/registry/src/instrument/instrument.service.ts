/** Domain rules for instruments (pure functions, unit-tested). */

export const INSTRUMENT_NO_LENGTH = 20;

/** The 20-digit instrument number printed on the QR sticker (004 §4.5.14). */
export function isValidInstrumentNo(value: string): boolean {
  return /^\d{20}$/.test(value);
}

/**
 * Check digit of an instrument number: the 20th digit, mod 10 of the first 19 weighted 3/1, so a
 * mistyped digit or two swapped neighbours are caught.
 */
export function instrumentNoCheckDigit(first19: string): string {
  let sum = 0;
  for (let i = 0; i < first19.length; i++) sum += Number(first19[i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
}

/** True when a 20-digit instrument number ends in its check digit. */
export function hasValidCheckDigit(instrumentNo: string): boolean {
  return isValidInstrumentNo(instrumentNo) && instrumentNoCheckDigit(instrumentNo.slice(0, 19)) === instrumentNo[19];
}

export enum CertificateStatus {
  VALID = 'VALID',
  EXPIRING_60 = 'EXPIRING_60',
  EXPIRING_30 = 'EXPIRING_30',
  EXPIRED = 'EXPIRED',
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Colour of a verification certificate: green when valid, yellow when it expires within 60 days,
 * orange within 30 days, red once expired (expiry day included as valid).
 */
export function certificateStatus(expiresOn: Date | string, today: Date = new Date()): CertificateStatus {
  const days = daysUntil(expiresOn, today);
  if (days < 0) return CertificateStatus.EXPIRED;
  if (days <= 30) return CertificateStatus.EXPIRING_30;
  if (days <= 60) return CertificateStatus.EXPIRING_60;
  return CertificateStatus.VALID;
}

/** Whole calendar days from today (Thai time) to the expiry date; negative once past. */
export function daysUntil(expiresOn: Date | string, today: Date): number {
  const thaiDay = (d: Date) => Math.floor((d.getTime() + 7 * 60 * 60 * 1000) / DAY_MS);
  const expiry = typeof expiresOn === 'string' ? new Date(`${expiresOn}T00:00:00Z`) : expiresOn;
  const expiryDay = Math.floor(expiry.getTime() / DAY_MS); // a DATE is taken as midnight UTC of that day
  return expiryDay - thaiDay(today);
}

/** Range of expiry dates (YYYY-MM-DD, inclusive) that yields a status, for filtering in SQL. */
export function expiryRangeFor(status: CertificateStatus, today: Date = new Date()): { from?: string; to?: string } {
  const base = Math.floor((today.getTime() + 7 * 60 * 60 * 1000) / DAY_MS);
  const day = (offset: number) => new Date((base + offset) * DAY_MS).toISOString().slice(0, 10);
  switch (status) {
    case CertificateStatus.EXPIRED:
      return { to: day(-1) };
    case CertificateStatus.EXPIRING_30:
      return { from: day(0), to: day(30) };
    case CertificateStatus.EXPIRING_60:
      return { from: day(31), to: day(60) };
    case CertificateStatus.VALID:
      return { from: day(61) };
  }
}
