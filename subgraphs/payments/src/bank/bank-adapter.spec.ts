import { describe, expect, it } from 'vitest';
import { BankAdapter, BankError } from './bank-adapter.js';
import { signHeaders, verifySignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature.js';

const SECRET = 'a-shared-secret-of-some-length';

function bank(answers: (() => Response | Promise<Response>)[]) {
  const seen: { url: string; body: string; verified: boolean }[] = [];
  const fetchImpl = (async (url: URL, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    seen.push({ url: String(url), body: String(init.body), verified: verifySignature(SECRET, String(init.body), headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER]).ok });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as unknown as typeof fetch;
  return { seen, adapter: new BankAdapter({ baseUrl: 'http://bank.test', secret: SECRET, billerId: '099400000000101', backoffMs: 1, fetch: fetchImpl }) };
}
const signed = (value: unknown, status = 200, secret = SECRET) => {
  const body = JSON.stringify(value);
  return () => new Response(body, { status, headers: { 'content-type': 'application/json', ...signHeaders(secret, body) } });
};
const answer = { status: 'UNPAID', events: [] };

describe('bank adapter', () => {
  it('signs what it sends and reads a signed answer', async () => {
    const { adapter, seen } = bank([signed(answer)]);
    expect(await adapter.inquire('R1', 'R2')).toMatchObject({ status: 'UNPAID', events: [] });
    expect(seen).toMatchObject([{ url: 'http://bank.test/api/v1/bills/inquiry', verified: true }]);
    expect(JSON.parse(seen[0].body)).toEqual({ billerId: '099400000000101', ref1: 'R1', ref2: 'R2' });
  });
  it('retries network errors and 5xx with backoff, then gives up', async () => {
    const { adapter, seen } = bank([() => { throw new TypeError('fetch failed'); }, signed({}, 503), signed(answer)]);
    await expect(adapter.inquire('R1', 'R2')).resolves.toMatchObject({ status: 'UNPAID' });
    expect(seen).toHaveLength(3);
    const down = bank([signed({}, 502), signed({}, 502), signed({}, 502)]);
    await expect(down.adapter.inquire('R1', 'R2')).rejects.toMatchObject({ retryable: true, status: 502 });
    expect(down.seen).toHaveLength(3);
  });
  it('does not retry a refusal, and does not trust an unsigned or forged answer', async () => {
    const refused = bank([signed({ error: 'unknown biller' }, 400)]);
    await expect(refused.adapter.inquire('R1', 'R2')).rejects.toMatchObject({ retryable: false, status: 400 });
    expect(refused.seen).toHaveLength(1);
    const forged = bank([signed(answer, 200, 'another-secret-of-some-length')]);
    await expect(forged.adapter.inquire('R1', 'R2')).rejects.toThrow(/not trusted/);
    const odd = bank([signed({ status: 'MAYBE', events: [] })]);
    await expect(odd.adapter.inquire('R1', 'R2')).rejects.toBeInstanceOf(BankError);
  });
  it('times out a bank that does not answer', async () => {
    const slow = new BankAdapter({
      baseUrl: 'http://bank.test', secret: SECRET, billerId: '099400000000101', timeoutMs: 20, attempts: 1,
      fetch: ((_: URL, init: RequestInit) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof fetch,
    });
    await expect(slow.inquire('R1', 'R2')).rejects.toThrow(/unreachable/);
  });
});
