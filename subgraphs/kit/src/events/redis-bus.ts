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
    const handle = async (id: string, fields: string[]): Promise<void> => {
      const raw = fields[fields.indexOf('event') + 1];
      const event = JSON.parse(raw) as DomainEvent;
      if (!types || types.includes(event.type)) await handler(event);
      await this.redis.xack(this.stream, consumer, id);
    };
    const loop = (async () => {
      let failures = 0;
      let lastClaim = 0;
      while (running) {
        try {
          // events this process read but did not finish, then events idle too long at dead processes
          const mine = (await connection.xreadgroup('GROUP', consumer, me, 'COUNT', 100, 'STREAMS', this.stream, '0')) as [string, [string, string[]][]][] | null;
          for (const [id, fields] of mine?.[0]?.[1] ?? []) if (running) await handle(id, fields);
          if (Date.now() - lastClaim > 10_000) {
            lastClaim = Date.now();
            const [, claimed] = (await connection.xautoclaim(this.stream, consumer, me, 30_000, '0-0', 'COUNT', 100)) as [string, [string, string[]][]];
            for (const [id, fields] of claimed ?? []) if (running && fields) await handle(id, fields);
          }
          const fresh = (await connection.xreadgroup('GROUP', consumer, me, 'COUNT', 100, 'BLOCK', 500, 'STREAMS', this.stream, '>')) as
            | [string, [string, string[]][]][]
            | null;
          for (const [id, fields] of fresh?.[0]?.[1] ?? []) if (running) await handle(id, fields);
          failures = 0;
        } catch (error) {
          if (!running) break;
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
      },
    };
  }

  async close(): Promise<void> {
    for (const connection of this.blocking) connection.disconnect();
    await this.redis.quit();
  }
}
