import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepAliveFetcher } from './subgraph-http.js';

let server: http.Server;
let served = 0;
let url: string;
const sockets = new Set<unknown>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    sockets.add(req.socket);
    served++;
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end(JSON.stringify({ data: { echo: JSON.parse(body), method: req.method, principal: req.headers['x-metrograph-principal'] ?? null } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the router\'s HTTP client to subgraphs', () => {
  it('posts the body with its headers and returns status, headers and JSON', async () => {
    const fetcher = keepAliveFetcher();
    const response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-metrograph-principal': 'signed' }, body: JSON.stringify({ query: '{ ทดสอบ }' }) });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ data: { echo: { query: '{ ทดสอบ }' }, method: 'POST', principal: 'signed' } });
  });

  it('keeps the connection open between fetches', async () => {
    const fetcher = keepAliveFetcher();
    sockets.clear();
    for (let i = 0; i < 5; i++) await (await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).text();
    expect(sockets.size).toBe(1);
  });

  it('rejects with the socket error code when the subgraph is down, as fetch does', async () => {
    const fetcher = keepAliveFetcher();
    await expect(fetcher('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('sends identical concurrent queries of the same caller once, and never shares across callers or for mutations', async () => {
    const fetcher = keepAliveFetcher();
    const post = (principal: string, query: string, requestId: string) =>
      fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-metrograph-principal': principal, 'x-request-id': requestId }, body: JSON.stringify({ query }) });
    served = 0;
    const same = await Promise.all([post('alice', 'query A { a }', '1'), post('alice', 'query A { a }', '2'), post('alice', 'query A { a }', '3')]);
    expect(served).toBe(1);
    for (const response of same) expect((await response.json()).data.principal).toBe('alice');
    served = 0;
    await Promise.all([post('alice', 'query A { a }', '1'), post('bob', 'query A { a }', '2')]);
    expect(served).toBe(2);
    served = 0;
    await Promise.all([post('alice', 'mutation M { m }', '1'), post('alice', 'mutation M { m }', '2')]);
    expect(served).toBe(2);
    served = 0;
    await post('alice', 'query A { a }', '1');
    await post('alice', 'query A { a }', '2');
    expect(served).toBe(2);
  });
});
