import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { gql } from 'graphql-tag';

import type { MikroORM } from '@mikro-orm/postgresql';
import { startSubgraphServer, type RunningService } from './server.js';
import { PRINCIPAL_HEADER, signPrincipal, type Principal } from './principal.js';
import { badInput } from './errors.js';

const SECRET = 'server-spec-secret-0123456789';
const schema = buildSubgraphSchema({
  typeDefs: gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
    type Query {
      greeting(name: String!): String!
      items(first: Int): [Item!]!
      broken: String
      refused: String
      caller: String
    }
    type Mutation {
      touch: Int!
    }
    type Item @key(fields: "id") {
      id: ID!
      label: String!
      price: Float
    }
  `,
  resolvers: {
    Query: {
      greeting: (_: unknown, { name }: { name: string }) => `สวัสดี ${name}`,
      items: (_: unknown, { first }: { first?: number }) => Array.from({ length: first ?? 2 }, (_, i) => ({ id: String(i), label: `ป้าย ${i}`, price: i / 2 })),
      broken: () => {
        throw new Error('database on fire');
      },
      refused: () => {
        throw badInput('refused', 'not today');
      },
      caller: (_: unknown, __: unknown, ctx: { principal: Principal; requestId: string }) => `${ctx.principal.name}`,
    },
    Mutation: { touch: () => 1 },
    Item: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, label: `ref ${ref.id}`, price: null }) },
  } as never,
});
// createContext only forks on first use of ctx.em, which these resolvers never make
const orm = { em: { fork: () => ({}) } } as unknown as MikroORM;
const principal: Principal = { kind: 'user', id: 'u1', name: 'tester', officeCode: null, roles: [], provinceCodes: null, rights: {} };

let direct: RunningService;
let apollo: RunningService;
beforeAll(async () => {
  direct = await startSubgraphServer({ name: 'spec', schema, orm, port: 0, signingSecret: SECRET });
  apollo = await startSubgraphServer({ name: 'spec', schema, orm, port: 0, signingSecret: SECRET, directQueries: false });
});
afterAll(async () => {
  await direct?.stop();
  await apollo?.stop();
});

async function call(service: RunningService, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: signPrincipal(principal, SECRET), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, contentType: response.headers.get('content-type'), cacheControl: response.headers.get('cache-control'), body: await response.text() };
}

const REQUESTS: [string, unknown, Record<string, string>?][] = [
  ['a query with variables', { query: 'query G($n: String!) { greeting(name: $n) }', variables: { n: 'โลก' } }],
  ['a list', { query: '{ items(first: 3) { id label price } }' }],
  ['one of two operations by name', { query: 'query A { greeting(name: "a") } query B { items { id } }', operationName: 'B' }],
  ['an _entities request', { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id label price } } }', variables: { r: [{ __typename: 'Item', id: '7' }] } }],
  ['an internal error, masked', { query: '{ broken greeting(name: "x") }' }],
  ['an input error, kept', { query: '{ refused caller }' }],
  ['a variable error', { query: 'query G($n: String!) { greeting(name: $n) }', variables: {} }],
  ['a validation error', { query: '{ nope }' }],
  ['a syntax error', { query: '{ greeting(' }],
  ['an unknown operation name', { query: 'query A { caller }', operationName: 'Z' }],
  ['a mutation', { query: 'mutation { touch }' }],
  ['an introspection query', { query: '{ __schema { queryType { name } } _service { sdl } }' }],
  ['accept application/json', { query: '{ caller }' }, { accept: 'application/json' }],
  ['accept graphql-response+json', { query: '{ caller }' }, { accept: 'application/graphql-response+json' }],
  ['a batch', [{ query: '{ caller }' }]],
];

describe('queries answered without the Apollo Server pipeline', () => {
  for (const [what, body, headers] of REQUESTS) {
    it(`answer ${what} as Apollo Server does`, async () => {
      const expected = await call(apollo, body, headers);
      const actual = await call(direct, body, headers);
      expect(actual).toEqual(expected);
    });
  }

  it('keep answering from the cached document, and mask internal errors', async () => {
    const first = await call(direct, { query: '{ broken }' });
    const again = await call(direct, { query: '{ broken }' });
    expect(again).toEqual(first);
    expect(JSON.parse(first.body).errors[0]).toMatchObject({ message: 'Internal error in the spec service', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('refuse unsigned requests', async () => {
    const response = await fetch(direct.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ caller }' }) });
    expect(response.status).toBe(401);
  });
});

