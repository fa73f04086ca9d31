import http from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import {
  execute, getOperationAST, GraphQLError, parse, specifiedRules, validate,
  type DocumentNode, type GraphQLFormattedError, type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createContext, type SubgraphContext } from './context.js';
import { JsonWriter } from './json-writer.js';
import { log } from './log.js';
import { PRINCIPAL_HEADER, PrincipalVerifier } from './principal.js';

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
  /** Answer plain queries without Apollo Server's request pipeline (default true; tests compare both). */
  directQueries?: boolean;
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

/** Largest request body /graphql accepts (a router's _entities request for thousands of keys fits). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The request body as text, or null (and a 413 sent) when it exceeds MAX_BODY_BYTES. */
function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const refuse = () => {
      sendJson(res, 413, { errors: [{ message: 'Request body too large', extensions: { code: 'BAD_REQUEST' } }] });
      resolve(null);
    };
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      refuse();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        refused = true;
        refuse();
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (!refused) resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    });
    req.once('error', reject);
  });
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

interface DirectHead {
  status: number;
  headers: [string, string][];
}

/** Documents kept parsed and validated, by query text (the router sends the same few plans again and again). */
const MAX_DOCUMENTS = 1000;

/**
 * Queries as the router sends them (POST, JSON, no extensions), answered without Apollo Server's
 * request pipeline: graphql-js parses and validates each query text once, executes it, and the
 * answer is written as Apollo Server writes it (same body, status and content type; errors
 * formatted by the same rules); graphql-jit compiles each operation once where it can. Everything
 * else — mutations, GET, other accept types, parse, validation and variable errors — is left to
 * Apollo Server (`answer` returns null before any resolver has run). Per request this saves the
 * pipeline's hashing, plugin hooks, header map and content negotiation, which cost as much as
 * executing a small `_entities` request.
 */
