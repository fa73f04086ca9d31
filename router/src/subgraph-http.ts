import http from 'node:http';
import https from 'node:https';
import { urlToHttpOptions } from 'node:url';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** A subgraph's answer, read whole: what RemoteGraphQLDataSource needs of a fetch Response, nothing more. */
class SubgraphResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;
  readonly headers: FetcherResponse['headers'];

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    rawHeaders: http.IncomingHttpHeaders,
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    const headers = new Map<string, string>();
    for (const [name, value] of Object.entries(rawHeaders)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    this.headers = {
      get: (name: string) => headers.get(name.toLowerCase()) ?? null,
      has: (name: string) => headers.has(name.toLowerCase()),
      entries: () => headers.entries(),
      keys: () => headers.keys(),
      values: () => headers.values(),
      [Symbol.iterator]: () => headers.entries(),
    } as unknown as FetcherResponse['headers'];
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<any> {
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const buffer = Buffer.from(this.body);
    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return this;
  }
}

/** Whether a subgraph request body is a query (safe to share), not a mutation. */
function isQueryBody(body: string | undefined): body is string {
  return body !== undefined && (body.startsWith('{"query":"query') || body.startsWith('{"query":"{'));
}

/**
 * The router's HTTP client to one subgraph: persistent keep-alive connections (no TCP set-up per
 * fetch), plain node:http with no request/response object layers, the body read once as a string.
 * Transport errors reject with the socket error (code ECONNREFUSED, ...), as fetch does.
 *
 * In-flight deduplication (on unless `dedupe: false`): a query identical to one already on its way
 * to the subgraph — same URL, body and headers, so the same signed caller (the principal header is
 * part of the key; only x-request-id is not) — waits for that answer instead of asking again. The
 * answer is a string each caller parses for itself; nothing is kept once it has arrived, and
 * mutations are never shared.
 */
export function keepAliveFetcher(options: { maxSockets?: number; timeoutMs?: number; dedupe?: boolean } = {}): RemoteGraphQLDataSource['fetcher'] {
  const agentOptions = { keepAlive: true, keepAliveMsecs: 10_000, maxSockets: options.maxSockets ?? 256, maxFreeSockets: 64, scheduling: 'lifo' as const };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const inFlight = new Map<string, Promise<FetcherResponse>>();
  // A data source asks the same few URLs over and over: parse each once.
  const targets = new Map<string, { client: typeof http | typeof https; agent: http.Agent; options: http.RequestOptions }>();
  const targetOf = (url: string) => {
    let target = targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      const secure = parsed.protocol === 'https:';
      target = { client: secure ? https : http, agent: agents[secure ? 'https:' : 'http:'], options: urlToHttpOptions(parsed) };
      if (targets.size < 100) targets.set(url, target);
    }
    return target;
  };
  const send = (url: string, init: FetcherRequestInit | undefined, body: string | Buffer | undefined) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = targetOf(url);
      const headers: Record<string, string> = { ...((init?.headers as Record<string, string>) ?? {}) };
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const request = target.client.request(
        { ...target.options, method: init?.method ?? 'GET', headers, agent: target.agent, timeout: timeoutMs },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            resolve(new SubgraphResponse(url, response.statusCode ?? 0, response.statusMessage ?? '', response.headers, Buffer.concat(chunks).toString('utf8')));
          });
        },
      );
      request.on('timeout', () => request.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
      request.on('error', reject);
      request.end(body);
    });
  return (url: string, init?: FetcherRequestInit) => {
    const body = typeof init?.body === 'string' ? init.body : init?.body ? Buffer.from(init.body as Uint8Array) : undefined;
    if (options.dedupe === false || !isQueryBody(typeof body === 'string' ? body : undefined)) return send(url, init, body);
    const headers = Object.entries((init?.headers as Record<string, string>) ?? {})
      .filter(([name]) => name.toLowerCase() !== 'x-request-id')
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const key = `${init?.method ?? 'GET'} ${url}\n${JSON.stringify(headers)}\n${body as string}`;
    let pending = inFlight.get(key);
    if (!pending) {
      pending = send(url, init, body);
      inFlight.set(key, pending);
      const forget = () => inFlight.delete(key);
      pending.then(forget, forget);
    }
    return pending;
  };
}
