/**
 * Bulk instrument registration through the router against the machine's PostgreSQL: the file is
 * uploaded over HTTP to the router, which authenticates the caller and streams it to the registry;
 * the outcome and every row error are read with GraphQL. All rows or none: a file with one bad row
 * registers nothing, and a registry process killed in the middle of its insert leaves nothing.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINCIPAL_HEADER, signPrincipal, type Principal } from '@metrograph/kit';
import type { RunningRouter } from '@metrograph/router';
import { demoImportCsv, demoImportXlsx, failAbandonedImports, INSTRUMENTS_IMPORTED, type DemoImportOptions } from '@metrograph/registry';
import { ROOT } from '../src/schema.js';
import { signIn, startSignedRouter, startTestGraph, type TestGraph } from './testkit.js';

let graph: TestGraph;
let signed: RunningRouter;
let operators: { registrationNo: string; provinceCode: string; status: string }[];
let active: { registrationNo: string; provinceCode: string }[];
let sequence = 50_000_000_000;

const origin = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

async function upload(routerUrl: string, body: Buffer, query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${origin(routerUrl)}/imports/instruments?${query}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body: new Uint8Array(body) });
  return { status: response.status, body: await response.json() };
}

const IMPORT_QUERY = /* GraphQL */ `
  query Import($id: ID!, $first: Int, $after: String) {
    instrumentImport(id: $id) {
      id status format fileName validateOnly totalRows errorRows errorCount insertedRows createdBy failureReason durationMs
      errors(first: $first, after: $after) { totalCount edges { node { rowNumber column field code value messageTh messageEn } } pageInfo { hasNextPage endCursor } }
    }
  }
`;