class DirectQueries {
  private readonly documents = new Map<string, DocumentNode | null>();
  /** Compiled executors by document, then by operation name (null: graphql-jit cannot compile it). */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly formatError: FormatError,
  ) {}

  /** The parsed query if it is valid (null: Apollo Server reports the problem). */
  private document(query: string): DocumentNode | null {
    let document = this.documents.get(query);
    if (document === undefined) {
      document = null;
      try {
        const parsed = parse(query);
        if (validate(this.schema, parsed, specifiedRules).length === 0) document = parsed;
      } catch {
        /* a syntax error: Apollo Server answers it */
      }
      if (this.documents.size >= MAX_DOCUMENTS) this.documents.clear();
      this.documents.set(query, document);
    }
    return document;
  }

  /**
   * The operation compiled by graphql-jit (same results as graphql-js's execute, without its
   * per-field interpretation of the document), or null where graphql-jit declines the document.
   */
  private executor(document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map()));
    let executor = byName.get(operationName ?? '');
    if (executor === undefined) {
      executor = null;
      try {
        const compiled = compileQuery(this.schema, document, operationName);
        if (isCompiledQuery(compiled)) executor = compiled;
      } catch {
        /* graphql-js executes it */
      }
      byName.set(operationName ?? '', executor);
    }
    return executor;
  }

  /** The response to a plain query, or null when Apollo Server must answer the request. */
  async answer(body: unknown, accept: string | undefined, context: () => SubgraphContext): Promise<(DirectHead & { body: Buffer }) | null> {
    // what Apollo Server would answer as application/json: no accept header, or one naming only that
    if (accept !== undefined && accept !== 'application/json' && accept !== '*/*') return null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || extensions !== undefined) return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const document = this.document(query);
    if (!document) return null;
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation || operation.operation !== 'query') return null;
    const executor = this.executor(document, operationName ?? undefined);
    const result = executor
      ? await executor.query(undefined, context(), (variables ?? {}) as Record<string, unknown>)
      : await execute({
          schema: this.schema,
          document,
          contextValue: context(),
          variableValues: (variables ?? undefined) as Record<string, unknown> | undefined,
          operationName: operationName ?? undefined,
        });
    // no data: the variables or the operation were refused before any resolver ran
    if (result.errors?.length && result.data === undefined) return null;
    const head: DirectHead = { status: 200, headers: [] };
    const errors = result.errors?.map((error) => this.format(error, head));
    return { ...head, body: JsonWriter.bytes({ errors, data: result.data, extensions: result.extensions }, '\n') };
  }

  /**
   * Apollo Server's formatting of an execution error: a code (INTERNAL_SERVER_ERROR if none), an
   * `extensions.http` status and headers moved to the response, then formatError.
   */
  private format(error: GraphQLError, head: DirectHead): GraphQLFormattedError {
    try {
      // graphql-jit's errors leave extensions undefined where graphql-js's have {}
      const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR' };
      const http = extensions.http as { status?: unknown; headers?: unknown } | undefined;
      if (http && typeof http === 'object' && (http.status === undefined || typeof http.status === 'number') && (http.headers === undefined || http.headers instanceof Map)) {
        if (http.status) head.status = http.status as number;
        for (const entry of (http.headers as Map<string, string> | undefined) ?? []) head.headers.push(entry);
        delete extensions.http;
      }
      return this.formatError({ ...error.toJSON(), extensions }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  }
}

function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';', 1)[0].trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * Starts a subgraph: /graphql (Apollo Server), GET /health (database reachable), plus the
 * subgraph's own routes. /graphql is served straight from node:http (no Express router, body
 * parser or ETag hashing of the response) because the router calls it several times per query.
 */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningService> {
  const { name, schema, orm, port, host = '127.0.0.1', signingSecret } = options;
  if (!signingSecret || signingSecret.length < 16) throw new Error(`${name}: a router signing secret of at least 16 characters is required`);
  const app = express();
  app.disable('x-powered-by');
  // Only the router may call a subgraph: everything, _entities included, needs its signature.
  const verifier = new PrincipalVerifier(signingSecret);
  let apollo: ApolloServer<SubgraphContext> | null = null;
  const formatError = maskInternalError(name);
  const direct = options.directQueries === false ? null : new DirectQueries(schema, formatError);

  const serveGraphql = async (req: http.IncomingMessage, res: http.ServerResponse, search: string): Promise<void> => {
    let principal;
    try {
      const header = req.headers[PRINCIPAL_HEADER];
      principal = verifier.verify(typeof header === 'string' ? header : undefined);
    } catch (error) {
      req.resume();
      sendJson(res, 401, { errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED', service: name } }] });
      return;
    }
    let body: unknown = undefined;
    if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
      const text = await readBody(req, res);
      if (text === null) return;
      if (isJson(req.headers['content-type'])) {
        try {
          body = text.length === 0 ? {} : JSON.parse(text);
        } catch (error) {
          sendJson(res, 400, { errors: [{ message: `Malformed JSON body: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      }
    } else {
      req.resume();
    }
    const requestIdHeader = req.headers['x-request-id'];
    const context = () => createContext(orm.em, typeof requestIdHeader === 'string' ? requestIdHeader : randomUUID(), principal);
    if (direct && req.method === 'POST') {
      const accept = req.headers.accept;
      const answer = await direct.answer(body, typeof accept === 'string' ? accept : undefined, context);
      if (answer !== null) {
        for (const [key, value] of answer.headers) res.setHeader(key, value);
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.statusCode = answer.status;
        res.setHeader('content-length', answer.body.length);
        res.end(answer.body);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo!.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
      context: async () => context(),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    // every answer is specific to its caller: nothing between router and subgraph may keep it
    res.setHeader('cache-control', 'no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const httpServer = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
    if (pathname !== '/graphql' && pathname !== '/graphql/') {
      app(req, res);
      return;
    }
    requestScope.run(true, () =>
      serveGraphql(req, res, queryAt < 0 ? '' : url.slice(queryAt)).catch((error) => {
        log(name, 'error', 'request failed', { error: String(error) });
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: `Internal error in the ${name} service`, extensions: { code: 'INTERNAL_SERVER_ERROR', service: name } }] });
        else res.destroy();
      }),
    );
  });
  // The router keeps its connections to subgraphs open; Node's 5 s default let it reuse one just as
  // the subgraph closed it (ECONNRESET under load). Same settings as the router's own server.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // no @cacheControl hints exist in the graph: the plugin's per-field hook would only compute
      // "uncacheable" for every field of every answer (the no-store header is set above instead)
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
    ],
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
      await apollo!.stop();
    },
  };
}
