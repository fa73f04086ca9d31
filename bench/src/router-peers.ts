/**
 * Router vs peers (issue 8, item 1): the same deep nested query, the same subgraphs, the same
 * number of virtual users, through
 *   (a) our router (router/dist/main.js as deployed: NODE_ENV=production, no anonymous access, one worker process,
 *       each virtual user signs in as its own analyst and sends its own session token), with its
 *       in-flight deduplication of identical subgraph queries on (default) and off (ROUTER_DEDUPE=off),
 *   (b) a stock @apollo/gateway + @apollo/server with default settings,
 *   (c) Hive Gateway (runtime API, in its own process),
 *   (d) the subgraphs called directly: the floor, the exact subgraph requests the query plan makes,
 *       in the plan's order (sequence/parallel), with no gateway in between.
 * Every virtual user is a distinct caller, as 20 officials would be: the bench creates one analyst
 * account per virtual user (same office and role as the seeded analyst) through identity's
 * mutations, signed in as the seeded admin. Peers (b)-(d) get, per virtual user, the principal the
 * router would sign for that user, pre-signed in a header (as if an auth proxy stood in front of
 * them); they do no authentication, rights or limits work at all. So no gateway can share a
 * subgraph answer between virtual users (ours and Hive's deduplication key on the caller's headers).
 * Every process is separate: PostgreSQL, the four subgraphs, the gateway under test, and the
 * load generator (src/load.ts). Every response is checked to be the same and error-free first.
 *
 * Env: BENCH_VUS (default 20), BENCH_WARMUP_S (15), BENCH_DURATION_S (20), BENCH_ROUNDS (3: every target in
 * turn, then again, and again; see ROUNDS), BENCH_SIZE (small),
 * BENCH_OPERATORS (operators in the query, default 12), BENCH_CALLERS (distinct callers, default BENCH_VUS;
 * virtual user i is caller i mod BENCH_CALLERS), BENCH_TARGETS (floor,apollo,hive,router,router-nodedup),
 * BENCH_ROUTER_WORKERS (router processes, default 1: see startRouter), BENCH_ROUTER_NODE_ARGS (e.g. --cpu-prof), BENCH_PROBE=1
 * (times each subgraph request of the plan alone first), BENCH_SUBGRAPH_NODE_ARGS (node options of
 * the four subgraph processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"), BENCH_SUBGRAPH_NODE_ENV (their
 * NODE_ENV, default production as in the Docker image), BENCH_HOLD=<file> (set up, write the router's
 * environment, URL, body and callers' headers to the file, and keep everything running until SIGINT:
 * for experiments on a router started by hand).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import { PRINCIPAL_HEADER, signPrincipal, type Principal } from '@metrograph/kit';
import { sessionKey, verifySession } from '@metrograph/router';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '@metrograph/stack/databases';
import { seedDemo } from '@metrograph/stack/seed';
import { SUBGRAPHS } from '@metrograph/stack/subgraphs';
import { freePort } from '@metrograph/stack/ports';
import type { LoadPlan, LoadRequest, LoadResult, LoadSpec } from './load.js';
import { percentile, writeResult, type BenchRow } from './result.js';
import { cpuMs, cpuMsOfCommand } from './proc.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.dirname(fileURLToPath(import.meta.url));
const VUS = Number(process.env.BENCH_VUS ?? 20);
// 15 s: a gateway process measured a second time answered ~20 % more after 5 s of warm-up (JIT, per-caller caches)
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 15);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 20);
/**
 * Rounds over all targets (BENCH_ROUNDS, default 3); a target's figures pool its rounds. Three since
 * 2026-11-24 02:20: with two, one slow minute of the shared machine could still move a ratio by a fifth.
 */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const SIZE = process.env.BENCH_SIZE ?? 'small';
const OPERATORS = Number(process.env.BENCH_OPERATORS ?? 12);
const CALLERS = Math.max(1, Number(process.env.BENCH_CALLERS ?? VUS));
const TARGETS = (process.env.BENCH_TARGETS ?? 'floor,apollo,hive,router,router-nodedup').split(',').map((s) => s.trim());
const DEMO_PASSWORD = 'Metrograph-2569';
/** The password the bench's analysts choose at their first sign-in (they must change the admin's). */
const CALLER_PASSWORD = 'Bench-Analyst-2570!';
const ROUTER = 'router';
const ROUTER_NO_DEDUP = 'router, no in-flight dedup';

