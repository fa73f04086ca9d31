/**
 * Instrument import benchmark (issue 8, item 4): a 100,000-row instrument file, CSV and XLSX, is
 * uploaded through the router (HTTP, a signed-in HQ official's session) to the registry, which
 * runs as its own process as deployed, against a scratch database on the machine's PostgreSQL
 * (dropped afterwards). Timed from the first byte of the upload to the outcome read with
 * `instrumentImport(id)`; the registry's peak RSS is read from /proc (VmHWM). Also timed: a
 * 100,000-row file whose row 99,999 is bad (nothing registered, that row reported) and one where
 * every 10th row is bad (10,000 errors, all reported).
 *
 *   node bench/dist/import.js            (ROWS=100000 by default)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSubgraph, type RunningSubgraph } from '@metrograph/kit';
import { startRouter, type RunningRouter } from '@metrograph/router';
import { demoImportCsv, demoImportXlsx, type DemoImportOptions } from '@metrograph/registry';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '@metrograph/stack/databases';
import { seedDemo } from '@metrograph/stack/seed';
import { SUBGRAPHS } from '@metrograph/stack/subgraphs';
import { composeSupergraph, currentSubgraphSdls } from '@metrograph/stack/schema';
import { writeResult, type BenchRow } from './result.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const ROWS = Number(process.env.ROWS ?? 100_000);
const TARGET_S = 20;

process.env.METROGRAPH_QUIET = '1';

interface Registry {
  child: ChildProcess;
  url: string;
  /** Peak resident set of the registry process so far (VmHWM), MB. */
  peakRssMb(): number;
  resetPeak(): void;
}

