import { describe, expect, it } from 'vitest';
import { HotlineAdapter, backoffDelay, classifyStatus, parseRetryAfter } from './hotline-adapter.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from './signature.js';

const SECRET = 'the-complaints-service-secret-for-1569!';

describe('1569 adapter policy', () => {
  it('treats 2xx as sent, 408/429/5xx as retryable and other 4xx as permanent', () => {
    expect([200, 201, 202, 204].map(classifyStatus)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect([408, 429, 500, 502, 503, 504].map(classifyStatus)).toEqual(Array(6).fill('retry'));
    expect([400, 401, 403, 404, 409, 422].map(classifyStatus)).toEqual(Array(6).fill('permanent'));
  });

  it('backs off exponentially with jitter between half and all of the delay, capped', () => {
    const policy = { baseMs: 1000, maxMs: 60_000 };
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, policy, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(20, policy, () => 1)).toBe(60_000);
    expect(backoffDelay(1000, policy, () => 0.5)).toBe(45_000);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-11-23T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('HotlineAdapter.deliver', () => {
  function adapterAnswering(answer: () => Promise<Response>) {
    const calls: { url: string; headers: Record<string, string>; body: Buffer }[] = [];
    const adapter = new HotlineAdapter({
      url: 'http://1569.test/results',
      systemId: 'dit-wm',
      secret: SECRET,
      fetch: (async (url: string, init: RequestInit) => {
        calls.push({ url, headers: init.headers as Record<string, string>, body: init.body as Buffer });
        return answer();
      }) as unknown as typeof fetch,
    });
    return { adapter, calls };
  }

  it('posts the message signed over its exact bytes, with the message id as idempotency key', async () => {
    const { adapter, calls } = adapterAnswering(async () => new Response('{"accepted":true}', { status: 200 }));
    expect(await adapter.deliver('m-1', { messageId: 'm-1', summary: 'ไม่พบการกระทำความผิด' })).toEqual({ kind: 'sent', status: 200 });
    const [call] = calls;
    expect(call.url).toBe('http://1569.test/results');
    expect(call.headers['idempotency-key']).toBe('m-1');
    expect(call.headers['x-system-id']).toBe('dit-wm');
    expect(JSON.parse(call.body.toString('utf8'))).toEqual({ messageId: 'm-1', summary: 'ไม่พบการกระทำความผิด' });
    expect(verifySignature({ secrets: [SECRET], timestamp: call.headers[TIMESTAMP_HEADER], signature: call.headers[SIGNATURE_HEADER], rawBody: call.body })).toEqual({ ok: true });
  });

  it('reports retryable and permanent failures with the status and the answer', async () => {
    const busy = adapterAnswering(async () => new Response('busy', { status: 503, headers: { 'retry-after': '7' } }));
    expect(await busy.adapter.deliver('m', {})).toEqual({ kind: 'retry', status: 503, error: 'HTTP 503: busy', retryAfterMs: 7000 });
    const refused = adapterAnswering(async () => new Response('{"error":"unknown ticket"}', { status: 404 }));
    expect(await refused.adapter.deliver('m', {})).toEqual({ kind: 'permanent', status: 404, error: 'HTTP 404: {"error":"unknown ticket"}' });
  });

  it('retries after network errors and timeouts', async () => {
    const down = adapterAnswering(async () => {
      throw new TypeError('fetch failed', { cause: 'ECONNREFUSED' });
    });
    expect(await down.adapter.deliver('m', {})).toMatchObject({ kind: 'retry', status: null, error: expect.stringContaining('ECONNREFUSED') });
    const slow = adapterAnswering(async () => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    });
    expect(await slow.adapter.deliver('m', {})).toMatchObject({ kind: 'retry', error: 'no answer within 10000 ms' });
  });

  it('needs a URL and a secret of 32+ characters', () => {
    expect(() => new HotlineAdapter({ url: '', systemId: 'x', secret: SECRET })).toThrow(/url/);
    expect(() => new HotlineAdapter({ url: 'http://x', systemId: 'x', secret: 'short' })).toThrow(/32 characters/);
  });
});
