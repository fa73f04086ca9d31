import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import type { Principal } from '@metrograph/kit';
import { createGateway, type RouterContext } from '../gateway.js';
import { DEEP_QUERY_FOR_TESTS, SUBGRAPHS, SUPERGRAPH, fakeSubgraph, type FakeOptions } from './fake-subgraphs.fixture.js';

/**
 * Differential tests: the same operations through the lean executor and through Apollo's, over
 * the real supergraph (schema/supergraph.graphql) and fake subgraph servers that answer any
 * operation on their real SDL with deterministic data (derived from each object's key, so an
 * entity has the same fields whichever subgraph or depth asks), some nulls, and errors on demand.
 */

const principal: Principal = { kind: 'user', id: 'u1', name: 'analyst', officeCode: null, roles: ['analyst'], provinceCodes: null, rights: {} };

interface Pair {
  lean: ApolloServer<RouterContext>;
  apollo: ApolloServer<RouterContext>;
  requests: string[];
  leanRequests: string[];
  stop(): Promise<void>;
}

async function startPair(options: Partial<FakeOptions> = {}): Promise<Pair> {
  const fakeOptions: FakeOptions = { failing: options.failing ?? new Set(), down: options.down ?? new Set(), ids: options.ids, onRequest: options.onRequest };
  const requests: string[] = [];
  const fakes = await Promise.all(SUBGRAPHS.map((name) => fakeSubgraph(name, fakeOptions, requests)));
  const urls = Object.fromEntries(SUBGRAPHS.map((name, i) => [name, fakes[i].url]));
  const leanRequests: string[] = [];
  const lean = new ApolloServer<RouterContext>({
    gateway: createGateway(SUPERGRAPH, 'secret', urls, { mode: 'lean', onSubgraphRequest: (service) => leanRequests.push(service) }),
    includeStacktraceInErrorResponses: false,
  });
  const apollo = new ApolloServer<RouterContext>({ gateway: createGateway(SUPERGRAPH, 'secret', urls, { mode: 'apollo' }), includeStacktraceInErrorResponses: false });
  await Promise.all([lean.start(), apollo.start()]);
  return {
    lean,
    apollo,
    requests,
    leanRequests,
    async stop() {
      await Promise.all([lean.stop(), apollo.stop()]);
      await Promise.all(fakes.map((f) => f.close()));
    },
  };
}

async function run(server: ApolloServer<RouterContext>, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables }, { contextValue: { requestId: 'test', principal } });
  if (response.body.kind !== 'single') throw new Error('not a single result');
  return response.body.singleResult;
}

/** Errors in a stable order (parallel fetches may finish in any order). */
function normalized(result: { data?: unknown; errors?: readonly unknown[]; extensions?: unknown }) {
  const errors = result.errors?.map((e) => JSON.stringify(e)).sort();
  return JSON.stringify({ data: result.data, errors, extensions: result.extensions });
}

const OPERATIONS: [string, string, Record<string, unknown>?][] = [
  ['deep benchmark query (fragments, nested entities)', DEEP_QUERY_FOR_TESTS, { first: 6 }],
  [
    'aliases, __typename, inline fragments, repeated fields',
    `query A { a: operators(first: 3) { edges { node { __typename t: __typename id ... on Operator { nameTh province { code } } province { nameTh region { code } } } } }
      b: operators(first: 2) { totalCount edges { node { id nameTh instruments(first: 2) { edges { node { id owner { nameEn } province { nameEn } } } } } } } }`,
  ],
  [
    '@skip/@include with variables and defaults',
    `query S($withProvince: Boolean!, $skipCount: Boolean = true) { operators(first: 4) { totalCount @skip(if: $skipCount) edges { node { id province @include(if: $withProvince) { nameTh } complaints(first: 2) @include(if: $withProvince) { edges { node { id province { nameEn } } } } } } } }`,
    { withProvince: true },
  ],
  [
    '@skip/@include turned off',
    `query S($withProvince: Boolean!, $skipCount: Boolean = true) { operators(first: 4) { totalCount @skip(if: $skipCount) edges { node { id province @include(if: $withProvince) { nameTh } } } } }`,
    { withProvince: false, skipCount: false },
  ],
  ['root fields of two subgraphs', `{ regions { code nameTh provinces { code nameEn } } operators(first: 2) { edges { cursor node { id } } } }`],
  [
    'aliases named like Object.prototype properties (the shaper builds plain objects)',
    `{ operators(first: 3) { edges { node { toString: id constructor: nameTh hasOwnProperty: province { valueOf: code isPrototypeOf: nameEn } id province { code } } } } }`,
  ],
  ['an alias named __proto__ (runs through Apollo)', `{ operators(first: 2) { edges { node { __proto__: id nameTh } } } }`],
];