async function startRegistryProcess(databaseUrl: string, signingSecret: string): Promise<Registry> {
  const child = spawn(process.execPath, [path.join(ROOT, 'subgraphs', 'registry', 'dist', 'main.js')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', ROUTER_SIGNING_SECRET: signingSecret, DB_POOL_MAX: '10', METROGRAPH_QUIET: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`registry not ready:\n${output}`)), 60_000);
    child.stderr!.on('data', (chunk) => {
      output += chunk;
      const match = /subgraph ready at (http:\/\/[^"\s]+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`registry exited with ${code}:\n${output}`)));
  });
  const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return {
    child,
    url,
    peakRssMb: () => Number(/VmHWM:\s+(\d+) kB/.exec(status())?.[1] ?? 0) / 1024,
    // writing 5 to clear_refs resets VmHWM to the current RSS (Linux)
    resetPeak: () => {
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
      } catch {
        /* not permitted: the peak then covers the whole run so far */
      }
    },
  };
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Outcome {
  seconds: number;
  status: string;
  totalRows: number;
  insertedRows: number;
  errorCount: number;
  firstErrors: { rowNumber: number; field: string; code: string }[];
}

async function importThroughRouter(routerUrl: string, token: string, file: Buffer, format: 'csv' | 'xlsx'): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(`${routerUrl.replace(/\/graphql$/, '')}/imports/instruments?format=${format}&fileName=bench.${format}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(file),
  });
  if (response.status !== 202) throw new Error(`upload refused: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  for (;;) {
    const data = await gql(routerUrl, token, `query($id: ID!) { instrumentImport(id: $id) { status totalRows insertedRows errorCount errors(first: 3) { edges { node { rowNumber field code } } } } }`, { id });
    const job = data.instrumentImport;
    if (job.status !== 'PROCESSING') {
      return { seconds: (performance.now() - started) / 1000, status: job.status, totalRows: job.totalRows, insertedRows: job.insertedRows, errorCount: job.errorCount, firstErrors: job.errors.edges.map((e: any) => e.node) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main(): Promise<void> {
  const databaseName = `metrograph_bench_import_${process.pid}`;
  const databaseUrl = await createDatabase(LOCAL_POSTGRES, databaseName);
  const signingSecret = randomBytes(24).toString('base64url');
  process.env.SESSION_SECRET ??= randomBytes(32).toString('base64url');
  const inProcess: RunningSubgraph[] = [];
  let registry: Registry | null = null;
  let router: RunningRouter | null = null;
  try {
    await seedDemo(databaseUrl, { size: 'small', seed: 'bench-import', anchor: new Date('2026-11-01T03:00:00Z'), reset: true });
    registry = await startRegistryProcess(databaseUrl, signingSecret);
    const urls: Record<string, string> = { registry: registry.url };
    for (const definition of SUBGRAPHS.filter((d) => d.name !== 'registry')) {
      const service = await startSubgraph(definition, { databaseUrl, port: 0, poolMax: 4, signingSecret });
      inProcess.push(service);
      urls[definition.name] = service.url;
    }
    const { supergraphSdl } = composeSupergraph(SUBGRAPHS, await currentSubgraphSdls(SUBGRAPHS));
    router = await startRouter({ supergraphSdl, port: 0, signingSecret, sessionSecret: process.env.SESSION_SECRET, subgraphUrls: urls });
    const signedIn = await fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { message } } }', variables: { input: { username: 'official1.hq', password: 'Metrograph-2569' } } }),
    }).then((r) => r.json() as Promise<any>);
    const token: string = signedIn.data?.signIn?.token;
    if (!token) throw new Error(`sign-in failed: ${JSON.stringify(signedIn)}`);
    const data = await gql(router.url, token, `{ operators(first: 100, filter: { statuses: [ACTIVE] }) { edges { node { registrationNo province { code } } } } }`);
    const operators = data.operators.edges.map((e: any) => ({ registrationNo: e.node.registrationNo, provinceCode: e.node.province.code }));
    let sequence = 60_000_000_000;
    const fileOf = (extra: Partial<DemoImportOptions> = {}): DemoImportOptions => {
      const options = { rows: ROWS, operators, firstSequence: sequence, ...extra };
      sequence += ROWS + 10;
      return options;
    };

    const rows: BenchRow[] = [];
    const notes: string[] = [];
    const loadAtStart = os.loadavg()[0];
    const run = async (label: string, file: Buffer, format: 'csv' | 'xlsx', expect: string) => {
      registry!.resetPeak();
      const outcome = await importThroughRouter(router!.url, token, file, format);
      if (outcome.status !== expect) throw new Error(`${label}: expected ${expect}, got ${JSON.stringify(outcome)}`);
      const peak = registry!.peakRssMb();
      console.log(
        `${label}: ${outcome.status} in ${outcome.seconds.toFixed(2)} s (${Math.round(outcome.totalRows / outcome.seconds).toLocaleString('en')} rows/s), ` +
          `${outcome.insertedRows.toLocaleString('en')} registered, ${outcome.errorCount.toLocaleString('en')} errors, file ${(file.length / 1048576).toFixed(1)} MB, registry peak RSS ${peak.toFixed(0)} MB` +
          (outcome.firstErrors.length ? `; first errors ${JSON.stringify(outcome.firstErrors)}` : ''),
      );
      return { ...outcome, peak };
    };

    console.log(`generating ${ROWS.toLocaleString('en')}-row files for ${operators.length} operators…`);
    const csv = demoImportCsv(fileOf());
    const xlsx = await demoImportXlsx(fileOf());
    const oneBad = demoImportCsv(fileOf({ alter: (row, v) => void (row === ROWS - 1 && (v.capacity = '-5')) }));
    const manyBad = demoImportCsv(fileOf({ alter: (row, v) => void (row % 10 === 0 && (v.unit = 'ออนซ์')) }));

    const c = await run('CSV', csv, 'csv', 'COMPLETED');
    rows.push({ measure: `CSV import ${ROWS.toLocaleString('en')} rows`, value: +c.seconds.toFixed(2), unit: 's', target: `≤ ${TARGET_S} s`, met: c.seconds <= TARGET_S });
    rows.push({ measure: 'CSV import rate', value: Math.round(ROWS / c.seconds), unit: 'rows/s' });
    rows.push({ measure: 'CSV import registry peak RSS', value: +c.peak.toFixed(0), unit: 'MB' });
    const x = await run('XLSX', xlsx, 'xlsx', 'COMPLETED');
    rows.push({ measure: `XLSX import ${ROWS.toLocaleString('en')} rows`, value: +x.seconds.toFixed(2), unit: 's', target: `≤ ${TARGET_S} s`, met: x.seconds <= TARGET_S });
    rows.push({ measure: 'XLSX import rate', value: Math.round(ROWS / x.seconds), unit: 'rows/s' });
    rows.push({ measure: 'XLSX import registry peak RSS', value: +x.peak.toFixed(0), unit: 'MB' });
    const b = await run(`one bad row (row ${ROWS.toLocaleString('en')})`, oneBad, 'csv', 'REJECTED');
    const reported = b.errorCount === 1 && b.insertedRows === 0 && b.firstErrors[0]?.rowNumber === ROWS;
    rows.push({ measure: `reject ${ROWS.toLocaleString('en')} rows, 1 bad (nothing registered)`, value: +b.seconds.toFixed(2), unit: 's', target: `≤ ${TARGET_S} s, 0 registered`, met: b.seconds <= TARGET_S && reported });
    const m = await run('every 10th row bad', manyBad, 'csv', 'REJECTED');
    rows.push({ measure: `reject ${ROWS.toLocaleString('en')} rows, ${m.errorCount.toLocaleString('en')} errors all reported`, value: +m.seconds.toFixed(2), unit: 's', target: `≤ ${TARGET_S} s`, met: m.seconds <= TARGET_S && m.errorCount === ROWS / 10 });

    notes.push(`files: CSV ${(csv.length / 1048576).toFixed(1)} MB, XLSX ${(xlsx.length / 1048576).toFixed(1)} MB, ${ROWS.toLocaleString('en')} rows each, ${operators.length} owners; registry holds the 'small' demo data besides`);
    notes.push('timed from the first byte of the upload through the router to the outcome read with instrumentImport(id) (polled every 100 ms); registry in its own process, router and other subgraphs in the bench process');
    notes.push(`machine load while measured: 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end, on ${os.cpus().length} cores (PostgreSQL shared with whatever else runs)`);
    writeResult({ title: 'Instrument import (CSV/XLSX, all or nothing)', rows, notes });
    console.table(rows);
  } finally {
    await router?.stop();
    for (const service of inProcess) await service.stop();
    if (registry) {
      registry.child.kill('SIGTERM');
      await new Promise((r) => registry!.child.once('exit', r));
    }
    await dropDatabase(LOCAL_POSTGRES, databaseName);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
