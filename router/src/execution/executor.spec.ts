import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  buildASTSchema,
  execute,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
} from 'graphql';
import type { Principal } from '@metrograph/kit';
import { createGateway, type RouterContext } from '../gateway.js';

/**
 * Differential tests: the same operations through the lean executor and through Apollo's, over
 * the real supergraph (schema/supergraph.graphql) and fake subgraph servers that answer any
 * operation on their real SDL with deterministic data (derived from each object's key, so an
 * entity has the same fields whichever subgraph or depth asks), some nulls, and errors on demand.
 */

const ROOT = new URL('../../../', import.meta.url);
const SUPERGRAPH = readFileSync(new URL('schema/supergraph.graphql', ROOT), 'utf8');
const SUBGRAPHS = ['identity', 'registry', 'complaints', 'payments'];
/** The benchmark's deep query (bench/src/router-peers.ts DEEP_QUERY), read from its source. */
const DEEP_QUERY_FOR_TESTS = (() => {
  const source = readFileSync(new URL('bench/src/router-peers.ts', ROOT), 'utf8');
  const start = source.indexOf('/* GraphQL */ `', source.indexOf('export const DEEP_QUERY')) + '/* GraphQL */ `'.length;
  return source.slice(start, source.indexOf('`;', start));
})();

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface FakeOptions {
  /** `Type.field` names that fail (GraphQL error) on about half of their objects. */
  failing: Set<string>;
  /** Subgraphs that refuse connections. */
  down: Set<string>;
}

/** A subgraph answering from its SDL: each field's value derives from the object's key and the field name. */
function fakeSubgraph(name: string, options: FakeOptions, requests: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const sdl = readFileSync(new URL(`schema/${name}.graphql`, ROOT), 'utf8');
  const document = parse(sdl);
  const entities = document.definitions
    .filter((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.directives?.some((x) => x.name.value === 'key'))
    .map((d) => (d as { name: { value: string } }).name.value);
  const extra = parse(`scalar _Any\nunion _Entity = ${[...new Set(entities)].join(' | ')}\nextend type Query { _entities(representations: [_Any!]!): [_Entity]! }`);
  const schema = buildASTSchema({ kind: Kind.DOCUMENT, definitions: [...document.definitions, ...extra.definitions] } as DocumentNode, { assumeValidSDL: true });

  const keyOf = (object: Record<string, any>): string => String(object.id ?? object.code ?? object.__seed);
  const valueFor = (type: GraphQLOutputType, seed: string, fieldName: string): unknown => {
    const h = hash(seed);
    if (!isNonNullType(type) && h % 11 === 0) return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) return Array.from({ length: 2 + (h % 3) }, (_, i) => valueFor(nullable.ofType, `${seed}[${i}]`, fieldName));
    const named = getNamedType(type);
    if (isObjectType(named)) return { __typename: named.name, __seed: seed };
    if (isEnumType(named)) return named.getValues()[h % named.getValues().length].value;
    if (isScalarType(named)) {
      switch (named.name) {
        case 'ID':
          return fieldName === 'code' ? `C${h % 5}` : `I${h % 40}`;
        case 'Int':
        case 'SafeInt':
          return h % 1000;
        case 'Float':
          return (h % 1000) / 8;
        case 'Boolean':
          return h % 2 === 0;
        case 'DateTimeISO':
          return new Date(1_700_000_000_000 + (h % 1_000_000) * 1000).toISOString();
        case 'LocalDate':
          return `2026-0${1 + (h % 9)}-1${h % 10}`;
        case 'JSONObject':
          return { n: h % 10 };
        default:
          return `${fieldName}-${h % 97}`;
      }
    }
    return null;
  };
  const fieldResolver: GraphQLFieldResolver<any, unknown> = (source, args, _context, info) => {
    if (info.fieldName === '_entities') return (args.representations as Record<string, any>[]).map((r) => ({ ...r }));
    const parentKey = source && typeof source === 'object' ? `${info.parentType.name}:${keyOf(source)}` : 'root';
    if (source && Object.prototype.hasOwnProperty.call(source, info.fieldName)) return source[info.fieldName];
    if (options.failing.has(`${info.parentType.name}.${info.fieldName}`) && hash(parentKey) % 2 === 0) {
      throw new GraphQLError(`no access to ${info.fieldName} of ${parentKey}`, { extensions: { code: 'FORBIDDEN' } });
    }
    const value = valueFor(info.returnType, `${parentKey}.${info.fieldName}`, info.fieldName);
    if (info.fieldName === 'id' || info.fieldName === 'code') source[info.fieldName] = value;
    return value;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      requests.push(`${name}: ${body.query}`);
      const result = await execute({
        schema,
        document: parse(body.query),
        variableValues: body.variables,
        operationName: body.operationName,
        fieldResolver,
        typeResolver: (value: { __typename: string }) => value.__typename,
      });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${options.down.has(name) ? 1 : port}/graphql`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    }),
  );
}

const principal: Principal = { kind: 'user', id: 'u1', name: 'analyst', officeCode: null, roles: ['analyst'], provinceCodes: null, rights: {} };

interface Pair {
  lean: ApolloServer<RouterContext>;
  apollo: ApolloServer<RouterContext>;
  requests: string[];
  leanRequests: string[];
  stop(): Promise<void>;
}

async function startPair(options: Partial<FakeOptions> = {}): Promise<Pair> {
  const fakeOptions: FakeOptions = { failing: options.failing ?? new Set(), down: options.down ?? new Set() };
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
