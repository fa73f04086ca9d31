import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventBus } from './bus.js';
import { sleep } from './bus.js';
import type { DomainEvent } from './domain-event.js';
import { OutboxEvent } from './outbox.entity.js';
import { log } from '../log.js';

export interface Relay {
  /** Publishes whatever is waiting now (tests and shutdown). */
  drain(): Promise<number>;
  /** Wakes the relay at once (a transaction with events just committed) instead of at its next poll. */
  kick(): void;
  stop(): Promise<void>;
}

export function toDomainEvent(row: OutboxEvent, source: string): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregateType,
    aggregateId: row.aggregateId,
    source,
    payload: row.payload,
    actor: row.actor,
    occurredAt: row.occurredAt.toISOString(),
    sequence: row.sequence,
  };
}

/**
 * Publishes a subgraph's outbox in order, at least once: an event is marked published only
 * after the bus accepted it, so a relay killed in between publishes it again on restart
 * (consumers skip what they already applied).
 *
 * The poll is a safety net only: a commit through this process's ORM kicks the relay at once
 * (startSubgraph subscribes it to afterTransactionCommit), so the poll finds work only after a
 * restart or for another instance's leftovers. Once a second instead of ten times keeps an idle
 * subgraph from spending its CPU (and a database round trip) on empty outbox reads.
 */
export function startRelay(orm: MikroORM, bus: EventBus, source: string, pollMs = 1_000): Relay {
  let running = true;
  let busy: Promise<number> = Promise.resolve(0);
  let wake: (() => void) | null = null;
  let kicked = false;
  const nap = (ms: number) =>
    kicked
      ? Promise.resolve((kicked = false) as unknown as void)
      : new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            wake = null;
            resolve();
          }, ms);
          wake = () => {
            clearTimeout(timer);
            wake = null;
            resolve();
          };
        });
  const publishBatch = async (): Promise<number> => {
    const em = orm.em.fork();
    const rows = await em.find(OutboxEvent, { publishedAt: null }, { orderBy: { sequence: 'asc' }, limit: 500 });
    if (rows.length === 0) return 0;
    await bus.publish(rows.map((r) => toDomainEvent(r, source)));
    await em.nativeUpdate(OutboxEvent, { sequence: { $in: rows.map((r) => r.sequence) } }, { publishedAt: new Date() });
    return rows.length;
  };
  const drain = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const published = await publishBatch();
      total += published;
      if (published === 0) return total;
    }
  };
  const loop = (async () => {
    let failures = 0;
    while (running) {
      try {
        busy = drain();
        const published = await busy;
        failures = 0;
        if (published === 0) await nap(pollMs);
      } catch (error) {
        failures++;
        log(source, 'warn', 'outbox relay failed; retrying', { error: String(error), failures });
        await sleep(Math.min(5_000, 100 * 2 ** failures));
      }
    }
  })();
  return {
    kick: () => {
      if (wake) wake();
      else kicked = true;
    },
    drain: async () => {
      await busy.catch(() => 0);
      return drain();
    },
    stop: async () => {
      running = false;
      wake?.();
      await loop;
    },
  };
}