describe('lean executor: same answers as Apollo executor', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair();
  });
  afterAll(async () => {
    await pair?.stop();
  });

  for (const [name, query, variables] of OPERATIONS) {
    it(name, async () => {
      const [lean, apollo] = await Promise.all([run(pair.lean, query, variables), run(pair.apollo, query, variables)]);
      expect(apollo.data).toBeTruthy();
      expect(normalized(lean)).toBe(normalized(apollo));
    });
  }

  it('rejects bad variables as Apollo does', async () => {
    const query = `query Q($first: Int!) { operators(first: $first) { totalCount } }`;
    const [lean, apollo] = await Promise.all([run(pair.lean, query, { first: 'many' }), run(pair.apollo, query, { first: 'many' })]);
    expect(lean.errors?.[0]?.message).toMatch(/first/);
    expect(normalized(lean)).toBe(normalized(apollo));
  });

  it('asks the subgraphs 4 times for the deep benchmark query where Apollo asks 7 times', async () => {
    pair.requests.length = 0;
    pair.leanRequests.length = 0;
    await run(pair.apollo, DEEP_QUERY_FOR_TESTS, { first: 12 });
    const apolloCount = pair.requests.length;
    pair.requests.length = 0;
    await run(pair.lean, DEEP_QUERY_FOR_TESTS, { first: 12 });
    expect(apolloCount).toBe(7);
    expect(pair.requests.length).toBe(4);
    expect(pair.leanRequests).toEqual(['registry', 'complaints', 'registry', 'identity']);
    expect(pair.requests.filter((r) => r.startsWith('identity')).length).toBe(1);
  });
});

describe('lean executor: entities fetched earlier in the request are not fetched again', () => {
  it('copies respondents that the first registry request returned as operators, and asks registry only for the others', async () => {
    // 3 ids: some respondents are among the listed operators, some are not
    const pair = await startPair({ ids: 3 });
    try {
      const [lean, apollo] = await Promise.all([run(pair.lean, DEEP_QUERY_FOR_TESTS, { first: 12 }), run(pair.apollo, DEEP_QUERY_FOR_TESTS, { first: 12 })]);
      expect(normalized(lean)).toBe(normalized(apollo));
    } finally {
      await pair.stop();
    }
  });

  it('sends no request when every entity was fetched earlier', async () => {
    // one id: every operator, respondent included, is the same entity
    const pair = await startPair({ ids: 1 });
    try {
      const apollo = await run(pair.apollo, DEEP_QUERY_FOR_TESTS, { first: 12 });
      pair.leanRequests.length = 0;
      const lean = await run(pair.lean, DEEP_QUERY_FOR_TESTS, { first: 12 });
      expect(JSON.stringify(apollo.data)).toContain('"respondent":{"id":"I0"');
      expect(normalized(lean)).toBe(normalized(apollo));
      expect(pair.leanRequests).toEqual(['registry', 'complaints', 'identity']);
    } finally {
      await pair.stop();
    }
  });

  it('asks the subgraph again when the earlier fetch answered with errors, so they are reported at the entities too', async () => {
    const pair = await startPair({ ids: 1, failing: new Set(['Operator.taxId']) });
    try {
      const apollo = await run(pair.apollo, DEEP_QUERY_FOR_TESTS, { first: 12 });
      pair.leanRequests.length = 0;
      const lean = await run(pair.lean, DEEP_QUERY_FOR_TESTS, { first: 12 });
      expect(apollo.errors?.some((e) => e.path?.includes('respondent'))).toBe(true);
      expect(normalized(lean)).toBe(normalized(apollo));
      expect(pair.leanRequests).toEqual(['registry', 'complaints', 'registry', 'identity']);
    } finally {
      await pair.stop();
    }
  });

  it('does not copy when the arguments differ', async () => {
    const pair = await startPair({ ids: 1 });
    try {
      const query = `{ operators(first: 3) { edges { node { id nameTh instruments(first: 2) { edges { node { id } } } complaints(first: 2) { edges { node { respondent { nameTh instruments(first: 3) { edges { node { id brand } } } } } } } } } } }`;
      const apollo = await run(pair.apollo, query);
      pair.leanRequests.length = 0;
      const lean = await run(pair.lean, query);
      expect(normalized(lean)).toBe(normalized(apollo));
      expect(pair.leanRequests).toEqual(['registry', 'complaints', 'registry']);
    } finally {
      await pair.stop();
    }
  });
});

