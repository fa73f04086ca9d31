import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessLevel, type Principal } from '@metrograph/kit';
import { startRouter, type RunningRouter } from '../server.js';
import { FUNCTIONS } from '../access/functions.js';
import { DEEP_QUERY_FOR_TESTS, SUBGRAPHS, SUPERGRAPH, fakeSubgraph, type FakeOptions } from './fake-subgraphs.fixture.js';

/**
 * The direct path (direct.ts) answers as Apollo Server does: two routers over the same fake
 * subgraphs, one with the direct path and one without, get the same requests, and every answer's
 * status, headers and bytes must be the same. Also checks which requests the direct path took.
 */

/** An analyst who may view every function (the views are the access plugin's, not under test here). */
const ANALYST: Principal = { kind: 'user', id: 'u1', name: 'analyst', officeCode: null, roles: ['ANALYST'], provinceCodes: null, rights: Object.fromEntries(FUNCTIONS.map((fn) => [fn, AccessLevel.VIEW])) };
const ANONYMOUS: Principal = { kind: 'anonymous', id: null, name: 'anonymous', officeCode: null, roles: [], provinceCodes: [], rights: {} };
/** The test's callers, chosen by the x-test-caller header (the router's own authenticator is not under test). */
const authenticate = async (request: IncomingMessage): Promise<Principal> => {
  const caller = request.headers['x-test-caller'];
  if (caller === 'anonymous') return ANONYMOUS;
  if (caller === 'officer') return { ...ANALYST, id: 'u2', name: 'officer', roles: ['OFFICER'] };
  return ANALYST;
};

interface Routers {
  direct: RunningRouter;
  apollo: RunningRouter;
  stop(): Promise<void>;
}

async function startRouters(options: Partial<FakeOptions> = {}): Promise<Routers> {
  const fakeOptions: FakeOptions = { failing: options.failing ?? new Set(), down: options.down ?? new Set() };
  const fakes = await Promise.all(SUBGRAPHS.map((name) => fakeSubgraph(name, fakeOptions, [])));
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name, i) => [name, fakes[i].url]));
  const common = { supergraphSdl: SUPERGRAPH, subgraphUrls, port: 0, signingSecret: 'direct-path-test-secret', authenticate, usageFlushMs: 60_000 };
  const [direct, apollo] = await Promise.all([startRouter({ ...common, directQueries: true }), startRouter({ ...common, directQueries: false })]);
  return {
    direct,
    apollo,
    async stop() {
      await Promise.all([direct.stop(), apollo.stop()]);
      await Promise.all(fakes.map((f) => f.close()));
    },
  };
}

/** What a client sees of an answer: status, headers (but the date), and the body's bytes. */
async function send(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const seen = [...response.headers].filter(([name]) => name !== 'date').sort(([a], [b]) => a.localeCompare(b));
  return { status: response.status, headers: seen, body: Buffer.from(await response.arrayBuffer()).toString('base64') };
}

/** Sends a request to both routers; expects the same answer, and says whether the direct path took it. */
async function compare(routers: Routers, body: unknown, headers: Record<string, string> = {}): Promise<{ direct: boolean; status: number; text: string }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const before = routers.direct.directAnswers();
  const [viaDirect, viaApollo] = await Promise.all([send(routers.direct.url, text, headers), send(routers.apollo.url, text, headers)]);
  expect(viaDirect).toEqual(viaApollo);
  expect(routers.apollo.directAnswers()).toBe(0);
  return { direct: routers.direct.directAnswers() > before, status: viaDirect.status, text: Buffer.from(viaDirect.body, 'base64').toString('utf8') };
}

const URQL_ACCEPT = 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';

