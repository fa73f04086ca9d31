/**
 * Load generator, run as its own process so it does not share an event loop with what it measures.
 *   node dist/load.js <spec.json>   → prints one JSON LoadResult on stdout
 * A fixed number of virtual users each run one "iteration" after another over keep-alive HTTP
 * connections: an iteration is a plan of POSTs (one request to a gateway, or the stages of subgraph
 * fetches a query plan makes, for the floor). Warm-up first (not counted), then a fixed duration.
 * A response counts as an error when its status is not 200 or its length differs from the length
 * of the verified response (the orchestrator checked its content before timing).
 * Callers: with `callers` (one set of headers per caller), virtual user i sends every request of its
 * iterations with callers[i % callers.length] on top of the request's own headers, so each virtual
 * user can be a different signed-in person, as 20 officials would be.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { percentile } from './result.js';

export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Byte length of the verified response (0: do not check). */
  expectedBytes: number;
}

/** How the requests of one iteration are ordered: one fetch, in sequence, or in parallel. */
export type LoadPlan = { fetch: number } | { seq: LoadPlan[] } | { par: LoadPlan[] };

export interface LoadSpec {
  vus: number;
  warmupSeconds: number;
  durationSeconds: number;
  requests: LoadRequest[];
  plan: LoadPlan;
  /** Headers of each distinct caller; virtual user i uses callers[i % callers.length]. None: every user sends only the requests' headers. */
  callers?: Record<string, string>[];
}

export interface LoadResult {
  iterations: number;
  /** Iterations answered including warm-up (what the server did while the generator ran). */
  answered: number;
  errors: number;
  firstError: string | null;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean response bytes per iteration. */
  bytes: number;
  /** CPU ms the load generator itself used, warm-up included. */
  cpuMs: number;
  /** Seconds measured (after the warm-up). */
  seconds: number;
  /** Every measured iteration's time in ms, to a tenth, sorted (rounds are pooled from them). */
  latencies: number[];
}

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadSpec;
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.vus * 4 });
/** The requests as sent by one caller (its headers over each request's own). */
const prepare = (caller: Record<string, string>) =>
  spec.requests.map((r) => {
    const url = new URL(r.url);
    const body = Buffer.from(r.body);
    return {
      options: { agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...r.headers, ...caller, 'content-type': 'application/json', 'content-length': String(body.length) } },
      body,
      expectedBytes: r.expectedBytes,
    };
  });
type Prepared = ReturnType<typeof prepare>;
const callers = (spec.callers?.length ? spec.callers : [{}]).map(prepare);

function send(prepared: Prepared, index: number): Promise<number> {
  const r = prepared[index];
  return new Promise((resolve, reject) => {
    const request = http.request(r.options, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode} from ${r.options.host}:${r.options.port}`));
        else if (r.expectedBytes && bytes !== r.expectedBytes) reject(new Error(`response of ${bytes} bytes, verified one had ${r.expectedBytes}`));
        else resolve(bytes);
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(r.body);
  });
}

async function run(prepared: Prepared, plan: LoadPlan): Promise<number> {
  if ('fetch' in plan) return send(prepared, plan.fetch);
  if ('par' in plan) return (await Promise.all(plan.par.map((step) => run(prepared, step)))).reduce((a, b) => a + b, 0);
  let bytes = 0;
  for (const step of plan.seq) bytes += await run(prepared, step);
  return bytes;
}

const latencies: number[] = [];
let errors = 0;
let answered = 0;
let firstError: string | null = null;
let bytes = 0;
let measuring = false;
const warmupEnds = Date.now() + spec.warmupSeconds * 1000;
const ends = warmupEnds + spec.durationSeconds * 1000;
let measuredFrom = 0;

async function virtualUser(index: number): Promise<void> {
  const prepared = callers[index % callers.length];
  while (Date.now() < ends) {
    const started = performance.now();
    const counted = measuring;
    try {
      const size = await run(prepared, spec.plan);
      answered++;
      if (counted && Date.now() <= ends) {
        latencies.push(performance.now() - started);
        bytes += size;
      }
    } catch (error) {
      if (counted) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  }
}

setTimeout(() => {
  measuring = true;
  measuredFrom = performance.now();
}, Math.max(0, warmupEnds - Date.now()));
await Promise.all(Array.from({ length: spec.vus }, (_, index) => virtualUser(index)));
const seconds = (performance.now() - measuredFrom) / 1000;
latencies.sort((a, b) => a - b);
const round = (n: number) => Math.round(n * 10) / 10;
const usage = process.cpuUsage();
const result: LoadResult = {
  iterations: latencies.length,
  answered,
  errors,
  firstError,
  rps: round(latencies.length / seconds),
  p50: round(percentile(latencies, 50)),
  p95: round(percentile(latencies, 95)),
  p99: round(percentile(latencies, 99)),
  max: round(latencies[latencies.length - 1] ?? NaN),
  bytes: Math.round(bytes / Math.max(1, latencies.length)),
  cpuMs: Math.round((usage.user + usage.system) / 1000),
  seconds,
  latencies: latencies.map(round),
};
process.stdout.write(JSON.stringify(result) + '\n');
agent.destroy();
