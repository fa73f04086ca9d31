import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  SIGNATURE_HEADER, SYSTEM_ID_HEADER, TIMESTAMP_HEADER, computeSignature, decodeSignature, readSignedHeaders, signRequest, verifySignature,
} from './signature.js';

const SECRET = 'a-secret-of-the-1569-centre-32-chars-or-more';
const NOW = Date.UTC(2026, 10, 23, 2, 0, 0);
const BODY = Buffer.from(JSON.stringify({ ticketNo: '1569-2569-00000001', details: 'ตาชั่งโกง' }), 'utf8');

function verify(headers: Record<string, string>, body: Buffer | string = BODY, now = NOW, secrets = [SECRET]) {
  return verifySignature({ secrets, timestamp: headers[TIMESTAMP_HEADER], signature: headers[SIGNATURE_HEADER], rawBody: body, now });
}

describe('request signatures', () => {
  it('is HMAC-SHA256 over "<timestamp>.<raw body>", in hex by default', () => {
    const expected = createHmac('sha256', SECRET).update(`1795917600.${BODY.toString('utf8')}`).digest('hex');
    expect(computeSignature(SECRET, '1795917600', BODY)).toBe(expected);
    const headers = signRequest('1569', SECRET, BODY, NOW);
    expect(headers).toEqual({ [SYSTEM_ID_HEADER]: '1569', [TIMESTAMP_HEADER]: String(NOW / 1000), [SIGNATURE_HEADER]: computeSignature(SECRET, String(NOW / 1000), BODY) });
  });

  it('accepts its own signature, in hex and in base64url, for Buffer and string bodies alike', () => {
    expect(verify(signRequest('1569', SECRET, BODY, NOW))).toEqual({ ok: true });
    expect(verify(signRequest('1569', SECRET, BODY, NOW, 'base64url'))).toEqual({ ok: true });
    expect(verify(signRequest('1569', SECRET, BODY.toString('utf8'), NOW), BODY)).toEqual({ ok: true });
  });

  it('refuses a body changed by one byte, another secret, or another timestamp', () => {
    const headers = signRequest('1569', SECRET, BODY, NOW);
    const altered = Buffer.from(BODY);
    altered[altered.length - 2] ^= 1;
    expect(verify(headers, altered)).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verify(signRequest('1569', 'another-secret-another-secret-another', BODY, NOW))).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verify({ ...headers, [TIMESTAMP_HEADER]: String(NOW / 1000 - 1) })).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
  });

  it('accepts timestamps up to 300 s either way and refuses older or newer ones, saying which', () => {
    expect(verify(signRequest('1569', SECRET, BODY, NOW - 300_000))).toEqual({ ok: true });
    expect(verify(signRequest('1569', SECRET, BODY, NOW + 300_000))).toEqual({ ok: true });
    const stale = verify(signRequest('1569', SECRET, BODY, NOW - 301_000));
    expect(stale).toMatchObject({ ok: false, code: 'STALE_TIMESTAMP' });
    expect((stale as { reason: string }).reason).toMatch(/301 s in the past/);
    expect(verify(signRequest('1569', SECRET, BODY, NOW + 301_000))).toMatchObject({ ok: false, code: 'STALE_TIMESTAMP', reason: expect.stringMatching(/in the future/) });
  });

  it('refuses malformed timestamps and signatures with their own reasons', () => {
    const headers = signRequest('1569', SECRET, BODY, NOW);
    expect(verify({ ...headers, [TIMESTAMP_HEADER]: '2026-11-23T02:00:00Z' })).toMatchObject({ ok: false, code: 'MALFORMED_TIMESTAMP' });
    expect(verify({ ...headers, [TIMESTAMP_HEADER]: String(NOW) })).toMatchObject({ ok: false, code: 'MALFORMED_TIMESTAMP' }); // milliseconds, not seconds
    expect(verify({ ...headers, [SIGNATURE_HEADER]: 'abc' })).toMatchObject({ ok: false, code: 'MALFORMED_SIGNATURE' });
    expect(verify({ ...headers, [SIGNATURE_HEADER]: headers[SIGNATURE_HEADER].slice(2) })).toMatchObject({ ok: false, code: 'MALFORMED_SIGNATURE' });
  });

  it('accepts the previous secret during a rotation', () => {
    const headers = signRequest('1569', 'the-old-secret-still-valid-for-a-day!!', BODY, NOW);
    expect(verify(headers, BODY, NOW, [SECRET])).toMatchObject({ ok: false, code: 'BAD_SIGNATURE' });
    expect(verify(headers, BODY, NOW, [SECRET, 'the-old-secret-still-valid-for-a-day!!'])).toEqual({ ok: true });
  });

  it('decodes only 32-byte MACs', () => {
    expect(decodeSignature('ab'.repeat(32))?.length).toBe(32);
    expect(decodeSignature('A'.repeat(43))?.length).toBe(32);
    expect(decodeSignature('ab'.repeat(31))).toBeNull();
    expect(decodeSignature('zz'.repeat(32))).toBeNull();
  });

  it('names the missing header', () => {
    const headers = signRequest('1569', SECRET, BODY, NOW);
    expect(readSignedHeaders(headers)).toEqual({ ok: true, value: { systemId: '1569', timestamp: headers[TIMESTAMP_HEADER], signature: headers[SIGNATURE_HEADER] } });
    expect(readSignedHeaders({ ...headers, [SYSTEM_ID_HEADER]: undefined })).toMatchObject({ ok: false, code: 'MISSING_SYSTEM_ID' });
    expect(readSignedHeaders({ ...headers, [TIMESTAMP_HEADER]: '' })).toMatchObject({ ok: false, code: 'MISSING_TIMESTAMP' });
    expect(readSignedHeaders({ ...headers, [SIGNATURE_HEADER]: undefined })).toMatchObject({ ok: false, code: 'MISSING_SIGNATURE', reason: expect.stringContaining('x-signature') });
  });
});
