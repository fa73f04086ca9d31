/**
 * The contract between every benchmark and the runner (`npm run bench`, `src/run.ts`).
 *
 * A bench script prints its own figures to stdout and, when the environment variable
 * `BENCH_RESULT=<path>` is set, also writes one JSON `BenchResult` to that path with
 * `writeResult()`. The runner starts each bench as its own child process with a fresh path,
 * reads the file afterwards and prints one table of all figures, targets and ratios.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One measured figure. */
export interface BenchRow {
  /** what was measured, e.g. "router RPS (50 VUs)" or "p95 level 2 (province)" */
  measure: string;
  /** the figure; a string when it is not a number (e.g. "13 = 13") */
  value: number | string;
  /** unit of `value`: "ms", "req/s", "s", "statements", "×", "" … */
  unit: string;
  /** the target as the issue states it, e.g. "≥ 3× stock gateway", "≤ 50 ms" */
  target?: string;
  /** whether the target was met (only with `target`) */
  met?: boolean;
}

/** What one benchmark reports. */
export interface BenchResult {
  /** the benchmark's title, e.g. "Router vs peers" */
  title: string;
  rows: BenchRow[];
  /** free-text remarks printed under the table (data sizes, caveats) */
  notes?: string[];
}

/** Writes `result` as JSON to `$BENCH_RESULT` when the runner asked for it; a no-op otherwise. Returns the path written, if any. */
export function writeResult(result: BenchResult): string | undefined {
  const target = process.env.BENCH_RESULT;
  if (!target) return undefined;
  mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  writeFileSync(target, JSON.stringify(result, null, 2) + '\n');
  return target;
}

/** Percentile of an ascending-sorted array (nearest rank); NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