describe('router direct path: the same answers as Apollo Server', () => {
  let routers: Routers;
  beforeAll(async () => {
    routers = await startRouters({ failing: new Set(['Instrument.brand']) });
  });
  afterAll(async () => {
    await routers?.stop();
  });

  it('answers the deep benchmark query itself, byte for byte as Apollo Server', async () => {
    const answer = await compare(routers, { query: DEEP_QUERY_FOR_TESTS, variables: { first: 12 } });
    expect(answer).toMatchObject({ direct: true, status: 200 });
    expect(JSON.parse(answer.text).data.operators.edges.length).toBeGreaterThan(0);
  });

  it('writes answers straight from the subgraphs as Apollo Server shapes them: aliases, __typename, repeated fields, fragments, prototype names', async () => {
    for (const query of [
      `query A { a: operators(first: 3) { edges { node { __typename t: __typename id ... on Operator { nameTh province { code } } province { nameTh region { code } } } } }
        b: operators(first: 2) { totalCount edges { node { id nameTh instruments(first: 2) { edges { node { id owner { nameEn } province { nameEn } } } } } } } }`,
      `{ regions { code nameTh provinces { code nameEn } } operators(first: 2) { edges { cursor node { id } } } }`,
      `{ operators(first: 3) { edges { node { toString: id constructor: nameTh hasOwnProperty: province { valueOf: code isPrototypeOf: nameEn } id province { code } } } } }`,
      `query F { operators(first: 4) { ...Page edges { node { ...Card province { ...Place } } } } }
        fragment Page on OperatorConnection { totalCount edges { cursor node { id } } }
        fragment Card on Operator { id nameTh province { code } }
        fragment Place on Province { nameEn region { nameTh } }`,
    ]) {
      expect(await compare(routers, { query })).toMatchObject({ direct: true, status: 200 });
    }
  });

  it('chooses the content type from the accept header as Apollo Server does', async () => {
    const body = { query: '{ regions { code nameTh } }' };
    for (const accept of [URQL_ACCEPT, 'application/json', '*/*', 'application/graphql-response+json', 'application/json;q=0.5, application/graphql-response+json']) {
      expect(await compare(routers, body, { accept })).toMatchObject({ direct: true, status: 200 });
    }
    // nothing acceptable: Apollo Server answers 406
    expect(await compare(routers, body, { accept: 'text/html' })).toMatchObject({ direct: false, status: 406 });
  });

  it('answers named operations with variables and defaults itself; @skip/@include as Apollo Server', async () => {
    const query = `query A($n: Int!, $m: Int = 2) { operators(first: $n) { totalCount edges { node { id complaints(first: $m) { totalCount } } } } }
      query S($withProvince: Boolean!, $skipCount: Boolean = true) { operators(first: 4) { totalCount @skip(if: $skipCount) edges { node { id province @include(if: $withProvince) { nameTh } } } } }`;
    expect(await compare(routers, { query, operationName: 'A', variables: { n: 3 } })).toMatchObject({ direct: true, status: 200 });
    expect(await compare(routers, { query, operationName: 'A', variables: { n: 3, m: 1 } })).toMatchObject({ direct: true, status: 200 });
    // conditions in the query plan run through Apollo's executor, and so through Apollo Server
    expect(await compare(routers, { query, operationName: 'S', variables: { withProvince: true } })).toMatchObject({ status: 200 });
    expect(await compare(routers, { query, operationName: 'S', variables: { withProvince: false, skipCount: false } })).toMatchObject({ status: 200 });
  });

  it('reads null variables, operation name and extensions as absent, and answers a query of __typename alone', async () => {
    expect(await compare(routers, { query: '{ regions { code } }', variables: null, operationName: null, extensions: null })).toMatchObject({ direct: true, status: 200 });
    expect(await compare(routers, { query: '{ __typename }' })).toMatchObject({ status: 200 });
    expect(await compare(routers, { query: '{ regions { code } }' }, { 'content-type': 'application/json; charset=utf-8' })).toMatchObject({ direct: true, status: 200 });
  });

  it('formats subgraph errors with partial data as Apollo Server does', async () => {
    const answer = await compare(routers, { query: '{ operators(first: 8) { edges { node { id instruments(first: 3) { edges { node { id brand } } } } } } }' });
    expect(answer.direct).toBe(true);
    const json = JSON.parse(answer.text);
    expect(json.errors?.length).toBeGreaterThan(0);
    expect(json.data).toBeTruthy();
  });

  it('leaves everything else to Apollo Server: bad requests, refusals, mutations, introspection, batches', async () => {
    const cases: [unknown, Record<string, string>?][] = [
      [{ query: '{ nope }' }],
      [{ query: '{ regions { code ' }],
      ['{"query": 12}'],
      [{ query: 'query A { regions { code } } query B { regions { nameTh } }' }],
      [{ query: 'query A { regions { code } }', operationName: 'Missing' }],
      [{ query: 'query Q($n: Int!) { operators(first: $n) { totalCount } }', variables: { n: 'many' } }],
      [{ query: 'query Q($n: Int!) { operators(first: $n) { totalCount } }', variables: '{"n":1}' }],
      [{ query: '{ regions { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }],
      [{ query: '{ __schema { queryType { name } } }' }],
      // deeper than an officer's limit
      [{ query: DEEP_QUERY_FOR_TESTS, variables: { first: 12 } }, { 'x-test-caller': 'officer' }],
      [{ query: '{ operators(first: 2) { totalCount } }' }, { 'x-test-caller': 'anonymous' }],
      [[{ query: '{ regions { code } }' }, { query: '{ provinces(first: 1) { totalCount } }' }]],
      [{ query: 'mutation { __typename }' }],
    ];
    for (const [body, headers] of cases) {
      const answer = await compare(routers, body, headers);
      expect(answer.direct, JSON.stringify(body)).toBe(false);
    }
  });
});

describe('router direct path: a subgraph down', () => {
  it('answers partial data and SUBGRAPH_UNAVAILABLE as Apollo Server does', async () => {
    const routers = await startRouters({ down: new Set(['identity']) });
    try {
      const answer = await compare(routers, { query: '{ operators(first: 3) { edges { node { id nameTh province { nameTh } } } } }' });
      expect(answer.direct).toBe(true);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
    } finally {
      await routers.stop();
    }
  });
});
