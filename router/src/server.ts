import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createGateway, type RouterContext } from './gateway.js';
import { graphiqlRoutes } from './graphiql/graphiql.js';
import { integrationRoutes } from './integrations.js';
import { subgraphsOf } from './supergraph.js';
import { AuthenticationError, createAuthenticator, quotaOf, type AnonymousAccess, type Authenticate } from './authenticate.js';
import type { EventBus, Principal } from '@metrograph/kit';
import { startLiveSubscriptions, type LiveSubscriptions } from './subscriptions/index.js';
import { sessionKey } from './auth/session.js';
import { IdentityClient } from './auth/identity-client.js';
import { OperationGate, accessPlugin } from './access/plugin.js';
import { graphFacts } from './access/functions.js';
import type { DEFAULT_LIMITS, OperationLimits } from './access/limits.js';
import { MemoryQuotaStore, type QuotaStore } from './quota.js';
import { UsageRecorder } from './usage.js';
import { DirectQueries } from './execution/direct.js';

export interface RouterOptions {
  supergraphSdl: string;
  /** Subgraph URL by name, overriding the URLs in the supergraph. */
  subgraphUrls?: Record<string, string>;
  port?: number;
  host?: string;
  /** Browser origins allowed to call the graph (the web app). */
  corsOrigins?: string[];
  /** Secret shared with the subgraphs; the router signs the caller onto every subgraph request. */
  signingSecret: string;
  /**
   * Who is calling; decides the principal forwarded to subgraphs. Default: session tokens
   * (identity's signIn) and API credentials (checked by identity), anonymous otherwise.
   */
  authenticate?: Authenticate;
  /** Key of session tokens (SESSION_SECRET); default: derived from the signing secret, as identity does. */
  sessionSecret?: string;
  /** What callers without credentials may see with the default authenticator (default `none`). */
  anonymous?: AnonymousAccess;
  /** How long an API credential check is remembered, ms (default 30 000). */
  apiKeyCacheMs?: number;
  /** Counters of API-client quotas (default: in memory; Redis when several routers share them). */
  quotas?: QuotaStore;
  /** Operation limits per caller kind, overriding the defaults. */
  limits?: Partial<Record<keyof typeof DEFAULT_LIMITS, Partial<OperationLimits>>>;
  /** How often API usage statistics are sent to identity, ms (default 2000). */
  usageFlushMs?: number;
  /** Most operations in one batched HTTP request (default 10). */
  maxBatchSize?: number;
  /** The event bus that feeds subscriptions (none: the router serves no subscriptions). */
  bus?: EventBus;
  /** Whether plain queries skip Apollo Server's pipeline (default: yes, unless ROUTER_DIRECT=off). */
  directQueries?: boolean;
}

export interface RunningRouter {
  url: string;
  port: number;
  /** Live subscriptions over graphql-ws (null without a bus). */
  live: LiveSubscriptions | null;
  stop(): Promise<void>;
  /** Sends the API usage statistics counted so far to identity now. */
  flushUsage(): Promise<void>;
  /** How many requests the direct path has answered (the rest went through Apollo Server). */
  directAnswers(): number;
}

function log(level: 'info' | 'error', message: string, fields: Record<string, unknown> = {}): void {
  if (process.env.METROGRAPH_QUIET === '1' && level === 'info') return;
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, service: 'router', message, ...fields }) + '\n');
}

