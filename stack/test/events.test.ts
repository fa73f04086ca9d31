/**
 * Transactional outbox, relay and event bus, against the machine's real PostgreSQL and Redis:
 * an event exists exactly when its change committed, every event reaches consumers, in order
 * per aggregate, and each is applied once even when delivered twice.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import {
  OutboxEvent, PostgresEventBus, ProcessedEvent, RedisEventBus, consumeOnce, ormConfig, recordEvent, startRelay,
  type DomainEvent, type EventBus,
} from '@metrograph/kit';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '../src/databases.js';

@Entity({ tableName: 'note' })
class Note {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  text!: string;
}

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseName = `metrograph_events_${process.pid}`;
let databaseUrl: string;
let orm: MikroORM;

async function openTestOrm(schema: string): Promise<MikroORM> {
  const o = await MikroORM.init(ormConfig({ schema, databaseUrl, entities: [Note, OutboxEvent, ProcessedEvent], migrations: [], poolMax: 4 }));
  await o.em.getConnection().execute(`create schema if not exists "${schema}"`);
  await o.schema.createSchema({ schema });
  return o;
}

beforeAll(async () => {
  databaseUrl = await createDatabase(LOCAL_POSTGRES, databaseName);
  orm = await openTestOrm('evtest');
});

afterAll(async () => {
  await orm?.close(true);
  await dropDatabase(LOCAL_POSTGRES, databaseName);
});

async function writeNotes(count: number, aggregates: string[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      const note = tx.create(Note, { id: randomUUID(), text: `note ${i}` });
      recordEvent(tx, { type: 'NoteWritten', aggregateType: 'Topic', aggregateId: aggregates[i % aggregates.length], payload: { n: i }, actor: 'tester' });
      tx.persist(note);
    });
  }
}

describe('transactional outbox', () => {
  it('records the event with the change, and neither when the transaction fails', async () => {
    const before = await orm.em.fork().count(OutboxEvent, {});
    await expect(
      orm.em.fork().transactional(async (tx) => {
        tx.persist(tx.create(Note, { id: randomUUID(), text: 'doomed' }));
        recordEvent(tx, { type: 'NoteWritten', aggregateType: 'Topic', aggregateId: 'x', payload: {}, actor: 'tester' });
        await tx.flush();
        throw new Error('validation failed after the write');
      }),
    ).rejects.toThrow(/validation failed/);
    expect(await orm.em.fork().count(OutboxEvent, {})).toBe(before);
    expect(await orm.em.fork().count(Note, { text: 'doomed' })).toBe(0);

    await writeNotes(1, ['y']);
    expect(await orm.em.fork().count(OutboxEvent, {})).toBe(before + 1);
  });
});

async function deliverThrough(bus: EventBus, consumerName: string, busDeduplicates: boolean): Promise<void> {
  await orm.em.fork().nativeDelete(OutboxEvent, {});
  const aggregates = ['a', 'b', 'c'];
  await writeNotes(30, aggregates);

  // A flaky bus: the second publish fails, as if the relay died mid-stream.
  let calls = 0;
  const flaky: EventBus = {
    kind: bus.kind,
    publish: async (events) => {
      calls++;
      if (calls === 2) throw new Error('connection reset');
      await bus.publish(events);
    },
    subscribe: (c, h, t) => bus.subscribe(c, h, t),
    close: async () => {},
  };

  const applied: DomainEvent[] = [];
  let deliveries = 0;
  const subscription = await bus.subscribe(
    consumerName,
    async (event) => {
      deliveries++;
      await consumeOnce(orm, consumerName, event, async () => {
        applied.push(event);
      });
    },
    ['NoteWritten'],
  );

  // Publish the first ten twice (a relay that published but died before marking them).
  const firstTen = await orm.em.fork().find(OutboxEvent, {}, { orderBy: { sequence: 'asc' }, limit: 10 });
  const { toDomainEvent } = await import('@metrograph/kit');
  await bus.publish(firstTen.map((r) => toDomainEvent(r, 'evtest')));

  const relay = startRelay(orm, flaky, 'evtest', 20);
  const deadline = Date.now() + 20_000;
  while (applied.length < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await relay.stop();
  await new Promise((r) => setTimeout(r, 300));
  await subscription.stop();

  expect(applied).toHaveLength(30);
  expect(new Set(applied.map((e) => e.id)).size).toBe(30);
  // The database bus drops a re-published event id itself; on Redis the duplicates reach the consumer and are skipped.
  if (busDeduplicates) expect(deliveries).toBe(30);
  else expect(deliveries).toBeGreaterThan(30);
  for (const aggregate of aggregates) {
    const ns = applied.filter((e) => e.aggregateId === aggregate).map((e) => e.payload.n as number);
    expect(ns).toEqual([...ns].sort((x, y) => x - y));
  }
  expect(await orm.em.fork().count(OutboxEvent, { publishedAt: null })).toBe(0);
  expect(await orm.em.fork().count(ProcessedEvent, { consumer: consumerName })).toBe(30);
}

describe('event bus', () => {
  it('delivers every event once, in order per aggregate, through the database (embedded default)', { timeout: 40_000 }, async () => {
    const bus = new PostgresEventBus(databaseUrl, 20);
    try {
      await deliverThrough(bus, `pg-${randomUUID()}`, true);
    } finally {
      await bus.close();
    }
  });

  it('delivers every event once, in order per aggregate, through Redis', { timeout: 40_000 }, async () => {
    const stream = `metrograph:test:${randomUUID()}`;
    const bus = new RedisEventBus(REDIS_URL, stream);
    try {
      await deliverThrough(bus, `redis-${randomUUID()}`, false);
    } finally {
      await bus.close();
      const redis = new Redis(REDIS_URL);
      await redis.del(stream);
      await redis.quit();
    }
  });

  it('forgets an ephemeral consumer (a router\'s fan-out) when it stops, on Redis and in the database', { timeout: 20_000 }, async () => {
    const stream = `metrograph:test:${randomUUID()}`;
    const redisBus = new RedisEventBus(REDIS_URL, stream);
    const pgBus = new PostgresEventBus(databaseUrl, 20);
    const redis = new Redis(REDIS_URL);
    try {
      const kept = await redisBus.subscribe('kept', async () => undefined, undefined, { from: 'now' });
      const gone = await redisBus.subscribe('gone', async () => undefined, undefined, { from: 'now', ephemeral: true });
      await gone.stop();
      await kept.stop();
      const groups = ((await redis.xinfo('GROUPS', stream)) as unknown[][]).map((fields) => fields[fields.indexOf('name') + 1]);
      expect(groups).toEqual(['kept']);

      const pgGone = await pgBus.subscribe(`gone-${randomUUID()}`, async () => undefined, undefined, { from: 'now', ephemeral: true });
      const pgKept = await pgBus.subscribe(`kept-${randomUUID()}`, async () => undefined, undefined, { from: 'now' });
      await pgGone.stop();
      await pgKept.stop();
      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      const { rows } = await db.query(`select name from bus.consumer where name like 'gone-%' or name like 'kept-%'`);
      await db.end();
      expect(rows.map((r) => r.name.split('-')[0])).toEqual(['kept']);
    } finally {
      await redisBus.close();
      await pgBus.close();
      await redis.del(stream);
      await redis.quit();
    }
  });

  it('shares a consumer between two processes on Redis, and redelivers what one failed', { timeout: 40_000 }, async () => {
    const stream = `metrograph:test:${randomUUID()}`;
    const publisher = new RedisEventBus(REDIS_URL, stream);
    const [one, two] = [new RedisEventBus(REDIS_URL, stream), new RedisEventBus(REDIS_URL, stream)];
    const seen: string[] = [];
    let failedOnce = false;
    const handler = (_who: string) => async (event: DomainEvent) => {
      // whichever process gets an event first crashes on it once; that event must still be applied
      if (!failedOnce) {
        failedOnce = true;
        throw new Error('crash while handling');
      }
      await consumeOnce(orm, 'shared', event, async () => {
        seen.push(event.id);
      });
    };
    try {
      const subs = [await one.subscribe('shared', handler('one')), await two.subscribe('shared', handler('two'))];
      const events: DomainEvent[] = Array.from({ length: 20 }, (_, i) => ({
        id: randomUUID(), type: 'Ping', aggregateType: 'P', aggregateId: String(i % 2), source: 't', payload: { i }, actor: 't',
        occurredAt: new Date().toISOString(), sequence: i + 1,
      }));
      await publisher.publish(events);
      const deadline = Date.now() + 20_000;
      while (seen.length < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      for (const s of subs) await s.stop();
      expect(new Set(seen).size).toBe(20);
      expect(seen).toHaveLength(20);
      expect(failedOnce).toBe(true);
    } finally {
      for (const bus of [publisher, one, two]) await bus.close();
      const redis = new Redis(REDIS_URL);
      await redis.del(stream);
      await redis.quit();
    }
  });
});
