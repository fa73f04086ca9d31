import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryQuotaStore, RedisQuotaStore, chargeCall, type QuotaStore } from './quota.js';

const stores: [string, () => QuotaStore][] = [
  ['memory', () => new MemoryQuotaStore()],
  ['redis', () => new RedisQuotaStore(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', `metrograph:test:${randomUUID()}`)],
];
const opened: QuotaStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

describe.each(stores)('quota store (%s)', (_name, make) => {
  it('counts calls per hour and refuses the one past the quota', async () => {
    const store = make();
    opened.push(store);
    const now = Date.parse('2026-11-23T03:15:00Z');
    const quota = { callsPerHour: 3, callsPerDay: 100, maxRowsPerRequest: 10 };
    for (let i = 1; i <= 3; i++) expect((await chargeCall(store, 'c1', quota, now)).exceeded).toBeNull();
    const fourth = await chargeCall(store, 'c1', quota, now);
    expect(fourth).toMatchObject({ exceeded: 'callsPerHour', limit: 3, count: 4, retryAfterSeconds: 45 * 60 });
    // another client has its own counter; the next hour starts afresh
    expect((await chargeCall(store, 'c2', quota, now)).exceeded).toBeNull();
    expect((await chargeCall(store, 'c1', quota, now + 3600_000)).exceeded).toBeNull();
  });

  it('counts calls per Thai day', async () => {
    const store = make();
    opened.push(store);
    const quota = { callsPerHour: 100, callsPerDay: 2, maxRowsPerRequest: 10 };
    // 16:30 UTC is 23:30 in Bangkok; 17:30 UTC is the next Thai day
    const late = Date.parse('2026-11-23T16:30:00Z');
    expect((await chargeCall(store, 'd1', quota, late)).exceeded).toBeNull();
    expect((await chargeCall(store, 'd1', quota, late + 1000)).exceeded).toBeNull();
    const third = await chargeCall(store, 'd1', quota, late + 2000);
    expect(third.exceeded).toBe('callsPerDay');
    expect(third.retryAfterSeconds).toBe(30 * 60 - 2);
    expect((await chargeCall(store, 'd1', quota, late + 3600_000)).exceeded).toBeNull();
  });
});
