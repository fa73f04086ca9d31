import type { EventBus } from './bus.js';
import { PostgresEventBus } from './postgres-bus.js';
import { RedisEventBus } from './redis-bus.js';

/** Redis when REDIS_URL is set (several processes share one stream); otherwise the database itself. */
export function createEventBus(options: { databaseUrl: string; redisUrl?: string | null }): EventBus {
  return options.redisUrl ? new RedisEventBus(options.redisUrl) : new PostgresEventBus(options.databaseUrl);
}
