import type { DomainEvent } from './domain-event.js';

export type EventHandler = (event: DomainEvent) => Promise<void>;

/**
 * Carries events between processes. Delivery is at least once and in publish order per
 * source; consumers deduplicate by event id (see `consumeOnce`).
 */
export interface EventBus {
  readonly kind: 'redis' | 'postgres';
  /** Publishes events; publishing the same event id again is harmless. */
  publish(events: DomainEvent[]): Promise<void>;
  /**
   * Delivers every event published after the consumer first subscribed (and any it has not
   * acknowledged), one at a time; a handler that throws gets the event again later.
   * Several processes subscribing with the same consumer name share the work.
   */
  subscribe(consumer: string, handler: EventHandler, types?: string[], options?: SubscribeOptions): Promise<Subscription>;
  close(): Promise<void>;
}

export interface SubscribeOptions {
  /**
   * Where a new consumer starts: every event still on the bus (default; consumers that must
   * not miss anything), or only events published from now on (fan-out to live clients).
   */
  from?: 'beginning' | 'now';
  /**
   * Most events read from the bus at once (default 100). A fan-out consumer reads more when it
   * has fallen behind, so that the messages of many events to one client leave in one write.
   */
  batchSize?: number;
  /**
   * The consumer lives and dies with this subscription (a router process's own fan-out): its
   * position on the bus is forgotten when it stops, so restarts leave nothing behind.
   */
  ephemeral?: boolean;
}

export interface Subscription {
  stop(): Promise<void>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