describe('lean executor: entity fetches of one subgraph with the same selection share one list', () => {
  it('sends each province once for operators, complaints and instruments, and answers as Apollo does', async () => {
    const identityLists: unknown[][] = [];
    const pair = await startPair({
      ids: 3,
      onRequest: (name, body) => {
        if (name === 'identity') identityLists.push(...Object.values(body.variables ?? {}).filter((v): v is unknown[] => Array.isArray(v)));
      },
    });
    try {
      const apollo = await run(pair.apollo, DEEP_QUERY_FOR_TESTS, { first: 12 });
      const apolloLists = identityLists.splice(0);
      const lean = await run(pair.lean, DEEP_QUERY_FOR_TESTS, { first: 12 });
      expect(normalized(lean)).toBe(normalized(apollo));
      // Apollo asks identity for provinces in four fetches; the lean executor in one request, one list
      expect(apolloLists.length).toBe(4);
      expect(identityLists.length).toBe(1);
      const sent = identityLists[0].map((r) => JSON.stringify(r));
      expect(new Set(sent).size).toBe(sent.length);
      expect(new Set(sent)).toEqual(new Set(apolloLists.flat().map((r) => JSON.stringify(r))));
      expect(sent.length).toBeLessThan(apolloLists.reduce((n, list) => n + list.length, 0));
    } finally {
      await pair.stop();
    }
  });

  it('reports an error of a shared entity at its path in every fetch that asked for it', async () => {
    const pair = await startPair({ ids: 3, failing: new Set(['Province.nameTh']) });
    try {
      const [lean, apollo] = await Promise.all([run(pair.lean, DEEP_QUERY_FOR_TESTS, { first: 12 }), run(pair.apollo, DEEP_QUERY_FOR_TESTS, { first: 12 })]);
      const paths = (lean.errors ?? []).map((e) => e.path?.join('.') ?? '');
      expect(paths.some((p) => p.includes('complaints') && p.endsWith('province.nameTh'))).toBe(true);
      expect(paths.some((p) => /^operators\.edges\.\d+\.node\.province\.nameTh$/.test(p))).toBe(true);
      expect(normalized(lean)).toBe(normalized(apollo));
    } finally {
      await pair.stop();
    }
  });
});

describe('lean executor: errors', () => {
  it('puts subgraph errors at the paths of the entities that failed, with partial data, as Apollo does', async () => {
    const pair = await startPair({ failing: new Set(['Operator.complaints', 'Province.nameTh', 'Instrument.brand']) });
    try {
      const query = `query E { operators(first: 8) { edges { node { id nameTh province { code nameTh } complaints(first: 3) { edges { node { id } } } instruments(first: 3) { edges { node { id brand province { nameTh } } } } } } } }`;
      const [lean, apollo] = await Promise.all([run(pair.lean, query), run(pair.apollo, query)]);
      expect(apollo.errors?.length).toBeGreaterThan(0);
      expect(lean.errors?.some((e) => e.path?.includes('complaints'))).toBe(true);
      expect(lean.errors?.some((e) => e.extensions?.serviceName === 'identity' && e.path?.at(-1) === 'nameTh')).toBe(true);
      expect(normalized(lean)).toBe(normalized(apollo));
    } finally {
      await pair.stop();
    }
  });

  it('a subgraph that is down gives partial data and SUBGRAPH_UNAVAILABLE naming it', async () => {
    const pair = await startPair({ down: new Set(['identity']) });
    try {
      const query = `{ operators(first: 3) { edges { node { id nameTh province { nameTh } } } } }`;
      const [lean, apollo] = await Promise.all([run(pair.lean, query), run(pair.apollo, query)]);
      expect(lean.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(lean.errors?.[0]?.message).toMatch(/identity service is unavailable/);
      expect(normalized(lean)).toBe(normalized(apollo));
    } finally {
      await pair.stop();
    }
  });
});