async function outcome(query: (q: string, v: Record<string, unknown>) => Promise<any>, id: string, first = 100): Promise<any> {
  for (let i = 0; i < 1200; i++) {
    const result = await query(IMPORT_QUERY, { id, first });
    expect(result.errors).toBeUndefined();
    const job = result.data.instrumentImport;
    if (job && job.status !== 'PROCESSING') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} still processing`);
}

async function instrumentCount(): Promise<number> {
  const [row] = await graph.subgraphs.registry.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from "registry"."instrument"');
  return Number(row.n);
}

function file(rows: number, extra: Partial<DemoImportOptions> = {}): DemoImportOptions {
  const options = { rows, operators: active, firstSequence: sequence, ...extra };
  sequence += rows + 10;
  return options;
}

beforeAll(async () => {
  graph = await startTestGraph();
  signed = await startSignedRouter(graph);
  const result = await graph.query(`{ operators(first: 100) { edges { node { registrationNo status province { code } } } } }`);
  operators = result.data.operators.edges.map((e: any) => ({ registrationNo: e.node.registrationNo, provinceCode: e.node.province.code, status: e.node.status }));
  active = operators.filter((o) => o.status === 'ACTIVE');
}, 180_000);

afterAll(async () => {
  await signed?.stop();
  await graph?.stop();
});

describe('instrument import through the router', () => {
  it('registers every row of a Thai-header CSV with a byte-order mark, and records the event in the outbox', async () => {
    const before = await instrumentCount();
    // a question mark or quotes in the data are data, not SQL
    const options = file(300, { alter: (row, v) => void (row === 1 && (v.brand = `A?B "x" 'y' $1`)) });
    const sent = await upload(graph.routerUrl, demoImportCsv(options), 'format=csv&fileName=' + encodeURIComponent('เครื่องชั่ง ตลาด.csv'));
    expect(sent.status).toBe(202);
    const job = await outcome(graph.query, sent.body.id);
    expect(job).toMatchObject({ status: 'COMPLETED', format: 'CSV', fileName: 'เครื่องชั่ง ตลาด.csv', totalRows: 300, insertedRows: 300, errorCount: 0, validateOnly: false });
    expect(job.errors.totalCount).toBe(0);
    expect(await instrumentCount()).toBe(before + 300);

    const firstNo = demoImportCsv({ ...options, rows: 1 }).toString('utf8').split('\r\n')[1].split(',')[0];
    const found = await graph.query(`query($no: String!) { instrumentByNumber(instrumentNo: $no) { instrumentNo brand serialNo owner { registrationNo } province { code } } }`, { no: firstNo });
    expect(found.data.instrumentByNumber).toMatchObject({ instrumentNo: firstNo, brand: `A?B "x" 'y' $1`, owner: { registrationNo: active[1 % active.length].registrationNo } });

    const events = await graph.subgraphs.registry.orm.em.fork().getConnection().execute<{ type: string; payload: any }[]>(
      `select type, payload from "registry"."outbox" where aggregate_id = ?`, [sent.body.id]);
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe(INSTRUMENTS_IMPORTED);
    expect(events[0].payload.instruments).toBe(300);
  }, 60_000);

  it('registers an XLSX workbook with English headers', async () => {
    const before = await instrumentCount();
    const sent = await upload(graph.routerUrl, await demoImportXlsx(file(250, { headers: 'en' })), 'fileName=instruments.xlsx');
    expect(sent.status).toBe(202);
    const job = await outcome(graph.query, sent.body.id);
    expect(job).toMatchObject({ status: 'COMPLETED', format: 'XLSX', totalRows: 250, insertedRows: 250 });
    expect(await instrumentCount()).toBe(before + 250);
  }, 60_000);

  it('checks without registering on a dry run (validateOnly)', async () => {
    const before = await instrumentCount();
    const sent = await upload(graph.routerUrl, demoImportCsv(file(120)), 'format=csv&validateOnly=true');
    const job = await outcome(graph.query, sent.body.id);
    expect(job).toMatchObject({ status: 'VALIDATED', validateOnly: true, totalRows: 120, insertedRows: 0, errorCount: 0 });
    expect(await instrumentCount()).toBe(before);
  }, 60_000);

  it('reports every problem of every row with its row, column and code, and registers nothing', async () => {
    const before = await instrumentCount();
    const [existing] = await graph.subgraphs.registry.orm.em.fork().getConnection().execute<{ instrument_no: string }[]>('select instrument_no from "registry"."instrument" order by instrument_no limit 1');
    const inactive = operators.find((o) => o.status !== 'ACTIVE');
    let duplicateOf = '';
    const options = file(12, {
      alter(row, v) {
        if (row === 1) duplicateOf = v.instrumentNo;
        if (row === 2) v.instrumentNo = duplicateOf;
        if (row === 3) v.instrumentNo = existing.instrument_no;
        if (row === 4) v.operatorRegistrationNo = 'OP-99-9999999';
        if (row === 5 && inactive) v.operatorRegistrationNo = inactive.registrationNo;
        if (row === 6) Object.assign(v, { brand: '', capacity: 'สิบ', unit: 'ออนซ์' });
        if (row === 7) v.instrumentNo = v.instrumentNo.slice(0, 19) + ((Number(v.instrumentNo[19]) + 1) % 10);
        if (row === 8) v.certificateExpiresOn = '31/02/2570';
      },
    });
    const sent = await upload(graph.routerUrl, demoImportCsv(options), 'format=csv');
    const job = await outcome(graph.query, sent.body.id);
    expect(job.status).toBe('REJECTED');
    expect(job.insertedRows).toBe(0);
    const found = job.errors.edges.map((e: any) => [e.node.rowNumber, e.node.field, e.node.code]);
    const expected: [number, string, string][] = [
      [3, 'instrumentNo', 'DUPLICATE_IN_FILE'],
      [4, 'instrumentNo', 'ALREADY_REGISTERED'],
      [5, 'operatorRegistrationNo', 'OPERATOR_NOT_FOUND'],
      ...(inactive ? [[6, 'operatorRegistrationNo', 'OPERATOR_NOT_ACTIVE'] as [number, string, string]] : []),
      [7, 'unit', 'UNKNOWN_VALUE'],
      [7, 'brand', 'REQUIRED'],
      [7, 'capacity', 'INVALID_NUMBER'],
      [8, 'instrumentNo', 'INVALID_CHECK_DIGIT'],
      [9, 'certificateExpiresOn', 'INVALID_DATE'],
    ];
    expect(found).toEqual(expected);
    expect(job.errorCount).toBe(expected.length);
    expect(job.errorRows).toBe(new Set(expected.map((e) => e[0])).size);
    const duplicate = job.errors.edges[0].node;
    expect(duplicate.column).toBe('เลขลำดับประจำเครื่อง');
    expect(duplicate.messageEn).toContain('repeats row 2');
    expect(duplicate.messageTh).toContain('ซ้ำกับแถวที่ 2');
    expect(await instrumentCount()).toBe(before);

    // paginated: two at a time, in row order, nothing lost
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: any = await graph.query(IMPORT_QUERY, { id: sent.body.id, first: 2, after });
      const errors: any = page.data.instrumentImport.errors;
      seen.push(...errors.edges.map((e: any) => e.node.rowNumber));
      after = errors.pageInfo.hasNextPage ? errors.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected.map((e) => e[0]));
  }, 60_000);

  it('rejects a file missing required columns on row 1 without reading its rows', async () => {
    const csv = Buffer.from('ยี่ห้อ,รุ่น\r\nCAS,SW-1\r\n');
    const job = await outcome(graph.query, (await upload(graph.routerUrl, csv, 'format=csv')).body.id);
    expect(job.status).toBe('REJECTED');
    expect(job.errors.edges.every((e: any) => e.node.rowNumber === 1 && e.node.code === 'MISSING_COLUMN')).toBe(true);
    expect(job.errors.edges.map((e: any) => e.node.field)).toContain('instrumentNo');
  }, 30_000);

  it('registers nothing from 100,000 rows when only row 99,999 is bad, and names that row', async () => {
    const before = await instrumentCount();
    const options = file(100_000, { alter: (row, v) => void (row === 99_998 && (v.capacity = '-5')) });
    const started = Date.now();
    const sent = await upload(graph.routerUrl, demoImportCsv(options), 'format=csv');
    const job = await outcome(graph.query, sent.body.id);
    console.log(`100,000-row file with one bad row: rejected in ${Date.now() - started} ms`);
    expect(job).toMatchObject({ status: 'REJECTED', totalRows: 100_000, errorRows: 1, errorCount: 1, insertedRows: 0 });
    expect(job.errors.edges.map((e: any) => [e.node.rowNumber, e.node.field, e.node.code])).toEqual([[99_999, 'capacity', 'OUT_OF_RANGE']]);
    expect(await instrumentCount()).toBe(before);
  }, 180_000);
});

describe('who may import what', () => {
  it('refuses uploads without credentials (401) and callers who may only view the registry (403)', async () => {
    const csv = demoImportCsv(file(1));
    expect((await upload(signed.url, csv, 'format=csv')).status).toBe(401);
    expect((await upload(signed.url, csv, 'format=csv', { authorization: 'Bearer forged' })).status).toBe(401);
    const analyst = await signIn(signed.url, 'analyst');
    const refused = await upload(signed.url, csv, 'format=csv', { authorization: `Bearer ${analyst}` });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
  }, 60_000);

  it('lets an official register only for operators and provinces of their area, and shows the import to their office only', async () => {
    const token = await signIn(signed.url, 'official1.b07');
    const office = await graph.query(`{ office(code: "B07") { servedProvinces { code } } }`);
    const b07 = office.data?.office?.servedProvinces.map((p: any) => p.code) as string[] | undefined;
    expect(b07?.length).toBeGreaterThan(0);
    const outside = active.find((o) => !b07!.includes(o.provinceCode))!;
    const options = file(3, {
      operators: [outside],
      alter(row, v) {
        if (row === 2) v.provinceCode = outside.provinceCode;
      },
    });
    const query = (q: string, v: Record<string, unknown>) =>
      fetch(signed.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: q, variables: v }) }).then((r) => r.json());
    const sent = await upload(signed.url, demoImportCsv(options), 'format=csv', { authorization: `Bearer ${token}` });
    expect(sent.status).toBe(202);
    const job = await outcome(query, sent.body.id);
    expect(job.status).toBe('REJECTED');
    expect(job.createdBy).toBe('official1.b07');
    const codes = job.errors.edges.map((e: any) => [e.node.rowNumber, e.node.code]);
    expect(codes).toEqual([[2, 'OPERATOR_OUT_OF_AREA'], [3, 'OPERATOR_OUT_OF_AREA'], [3, 'PROVINCE_OUT_OF_AREA'], [4, 'OPERATOR_OUT_OF_AREA']]);

    // an official of another office does not see it
    const other = await signIn(signed.url, 'official1.c1');
    const theirs = await fetch(signed.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` }, body: JSON.stringify({ query: IMPORT_QUERY, variables: { id: sent.body.id } }) }).then((r) => r.json());
    expect(theirs.data.instrumentImport).toBeNull();
  }, 60_000);
});

