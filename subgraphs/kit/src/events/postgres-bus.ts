import pg from 'pg';
import type { DomainEvent } from './domain-event.js';
import { sleep, type EventBus, type EventHandler, type SubscribeOptions, type Subscription } from './bus.js';
import { log } from '../log.js';

/**
 * The event bus of the embedded default: a table in the `bus` schema of the same PostgreSQL
 * (PGlite or real), so no extra server is needed. Consumers poll from their last position.
 */
export class PostgresEventBus implements EventBus {
  readonly kind = 'postgres' as const;
  private readonly pool: pg.Pool;
  private ready: Promise<void> | null = null;

  constructor(databaseUrl: string, private readonly pollMs = 200) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  }

  /** Creates the bus tables once (idempotent, serialised across processes by an advisory lock). */
  private ensureSchema(): Promise<void> {
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('begin');
        await client.query(`select pg_advisory_xact_lock(hashtext('metrograph.bus'))`);
        await client.query(`create schema if not exists bus`);
        await client.query(`create table if not exists bus.event (
          position bigserial primary key,
          id uuid not null unique,
          type text not null,
          aggregate_type text not null,
          aggregate_id text not null,
          source text not null,
          payload jsonb not null,
          actor text not null,
          occurred_at timestamptz not null,
          sequence bigint not null,
          published_at timestamptz not null default now())`);
        await client.query(`create index if not exists event_type_position on bus.event (type, position)`);
        await client.query(`create table if not exists bus.consumer (name text primary key, position bigint not null)`);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        this.ready = null;
        throw error;
      } finally {
        client.release();
      }
    })();
    return this.ready;
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.ensureSchema();
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      values.push(e.id, e.type, e.aggregateType, e.aggregateId, e.source, JSON.stringify(e.payload), e.actor, e.occurredAt, e.sequence);
      const o = i * 9;
      return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}, $${o + 8}, $${o + 9})`;
    });
    await this.pool.query(
      `insert into bus.event (id, type, aggregate_type, aggregate_id, source, payload, actor, occurred_at, sequence)
       values ${rows.join(', ')} on conflict (id) do nothing`,
      values,
    );
  }

  async subscribe(consumer: string, handler: EventHandler, types?: string[], options: SubscribeOptions = {}): Promise<Subscription> {
    await this.ensureSchema();
    const start = options.from === 'now' ? '(select coalesce(max(position), 0) from bus.event)' : '0';
    await this.pool.query(`insert into bus.consumer (name, position) values ($1, ${start}) on conflict (name) do nothing`, [consumer]);
    let running = true;
    const loop = (async () => {
      let failures = 0;
      while (running) {
        try {
          // the consumer's position and the events after it in one statement (an idle poll is one round trip)
          const { rows } = await this.pool.query(
            `select * from bus.event where position > (select position from bus.consumer where name = $1) ${types ? 'and type = any($2)' : ''} order by position limit ${Math.max(1, Math.floor(options.batchSize ?? 100))}`,
            types ? [consumer, types] : [consumer],
          );
          for (const row of rows) {
            if (!running) break;
            await handler(toEvent(row));
            await this.pool.query(`update bus.consumer set position = greatest(position, $2) where name = $1`, [consumer, row.position]);
            failures = 0;
          }
          if (rows.length === 0) await sleep(this.pollMs);
        } catch (error) {
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
        if (options.ephemeral) await this.pool.query('delete from bus.consumer where name = $1', [consumer]).catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function toEvent(row: Record<string, any>): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    source: row.source,
    payload: row.payload,
    actor: row.actor,
    occurredAt: new Date(row.occurred_at).toISOString(),
    sequence: Number(row.sequence),
  };
}
