/**
 * Test kit: the whole graph against the machine's real PostgreSQL, in one process.
 * A fresh database per run (dropped afterwards), migrations and deterministic demo data,
 * every subgraph on its own port, the router composed from the subgraphs' current code.
 */
import { randomBytes } from 'node:crypto';
import { PRINCIPAL_HEADER, PostgresEventBus, signPrincipal, startSubgraph, systemPrincipal, type EventBus, type Principal, type RunningSubgraph } from '@metrograph/kit';
import { openAccess, startRouter, type RunningRouter } from '@metrograph/router';
import { SUBGRAPHS } from '../src/subgraphs.js';
import { composeSupergraph, currentSubgraphSdls } from '../src/schema.js';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '../src/databases.js';
import { seedDemo } from '../src/seed.js';

/** The anchor day of test data: fixed, so runs are repeatable. */
export const TEST_ANCHOR = new Date('2026-11-01T03:00:00Z');

export interface GraphResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestGraph {
  databaseUrl: string;
  routerUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  /** The secret the router signs principals with (to test subgraphs directly). */
  signingSecret: string;
  router: RunningRouter;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphResponse<T>>;
  /** Calls one subgraph directly, signed as the router would sign `principal`. */
  subgraphQuery<T = any>(name: string, query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphResponse<T>>;
  /** Stops one subgraph (to see how the router copes). */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function postGraphql<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphResponse<T>;
}

export async function startTestGraph(options: { size?: string } = {}): Promise<TestGraph> {
  const databaseName = `metrograph_test_${process.pid}_${Date.now().toString(36)}`;
  const databaseUrl = await createDatabase(LOCAL_POSTGRES, databaseName);
  const subgraphs: Record<string, RunningSubgraph> = {};
  let router: RunningRouter | null = null;
  let routerBus: EventBus | null = null;
  const stopped = new Set<string>();
  const signingSecret = randomBytes(24).toString('base64url');
  // Identity issues sessions and routers verify them with this key (one per test process).
  process.env.SESSION_SECRET ??= randomBytes(32).toString('base64url');
  const stopAll = async () => {
    if (router) await router.stop();
    if (routerBus) await routerBus.close();
    for (const [name, service] of Object.entries(subgraphs)) if (!stopped.has(name)) await service.stop();
    await dropDatabase(LOCAL_POSTGRES, databaseName);
  };
  try {
    await seedDemo(databaseUrl, { size: options.size ?? 'tiny', seed: 'test', anchor: TEST_ANCHOR, reset: true });
    for (const definition of SUBGRAPHS) {
      subgraphs[definition.name] = await startSubgraph(definition, { databaseUrl, port: 0, poolMax: 4, signingSecret });
    }
    const { supergraphSdl } = composeSupergraph(SUBGRAPHS, await currentSubgraphSdls(SUBGRAPHS));
    routerBus = new PostgresEventBus(databaseUrl, 20);
    router = await startRouter({
      supergraphSdl,
      port: 0,
      bus: routerBus,
      signingSecret,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      sessionSecret: process.env.SESSION_SECRET,
      // The default test router lets everyone do everything, as before sign-in existed; tests of
      // sign-in, rights, quotas and limits use startSignedRouter (the router as deployed).
      authenticate: openAccess,
    });
  } catch (error) {
    await stopAll();
    throw error;
  }
  const routerUrl = router.url;
  return {
    databaseUrl,
    routerUrl,
    subgraphs,
    signingSecret,
    router: router!,
    query: (query, variables) => postGraphql(routerUrl, query, variables),
    subgraphQuery: (name, query, variables, principal = systemPrincipal('test')) =>
      postGraphql(subgraphs[name].url, query, variables, { [PRINCIPAL_HEADER]: signPrincipal(principal, signingSecret) }),
    async stopSubgraph(name) {
      await subgraphs[name].stop();
      stopped.add(name);
    },
    stop: stopAll,
  };
}

/** The password of every seeded demo user. */
export const DEMO_PASSWORD = 'Metrograph-2569';

/** Signs in through the router and returns the session token; throws with the userErrors when refused. */
export async function signIn(routerUrl: string, username: string, password: string = DEMO_PASSWORD): Promise<string> {
  const result = await postGraphql(
    routerUrl,
    `mutation($input: SignInInput!) { signIn(input: $input) { token userErrors { code message } } }`,
    { input: { username, password } },
  );
  const token = result.data?.signIn?.token;
  if (!token) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(result.errors ?? result.data?.signIn?.userErrors)}`);
  return token;
}

/** POSTs a GraphQL request (or a batch) with headers and returns the HTTP status with the body. */
export async function postGraphqlRaw(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/**
 * A router over the same subgraphs as deployed: sessions, API keys, rights, limits, quotas (anonymous
 * callers see public reference data only), with options to override (quota store, caches, subgraph
 * URLs). Stop it before the graph.
 */
export async function startSignedRouter(graph: TestGraph, options: Partial<Parameters<typeof startRouter>[0]> = {}): Promise<RunningRouter> {
  const definitions = SUBGRAPHS.filter((d) => graph.subgraphs[d.name]);
  const { supergraphSdl } = composeSupergraph(definitions, await currentSubgraphSdls(definitions));
  return startRouter({
    supergraphSdl,
    port: 0,
    signingSecret: graph.signingSecret,
    sessionSecret: process.env.SESSION_SECRET,
    subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([name, s]) => [name, s.url])),
    ...options,
  });
}
