/**
 * Signed system-to-system requests between the complaints service and the 1569 complaint
 * centre, both ways (004 §4.5.1 (1), system-to-system authentication):
 *
 *   x-system-id:  the calling system's code, e.g. 1569
 *   x-timestamp:  unix seconds when the request was signed
 *   x-signature:  HMAC-SHA256(secret, `${timestamp}.${rawBody}`), hex or base64url
 *
 * The MAC covers the exact bytes sent, so the receiver verifies before parsing anything.
 * A request signed more than SIGNATURE_WINDOW_SECONDS away from the receiver's clock
 * (either way) is refused, so a captured request cannot be replayed later.
 * Pure functions: no I/O, the clock is a parameter.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SYSTEM_ID_HEADER = 'x-system-id';
export const TIMESTAMP_HEADER = 'x-timestamp';
export const SIGNATURE_HEADER = 'x-signature';
/** How far the signer's clock may be from ours, either way, in seconds. */
export const SIGNATURE_WINDOW_SECONDS = 300;

export type SignatureEncoding = 'hex' | 'base64url';

/** Why a signed request was refused; stable codes for logs and the 401 body. */
export type SignatureFailureCode =
  | 'MISSING_SYSTEM_ID'
  | 'MISSING_TIMESTAMP'
  | 'MALFORMED_TIMESTAMP'
  | 'STALE_TIMESTAMP'
  | 'MISSING_SIGNATURE'
  | 'MALFORMED_SIGNATURE'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_SYSTEM';

export interface SignatureFailure {
  ok: false;
  code: SignatureFailureCode;
  reason: string;
}

export type SignatureCheck = { ok: true } | SignatureFailure;

export function failure(code: SignatureFailureCode, reason: string): SignatureFailure {
  return { ok: false, code, reason };
}

function toBuffer(body: Buffer | string): Buffer {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}

function mac(secret: string, timestamp: string, rawBody: Buffer | string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(toBuffer(rawBody)).digest();
}

/** The signature of `rawBody` signed at `timestamp` (unix seconds as text). */
export function computeSignature(secret: string, timestamp: string, rawBody: Buffer | string, encoding: SignatureEncoding = 'hex'): string {
  return mac(secret, timestamp, rawBody).toString(encoding);
}

/** The three headers that sign `rawBody` as `systemId`, now. */
export function signRequest(
  systemId: string,
  secret: string,
  rawBody: Buffer | string,
  now = Date.now(),
  encoding: SignatureEncoding = 'hex',
): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  return {
    [SYSTEM_ID_HEADER]: systemId,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: computeSignature(secret, timestamp, rawBody, encoding),
  };
}

export interface SignedHeaders {
  systemId: string;
  timestamp: string;
  signature: string;
}

type HeaderBag = Record<string, string | string[] | undefined>;

function single(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined ? undefined : text.trim();
}

/** Reads the signing headers (lower-case names, as Node gives them); says which one is missing. */
export function readSignedHeaders(headers: HeaderBag): { ok: true; value: SignedHeaders } | SignatureFailure {
  const systemId = single(headers, SYSTEM_ID_HEADER);
  const timestamp = single(headers, TIMESTAMP_HEADER);
  const signature = single(headers, SIGNATURE_HEADER);
  if (!systemId) return failure('MISSING_SYSTEM_ID', `the ${SYSTEM_ID_HEADER} header is missing`);
  if (!timestamp) return failure('MISSING_TIMESTAMP', `the ${TIMESTAMP_HEADER} header is missing`);
  if (!signature) return failure('MISSING_SIGNATURE', `the ${SIGNATURE_HEADER} header is missing`);
  return { ok: true, value: { systemId, timestamp, signature } };
}

/** The 32 MAC bytes of a hex (64 digits) or base64url (43 characters) signature, or null. */
export function decodeSignature(signature: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(signature)) return Buffer.from(signature, 'hex');
  if (/^[A-Za-z0-9_-]{43}=?$/.test(signature)) {
    const bytes = Buffer.from(signature.replace(/=$/, ''), 'base64url');
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}

/** Whether the timestamp is well-formed and within the window of `now`. */
export function checkTimestamp(timestamp: string, now = Date.now(), windowSeconds = SIGNATURE_WINDOW_SECONDS): SignatureCheck {
  if (!/^\d{1,12}$/.test(timestamp)) return failure('MALFORMED_TIMESTAMP', `${TIMESTAMP_HEADER} must be unix time in whole seconds`);
  const skew = Math.floor(now / 1000) - Number(timestamp);
  if (Math.abs(skew) > windowSeconds) {
    return failure(
      'STALE_TIMESTAMP',
      `${TIMESTAMP_HEADER} is ${Math.abs(skew)} s ${skew > 0 ? 'in the past' : 'in the future'}; at most ${windowSeconds} s either way is accepted`,
    );
  }
  return { ok: true };
}

export interface VerifyOptions {
  /** Secrets the signer may be using: the current one, and during a rotation the previous one. */
  secrets: string[];
  timestamp: string;
  signature: string;
  rawBody: Buffer | string;
  now?: number;
  windowSeconds?: number;
}

/**
 * Verifies a signed request: timestamp in the window first, then the MAC against each secret,
 * compared in constant time (the time taken does not reveal how much of a guess was right).
 */
export function verifySignature(options: VerifyOptions): SignatureCheck {
  const { secrets, timestamp, signature, rawBody, now = Date.now(), windowSeconds = SIGNATURE_WINDOW_SECONDS } = options;
  const time = checkTimestamp(timestamp, now, windowSeconds);
  if (!time.ok) return time;
  const given = decodeSignature(signature);
  if (!given) return failure('MALFORMED_SIGNATURE', `${SIGNATURE_HEADER} must be an HMAC-SHA256 in hex (64 digits) or base64url (43 characters)`);
  let matched = false;
  for (const secret of secrets) {
    // every secret is tried, so the time taken does not tell which one matched
    if (timingSafeEqual(mac(secret, timestamp, rawBody), given)) matched = true;
  }
  if (!matched) return failure('BAD_SIGNATURE', 'the signature does not match the body and timestamp');
  return { ok: true };
}
