import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { PRINCIPAL_HEADER, signPrincipal, type Principal } from '@metrograph/kit';
import type { ClientQuota } from './quota.js';
import { keepAliveFetcher } from './subgraph-http.js';
import { LeanGateway, executorModeFromEnv, type ExecutorMode, type GraphQLResponseLike, type LeanSubgraphRequest } from './execution/executor.js';

export interface RouterContext {
  requestId: string;
  /** The authenticated caller; signed onto every subgraph request. */
  principal: Principal;
  /** Quotas of an API client. */
  quota?: ClientQuota;
}

/** The principal's signature, made once per request and reused for every subgraph fetch of it. */
const signatures = new WeakMap<object, string>();
function signedPrincipal(context: RouterContext, secret: string): string {
  let signed = signatures.get(context);
  if (!signed) {
    signed = signPrincipal(context.principal, secret);
    signatures.set(context, signed);
  }
  return signed;
}

/**
 * How the router talks to one subgraph: forwards the request id, and turns a transport
 * failure into an error that names the subgraph, so a client gets partial data plus
 * "the complaints service is unavailable" instead of a bare ECONNREFUSED.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly signingSecret: string,
  ) {
    // keep-alive connections to the subgraph instead of a new socket stack per fetch; identical
    // in-flight queries of the same signed caller sent once (ROUTER_DEDUPE=off turns that off)
    super({ url, fetcher: keepAliveFetcher({ dedupe: process.env.ROUTER_DEDUPE !== 'off' }) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    if (!context || !('principal' in context)) return;
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    request.http?.headers.set(PRINCIPAL_HEADER, signedPrincipal(context as RouterContext, this.signingSecret));
  }

  /**
   * The lean executor's way to ask the subgraph: what `process` does for an incoming operation
   * (same headers, body, error handling and cache-control hint), without the fetch Request and
   * Headers objects RemoteGraphQLDataSource builds around every call.
   */
  async sendQuery(request: LeanSubgraphRequest, incoming: { overallCachePolicy?: unknown } | undefined, context: RouterContext | undefined): Promise<GraphQLResponseLike> {
    // in the order RemoteGraphQLDataSource's Headers object sends them (sorted by name)
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (context && 'principal' in context) {
      headers[PRINCIPAL_HEADER] = signedPrincipal(context, this.signingSecret);
      if (context.requestId) headers['x-request-id'] = context.requestId;
    }
    const init = { method: 'POST', headers, body: JSON.stringify(request) };
    let fetchResponse: Awaited<ReturnType<typeof this.fetcher>> | undefined;
    let response: GraphQLResponseLike;
    try {
      fetchResponse = await this.fetcher(this.url!, init);
      if (!fetchResponse.ok) throw await this.errorFromResponse(fetchResponse);
      const body = await this.parseBody(fetchResponse);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`Expected JSON response body, but received: ${body}`);
      response = { ...(body as object), http: fetchResponse } as GraphQLResponseLike;
    } catch (error) {
      this.didEncounterError(error as Error, undefined, fetchResponse);
      throw error;
    }
    // RemoteGraphQLDataSource.respond: the subgraph's cache-control restricts the answer's cache policy
    const policy = incoming?.overallCachePolicy as { restrict?: (hint: CacheHint) => void } | undefined;
    if (policy && typeof policy.restrict === 'function') policy.restrict(cacheHint(fetchResponse.headers.get('cache-control')));
    return response;
  }

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response === undefined || (error as { code?: string }).code || error.name === 'FetchError' || error.name === 'TypeError') {
      throw new GraphQLError(`The ${this.serviceName} service is unavailable: ${error.message}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    }
    throw error;
  }
}

interface CacheHint {
  maxAge: number;
  scope?: 'PRIVATE' | 'PUBLIC';
}

/** The cache hint of a subgraph's cache-control header, as RemoteGraphQLDataSource reads it (parseCacheControlHeader). */
function cacheHint(header: string | null | undefined): CacheHint {
  const hint: CacheHint = { maxAge: 0 };
  if (!header) return hint;
  const parsed: Record<string, string | true> = {};
  for (const part of header.trim().split(/\s*,\s*/)) {
    const [k, v] = part.split(/\s*=\s*/, 2);
    parsed[k] = v === undefined ? true : v.replace(/^"|"$/g, '');
  }
  const maxAge = parsed['max-age'];
  if (typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge)) hint.maxAge = +maxAge;
  if (parsed['private'] === true) hint.scope = 'PRIVATE';
  if (parsed['public'] === true) hint.scope = 'PUBLIC';
  return hint;
}


/** Subgraph URL overrides from the environment: SUBGRAPH_<NAME>_URL (e.g. SUBGRAPH_COMPLAINTS_URL). */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match && value) urls[match[1].toLowerCase()] = value;
  }
  return urls;
}

/**
 * The router's gateway: ApolloGateway loads the supergraph and owns the subgraph data sources;
 * queries run through the lean executor (router/src/execution), everything else through Apollo's.
 */
export function createGateway(
  supergraphSdl: string,
  signingSecret: string,
  urlOverrides: Record<string, string> = {},
  options: { mode?: ExecutorMode; onSubgraphRequest?: (serviceName: string, query: string) => void } = {},
): LeanGateway {
  const apollo = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = urlOverrides[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}: set SUBGRAPH_${name.toUpperCase()}_URL`);
      const source = new SubgraphDataSource(name, target, signingSecret);
      gateway.registerSource(name, source);
      return source;
    },
  });
  const gateway = new LeanGateway(apollo, { supergraphSdl, mode: options.mode ?? executorModeFromEnv(), onSubgraphRequest: options.onSubgraphRequest });
  return gateway;
}