/**
 * The shape of the public federation gateway benchmark (users → reviews → product → …), on our
 * graph: operators → their complaints → respondent → instruments → province, with fragments.
 * Only stored fields: nothing that depends on the clock, so every response is byte-identical.
 */
export const DEEP_QUERY = /* GraphQL */ `
  query OperatorsDeep($first: Int!) {
    operators(first: $first, orderBy: [{ field: REGISTRATION_NO, direction: ASC }]) {
      totalCount
      edges {
        cursor
        node {
          ...OperatorCard
          province { ...ProvinceCard }
          complaints(first: 5) {
            totalCount
            edges {
              node {
                ...ComplaintCard
                province { ...ProvinceCard }
                respondent {
                  ...OperatorCard
                  instruments(first: 5) {
                    totalCount
                    edges { node { ...InstrumentCard province { ...ProvinceCard } } }
                  }
                }
              }
            }
          }
          instruments(first: 5) {
            totalCount
            edges { node { ...InstrumentCard owner { id nameTh } province { ...ProvinceCard } } }
          }
        }
      }
    }
  }
  fragment OperatorCard on Operator { id registrationNo kind taxId nameTh nameEn responsiblePerson phone email address status registeredAt }
  fragment ProvinceCard on Province { code isoCode nameTh nameEn region { code nameTh nameEn } }
  fragment ComplaintCard on Complaint { id referenceNo receivedAt channel respondentName placeName subject status }
  fragment InstrumentCard on Instrument { id instrumentNo type brand model serialNo capacity resolution unit sealNo certificateNo certificateExpiresOn placeName }
`;

const say = (message: string) => process.stderr.write(`router-peers: ${message}\n`);


async function waitForHealth(name: string, url: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

const children: ChildProcess[] = [];
function launch(script: string, env: Record<string, string>, stdout: 'pipe' | 'ignore' = 'ignore', nodeArgs: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, script], { cwd: ROOT, env: { ...process.env, METROGRAPH_QUIET: '1', ...env }, stdio: ['ignore', stdout, 'inherit'] });
  children.push(child);
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
}

/** Starts a peer gateway script that prints {"listening": url} on its first line. */
async function startPeer(script: string, env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = launch(script, env, 'pipe');
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${path.basename(script)} exited with code ${code}`)));
    let buffered = '';
    child.stdout!.on('data', (d: Buffer) => {
      buffered += d.toString();
      const line = buffered.split('\n')[0];
      if (buffered.includes('\n')) resolve(JSON.parse(line).listening);
    });
  });
  return { url, child };
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, text: await response.text() };
}

/** Same JSON regardless of key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'metrograph-load-'));
  const file = path.join(dir, 'spec.json');
  writeFileSync(file, JSON.stringify(spec));
  const child = spawn(process.execPath, [path.join(DIST, 'load.js'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`load generator exited with code ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').pop()!));
    });
  });
}

/**
 * The floor: records the subgraph requests a stock gateway makes for the query (in-process, once)
 * and the plan's structure, so the load generator can replay exactly those requests in order.
 */
async function recordSubgraphFetches(supergraphSdl: string, principalHeader: () => string, variables: Record<string, unknown>) {
  const recorded: { service: string; url: string; body: string; response: string }[] = [];
  let plan: QueryPlan | null = null;
  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_didResolveQueryPlan: ({ queryPlan }) => {
      plan = queryPlan;
    },
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest({ request }) {
          request.http?.headers.set(PRINCIPAL_HEADER, principalHeader());
        },
        fetcher: (async (target: string, init: { body: string; headers: Record<string, string> }) => {
          const response = await fetch(target, init as RequestInit);
          const text = await response.text();
          recorded.push({ service: name, url: target, body: init.body, response: text });
          return new Response(text, { status: response.status, headers: response.headers });
        }) as never,
      }),
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  try {
    const result = await server.executeOperation({ query: DEEP_QUERY, variables });
    if (result.body.kind !== 'single' || result.body.singleResult.errors) throw new Error(`stock gateway (recording) failed: ${JSON.stringify(result.body)}`);
  } finally {
    await server.stop();
  }
  if (!plan) throw new Error('no query plan was reported');
  const used = new Set<number>();
  const requests: LoadRequest[] = [];
  const toLoadPlan = (node: PlanNode): LoadPlan => {
    switch (node.kind) {
      case 'Sequence':
        return { seq: node.nodes.map(toLoadPlan) };
      case 'Parallel':
        return { par: node.nodes.map(toLoadPlan) };
      case 'Flatten':
        return toLoadPlan(node.node);
      case 'Fetch': {
        const index = recorded.findIndex((r, i) => !used.has(i) && r.service === node.serviceName && JSON.parse(r.body).query === node.operation);
        if (index < 0) throw new Error(`no recorded request for the fetch from ${node.serviceName}`);
        used.add(index);
        const r = recorded[index];
        requests.push({ url: r.url, headers: {}, body: r.body, expectedBytes: Buffer.byteLength(r.response) });
        return { fetch: requests.length - 1 };
      }
      default:
        throw new Error(`plan node ${node.kind} is not replayed`);
    }
  };
  const loadPlan = toLoadPlan((plan as QueryPlan).node as PlanNode);
  return { requests, plan: loadPlan, recorded: requests.map((r) => recorded.find((x) => x.body === r.body)!), fetches: recorded.length };
}

