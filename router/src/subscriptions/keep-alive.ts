/** A connection as keep-alive sees it: `alive` is set again when its pong arrives. */
export interface KeptAlive {
  alive: boolean;
}

/**
 * Pings every connection once per period and drops those that did not answer the previous ping,
 * spread evenly over the period: the connections are split into slices and one slice is checked
 * per tick. Pinging all of them at once would put one ping (a socket write) and one pong (a read)
 * per connection into the same few milliseconds: at 5,000 subscribers that burst held up the
 * events being fanned out at that moment by tens of milliseconds, every period.
 */
export class KeepAlive<T extends KeptAlive> {
  private readonly slices: Set<T>[];
  private readonly sliceOf = new Map<T, Set<T>>();
  private turn = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    periodMs: number,
    private readonly ping: (connection: T) => void,
    private readonly drop: (connection: T) => void,
    slices = 12,
  ) {
    this.slices = Array.from({ length: Math.max(1, slices) }, () => new Set<T>());
    this.timer = setInterval(() => this.tick(), Math.max(1, Math.round(periodMs / this.slices.length)));
    this.timer.unref();
  }

  /** Starts keeping `connection` alive; it joins the smallest slice, so the slices stay even. */
  add(connection: T): void {
    let smallest = this.slices[0];
    for (const slice of this.slices) if (slice.size < smallest.size) smallest = slice;
    smallest.add(connection);
    this.sliceOf.set(connection, smallest);
  }

  remove(connection: T): void {
    this.sliceOf.get(connection)?.delete(connection);
    this.sliceOf.delete(connection);
  }

  /** Checks the next slice: drops the connections that missed their pong, pings the others. */
  tick(): void {
    const slice = this.slices[this.turn];
    this.turn = (this.turn + 1) % this.slices.length;
    for (const connection of slice) {
      if (!connection.alive) {
        this.remove(connection);
        this.drop(connection);
        continue;
      }
      connection.alive = false;
      this.ping(connection);
    }
  }

  get size(): number {
    return this.sliceOf.size;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
