import type { IdentityClient } from './auth/identity-client.js';

interface Counter {
  clientId: string;
  hour: string;
  service: string;
  calls: number;
  errors: number;
  rejected: number;
}

/** An event the router saw, audited by identity (002 §4.7.10; 004 §4.5.11 (5) security events). */
export interface RouterEvent {
  kind: string;
  success: boolean;
  actorKind: string;
  actorId?: string | null;
  actorName: string;
  subjectType?: string;
  subjectId?: string;
  detail: Record<string, unknown>;
}

interface QueuedEvent extends Omit<RouterEvent, 'detail' | 'actorId'> {
  actorId?: string;
  detail: string;
  at: string;
}

const RECORD = /* GraphQL */ `
  mutation RouterRecordApiUsage($input: RecordApiUsageInput!) { recordApiUsage(input: $input) }
`;

/**
 * Usage statistics of API clients (004 §4.5.11 (5)): counted in memory per client, hour and
 * service group, and sent to identity every few seconds with the events the router audits
 * (refusals, exhausted quotas, exports).
 */
export class UsageRecorder {
  private counters = new Map<string, Counter>();
  private events: QueuedEvent[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly identity: IdentityClient | null,
    private readonly intervalMs = 2000,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  record(clientId: string, services: string[], outcome: 'ok' | 'error' | 'rejected', now = new Date()): void {
    const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
    for (const service of services.length ? services : ['-']) {
      const key = `${clientId}|${hour}|${service}`;
      const counter = this.counters.get(key) ?? { clientId, hour, service, calls: 0, errors: 0, rejected: 0 };
      if (outcome === 'rejected') counter.rejected++;
      else {
        counter.calls++;
        if (outcome === 'error') counter.errors++;
      }
      this.counters.set(key, counter);
    }
    this.schedule();
  }

  event(event: RouterEvent, now = new Date()): void {
    this.events.push({ ...event, actorId: event.actorId ?? undefined, detail: JSON.stringify(event.detail), at: now.toISOString() });
    if (this.events.length > 10_000) this.events.splice(0, this.events.length - 10_000);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || !this.identity) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Sends what was counted so far; counters that could not be sent are kept for the next time. */
  async flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (!this.identity || (this.counters.size === 0 && this.events.length === 0)) return;
      const entries = [...this.counters.values()];
      const events = this.events;
      this.counters = new Map();
      this.events = [];
      try {
        await this.identity.call(RECORD, { input: { entries, events } });
      } catch (error) {
        for (const e of entries) {
          const key = `${e.clientId}|${e.hour}|${e.service}`;
          const current = this.counters.get(key);
          this.counters.set(key, current ? { ...current, calls: current.calls + e.calls, errors: current.errors + e.errors, rejected: current.rejected + e.rejected } : e);
        }
        this.events.unshift(...events);
        this.onError(error);
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }
}