interface Measured {
  name: string;
  result: LoadResult;
  /** CPU ms the gateway process(es) used per answered query while measured (noise-robust on a shared machine). */
  cpuPerQuery?: number;
  /** CPU ms the four subgraph processes used together per answered query while measured. */
  subgraphCpuPerQuery?: number;
  /** CPU ms PostgreSQL (server and backends) used per answered query while measured. */
  postgresCpuPerQuery: number;
  /** CPU ms the load generator used per answered query. */
  loadCpuPerQuery: number;
}

/** ms per answered query, to a tenth. */
/** To a tenth. */
const tenth = (n: number) => Math.round(n * 10) / 10;
const perQuery = (ms: number, answered: number) => tenth(ms / Math.max(1, answered));

async function main(): Promise<void> {
  const dbName = `metrograph_bench_peers_${process.pid}`;
  const databaseUrl = await createDatabase(LOCAL_POSTGRES, dbName);
  const signingSecret = randomBytes(24).toString('base64url');
  const sessionSecret = randomBytes(32).toString('base64url');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'metrograph-peers-'));
  const measured: Measured[] = [];
  const notes: string[] = [];
  try {
    const seeded = Date.now();
    await seedDemo(databaseUrl, { size: SIZE, seed: 'bench', anchor: new Date('2026-11-01T03:00:00Z'), reset: true });
    // planner statistics and a vacuumed heap (visibility map, hint bits) for the freshly loaded
    // tables, as a database in service has them from autovacuum — which this machine's PostgreSQL
    // runs without (autovacuum = off in its CI configuration), so nothing else would do it; without
    // statistics PostgreSQL estimated 228 operators where there are 1,500
    execFileSync('psql', [databaseUrl, '-qc', 'vacuum analyze']);
    say(`seeded ${SIZE} in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);

    // the four subgraphs, each its own process, as npm start runs them
    const urls: Record<string, string> = {};
    const subgraphEnv: Record<string, string> = {};
    const subgraphPids: Record<string, number> = {};
    const subgraphNodeArgs = (process.env.BENCH_SUBGRAPH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    for (const definition of SUBGRAPHS) {
      const port = await freePort();
      urls[definition.name] = `http://127.0.0.1:${port}/graphql`;
      subgraphEnv[`SUBGRAPH_${definition.name.toUpperCase()}_URL`] = urls[definition.name];
      const child = launch(path.join(ROOT, 'subgraphs', definition.name, 'dist', 'main.js'), {
        DATABASE_URL: databaseUrl,
        ROUTER_SIGNING_SECRET: signingSecret,
        SESSION_SECRET: sessionSecret,
        PORT: String(port),
        DB_POOL_MAX: '10',
        INQUIRY_INTERVAL_SECONDS: '0',
        // as the Docker image runs every service (and as the router runs here): graphql-js and
        // Express skip their development-only checks
        NODE_ENV: process.env.BENCH_SUBGRAPH_NODE_ENV ?? 'production',
      }, 'ignore', subgraphNodeArgs);
      subgraphPids[definition.name] = child.pid!;
      await waitForHealth(definition.name, urls[definition.name].replace(/\/graphql$/, '/health'), child);
    }
    // the checked-in supergraph, pointed at these subgraphs
    let supergraphSdl = readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
    for (const [name, url] of Object.entries(urls)) {
      supergraphSdl = supergraphSdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${url}"`);
    }
    const supergraphFile = path.join(tmp, 'supergraph.graphql');
    writeFileSync(supergraphFile, supergraphSdl);

    // our router, as deployed; ROUTER_DEDUPE=off for the row without in-flight deduplication
    const startRouter = async (env: Record<string, string>) => {
      const port = await freePort();
      const child = launch(path.join(ROOT, 'router', 'dist', 'main.js'), {
        ...subgraphEnv,
        NODE_ENV: 'production',
        ANONYMOUS_ACCESS: 'none',
        PORT: String(port),
        SUPERGRAPH_PATH: supergraphFile,
        ROUTER_SIGNING_SECRET: signingSecret,
        SESSION_SECRET: sessionSecret,
        DATABASE_URL: databaseUrl,
        REDIS_URL: '',
        // one process, as the stock gateway and Hive run: on 2 cores shared with the subgraphs and
        // PostgreSQL a second worker only adds its own warm-up and caches (measured 2026-11-23:
        // 1 worker 85.2 req/s at 4.6 CPU ms per query, 2 workers 83.9 req/s at 6.0)
        ROUTER_WORKERS: process.env.BENCH_ROUTER_WORKERS ?? '1',
        ...env,
        // BENCH_ROUTER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the router under load
      }, 'ignore', (process.env.BENCH_ROUTER_NODE_ARGS ?? '').split(' ').filter(Boolean));
      await waitForHealth('router', `http://127.0.0.1:${port}/health`, child);
      return { url: `http://127.0.0.1:${port}/graphql`, child };
    };
    const router = await startRouter({});
    const routerUrl = router.url;

    // real callers: the seeded admin creates one analyst per virtual user (same office and role as
    // the seeded analyst); each changes the admin's first password, which signs them in
    const graphql = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const answer = await post(routerUrl, JSON.stringify({ query, variables }), headers);
      const json = JSON.parse(answer.text);
      if (answer.status !== 200 || json.errors) throw new Error(`router answered ${answer.status}: ${answer.text.slice(0, 500)}`);
      return json.data;
    };
    const signIn = async (username: string, password: string) => {
      const { signIn: payload } = await graphql(`mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { message } } }`, { input: { username, password } });
      if (!payload.token) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(payload.userErrors)}`);
      return payload.token as string;
    };
    const principalOf = async (token: string) => {
      const { issuedAt: _issuedAt, ...principal } = await verifySession(token, sessionKey(sessionSecret, signingSecret));
      return principal as Principal;
    };
    const seededAnalyst = await principalOf(await signIn('analyst', DEMO_PASSWORD));
    const adminToken = await signIn('admin', DEMO_PASSWORD);
    const created = Date.now();
    const callers: { username: string; token: string; principal: Principal }[] = [];
    for (let i = 1; i <= CALLERS; i++) {
      const username = `bench.analyst${String(i).padStart(2, '0')}`;
      const firstPassword = `Bench-First-${randomBytes(6).toString('hex')}`;
      const { createUser } = await graphql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { message } } }`,
        { input: { username, displayName: `นักวิเคราะห์ทดสอบ ${i}`, officeCode: seededAnalyst.officeCode ?? 'HQ', roleCodes: seededAnalyst.roles, initialPassword: firstPassword } },
        { authorization: `Bearer ${adminToken}` },
      );
      if (!createUser.user) throw new Error(`creating ${username} failed: ${JSON.stringify(createUser.userErrors)}`);
      const { changePassword } = await graphql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token userErrors { message } } }`, {
        input: { username, currentPassword: firstPassword, newPassword: CALLER_PASSWORD },
      });
      if (!changePassword.token) throw new Error(`first sign-in of ${username} failed: ${JSON.stringify(changePassword.userErrors)}`);
      const principal = await principalOf(changePassword.token);
      // the same rights and area as the seeded analyst: only who they are differs
      const { id: _id, name: _name, ...rights } = principal;
      const { id: _aid, name: _aname, ...analystRights } = seededAnalyst;
      if (canonical(rights) !== canonical(analystRights)) throw new Error(`${username} has other rights than the seeded analyst: ${JSON.stringify(principal)}`);
      callers.push({ username, token: changePassword.token, principal });
    }
    say(`${CALLERS} analysts created and signed in in ${((Date.now() - created) / 1000).toFixed(1)} s (virtual user i is ${callers[0].username.replace(/\d+$/, '')}<i mod ${CALLERS} + 1>)`);
    /** Each caller's session token, for the router. */
    const routerHeaders = () => callers.map((c) => ({ authorization: `Bearer ${c.token}` }));
    /** Each caller's principal as the router would sign it now, for the peers. */
    const signedHeaders = () => callers.map((c) => ({ [PRINCIPAL_HEADER]: signPrincipal(c.principal, signingSecret) }));

    const variables = { first: OPERATORS };
    const body = JSON.stringify({ query: DEEP_QUERY, variables });
    const reference = await post(routerUrl, body, routerHeaders()[0]);
    const parsed = JSON.parse(reference.text);
    if (reference.status !== 200 || parsed.errors) throw new Error(`router answered ${reference.status}: ${reference.text.slice(0, 500)}`);
    const expected = canonical(parsed.data);
    const edges = parsed.data.operators.edges as { node: { complaints: { edges: unknown[] }; instruments: { edges: unknown[] } } }[];
    const complaints = edges.reduce((n, e) => n + (e.node.complaints?.edges.length ?? 0), 0);
    say(`response ${(Buffer.byteLength(reference.text) / 1024).toFixed(1)} KB: ${edges.length} operators, ${complaints} complaints`);
    if (process.env.BENCH_HOLD) {
      // for experiments on the router alone: everything it needs, then wait until interrupted
      const routerEnv = { ...subgraphEnv, NODE_ENV: 'production', ANONYMOUS_ACCESS: 'none', SUPERGRAPH_PATH: supergraphFile, ROUTER_SIGNING_SECRET: signingSecret, SESSION_SECRET: sessionSecret, DATABASE_URL: databaseUrl, REDIS_URL: '' };
      writeFileSync(process.env.BENCH_HOLD, JSON.stringify({ routerUrl, routerEnv, body, routerHeaders: routerHeaders(), signedHeaders: signedHeaders(), bytes: Buffer.byteLength(reference.text) }, null, 2));
      say(`holding: setup written to ${process.env.BENCH_HOLD}; interrupt (SIGINT) to stop and drop the database`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      return;
    }
    notes.push(
      `Query: operators(first: ${OPERATORS}) → province, complaints(first: 5) → province, respondent → instruments(first: 5) → province; instruments(first: 5) → owner, province; 4 fragments. Response ${(Buffer.byteLength(reference.text) / 1024).toFixed(1)} KB (${edges.length} operators, ${complaints} complaints), demo data "${SIZE}".`,
    );
    notes.push(
      `${CALLERS} distinct callers: one analyst account per virtual user (same office and role as the seeded analyst), each with its own session token at the router and its own signed principal at the peers, so no gateway shares a subgraph answer between virtual users.`,
    );

    /** CPU ms each subgraph process has used so far. */
    const subgraphCpu = () => Object.fromEntries(Object.entries(subgraphPids).map(([name, pid]) => [name, cpuMs(pid)]));

    /**
     * One round of a target, set up (started, its answers verified) for that round: `load` is the
     * load to put on it, `pid` the gateway process whose CPU is counted, `stop` ends what it started.
     */
    interface Target {
      name: string;
      pid?: number;
      load: LoadSpec;
      stop(): Promise<void>;
    }
    /** Checks every caller's answer of a gateway is the router's answer; its load from then on. */
    const gatewayTarget = async (name: string, url: string, headers: () => Record<string, string>[], pid: number, stop: () => Promise<void> = async () => {}): Promise<Target> => {
      const callerHeaders = headers();
      let bytes = 0;
      for (const [i, h] of callerHeaders.entries()) {
        const answer = await post(url, body, h);
        const json = JSON.parse(answer.text);
        if (answer.status !== 200 || json.errors) throw new Error(`${name} answered ${callers[i].username} ${answer.status}: ${answer.text.slice(0, 500)}`);
        if (canonical(json.data) !== expected) throw new Error(`${name} answered ${callers[i].username} different data than the router`);
        if (i > 0 && Buffer.byteLength(answer.text) !== bytes) throw new Error(`${name} answered ${callers[i].username} ${Buffer.byteLength(answer.text)} bytes, ${callers[0].username} ${bytes}`);
        bytes = Buffer.byteLength(answer.text);
      }
      say(`${name}: response verified for all ${callerHeaders.length} callers (${bytes} bytes)`);
      const load: LoadSpec = {
        vus: VUS,
        warmupSeconds: WARMUP_S,
        durationSeconds: DURATION_S,
        requests: [{ url, headers: {}, body, expectedBytes: bytes }],
        plan: { fetch: 0 },
        callers: callerHeaders,
      };
      return { name, pid, load, stop };
    };
    const setUp = async (target: string): Promise<Target> => {
      if (target === 'router') return gatewayTarget(ROUTER, routerUrl, routerHeaders, router.child.pid!);
      if (target === 'router-nodedup') {
        // a second router, the same but for ROUTER_DEDUPE=off; the sessions are valid there too
        const plain = await startRouter({ ROUTER_DEDUPE: 'off' });
        return gatewayTarget(ROUTER_NO_DEDUP, plain.url, routerHeaders, plain.child.pid!, () => stopChild(plain.child));
      }
      if (target === 'apollo' || target === 'hive') {
        const peer = await startPeer(path.join(DIST, 'peers', target === 'apollo' ? 'apollo-gateway.js' : 'hive-gateway.js'), peerEnv);
        return gatewayTarget(target === 'apollo' ? 'stock @apollo/gateway' : 'Hive Gateway', peer.url, signedHeaders, peer.child.pid!, () => stopChild(peer.child));
      }
      if (target === 'floor') {
        const floor = await recordSubgraphFetches(supergraphSdl, () => signedHeaders()[0][PRINCIPAL_HEADER], variables);
        // replayed once per caller and compared before timing
        const floorCallers = signedHeaders();
        for (const [c, h] of floorCallers.entries()) {
          for (const [i, r] of floor.requests.entries()) {
            const answer = await post(r.url, r.body, h);
            if (answer.status !== 200 || JSON.parse(answer.text).errors || answer.text !== floor.recorded[i].response) throw new Error(`subgraph request ${i} answered ${callers[c].username} differently on replay`);
          }
        }
        if (process.env.BENCH_PROBE) {
          // one caller, one request at a time: where the time of one query goes
          for (const [i, r] of floor.requests.entries()) {
            const times: number[] = [];
            for (let k = 0; k < 7; k++) {
              const started = performance.now();
              await post(r.url, r.body, floorCallers[0]);
              times.push(performance.now() - started);
            }
            times.sort((a, b) => a - b);
            say(`probe: fetch ${i} ${r.url} ${JSON.parse(r.body).query.slice(0, 80).replace(/\s+/g, ' ')}… median ${times[3].toFixed(1)} ms, ${(floor.recorded[i].response.length / 1024).toFixed(1)} KB`);
          }
        }
        say(`subgraphs directly: ${floor.requests.length} subgraph requests per query (plan replayed, answers verified for all ${floorCallers.length} callers)`);
        if (!pooled.has(target)) notes.push(`Floor: the ${floor.requests.length} subgraph requests of the query plan, replayed in the plan's sequence/parallel order by the load generator (no gateway, no merging).`);
        return {
          name: 'subgraphs directly (floor)',
          load: { vus: VUS, warmupSeconds: WARMUP_S, durationSeconds: DURATION_S, requests: floor.requests, plan: floor.plan, callers: floorCallers },
          stop: async () => {},
        };
      }
      throw new Error(`unknown target "${target}" (floor, apollo, hive, router, router-nodedup)`);
    };

    /** Each target's rounds so far, pooled. */
    interface Pooled {
      name: string;
      pid: boolean;
      answered: number;
      seconds: number;
      latencies: number[];
      errors: number;
      firstError: string | null;
      bytes: number;
      gatewayCpu: number;
      subgraphCpu: Record<string, number>;
      postgresCpu: number;
      loadCpu: number;
    }
    const peerEnv = { SUPERGRAPH_FILE: supergraphFile, NODE_ENV: 'production' };
    const pooled = new Map<string, Pooled>();
    // Rounds: every target in turn, then again, so a change in the shared machine's background load
    // during the run falls on all of them alike. Each round starts a peer afresh (an idle one would
    // still use the cores while the others are measured), signs its callers anew, warms it up.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const key of TARGETS) {
        const target = await setUp(key);
        let entry = pooled.get(key);
        if (!entry) {
          entry = { name: target.name, pid: target.pid !== undefined, answered: 0, seconds: 0, latencies: [], errors: 0, firstError: null, bytes: 0, gatewayCpu: 0, subgraphCpu: {}, postgresCpu: 0, loadCpu: 0 };
          pooled.set(key, entry);
        }
        try {
          const gatewayBefore = target.pid ? cpuMs(target.pid) : 0;
          const subgraphsBefore = subgraphCpu();
          const postgresBefore = cpuMsOfCommand('postgres');
          const result = await runLoad(target.load);
          // CPU over every query answered while the generator ran, warm-up included
          const gatewayUsed = target.pid ? cpuMs(target.pid) - gatewayBefore : 0;
          entry.gatewayCpu += gatewayUsed;
          const subgraphsAfter = subgraphCpu();
          let subgraphsUsed = 0;
          for (const name of Object.keys(subgraphsAfter)) {
            entry.subgraphCpu[name] = (entry.subgraphCpu[name] ?? 0) + subgraphsAfter[name] - subgraphsBefore[name];
            subgraphsUsed += subgraphsAfter[name] - subgraphsBefore[name];
          }
          const postgresUsed = cpuMsOfCommand('postgres') - postgresBefore;
          entry.postgresCpu += postgresUsed;
          entry.loadCpu += result.cpuMs;
          entry.answered += result.answered;
          entry.seconds += result.seconds;
          entry.latencies.push(...result.latencies);
          entry.errors += result.errors;
          entry.firstError ??= result.firstError;
          entry.bytes += result.bytes * result.iterations;
          say(`${target.name}, round ${round}/${ROUNDS} (${WARMUP_S} s warm-up, ${DURATION_S} s at ${VUS} virtual users): ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.errors} errors${result.firstError ? ` (${result.firstError})` : ''}; CPU ms per query: gateway ${target.pid ? perQuery(gatewayUsed, result.answered) : '–'}, subgraphs ${perQuery(subgraphsUsed, result.answered)}, PostgreSQL ${perQuery(postgresUsed, result.answered)}`);
        } finally {
          await target.stop();
        }
      }
    }
    for (const entry of pooled.values()) {
      const latencies = entry.latencies.sort((a, b) => a - b);
      const result: LoadResult = {
        iterations: latencies.length,
        answered: entry.answered,
        errors: entry.errors,
        firstError: entry.firstError,
        rps: tenth(latencies.length / entry.seconds),
        p50: tenth(percentile(latencies, 50)),
        p95: tenth(percentile(latencies, 95)),
        p99: tenth(percentile(latencies, 99)),
        max: latencies.at(-1) ?? NaN,
        bytes: Math.round(entry.bytes / Math.max(1, latencies.length)),
        cpuMs: entry.loadCpu,
        seconds: entry.seconds,
        latencies: [],
      };
      const per = Object.fromEntries(Object.entries(entry.subgraphCpu).map(([name, ms]) => [name, perQuery(ms, entry.answered)]));
      const subgraphTotal = tenth(Object.values(per).reduce((a, b) => a + b, 0));
      const cpuPerQuery = entry.pid ? perQuery(entry.gatewayCpu, entry.answered) : undefined;
      const postgresCpuPerQuery = perQuery(entry.postgresCpu, entry.answered);
      const loadCpuPerQuery = perQuery(entry.loadCpu, entry.answered);
      say(`${entry.name}, ${ROUNDS} rounds pooled: ${result.rps} req/s, p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms${cpuPerQuery !== undefined ? `, ~${cpuPerQuery} CPU ms per query` : ''}`);
      say(`${entry.name}: subgraph CPU ms per query ${Object.entries(per).map(([n, v]) => `${n} ${v}`).join(', ')}; all four ${subgraphTotal}; PostgreSQL ${postgresCpuPerQuery}, load generator ${loadCpuPerQuery}`);
      measured.push({ name: entry.name, result, cpuPerQuery, subgraphCpuPerQuery: subgraphTotal, postgresCpuPerQuery, loadCpuPerQuery });
    }
    await stopChild(router.child);
  } finally {
    for (const child of children) await stopChild(child);
    await dropDatabase(LOCAL_POSTGRES, dbName);
    rmSync(tmp, { recursive: true, force: true });
  }

  // figures
  const stockRow = measured.find((m) => m.name === 'stock @apollo/gateway');
  const oursRow = measured.find((m) => m.name === ROUTER);
  const stock = stockRow?.result;
  const hive = measured.find((m) => m.name === 'Hive Gateway')?.result;
  const ours = oursRow?.result;
  const ratio = (a: number, b: number | undefined) => (b ? Math.round((a / b) * 100) / 100 : NaN);
  console.log(`\nRouter vs peers: ${VUS} virtual users, ${ROUNDS} rounds of ${WARMUP_S} s warm-up and ${DURATION_S} s measured per target, ${os.cpus().length} cores\n`);
  console.log('| target | req/s | p50 ms | p95 ms | p99 ms | errors | RPS vs stock | p95 vs stock | CPU ms/query: gateway | subgraphs | PostgreSQL | load generator | all |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { name, result, cpuPerQuery, subgraphCpuPerQuery, postgresCpuPerQuery, loadCpuPerQuery } of measured) {
    const all = tenth((cpuPerQuery ?? 0) + (subgraphCpuPerQuery ?? 0) + postgresCpuPerQuery + loadCpuPerQuery);
    console.log(`| ${name} | ${result.rps} | ${result.p50} | ${result.p95} | ${result.p99} | ${result.errors} | ${ratio(result.rps, stock?.rps)}× | ${ratio(result.p95, stock?.p95)}× | ${cpuPerQuery ?? '–'} | ${subgraphCpuPerQuery ?? '–'} | ${postgresCpuPerQuery} | ${loadCpuPerQuery} | ${all} |`);
  }
  const rows: BenchRow[] = [];
  for (const { name, result, cpuPerQuery, subgraphCpuPerQuery, postgresCpuPerQuery, loadCpuPerQuery } of measured) {
    rows.push({ measure: `${name}: throughput`, value: result.rps, unit: 'req/s' });
    if (cpuPerQuery !== undefined) rows.push({ measure: `${name}: gateway CPU per query`, value: cpuPerQuery, unit: 'ms' });
    if (subgraphCpuPerQuery !== undefined) rows.push({ measure: `${name}: subgraphs' CPU per query`, value: subgraphCpuPerQuery, unit: 'ms' });
    rows.push({ measure: `${name}: PostgreSQL's CPU per query`, value: postgresCpuPerQuery, unit: 'ms' });
    rows.push({ measure: `${name}: load generator's CPU per query`, value: loadCpuPerQuery, unit: 'ms' });
    rows.push({ measure: `${name}: p50 / p95 / p99`, value: `${result.p50} / ${result.p95} / ${result.p99}`, unit: 'ms' });
    if (result.errors) rows.push({ measure: `${name}: errors`, value: result.errors, unit: 'responses' });
  }
  if (ours && stock) {
    const rpsRatio = ratio(ours.rps, stock.rps);
    const p95Ratio = ratio(ours.p95, stock.p95);
    rows.push({ measure: 'router RPS ÷ stock @apollo/gateway RPS', value: rpsRatio, unit: '×', target: '≥ 3×', met: rpsRatio >= 3 });
    rows.push({ measure: 'router p95 ÷ stock @apollo/gateway p95', value: p95Ratio, unit: '×', target: '≤ 0.5×', met: p95Ratio <= 0.5 });
  }
  const oursCpu = oursRow?.cpuPerQuery;
  const stockCpu = stockRow?.cpuPerQuery;
  // the gateway's own cost: queries per CPU-second it can answer, which shared cores do not blur
  if (oursCpu && stockCpu) rows.push({ measure: 'gateway CPU per query: stock @apollo/gateway ÷ router (queries per CPU-second, router vs stock)', value: ratio(stockCpu, oursCpu), unit: '×' });
  if (ours && hive) {
    const hiveRatio = ratio(ours.rps, hive.rps);
    rows.push({ measure: 'router RPS ÷ Hive Gateway RPS', value: hiveRatio, unit: '×', target: '≥ 1×', met: hiveRatio >= 1 });
  }
  const plain = measured.find((m) => m.name === ROUTER_NO_DEDUP)?.result;
  if (ours && plain) rows.push({ measure: 'router RPS ÷ router without in-flight dedup RPS', value: ratio(ours.rps, plain.rps), unit: '×' });
  const floor = measured.find((m) => m.name.startsWith('subgraphs directly'))?.result;
  if (ours && floor) rows.push({ measure: 'router RPS ÷ floor (subgraphs directly) RPS', value: ratio(ours.rps, floor.rps), unit: '×' });
  // what the subgraphs alone allow on these shared cores: a gateway asking for what stock asks cannot beat it
  if (floor && stock) rows.push({ measure: "floor (stock's subgraph requests, no gateway) RPS ÷ stock @apollo/gateway RPS", value: ratio(floor.rps, stock.rps), unit: '×' });
  notes.push(`${VUS} virtual users, load generator in its own process; PostgreSQL, the four subgraphs and the gateway under test share the machine's ${os.cpus().length} cores. ${ROUNDS} rounds: every target in turn (started afresh, ${WARMUP_S} s warm-up, ${DURATION_S} s measured), then all again, so drift in the shared machine's background load falls on all alike; each target's figures pool its rounds (requests answered ÷ seconds measured, percentiles over all its measured requests).`);
  const failed = measured.filter((m) => m.result.errors > 0);
  if (failed.length) notes.push(`Errors under load: ${failed.map((m) => `${m.name} ${m.result.errors} (${m.result.firstError})`).join('; ')}.`);
  writeResult({ title: 'Router vs peers (deep nested query)', rows, notes });
  for (const note of notes) console.log(`- ${note}`);
}

if (!process.env.BENCH_HOLD) {
  process.once('SIGINT', () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(130);
  });
}
await main();
