import http from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createContext, type SubgraphContext } from './context.js';
import { log } from './log.js';
import { PRINCIPAL_HEADER, verifyPrincipal, type Principal } from './principal.js';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  port: number;
  host?: string;
  /** Secret shared with the router; requests without its valid signature are refused. */
  signingSecret: string;
  /** Extra HTTP endpoints of the subgraph (e.g. a bank's callbacks), mounted before /graphql. */
  routes?: (app: express.Express) => void;
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  stop(): Promise<void>;
}

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const requestScope = new AsyncLocalStorage<true>();

/** True while code runs on behalf of a GraphQL request (not a background job). */
export function inRequest(): boolean {
  return requestScope.getStore() === true;
}

/** Keeps client errors as they are; replaces internal failures by a message naming the subgraph. */
export function maskInternalError(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
    log(service, 'error', 'resolver failed', { message: formatted.message, path: formatted.path, error: String(error) });
    return {
      message: `Internal error in the ${service} service`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', service },
    };
  };
}

/** Starts a subgraph: POST /graphql (Apollo Server), GET /health (database reachable). */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningService> {
  const { name, schema, orm, port, host = '127.0.0.1', signingSecret } = options;
  if (!signingSecret || signingSecret.length < 16) throw new Error(`${name}: a router signing secret of at least 16 characters is required`);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: maskInternalError(name),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  options.routes?.(app);
  app.get('/health', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', service: name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: name, reason: String(error) });
    }
  });
  app.use('/graphql', (_req, _res, next) => requestScope.run(true, next));
  // Only the router may call a subgraph: everything, _entities included, needs its signature.
  const principals = new WeakMap<object, Principal>();
  app.use('/graphql', (req, res, next) => {
    try {
      const header = req.headers[PRINCIPAL_HEADER];
      principals.set(req, verifyPrincipal(typeof header === 'string' ? header : undefined, signingSecret));
      next();
    } catch (error) {
      res.status(401).json({ errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED', service: name } }] });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const header = req.headers['x-request-id'];
        return createContext(orm.em, typeof header === 'string' ? header : randomUUID(), principals.get(req)!);
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host}:${actualPort}/graphql`;
  log(name, 'info', `subgraph ready at ${url}`);
  return {
    name,
    url,
    port: actualPort,
    async stop() {
      await apollo.stop();
    },
  };
}
