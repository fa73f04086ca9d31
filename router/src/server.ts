import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createGateway, type RouterContext } from './gateway.js';
import { graphiqlRoutes } from './graphiql/graphiql.js';
import { subgraphsOf } from './supergraph.js';
import { openAccess, type Authenticate } from './authenticate.js';
import type { EventBus } from '@metrograph/kit';
import { startLiveSubscriptions, type LiveSubscriptions } from './subscriptions/index.js';

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
  /** Who is calling; decides the principal forwarded to subgraphs. */
  authenticate?: Authenticate;
  /** The event bus that feeds subscriptions (none: the router serves no subscriptions). */
  bus?: EventBus;
}

export interface RunningRouter {
  url: string;
  port: number;
  /** Live subscriptions over graphql-ws (null without a bus). */
  live: LiveSubscriptions | null;
  stop(): Promise<void>;
}

function log(level: 'info' | 'error', message: string, fields: Record<string, unknown> = {}): void {
  if (process.env.METROGRAPH_QUIET === '1' && level === 'info') return;
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, service: 'router', message, ...fields }) + '\n');
}

/** Starts the router: /graphql (gateway), /graphiql (self-hosted IDE), /health (router and every subgraph). */
export async function startRouter(options: RouterOptions): Promise<RunningRouter> {
  const { supergraphSdl, subgraphUrls = {}, port = 4000, host = '127.0.0.1', signingSecret, authenticate = openAccess } = options;
  const corsOrigins = new Set(options.corsOrigins ?? ['http://localhost:3000', 'http://127.0.0.1:3000']);
  const subgraphs = subgraphsOf(supergraphSdl).map((s) => ({ ...s, url: subgraphUrls[s.name] ?? s.url }));

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const gateway = createGateway(supergraphSdl, signingSecret, subgraphUrls);
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
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
      res.setHeader('access-control-allow-headers', 'content-type, authorization, x-request-id, apollo-require-preflight');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  });
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
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-request-id'];
        return {
          requestId: typeof header === 'string' && header.length <= 100 ? header : randomUUID(),
          principal: await authenticate(req),
        };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const live = options.bus
    ? await startLiveSubscriptions({ httpServer, apiSchema: gateway.schema!, apollo, bus: options.bus, authenticate })
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
    },
  };
}
