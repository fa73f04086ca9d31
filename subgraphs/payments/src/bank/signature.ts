/**
 * Signed messages between the payments service and the bank's direct link, both ways:
 * HMAC-SHA256 over `<unix seconds>.<raw body>` with the shared secret, sent as
 * `x-bank-timestamp` and `x-bank-signature: v1=<hex>`; a message outside the time window is refused,
 * so a captured notification cannot be replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-bank-timestamp';
export const SIGNATURE_HEADER = 'x-bank-signature';
/** How far the sender's clock may be from ours, in seconds. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function signatureOf(secret: string, timestamp: string, rawBody: string): string {
  return 'v1=' + createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

/** Headers that sign `rawBody` now. */
export function signHeaders(secret: string, rawBody: string, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signatureOf(secret, timestamp, rawBody) };
}

export type Verification = { ok: true } | { ok: false; reason: string };

/** Checks a signed message; constant-time comparison, timestamp within the tolerance either way. */
export function verifySignature(
  secret: string,
  rawBody: string,
  timestamp: string | undefined | null,
  signature: string | undefined | null,
  now = Date.now(),
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): Verification {
  if (!timestamp || !signature) return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(Math.floor(now / 1000) - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'timestamp outside the allowed window' };
  const expected = Buffer.from(signatureOf(secret, timestamp, rawBody));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'signature does not match' };
  return { ok: true };
}

/**
 * A bank amount in baht with up to two decimals ("1234.5", "1234.50", "1234") as integer satang,
 * without floating point; null for anything else.
 */
export function bahtToSatang(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string') return null;
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Integer satang as the bank's decimal baht text, e.g. 123450 → "1234.50". */
export function satangToBaht(satang: number): string {
  return `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
}
