import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { PRINCIPAL_HEADER, signPrincipal, type Principal } from '@metrograph/kit';
import type { ClientQuota } from './quota.js';
import { keepAliveFetcher } from './subgraph-http.js';
import { LeanGateway, executorModeFromEnv, type ExecutorMode } from './execution/executor.js';

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

  override didEncounterError(error: Error, _request: unknown, response?: unknown): void {
    if (response === undefined || (error as { code?: string }).code || error.name === 'FetchError' || error.name === 'TypeError') {
      throw new GraphQLError(`The ${this.serviceName} service is unavailable: ${error.message}`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    }
    throw error;
  }
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
