import { Redis } from 'ioredis';

/** Counters of calls per client and time window; in Redis when shared by several routers, else in memory. */
export interface QuotaStore {
  /** Adds one call to the window's counter and returns the new count. */
  increment(key: string, windowSeconds: number, now?: number): Promise<{ count: number; resetAt: number }>;
  close(): Promise<void>;
}

const THAI_OFFSET_SECONDS = 7 * 3600;

/** Window buckets: hours are the same everywhere; days start at midnight Thai time. */
function bucketOf(windowSeconds: number, now: number): { bucket: number; resetAt: number } {
  const offset = windowSeconds >= 86_400 ? THAI_OFFSET_SECONDS : 0;
  const seconds = Math.floor(now / 1000) + offset;
  const bucket = Math.floor(seconds / windowSeconds);
  return { bucket, resetAt: ((bucket + 1) * windowSeconds - offset) * 1000 };
}

export class MemoryQuotaStore implements QuotaStore {
  private readonly counters = new Map<string, { count: number; resetAt: number }>();

  async increment(key: string, windowSeconds: number, now = Date.now()): Promise<{ count: number; resetAt: number }> {
    const { bucket, resetAt } = bucketOf(windowSeconds, now);
    const id = `${key}:${windowSeconds}:${bucket}`;
    const counter = this.counters.get(id) ?? { count: 0, resetAt };
    counter.count++;
    this.counters.set(id, counter);
    if (this.counters.size > 10_000) for (const [k, c] of this.counters) if (c.resetAt <= now) this.counters.delete(k);
    return { count: counter.count, resetAt };
  }

  async close(): Promise<void> {}
}

export class RedisQuotaStore implements QuotaStore {
  private readonly redis: Redis;

  constructor(url: string, private readonly prefix = 'metrograph:quota') {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }

  async increment(key: string, windowSeconds: number, now = Date.now()): Promise<{ count: number; resetAt: number }> {
    const { bucket, resetAt } = bucketOf(windowSeconds, now);
    const id = `${this.prefix}:${key}:${windowSeconds}:${bucket}`;
    const ttl = Math.max(1, Math.ceil((resetAt - now) / 1000) + 60);
    const results = await this.redis.multi().incr(id).expire(id, ttl).exec();
    const count = Number(results?.[0]?.[1] ?? 0);
    return { count, resetAt };
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function quotaStoreFromEnv(env: NodeJS.ProcessEnv = process.env): QuotaStore {
  return env.REDIS_URL ? new RedisQuotaStore(env.REDIS_URL) : new MemoryQuotaStore();
}

export interface ClientQuota {
  callsPerHour: number;
  callsPerDay: number;
  maxRowsPerRequest: number;
}

export interface QuotaVerdict {
  exceeded: 'callsPerHour' | 'callsPerDay' | null;
  limit: number;
  count: number;
  retryAfterSeconds: number;
}

/** Counts one call of a client against its hourly and daily quota (004 §4.5.11 (4)). */
export async function chargeCall(store: QuotaStore, clientId: string, quota: ClientQuota, now = Date.now()): Promise<QuotaVerdict> {
  const hour = await store.increment(`${clientId}:h`, 3600, now);
  const day = await store.increment(`${clientId}:d`, 86_400, now);
  if (hour.count > quota.callsPerHour) return { exceeded: 'callsPerHour', limit: quota.callsPerHour, count: hour.count, retryAfterSeconds: Math.ceil((hour.resetAt - now) / 1000) };
  if (day.count > quota.callsPerDay) return { exceeded: 'callsPerDay', limit: quota.callsPerDay, count: day.count, retryAfterSeconds: Math.ceil((day.resetAt - now) / 1000) };
  return { exceeded: null, limit: 0, count: hour.count, retryAfterSeconds: 0 };
}
