import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { graphqlMiddleware } from './http-integration.js';

/** The router's Express integration answers byte for byte as @as-integrations/express5's. */
describe('the GraphQL HTTP integration', () => {
  let server: http.Server;
  let apollo: ApolloServer;
  let base = '';
  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: `type Query { greeting(name: String): String! places: [String!]! }`,
      resolvers: { Query: { greeting: (_: unknown, { name }: { name?: string }) => `สวัสดี ${name ?? 'ครับ'} "quoted" \u2028`, places: () => ['กรุงเทพมหานคร', 'เชียงใหม่', 'plain'] } },
      allowBatchedHttpRequests: true,
    });
    await apollo.start();
    const app = express();
    app.use('/theirs', express.json(), expressMiddleware(apollo));
    app.use('/ours', express.json(), graphqlMiddleware(apollo, { context: async () => ({}) }));
    server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await apollo.stop();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const answer = async (path: string, init: RequestInit) => {
    const response = await fetch(`${base}${path}`, init);
    const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'date'));
    return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()).toString('hex') };
  };

  const cases: [string, string, RequestInit][] = [
    ['POST', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ greeting places }' }) }],
    ['POST asking graphql-response+json', '', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: 'query G($n: String) { greeting(name: $n) }', variables: { n: 'โลก' } }) }],
    ['GET with a query string', '?query=%7B%20places%20%7D', { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }],
    ['GET with an empty query string', '?', { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }],
    ['a batch', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ places }' }, { query: '{ greeting }' }]) }],
    ['a validation error', '', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) }],
    ['a conditional GET', '?query=%7B%20places%20%7D', { method: 'GET', headers: { 'apollo-require-preflight': 'true', 'if-none-match': 'W/"0-x"' } }],
  ];
  for (const [name, search, init] of cases) {
    it(`answers ${name} as @as-integrations/express5 does`, async () => {
      const [ours, theirs] = [await answer(`/ours${search}`, init), await answer(`/theirs${search}`, init)];
      expect(ours).toEqual(theirs);
      expect(theirs.body.length).toBeGreaterThan(0);
    });
  }

  it('answers a conditional GET with the ETag it gave as the other integration does', async () => {
    const first = await fetch(`${base}/ours?query=%7B%20places%20%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\//);
    const init = { method: 'GET', headers: { 'apollo-require-preflight': 'true', 'if-none-match': etag } };
    expect(await answer('/ours?query=%7B%20places%20%7D', init)).toEqual(await answer('/theirs?query=%7B%20places%20%7D', init));
  });
});
