import os from 'node:os';
import { Redis } from 'ioredis';
import type { DomainEvent } from './domain-event.js';
import { sleep, type EventBus, type EventHandler, type SubscribeOptions, type Subscription } from './bus.js';
import { log } from '../log.js';

/**
 * The event bus at scale: one Redis stream; each consumer is a consumer group, so several
 * processes of the same subgraph share its events, and unacknowledged events are delivered
 * again (to another process if the first died).
 */
export class RedisEventBus implements EventBus {
  readonly kind = 'redis' as const;
  private readonly redis: Redis;
  private readonly blocking: Redis[] = [];

  constructor(redisUrl: string, private readonly stream = 'metrograph:events', private readonly maxLength = 1_000_000) {
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false });
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const event of events) pipeline.xadd(this.stream, 'MAXLEN', '~', String(this.maxLength), '*', 'event', JSON.stringify(event));
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async subscribe(consumer: string, handler: EventHandler, types?: string[], options: SubscribeOptions = {}): Promise<Subscription> {
    try {
      await this.redis.xgroup('CREATE', this.stream, consumer, options.from === 'now' ? '$' : '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
    const connection = this.redis.duplicate();
    this.blocking.push(connection);
    const me = `${os.hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    let running = true;
    const count = String(options.batchSize ?? 100);
    // handles a batch in order, then acknowledges what was handled with one XACK (on a failure,
    // the handled prefix is acknowledged and the rest is read again: at least once, in order)
    const handleBatch = async (entries: [string, string[] | null][] | undefined): Promise<void> => {
      const handled: string[] = [];
      try {
        for (const [id, fields] of entries ?? []) {
          if (!running) break;
          if (fields) {
            const event = JSON.parse(fields[fields.indexOf('event') + 1]) as DomainEvent;
            if (!types || types.includes(event.type)) await handler(event);
          }
          handled.push(id);
        }
      } finally {
        if (handled.length) await this.redis.xack(this.stream, consumer, ...handled);
      }
    };
    const loop = (async () => {
      let failures = 0;
      let lastClaim = 0;
      let unfinished = true; // at start and after a failure: this process may hold read, unacknowledged events
      while (running) {
        try {
          // events this process read but did not finish, then events idle too long at dead processes
          if (unfinished) {
            const mine = (await connection.xreadgroup('GROUP', consumer, me, 'COUNT', 100, 'STREAMS', this.stream, '0')) as [string, [string, string[]][]][] | null;
            await handleBatch(mine?.[0]?.[1]);
            if ((mine?.[0]?.[1]?.length ?? 0) < 100) unfinished = false;
          }
          if (Date.now() - lastClaim > 10_000) {
            lastClaim = Date.now();
            const [, claimed] = (await connection.xautoclaim(this.stream, consumer, me, 30_000, '0-0', 'COUNT', 100)) as [string, [string, string[]][]];
            await handleBatch(claimed);
          }
          const fresh = (await connection.xreadgroup('GROUP', consumer, me, 'COUNT', count, 'BLOCK', 500, 'STREAMS', this.stream, '>')) as
            | [string, [string, string[]][]][]
            | null;
          await handleBatch(fresh?.[0]?.[1]);
          failures = 0;
        } catch (error) {
          if (!running) break;
          unfinished = true;
          failures++;
          log('bus', 'warn', 'event handler failed; retrying', { consumer, error: String(error), failures });
          await sleep(Math.min(5_000, 100 * 2 ** failures));
        }
      }
    })();
    return {
      stop: async () => {
        running = false;
        await loop;
        connection.disconnect();
        if (options.ephemeral) await this.redis.xgroup('DESTROY', this.stream, consumer).catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    for (const connection of this.blocking) connection.disconnect();
    await this.redis.quit();
  }
}