describe('a registry process killed mid-import', () => {
  it('leaves no instrument behind, and the import is marked FAILED', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'subgraphs', 'registry', 'dist', 'main.js')], {
      env: { ...process.env, DATABASE_URL: graph.databaseUrl, PORT: '0', ROUTER_SIGNING_SECRET: graph.signingSecret, DB_POOL_MAX: '3', METROGRAPH_QUIET: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`registry not ready:\n${output}`)), 60_000);
      child.stderr!.on('data', () => {
        const match = /subgraph ready at (http:\/\/[^"\s]+)\/graphql/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    try {
      const before = await instrumentCount();
      const official: Principal = { kind: 'user', id: 'u-kill', name: 'official.kill', officeCode: 'HQ', roles: ['OFFICIAL'], provinceCodes: null, rights: { registry: 3 } };
      const response = await fetch(`${url}/imports/instruments?format=csv`, {
        method: 'POST',
        headers: { [PRINCIPAL_HEADER]: signPrincipal(official, graph.signingSecret) },
        body: new Uint8Array(demoImportCsv(file(100_000))),
      });
      expect(response.status).toBe(202);
      const { id } = (await response.json()) as { id: string };
      // wait until the registry is inside its insert transaction, then kill it
      const em = graph.subgraphs.registry.orm.em.fork();
      let inserting = false;
      for (let i = 0; i < 3000 && !inserting; i++) {
        const rows = await em.getConnection().execute<{ n: string }[]>(
          `select count(*) as n from pg_stat_activity where datname = current_database() and query like '%json_populate_recordset%' and pid <> pg_backend_pid()`,
        );
        inserting = Number(rows[0].n) > 0;
        if (!inserting) await new Promise((r) => setTimeout(r, 20));
      }
      expect(inserting).toBe(true);
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      // PostgreSQL rolls the dead connection's transaction back
      for (let i = 0; i < 100; i++) {
        const [row] = await em.getConnection().execute<{ n: string }[]>(`select count(*) as n from pg_stat_activity where datname = current_database() and query like '%json_populate_recordset%' and pid <> pg_backend_pid()`);
        if (Number(row.n) === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await instrumentCount()).toBe(before);
      const [stuck] = await em.getConnection().execute<{ status: string }[]>(`select status from "registry"."instrument_import" where id = ?`, [id]);
      expect(stuck.status).toBe('PROCESSING');
      // the sweeper (every 30 s in each registry) marks it FAILED once it stops showing signs of life
      expect(await failAbandonedImports(em, 0)).toBe(1);
      const job = await outcome(graph.query, id);
      expect(job).toMatchObject({ status: 'FAILED', insertedRows: 0 });
      expect(job.failureReason).toContain('nothing was registered');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 180_000);
});
