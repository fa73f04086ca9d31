import os from 'node:os';
import type { DomainEvent, EventBus, Subscription } from '@metrograph/kit';

type Listener = (event: DomainEvent) => void;

/**
 * One bus subscription per router process ("from now on", so every process gets every event),
 * fanned out to the live subscriptions of this process, with a bounded window of recent events
 * for clients that reconnect and ask for what they missed.
 */
export class EventHub {
  /** Recent events, oldest first, at most `windowSize`; `first` is the index of the oldest kept. */
  private recent: DomainEvent[] = [];
  private first = 0;
  /** Position in `recent` of each kept event, by id: repeats are dropped and resumes found in O(1). */
  private readonly positions = new Map<string, number>();
  private offset = 0;
  private readonly listeners = new Set<Listener>();
  private subscription: Subscription | null = null;

  constructor(private readonly windowSize = 10_000) {}

  async start(bus: EventBus): Promise<void> {
    const name = `router-${os.hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    this.subscription = await bus.subscribe(name, async (event) => this.publish(event), undefined, { from: 'now', batchSize: 1000, ephemeral: true });
  }

  /** Delivers an event to everyone listening (also used directly by tests). */
  publish(event: DomainEvent): void {
    if (this.positions.has(event.id)) return; // at-least-once bus: drop repeats
    this.positions.set(event.id, this.offset + this.recent.length);
    this.recent.push(event);
    if (this.recent.length - this.first > this.windowSize) {
      this.positions.delete(this.recent[this.first].id);
      this.first++;
      // compact now and then instead of shifting the array on every event
      if (this.first >= this.windowSize) {
        this.recent = this.recent.slice(this.first);
        this.offset += this.first;
        this.first = 0;
      }
    }
    for (const listener of this.listeners) listener(event);
  }

  /** Events after `eventId`, oldest first; null when that id is no longer in the window. */
  after(eventId: string): DomainEvent[] | null {
    const position = this.positions.get(eventId);
    return position === undefined ? null : this.recent.slice(position - this.offset + 1);
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.listeners.clear();
  }
}

/** An async iterator fed by pushes, ended by return() (the client unsubscribed or left). */
export function pushIterator<T>(onClose: () => void): { push(value: T): void; iterator: AsyncIterableIterator<T> } {
  const queue: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  const iterator: AsyncIterableIterator<T> = {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return() {
      done = true;
      onClose();
      waiting?.({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error) {
      done = true;
      onClose();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return {
    push(value: T) {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
      } else queue.push(value);
    },
    iterator,
  };
}