/** Starts the router: /graphql (gateway), /graphiql (self-hosted IDE), /health (router and every subgraph). */
export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const { supergraphSdl, subgraphUrls = {}, port = 4000, host = '127.0.0.1', signingSecret, maxBatchSize = 10 } = options;
  const corsOrigins = new Set(options.corsOrigins ?? ['http://localhost:3000', 'http://127.0.0.1:3000']);
  const subgraphs = subgraphsOf(supergraphSdl).map((s) => ({ ...s, url: subgraphUrls[s.name] ?? s.url }));
  const identityUrl = subgraphs.find((s) => s.name === 'identity')?.url;
  const identity = identityUrl ? new IdentityClient(identityUrl, signingSecret) : null;
  const authenticate =
    options.authenticate ??
    createAuthenticator({
      sessionKey: sessionKey(options.sessionSecret, signingSecret),
      identity: identity ?? undefined,
      anonymous: options.anonymous ?? 'none',
      cacheMs: options.apiKeyCacheMs,
    });
  const facts = graphFacts(supergraphSdl);
  const gate = new OperationGate(facts, options.limits);
  const quotas = options.quotas ?? new MemoryQuotaStore();
  const usage = new UsageRecorder(identity, options.usageFlushMs ?? 2000, (error) => log('error', 'usage statistics not sent', { error: String(error) }));

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTed and not cacheable (no-store): an ETag would only cost a hash of every body
  app.set('etag', false);
  const httpServer = http.createServer(app);
  // Keep clients' connections open longer than Node's 5 s default: a client that reuses an idle
  // connection just as the server closes it gets "other side closed" (and TLS/TCP set-up per call).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const gateway = createGateway(supergraphSdl, signingSecret, subgraphUrls);
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    // Introspection is answered by the access plugin, from the caller's view of the schema, for analysts only.
    introspection: true,
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      accessPlugin({ facts, gate, quotas, usage }),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const origin = req.headers.origin;
    if (!origin) {
      // Not a browser (server-side rendering, integrations): CORS does not apply, any origin may read it.
      res.setHeader('access-control-allow-origin', '*');
    } else if (corsOrigins.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, x-api-key, x-request-id, apollo-require-preflight');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
  app.use(integrationRoutes((name) => subgraphs.find((s) => s.name === name)?.url, { authenticate, signingSecret }));
  app.use(graphiqlRoutes());
  app.get('/health', async (_req, res) => {
    const checks = await Promise.all(
      subgraphs.map(async (s) => {
        try {
          const response = await fetch(s.url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) });
          return [s.name, response.ok ? 'ok' : `http ${response.status}`] as const;
        } catch (error) {
          return [s.name, `unreachable: ${(error as Error).message}`] as const;
        }
      }),
    );
    const ok = checks.every(([, state]) => state === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', subgraphs: Object.fromEntries(checks) });
  });
  // The door: who is calling is settled before GraphQL runs; bad credentials get 401, not anonymity.
  const callers = new WeakMap<object, Principal>();
  app.use('/graphql', express.json({ limit: '1mb' }), async (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > maxBatchSize) {
      res.status(400).json({
        errors: [{ message: `Operation refused: ${req.body.length} operations in one batch exceed the limit of ${maxBatchSize} (limit: batchSize).`, extensions: { code: 'OPERATION_LIMIT', limit: 'batchSize', actual: req.body.length, maximum: maxBatchSize } }],
      });
      return;
    }
    try {
      callers.set(req, await authenticate(req));
      next();
    } catch (error) {
      if (error instanceof AuthenticationError) {
        res.status(401).setHeader('www-authenticate', 'Bearer realm="metrograph"').json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      const status = (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status ?? 500;
      log('error', 'authentication failed', { error: String(error) });
      res.status(status).json({ errors: [{ message: (error as Error).message, extensions: { code: (error as { extensions?: { code?: string } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  const contextOf = (req: express.Request): RouterContext => {
    const header = req.headers['x-request-id'];
    const principal = callers.get(req)!;
    return {
      requestId: typeof header === 'string' && header.length <= 100 ? header : randomUUID(),
      principal,
      quota: quotaOf(principal),
    };
  };
  // Plain queries skip Apollo Server's pipeline (same answers: router/src/execution/direct.ts)
  const direct = (options.directQueries ?? process.env.ROUTER_DIRECT !== 'off') ? new DirectQueries(gateway, gate, { quotas, usage }) : null;
  let directAnswers = 0;
  if (direct) {
    app.post('/graphql', async (req, res, next) => {
      try {
        const answer = await direct.answer(req.body, req.headers.accept, contextOf(req));
        if (!answer) return next();
        directAnswers++;
        res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
        res.end(answer.body);
      } catch (error) {
        // a defect, not the caller's: answered in JSON like every other GraphQL error
        log('error', 'direct query failed', { error: String(error) });
        if (res.headersSent) return void res.destroy();
        res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
    });
  }
  app.use('/graphql', expressMiddleware(apollo, { context: async ({ req }) => contextOf(req) }));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const live = options.bus
    ? await startLiveSubscriptions({
        httpServer,
        apiSchema: gateway.schema!,
        apollo,
        bus: options.bus,
        authenticate,
        gate: (principal, document, operation, variables) => gate.check(gateway.schema!, principal, document, operation, variables),
      })
    : null;

  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}/graphql`;
  log('info', `router ready at ${url}`, { subgraphs: subgraphs.map((s) => `${s.name}=${s.url}`) });
  return {
    url,
    port: actualPort,
    live,
    async stop() {
      await live?.stop();
      await apollo.stop();
      await usage.stop();
      if (!options.quotas) await quotas.close();
    },
    flushUsage: () => usage.flush(),
    directAnswers: () => directAnswers,
  };
}
