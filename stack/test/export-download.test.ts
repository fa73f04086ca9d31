/**
 * The download audit trail of exports (004 §4.5.1 (13)) against the machine's real PostgreSQL:
 * the complaints schema migrated as the subgraph migrates it, plus the export migration; every
 * download recorded with who, when, which report and filters; reference numbers unique and
 * sequential when officials download at the same moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrateToLatest, openSubgraphOrm, type Principal } from '@metrograph/kit';
import { complaints } from '@metrograph/complaints';
import {
  ExportDownload, ExportFormat, exportEntities, exportMigration, listDownloads, recordDownload,
} from '../../subgraphs/complaints/src/export/index.js';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '../src/databases.js';

const databaseName = `metrograph_export_${process.pid}`;
let orm: MikroORM;

const official: Principal = {
  kind: 'user',
  id: 'u-0042',
  name: 'somchai.j',
  officeCode: 'CM01',
  roles: ['OFFICER'],
  provinceCodes: ['50'],
  rights: { complaints: 1 },
};
const auditor: Principal = { ...official, id: 'u-0007', name: 'auditor.k', officeCode: null, provinceCodes: null };

beforeAll(async () => {
  const url = await createDatabase(LOCAL_POSTGRES, databaseName);
  // The complaints subgraph as it runs: its entities and migrations include the export ones.
  orm = await openSubgraphOrm(complaints, url, 12);
  const applied = await migrateToLatest(orm);
  expect(applied).toContain(exportMigration.name);
});

afterAll(async () => {
  await orm?.close(true);
  await dropDatabase(LOCAL_POSTGRES, databaseName);
});

describe('export download records', () => {
  it('the hand-written migration is exactly the table the entity maps (empty schema diff)', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    const ours = diff.split('\n').filter((line) => line.includes('export_download'));
    expect(ours).toEqual([]);
  });

  it('records who downloaded which report, when, with which filters, and returns the reference number', async () => {
    const now = new Date('2026-11-23T07:05:00Z');
    const filters = { provinceCodes: ['50'], receivedFrom: '2026-10-01', text: 'ตาชั่ง' };
    const referenceNo = await recordDownload(orm.em.fork(), {
      report: 'complaint-search', format: ExportFormat.PDF, filters, rowCount: 120, principal: official, now,
    });
    expect(referenceNo).toBe('EXP-2569-000001');

    const row = await orm.em.fork().findOneOrFail(ExportDownload, { referenceNo });
    expect(row).toMatchObject({
      report: 'complaint-search', format: 'PDF', filters, rowCount: 120,
      actorId: 'u-0042', actorName: 'somchai.j', officeCode: 'CM01', createdAt: now,
    });
  });

  it('gives 10 simultaneous downloads 10 different, consecutive reference numbers', async () => {
    const before = await orm.em.fork().count(ExportDownload, {});
    const numbers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        recordDownload(orm.em.fork(), {
          report: 'cases-by-offence', format: i % 2 ? 'CSV' : 'PDF', filters: { i }, rowCount: i, principal: official,
          now: new Date('2026-11-23T08:00:00Z'),
        }),
      ),
    );
    expect(new Set(numbers).size).toBe(10);
    const sequence = numbers.map((n) => Number(/^EXP-2569-(\d{6})$/.exec(n)![1])).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 10 }, (_, i) => sequence[0] + i));
    expect(sequence[0]).toBe(before + 1);
    const stored = await orm.em.fork().find(ExportDownload, { referenceNo: { $in: numbers } });
    expect(stored).toHaveLength(10);
    // Each record carries the number its own call returned.
    for (const record of stored) expect(numbers[(record.filters as { i: number }).i]).toBe(record.referenceNo);
  });

  it('starts a new series in the new Buddhist-era year, by Thai time', async () => {
    const referenceNo = await recordDownload(orm.em.fork(), {
      report: 'fines-by-area', format: 'CSV', filters: {}, rowCount: 3, principal: auditor,
      now: new Date('2026-12-31T17:30:00Z'), // 1 Jan 2570 00:30 in Bangkok
    });
    expect(referenceNo).toBe('EXP-2570-000001');
  });

  it('takes no number when the surrounding transaction fails, so numbers have no gaps', async () => {
    const em = orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await recordDownload(tx, { report: 'complaint-search', format: 'CSV', filters: {}, rowCount: 1, principal: official, now: new Date('2026-11-23T09:00:00Z') });
        throw new Error('rendering failed');
      }),
    ).rejects.toThrow('rendering failed');
    const next = await recordDownload(orm.em.fork(), {
      report: 'complaint-search', format: 'CSV', filters: {}, rowCount: 1, principal: official, now: new Date('2026-11-23T09:01:00Z'),
    });
    expect(next).toBe('EXP-2569-000012');
  });

  it('rejects a record without a report code or with a bad row count', async () => {
    await expect(recordDownload(orm.em.fork(), { report: '', format: 'CSV', filters: {}, rowCount: 1, principal: official })).rejects.toThrow(/report code/);
    await expect(recordDownload(orm.em.fork(), { report: 'x', format: 'CSV', filters: {}, rowCount: -1, principal: official })).rejects.toThrow(/rowCount/);
  });

  it('lists downloads for the audit, newest first, filtered and paginated', async () => {
    const em = orm.em.fork();
    const all = await listDownloads(em, {}, { first: 100 });
    expect(await all.totalCount()).toBe(13);
    const times = all.edges.map((e) => e.node.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const byAuditor = await listDownloads(em, { actorId: 'u-0007' });
    expect(byAuditor.edges.map((e) => e.node.referenceNo)).toEqual(['EXP-2570-000001']);

    const november = await listDownloads(em, { report: 'cases-by-offence', from: new Date('2026-11-23T00:00:00Z'), to: new Date('2026-11-24T00:00:00Z') }, { first: 4 });
    expect(november.edges).toHaveLength(4);
    expect(november.pageInfo.hasNextPage).toBe(true);
    const rest = await listDownloads(em, { report: 'cases-by-offence' }, { first: 10, after: november.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(6);
    const seen = new Set([...november.edges, ...rest.edges].map((e) => e.node.referenceNo));
    expect(seen.size).toBe(10);
  });
});
