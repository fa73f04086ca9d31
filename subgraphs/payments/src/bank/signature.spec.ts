import { describe, expect, it } from 'vitest';
import { bahtToSatang, satangToBaht, signHeaders, signatureOf, verifySignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature.js';
import { parseBankMessage } from './bank-message.js';

const SECRET = 'a-shared-secret-of-some-length';
const NOW = Date.parse('2026-11-23T03:00:00Z');

describe('signed messages', () => {
  it('verify with the same secret and body within the window', () => {
    const body = '{"a":1}';
    const headers = signHeaders(SECRET, body, NOW);
    expect(verifySignature(SECRET, body, headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER], NOW + 299_000)).toEqual({ ok: true });
  });
  it('refuse another body, another secret, a missing header or an old or future timestamp', () => {
    const body = '{"a":1}';
    const h = signHeaders(SECRET, body, NOW);
    expect(verifySignature(SECRET, '{"a":2}', h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], NOW)).toMatchObject({ ok: false, reason: 'signature does not match' });
    expect(verifySignature(SECRET + 'x', body, h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], NOW).ok).toBe(false);
    expect(verifySignature(SECRET, body, undefined, h[SIGNATURE_HEADER], NOW)).toMatchObject({ reason: 'missing signature headers' });
    expect(verifySignature(SECRET, body, h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], NOW + 301_000)).toMatchObject({ reason: 'timestamp outside the allowed window' });
    expect(verifySignature(SECRET, body, h[TIMESTAMP_HEADER], h[SIGNATURE_HEADER], NOW - 301_000).ok).toBe(false);
    expect(verifySignature(SECRET, body, '1e9', h[SIGNATURE_HEADER], NOW)).toMatchObject({ reason: 'malformed timestamp' });
  });
  it('bind the timestamp: the same signature with another timestamp fails', () => {
    const body = '{}';
    const sig = signatureOf(SECRET, '1795316400', body);
    expect(verifySignature(SECRET, body, '1795316401', sig, 1795316400_000).ok).toBe(false);
  });
});

describe('bank amounts', () => {
  it('read decimal baht into satang without floating point', () => {
    expect(bahtToSatang('500.00')).toBe(50_000);
    expect(bahtToSatang('0.1')).toBe(10);
    expect(bahtToSatang('1234.05')).toBe(123_405);
    expect(bahtToSatang('19.99')).toBe(1_999);
    expect(bahtToSatang('7')).toBe(700);
    for (const bad of ['1.234', '-1.00', '1,000.00', '', 'abc', null, '1e3']) expect(bahtToSatang(bad)).toBeNull();
  });
  it('write satang as decimal baht', () => {
    expect(satangToBaht(123_405)).toBe('1234.05');
    expect(satangToBaht(5)).toBe('0.05');
  });
});

describe('bank messages', () => {
  const good = { eventId: 'E1', eventType: 'PAYMENT', billerId: '099400000000101', ref1: '256900000000018', ref2: 'c120261130', amount: '400.00', transactionId: 'KTB1', transactionDateTime: '2026-11-20T10:15:00+07:00' };
  it('read a payment addressed to our biller', () => {
    expect(parseBankMessage(good, '099400000000101')).toEqual({
      eventId: 'E1', type: 'PAYMENT', ref1: '256900000000018', ref2: 'C120261130', amountSatang: 40_000, transactionId: 'KTB1', occurredAt: new Date('2026-11-20T03:15:00Z'),
    });
  });
  it('say what is wrong with anything else', () => {
    expect(parseBankMessage({ ...good, billerId: '1' }, '099400000000101')).toMatchObject({ error: expect.stringContaining('not ours') });
    expect(parseBankMessage({ ...good, eventType: 'REFUND' }, '099400000000101')).toMatchObject({ error: expect.stringContaining('eventType') });
    expect(parseBankMessage({ ...good, transactionDateTime: '2026-11-20T10:15:00' }, '099400000000101')).toMatchObject({ error: expect.stringContaining('offset') });
    expect(parseBankMessage({ ...good, ref1: '' }, '099400000000101')).toMatchObject({ error: expect.stringContaining('ref1') });
    expect(parseBankMessage('x', '099400000000101')).toMatchObject({ error: 'body is not a JSON object' });
  });
});
