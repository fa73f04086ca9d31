/**
 * The embedded database (PGlite behind a wire-protocol socket server) under many connections at once:
 * every parameterized query gets its own answer while other connections' queries interleave (one
 * PGlite session is shared, so an exchange must not be cut by another's), a transaction keeps the
 * session until it ends, a connection dropped inside a transaction is rolled back without blocking the
 * others, named prepared statements belong to their connection, and stop() returns while clients
 * are still connected.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/embedded-db.js';
import { freePort } from '../src/ports.js';

let dir: string;
let db: EmbeddedDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'metrograph-embedded-'));
  db = await startEmbeddedDatabase(path.join(dir, 'pglite'), await freePort());
  pool = new pg.Pool({ connectionString: db.url, max: 16 });
  await pool.query('create table if not exists t (id int primary key, note text)');
}, 60_000);

afterAll(async () => {
  await pool?.end().catch(() => undefined);
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('embedded database', () => {
  it('answers 2,000 concurrent queries (parameterized of two shapes, and plain) from 16 connections, each with its own result', async () => {
    const answers = await Promise.all(
      Array.from({ length: 2000 }, (_, i) =>
        i % 3 === 0
          ? pool.query('select $1::int * 2 as doubled', [i]).then((r) => r.rows[0].doubled === i * 2)
          : i % 3 === 1
            ? pool.query(`select ${i} as plain`).then((r) => r.rows[0].plain === i)
            : pool.query('select $1::text as label, $2::int as n, generate_series(1, 3) as k', [`q${i}`, i]).then((r) => r.rows.length === 3 && r.rows.every((row) => row.label === `q${i}` && row.n === i)),
      ),
    );
    expect(answers.filter((ok) => !ok)).toEqual([]);
  }, 60_000);

  it('keeps named prepared statements to their connection: each of 16 prepares the same name, and a closed one\'s are deallocated', async () => {
    const named = (i: number) => ({ name: 'doubled', text: 'select $1::int * 2 as doubled', values: [i] });
    const answers = await Promise.all(Array.from({ length: 400 }, (_, i) => pool.query(named(i)).then((r) => r.rows[0].doubled === i * 2)));
    expect(answers.filter((ok) => !ok)).toEqual([]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    expect((await client.query(named(21))).rows[0].doubled).toBe(42);
    const before = (await pool.query('select count(*)::int as n from pg_prepared_statements')).rows[0].n;
    await client.end();
    // deallocated once the session is free again
    let after = before;
    for (let i = 0; i < 50 && after >= before; i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = (await pool.query('select count(*)::int as n from pg_prepared_statements')).rows[0].n;
    }
    expect(after).toBe(before - 1);
  }, 60_000);

  it('keeps a transaction to its connection, and rolls back one whose connection drops', async () => {
    const a = await pool.connect();
    await a.query('begin');
    await a.query('insert into t (id, note) values ($1, $2)', [1, 'in a transaction']);
    // another connection's query waits for the transaction instead of running inside it
    const other = pool.query('select count(*)::int as n from t');
    await a.query('commit');
    a.release();
    expect((await other).rows[0].n).toBe(1);

    const dropped = new pg.Client({ connectionString: db.url });
    await dropped.connect();
    await dropped.query('begin');
    await dropped.query('insert into t (id, note) values ($1, $2)', [2, 'never committed']);
    await dropped.end().catch(() => undefined);
    const after = await pool.query('select id from t order by id');
    expect(after.rows.map((r) => r.id)).toEqual([1]);
  }, 60_000);

  it('stops while a client is still connected', async () => {
    const idle = new pg.Client({ connectionString: db.url });
    idle.on('error', () => undefined);
    await idle.connect();
    await idle.query('select 1');
    const started = Date.now();
    const second = await startEmbeddedDatabase(path.join(dir, 'second'), await freePort());
    const client = new pg.Client({ connectionString: second.url });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('select 1');
    await second.stop();
    expect(Date.now() - started).toBeLessThan(30_000);
    await idle.end();
  }, 60_000);
});
