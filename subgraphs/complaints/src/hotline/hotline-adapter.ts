/**
 * The 1569 complaint centre, as the complaints service calls it (004 §4.5.1 (3)-(4)): each
 * message is a signed HTTP POST of JSON to HOTLINE_URL, signed with this service's own secret
 * (HOTLINE_SECRET) as HOTLINE_SYSTEM_ID, with the message id as `idempotency-key` so a retried
 * delivery is recognised on the other side.
 *
 * One call is one attempt; the retry schedule (exponential backoff with jitter) lives in the
 * queue (result-sender.ts), so it survives restarts.
 *   2xx                       → sent
 *   408, 429, 5xx, network    → retry later (Retry-After honoured)
 *   other 4xx (and 3xx)       → permanent failure: the message itself is wrong; not retried
 */
import { log } from '@metrograph/kit';
import { signRequest } from './signature.js';

export interface HotlineAdapterOptions {
  /** Where results are posted, e.g. https://complaint.dit.go.th/api/wm/results. */
  url: string;
  /** What this service sends as x-system-id. */
  systemId: string;
  /** This service's secret, agreed with the 1569 centre. */
  secret: string;
  /** Per-attempt timeout (default 10 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

export type DeliveryOutcome =
  | { kind: 'sent'; status: number }
  | { kind: 'retry'; status: number | null; error: string; retryAfterMs: number | null }
  | { kind: 'permanent'; status: number; error: string };

/** How an HTTP status from the 1569 centre is treated. */
export function classifyStatus(status: number): 'sent' | 'retry' | 'permanent' {
  if (status >= 200 && status < 300) return 'sent';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'permanent';
}

export interface BackoffPolicy {
  /** Delay before the second attempt, before jitter (default 5 s). */
  baseMs: number;
  /** Largest delay (default 30 min). */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 30 * 60_000 };

/**
 * Delay after the `attempt`-th failed attempt (1-based): base·2^(attempt-1), capped, with "equal
 * jitter" (between half and all of it) so many queued messages do not retry in lockstep.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/** Retry-After as milliseconds (seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export class HotlineAdapter {
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly options: HotlineAdapterOptions) {
    if (!options.url) throw new Error('HotlineAdapter: url is required');
    if (!options.secret || options.secret.length < 32) throw new Error('HotlineAdapter: a secret of at least 32 characters is required');
    this.fetchImpl = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get url(): string {
    return this.options.url;
  }

  /** One signed attempt to deliver `body` (a JSON-serialisable message). */
  async deliver(messageId: string, body: unknown): Promise<DeliveryOutcome> {
    const raw = Buffer.from(JSON.stringify(body), 'utf8');
    const headers = {
      'content-type': 'application/json; charset=utf-8',
      'idempotency-key': messageId,
      ...signRequest(this.options.systemId, this.options.secret, raw, this.now()),
    };
    let response: Response;
    try {
      response = await this.fetchImpl(this.options.url, { method: 'POST', headers, body: raw, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (error) {
      const name = (error as Error).name;
      const message = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${this.timeoutMs} ms` : `network error: ${(error as Error).cause ?? (error as Error).message}`;
      return { kind: 'retry', status: null, error: message, retryAfterMs: null };
    }
    const text = await response.text().catch(() => '');
    const kind = classifyStatus(response.status);
    if (kind === 'sent') return { kind, status: response.status };
    const error = `HTTP ${response.status}${text ? `: ${text.slice(0, 500)}` : ''}`;
    if (kind === 'permanent') return { kind, status: response.status, error };
    return { kind, status: response.status, error, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), this.now()) };
  }
}

/** The adapter configured by HOTLINE_URL, HOTLINE_SECRET, HOTLINE_SYSTEM_ID; null when HOTLINE_URL is unset. */
export function hotlineAdapterFromEnv(env: NodeJS.ProcessEnv = process.env): HotlineAdapter | null {
  const url = env.HOTLINE_URL?.trim();
  if (!url) return null;
  const secret = env.HOTLINE_SECRET ?? '';
  if (secret.length < 32) {
    log('complaints', 'warn', 'HOTLINE_URL is set but HOTLINE_SECRET is missing or shorter than 32 characters; results are not sent');
    return null;
  }
  const timeout = Number(env.HOTLINE_TIMEOUT_MS ?? '');
  return new HotlineAdapter({
    url,
    secret,
    systemId: env.HOTLINE_SYSTEM_ID?.trim() || 'dit-wm',
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : undefined,
  });
}
