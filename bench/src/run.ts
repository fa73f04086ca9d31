/**
 * `npm run bench`: runs every benchmark in sequence, each as its own child process, then prints
 * one table of all figures with their targets and ratios and writes bench/REPORT.md (date,
 * machine, commit, the table). BENCH_ONLY=router-peers,n-plus-one runs a subset: each bench's
 * last outcome is kept in bench/results/<name>.json, so the report always shows every bench, each
 * with the date and commit it was measured at.
 *
 * Contract with each bench script (see result.ts): it prints its own figures and, with
 * BENCH_RESULT=<path>, writes one BenchResult JSON there.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './result.js';

const DIST = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(DIST, '../..');
const RESULTS = path.join(ROOT, 'bench', 'results');

/** Every benchmark, in the order they run (quick and independent ones first). */
const BENCHES: { name: string; script: string; about: string }[] = [
  { name: 'n-plus-one', script: 'n-plus-one.js', about: 'SQL statements per list request, 10 vs 100 rows' },
  { name: 'router-peers', script: 'router-peers.js', about: 'router vs stock @apollo/gateway vs Hive Gateway vs subgraphs directly' },
  { name: 'live-fanout', script: 'live-fanout.js', about: 'live status fan-out over graphql-ws' },
  { name: 'import', script: 'import.js', about: '100k-row instrument import' },
  { name: 'dashboards', script: 'dashboards.js', about: 'dashboard drill-down aggregates at national scale' },
];

interface Outcome {
  name: string;
  about: string;
  ranAt: string;
  commit: string;
  seconds: number;
  exitCode: number | null;
  result: BenchResult | null;
  problem?: string;
}

function runOne(script: string, resultPath: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(DIST, script)], { cwd: ROOT, env: { ...process.env, BENCH_RESULT: resultPath }, stdio: 'inherit' });
    const forward = () => child.kill('SIGINT');
    process.once('SIGINT', forward);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      resolve(signal ? 128 : code);
    });
  });
}

const cell = (value: unknown) => String(value ?? '').replace(/\|/g, '\\|');

function table(outcomes: Outcome[]): string {
  const lines = ['| benchmark | measure | value | unit | target | met |', '|---|---|---:|---|---|:--:|'];
  for (const o of outcomes) {
    if (!o.result) {
      lines.push(`| ${cell(o.name)} | ${cell(o.problem)} | | | | ✗ |`);
      continue;
    }
    for (const row of o.result.rows) {
      const met = row.met === undefined ? '' : row.met ? '✓' : '✗';
      lines.push(`| ${cell(o.result.title)} | ${cell(row.measure)} | ${cell(row.value)} | ${cell(row.unit)} | ${cell(row.target ?? '')} | ${met} |`);
    }
    if (o.exitCode !== 0) lines.push(`| ${cell(o.result.title)} | ${cell(`the bench exited with code ${o.exitCode}`)} | | | | ✗ |`);
  }
  return lines.join('\n');
}

function machine(): string[] {
  const cpus = os.cpus();
  const [one, five] = os.loadavg();
  return [
    `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`,
    `load average when the run started: ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)`,
  ];
}

function commit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim() ? ' (working tree has uncommitted changes)' : '';
    return sha + dirty;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
  if (unknown.length) throw new Error(`BENCH_ONLY names unknown benchmarks: ${unknown.join(', ')} (known: ${BENCHES.map((b) => b.name).join(', ')})`);
  const selected = BENCHES.filter((b) => !only || only.includes(b.name));
  const startedAt = new Date();
  const about = machine();
  const sha = commit();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'metrograph-bench-'));
  const outcomes: Outcome[] = [];
  try {
    for (const bench of selected) {
      const script = path.join(DIST, bench.script);
      if (!existsSync(script)) {
        outcomes.push({ name: bench.name, about: bench.about, ranAt: new Date().toISOString(), commit: sha, seconds: 0, exitCode: null, result: null, problem: `not run: ${path.relative(ROOT, script)} does not exist (not written or not built)` });
        continue;
      }
      process.stdout.write(`\n=== ${bench.name}: ${bench.about} ===\n`);
      const resultPath = path.join(scratch, `${bench.name}.json`);
      const started = Date.now();
      const exitCode = await runOne(bench.script, resultPath);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      let result: BenchResult | null = null;
      let problem: string | undefined;
      try {
        result = JSON.parse(readFileSync(resultPath, 'utf8')) as BenchResult;
      } catch {
        problem = `failed (exit code ${exitCode}) before writing its figures`;
      }
      const outcome: Outcome = { name: bench.name, about: bench.about, ranAt: new Date(started).toISOString(), commit: sha, seconds, exitCode, result, problem };
      outcomes.push(outcome);
      mkdirSync(RESULTS, { recursive: true });
      writeFileSync(path.join(RESULTS, `${bench.name}.json`), JSON.stringify({ ...outcome, machine: about }, null, 2) + '\n');
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  process.stdout.write(`\n=== This run (${startedAt.toISOString()}, commit ${sha}) ===\n\n${table(outcomes)}\n`);
  // the report: this run's outcomes, and the last recorded outcome of every bench not run now
  const recorded: Outcome[] = BENCHES.map((bench) => {
    const now = outcomes.find((o) => o.name === bench.name);
    if (now) return now;
    const file = path.join(RESULTS, `${bench.name}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Outcome) : null;
  }).filter((o): o is Outcome => o !== null);
  const summary = table(recorded);
  const notes = recorded.flatMap((o) => (o.result?.notes ?? []).map((n) => `- ${o.result!.title}: ${n}`));
  process.stdout.write(`\n=== All figures (latest run of each bench) ===\n\n${summary}\n\n${notes.join('\n')}\n`);

  const report = [
    '# Benchmark report',
    '',
    `Generated by \`npm run bench\` (bench/src/run.ts); do not edit by hand. Method and discussion: [README.md](README.md).`,
    '',
    `- date: ${startedAt.toISOString()}${only ? ` (this run: BENCH_ONLY=${only.join(',')}; other rows are each bench's last recorded run)` : ''}`,
    `- machine: ${about[0]}`,
    `- ${about[1]} — the machine is shared with other engineers' builds and tests, so figures are noisy`,
    `- commit: ${sha}`,
    `- benchmarks: ${recorded.map((o) => `${o.name} (${o.result ? `${o.seconds} s, run ${o.ranAt.slice(0, 16).replace('T', ' ')} UTC at ${o.commit}` : o.problem})`).join('; ')}`,
    '',
    summary,
    '',
    ...(notes.length ? ['## Notes', '', ...notes, ''] : []),
  ].join('\n');
  writeFileSync(path.join(ROOT, 'bench', 'REPORT.md'), report);
  process.stdout.write(`\nwritten: bench/REPORT.md\n`);
  if (outcomes.some((o) => o.exitCode !== 0 && o.exitCode !== null) || outcomes.some((o) => o.result === null && o.exitCode !== null)) process.exitCode = 1;
}

await main();
