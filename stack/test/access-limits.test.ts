/**
 * Operation limits at the router: depth, aliases, root fields and estimated cost per caller kind,
 * batched operations counted one by one, introspection for analysts only. A refused operation
 * never reaches a subgraph: a counting proxy stands between the router and each subgraph.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningRouter } from '@metrograph/router';
import { postGraphql, postGraphqlRaw, signIn, startSignedRouter, startTestGraph, type TestGraph } from './testkit.js';

let graph: TestGraph;
let router: RunningRouter;
const proxies: http.Server[] = [];
let subgraphCalls = 0;

/**
 * Forwards to a subgraph and counts the operations it is asked to execute (the router's own
 * calls to identity to check a session are authentication, not execution: not counted).
 */
async function countingProxy(target: string): Promise<string> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    if (!/(query|mutation) Router(CheckSession|AuthenticateApiClient|RecordApiUsage)\b/.test(body)) subgraphCalls++;
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)) headers[k] = v;
    const response = await fetch(target, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
    res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxies.push(server);
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}/graphql`;
}

beforeAll(async () => {
  graph = await startTestGraph();
  const subgraphUrls: Record<string, string> = {};
  for (const [name, service] of Object.entries(graph.subgraphs)) subgraphUrls[name] = await countingProxy(service.url);
  router = await startSignedRouter(graph, { subgraphUrls });
});

afterAll(async () => {
  await router?.stop();
  for (const server of proxies) await new Promise((resolve) => server.close(resolve));
  await graph?.stop();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });

/** offices → servedProvinces → servedBy → servedProvinces → ... `levels` times. */
function depthBomb(levels: number): string {
  let inner = 'code';
  for (let i = 0; i < levels; i++) inner = `servedBy { servedProvinces { ${inner} } }`;
  return `{ offices(first: 1) { edges { node { servedProvinces { ${inner} } } } } }`;
}

function aliasBomb(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `p${i}: provinces(first: 1) { totalCount }`).join(' ')} }`;
}

describe('operation limits', () => {
  it('rejects a depth bomb before any subgraph is called, naming the limit', async () => {
    const official = await signIn(router.url, 'official1.b07');
    subgraphCalls = 0;
    const result = await postGraphqlRaw(router.url, { query: depthBomb(8) }, as(official));
    expect(subgraphCalls).toBe(0);
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'depth', maximum: 12 });
    expect(result.body.errors[0].message).toMatch(/nesting depth 21 exceeds the limit of 12 for user callers \(limit: depth\)/);
    // a reasonable depth goes through
    const fine = await postGraphql(router.url, depthBomb(1), undefined, as(official));
    expect(fine.errors).toBeUndefined();
    expect(subgraphCalls).toBeGreaterThan(0);
  });

  it('rejects an alias bomb, too many root fields and a costly query before any subgraph is called', async () => {
    const official = await signIn(router.url, 'official1.b07');
    subgraphCalls = 0;
    const aliases = await postGraphql(router.url, aliasBomb(200), undefined, as(official));
    expect(aliases.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'aliases', actual: 200, maximum: 30 });
    const anonymousRoots = await postGraphql(router.url, `{ a: provinces(first: 1) { totalCount } b: regions { code } c: offices(first: 1) { totalCount } d: viewer { kind } e: province(code: "10") { code } f: office(code: "HQ") { code } }`);
    expect(anonymousRoots.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'rootFields', maximum: 5 });
    const costly = await postGraphql(
      router.url,
      `{ complaints(first: 100) { edges { node { id province { code nameTh region { code nameTh } } respondent { nameTh instruments(first: 100) { edges { node { instrumentNo type province { nameTh } owner { nameTh } } } } } } } } }`,
      undefined,
      as(official),
    );
    expect(costly.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'cost', maximum: 20_000 });
    expect(costly.errors?.[0].message).toMatch(/estimated cost \d+ exceeds/);
    expect(subgraphCalls).toBe(0);
  });

  it('counts each operation of a batch on its own, and caps the batch size', async () => {
    const official = await signIn(router.url, 'official1.b07');
    subgraphCalls = 0;
    const batch = await postGraphqlRaw(router.url, [{ query: `{ provinces(first: 1) { totalCount } }` }, { query: aliasBomb(31) }, { query: `{ viewer { name } }` }], as(official));
    // one HTTP response for the batch (its status is that of the refused operation), one result per operation
    expect(batch.body).toHaveLength(3);
    expect(batch.body[0].data.provinces.totalCount).toBe(77);
    expect(batch.body[1].errors[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'aliases' });
    expect(batch.body[2].data.viewer.name).toBe('official1.b07');
    expect(batch.body[1].data).toBeUndefined();
    const tooMany = await postGraphqlRaw(router.url, Array.from({ length: 11 }, () => ({ query: `{ viewer { name } }` })), as(official));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'batchSize', maximum: 10 });
  });

  it('answers introspection for analysts only, from their view of the schema', async () => {
    const official = await signIn(router.url, 'official1.b07');
    const refused = await postGraphql(router.url, `{ __schema { queryType { name } } }`, undefined, as(official));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' });
    const analyst = await signIn(router.url, 'analyst');
    subgraphCalls = 0;
    const allowed = await postGraphql(router.url, `query IntrospectionQuery { __schema { queryType { name } types { name kind } } }`, undefined, as(analyst));
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data.__schema.queryType.name).toBe('Query');
    expect(allowed.data.__schema.types.map((t: any) => t.name)).toContain('Complaint');
    expect(subgraphCalls).toBe(0);
    const mixed = await postGraphql(router.url, `{ __schema { queryType { name } } provinces(first: 1) { totalCount } }`, undefined, as(analyst));
    expect(mixed.errors?.[0].message).toMatch(/operation of its own/);
  });
});
