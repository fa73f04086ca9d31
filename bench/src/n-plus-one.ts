/**
 * N+1 figures: SQL statements per list request, 10 rows vs 100 rows, for the main list queries.
 * The measuring is the CI test's own (stack/test/n-plus-one.test.ts: the whole graph on a scratch
 * database, statements counted in every subgraph while serving the request); this bench runs that
 * test file and turns the lines it prints ("n+1 <list>: A statements for 10 rows, B for 100 rows")
 * into figures, so the report and the CI assertion can never measure different things.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResult, type BenchRow } from './result.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TEST = 'stack/test/n-plus-one.test.ts';

const output = await new Promise<{ code: number | null; text: string }>((resolve) => {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', TEST, '--reporter=verbose'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  child.once('exit', (code) => resolve({ code, text }));
});

const rows: BenchRow[] = [];
console.log('\nN+1: SQL statements per list request across all subgraphs\n');
console.log('| list | 10 rows | 100 rows | same |');
console.log('|---|---:|---:|:--:|');
for (const match of output.text.matchAll(/n\+1 (\w+): (\d+) statements for 10 rows, (\d+) for 100 rows/g)) {
  const [, list, ten, hundred] = match;
  const same = ten === hundred;
  console.log(`| ${list} | ${ten} | ${hundred} | ${same ? 'yes' : 'NO'} |`);
  rows.push({ measure: `${list}: statements for 10 rows / 100 rows`, value: `${ten} / ${hundred}`, unit: 'statements', target: '10 rows = 100 rows', met: same });
}
const notes = [`Measured by ${TEST} (the CI assertion), statements counted while serving GraphQL requests only (background jobs excluded).`];
if (output.code !== 0 || rows.length === 0) {
  notes.push(`The test run failed (exit ${output.code}): ${output.text.split('\n').filter((l) => /FAIL|Error|expected/.test(l)).slice(0, 5).join(' | ')}`);
  console.error(output.text.slice(-3000));
}
writeResult({ title: 'N+1-free lists', rows, notes });
process.exitCode = output.code === 0 && rows.length > 0 ? 0 : 1;
