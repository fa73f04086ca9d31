/**
 * Sends the queue of results to the 1569 complaint centre: due PENDING messages, in revision
 * order per complaint (an amendment never overtakes its result), each claimed with a lease so
 * several processes of the service can run the sender without sending a message twice at once
 * (and a process that dies mid-send leaves the message to be retried after the lease).
 * Delivery is at least once; the centre recognises repeats by the idempotency-key header.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { log, recordEvent } from '@metrograph/kit';
import { DEFAULT_BACKOFF, backoffDelay, hotlineAdapterFromEnv, type BackoffPolicy, type DeliveryOutcome, type HotlineAdapter } from './hotline-adapter.js';
import { HotlineDeliveryStatus, HotlineResult } from './hotline-result.entity.js';

const SERVICE = 'complaints';

export interface ResultSenderOptions {
  /** Where to send; from HOTLINE_URL/HOTLINE_SECRET/HOTLINE_SYSTEM_ID when omitted. Null: nothing is sent. */
  adapter?: HotlineAdapter | null;
  /** Pause between polls when nothing is due (default 1 s). */
  pollMs?: number;
  /** Attempts before a message is given up as FAILED (default 12: about 5 h with the default backoff). */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  /** Messages sent concurrently, each for a different complaint (default 10). */
  batchSize?: number;
  /** How long a claimed message is reserved for its sender (default 60 s; longer than the HTTP timeout). */
  leaseMs?: number;
  /** Start the polling loop (default true); tests call sendDue() themselves. */
  autoStart?: boolean;
  random?: () => number;
}

export interface ResultSender {
  /** Whether an adapter is configured (HOTLINE_URL set). */
  readonly enabled: boolean;
  /** Sends whatever is due now, until nothing is; returns the number of attempts made. */
  sendDue(): Promise<number>;
  stop(): Promise<void>;
}

interface Claimed {
  id: string;
  complaint_id: string;
  revision: number;
  kind: string;
  attempts: number;
  payload: unknown;
}

export function startResultSender(orm: MikroORM, options: ResultSenderOptions = {}): ResultSender {
  const adapter = options.adapter === undefined ? hotlineAdapterFromEnv() : options.adapter;
  const pollMs = options.pollMs ?? 1_000;
  const maxAttempts = options.maxAttempts ?? 12;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 60_000;
  const random = options.random ?? Math.random;
  const schema = orm.config.get('schema');

  if (!adapter) {
    log(SERVICE, 'warn', 'HOTLINE_URL is not set: results for the 1569 centre are queued but not sent');
    return { enabled: false, sendDue: async () => 0, stop: async () => {} };
  }

  /** Takes up to batchSize due messages, each the earliest pending one of its complaint. */
  const claim = async (): Promise<Claimed[]> => {
    const now = new Date();
    return orm.em.fork().getConnection().execute(
      `update "${schema}"."hotline_result" r
          set attempts = r.attempts + 1, next_attempt_at = ?
        where r.id in (
          select h.id from "${schema}"."hotline_result" h
           where h.status = 'PENDING' and coalesce(h.next_attempt_at, h.created_at) <= ?
             and not exists (
               select 1 from "${schema}"."hotline_result" e
                where e.complaint_id = h.complaint_id and e.status = 'PENDING' and e.revision < h.revision)
           order by coalesce(h.next_attempt_at, h.created_at), h.created_at
           limit ?
           for update skip locked)
        returning r.id, r.complaint_id, r.revision, r.kind, r.attempts, r.payload`,
      [new Date(now.getTime() + leaseMs), now, batchSize],
      'all',
    );
  };

  const settle = async (message: Claimed, outcome: DeliveryOutcome): Promise<void> => {
    const now = new Date();
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      const pending = { id: message.id, status: HotlineDeliveryStatus.PENDING };
      let eventType: string | null = null;
      let lastError: string | null = null;
      if (outcome.kind === 'sent') {
        await tx.nativeUpdate(HotlineResult, pending, { status: HotlineDeliveryStatus.SENT, sentAt: now, nextAttemptAt: null, lastError: null });
        eventType = 'HotlineResultDelivered';
      } else if (outcome.kind === 'permanent' || message.attempts >= maxAttempts) {
        lastError = outcome.kind === 'retry' ? `${outcome.error} (gave up after ${message.attempts} attempts)` : outcome.error;
        await tx.nativeUpdate(HotlineResult, pending, { status: HotlineDeliveryStatus.FAILED, nextAttemptAt: null, lastError });
        eventType = 'HotlineResultFailed';
      } else {
        const delay = Math.max(backoffDelay(message.attempts, backoff, random), outcome.retryAfterMs ?? 0);
        await tx.nativeUpdate(HotlineResult, pending, { nextAttemptAt: new Date(now.getTime() + delay), lastError: outcome.error });
        log(SERVICE, 'warn', '1569 delivery failed; will retry', { resultId: message.id, attempts: message.attempts, retryInMs: delay, error: outcome.error });
      }
      if (eventType === 'HotlineResultFailed') log(SERVICE, 'error', '1569 delivery failed for good', { resultId: message.id, attempts: message.attempts, error: lastError });
      if (eventType) {
        recordEvent(tx, {
          type: eventType,
          aggregateType: 'Complaint',
          aggregateId: message.complaint_id,
          payload: { complaintId: message.complaint_id, resultId: message.id, kind: message.kind, revision: message.revision, attempts: message.attempts, error: lastError },
          actor: 'system:hotline-result-sender',
        });
        await tx.flush();
      }
    });
  };

  const attempt = async (message: Claimed): Promise<void> => {
    let outcome: DeliveryOutcome;
    try {
      outcome = await adapter.deliver(message.id, message.payload);
    } catch (error) {
      outcome = { kind: 'retry', status: null, error: String(error), retryAfterMs: null };
    }
    await settle(message, outcome);
  };

  let chain: Promise<number> = Promise.resolve(0);
  /** One round at a time, whether called by the loop or by a test. */
  const sendDue = (): Promise<number> => {
    const run = chain.catch(() => 0).then(async () => {
      let total = 0;
      for (let round = 0; round < 1000; round++) {
        const claimed = await claim();
        if (claimed.length === 0) break;
        await Promise.all(claimed.map(attempt));
        total += claimed.length;
      }
      return total;
    });
    chain = run;
    return run;
  };

  let running = options.autoStart !== false;
  let wake: (() => void) | null = null;
  const loop = running
    ? (async () => {
        let failures = 0;
        while (running) {
          try {
            await sendDue();
            failures = 0;
          } catch (error) {
            failures++;
            log(SERVICE, 'warn', '1569 result sender failed; retrying', { error: String(error), failures });
          }
          if (!running) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, failures ? Math.min(30_000, pollMs * 2 ** failures) : pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
        }
      })()
    : Promise.resolve();

  log(SERVICE, 'info', 'sending results to the 1569 centre', { url: adapter.url });
  return {
    enabled: true,
    sendDue,
    async stop() {
      running = false;
      (wake as (() => void) | null)?.();
      await loop;
      await chain.catch(() => 0);
    },
  };
}
