/**
 * The only way production code talks to the bank's direct link: signed JSON over HTTP with a timeout,
 * retries with exponential backoff for network errors and 5xx/429, and signed answers verified before use.
 * Endpoints (the simulator in ../../bank-simulator implements the same):
 *   POST /api/v1/bills           register a bill (ref1/ref2/amount/due date) so bank channels can take it
 *   POST /api/v1/bills/inquiry   the bank's record of payments for ref1/ref2 (Payment Status Inquiry)
 *   POST /api/v1/statements      every payment and void of one Thai calendar day (the daily statement)
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, satangToBaht, signHeaders, verifySignature } from './signature.js';
import type { BankMessage } from './bank-message.js';

export interface BankAdapterOptions {
  baseUrl: string;
  secret: string;
  billerId: string;
  /** Per attempt, in milliseconds (default 5000). */
  timeoutMs?: number;
  /** Attempts in all (default 3). */
  attempts?: number;
  /** First backoff, doubled each retry (default 200 ms). */
  backoffMs?: number;
  fetch?: typeof fetch;
}

export class BankError extends Error {
  constructor(message: string, readonly retryable: boolean, readonly status?: number) {
    super(message);
  }
}

export interface BillRegistration {
  ref1: string;
  ref2: string;
  amountSatang: number;
  /** YYYY-MM-DD. */
  dueDate: string;
  payerName?: string | null;
}

export interface InquiryAnswer {
  ref1: string;
  ref2: string;
  /** The bank's view: PAID, UNPAID or VOIDED (paid then reversed). */
  status: 'PAID' | 'UNPAID' | 'VOIDED';
  /** Every payment and void the bank holds for the references, oldest first, as notification messages. */
  events: BankMessage[];
  /** The answer's raw body, kept as the record of what the bank said. */
  rawBody: string;
  signature: string;
}

export interface StatementAnswer {
  date: string;
  events: BankMessage[];
  rawBody: string;
  signature: string;
}

export class BankAdapter {
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: BankAdapterOptions) {
    if (!options.secret || options.secret.length < 16) throw new Error('bank adapter: a shared secret of at least 16 characters is required');
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.attempts = Math.max(1, options.attempts ?? 3);
    this.backoffMs = options.backoffMs ?? 200;
    this.fetchImpl = options.fetch ?? fetch;
  }

  get billerId(): string {
    return this.options.billerId;
  }

  /** Registers a bill so bank channels accept its ref1/ref2 for exactly the amount. */
  async registerBill(bill: BillRegistration): Promise<void> {
    await this.call('/api/v1/bills', { billerId: this.options.billerId, ref1: bill.ref1, ref2: bill.ref2, amount: satangToBaht(bill.amountSatang), dueDate: bill.dueDate, payerName: bill.payerName ?? null });
  }

  /** Asks the bank what it holds for ref1/ref2. */
  async inquire(ref1: string, ref2: string): Promise<InquiryAnswer> {
    const { body, raw, signature } = await this.call('/api/v1/bills/inquiry', { billerId: this.options.billerId, ref1, ref2 });
    const status = body.status;
    if (status !== 'PAID' && status !== 'UNPAID' && status !== 'VOIDED') throw new BankError(`inquiry answered an unknown status ${JSON.stringify(status)}`, false);
    if (!Array.isArray(body.events)) throw new BankError('inquiry answer has no events list', false);
    return { ref1, ref2, status, events: body.events as BankMessage[], rawBody: raw, signature };
  }

  /** The bank's statement of one Thai calendar day (YYYY-MM-DD): every payment and void to our biller ID. */
  async statement(date: string): Promise<StatementAnswer> {
    const { body, raw, signature } = await this.call('/api/v1/statements', { billerId: this.options.billerId, date });
    if (body.date !== date || !Array.isArray(body.events)) throw new BankError('statement answer is not for the day asked or has no events list', false);
    return { date, events: body.events as BankMessage[], rawBody: raw, signature };
  }

  private async call(path: string, payload: Record<string, unknown>): Promise<{ body: Record<string, unknown>; raw: string; signature: string }> {
    const raw = JSON.stringify(payload);
    let lastError: BankError | null = null;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) await sleep(this.backoffMs * 2 ** (attempt - 2));
      try {
        return await this.once(path, raw);
      } catch (error) {
        lastError = error instanceof BankError ? error : new BankError(String((error as Error).message ?? error), true);
        if (!lastError.retryable) throw lastError;
      }
    }
    throw lastError!;
  }

  private async once(path: string, raw: string): Promise<{ body: Record<string, unknown>; raw: string; signature: string }> {
    let response: Response;
    try {
      response = await this.fetchImpl(new URL(path, this.options.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signHeaders(this.options.secret, raw) },
        body: raw,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new BankError(`bank unreachable: ${(error as Error).message}`, true);
    }
    const text = await response.text();
    if (response.status >= 500 || response.status === 429) throw new BankError(`bank answered ${response.status}`, true, response.status);
    if (!response.ok) throw new BankError(`bank refused the request (${response.status}): ${text.slice(0, 200)}`, false, response.status);
    const signature = response.headers.get(SIGNATURE_HEADER);
    const verified = verifySignature(this.options.secret, text, response.headers.get(TIMESTAMP_HEADER), signature);
    if (!verified.ok) throw new BankError(`bank answer not trusted: ${verified.reason}`, false);
    try {
      return { body: JSON.parse(text) as Record<string, unknown>, raw: text, signature: signature! };
    } catch {
      throw new BankError('bank answer is not JSON', false);
    }
  }
}
