import Negotiator from 'negotiator';
import { GraphQLError, getOperationAST, parse, validate, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { JsonWriter } from '@metrograph/kit';
import type { OperationGate, AccessPluginOptions } from '../access/plugin.js';
import { chargeApiClient } from '../access/plugin.js';
import type { RouterContext } from '../gateway.js';
import type { LeanGateway } from './executor.js';

/** An answer written by the direct path. */
export interface DirectAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Response content types Apollo Server chooses between for a single result (MEDIA_TYPES). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const JSON_GRAPHQL_CALLBACK = 'application/json; callbackSpec=1.0; charset=utf-8';

/** Query texts kept parsed and validated per schema (the web app and integrations send the same few again and again). */
const MAX_DOCUMENTS = 1000;

/** Apollo Server's cache policy (cachePolicy.ts): the answer is cacheable only if every subgraph said so. */
function newCachePolicy() {
  return {
    maxAge: undefined as number | undefined,
    scope: undefined as 'PUBLIC' | 'PRIVATE' | undefined,
    restrict(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }) {
      if (hint.maxAge !== undefined && (this.maxAge === undefined || hint.maxAge < this.maxAge)) this.maxAge = hint.maxAge;
      if (hint.scope !== undefined && this.scope !== 'PRIVATE') this.scope = hint.scope;
    },
  };
}

/**
 * The router's direct path for the requests most callers send: a POST of one query that the lean
 * executor plans. It answers exactly as Apollo Server would (same status, headers and body, errors
 * formatted by the same rules, the same access checks, API-client quotas and usage records), but
 * without its request pipeline, and writes the JSON answer straight into bytes (the kit's json-writer.ts)
 * instead of stringifying then encoding it. Everything else — mutations, subscriptions,
 * introspection, batches, GET, persisted queries, other accept types, and any operation the gate
 * or the variables refuse — returns null before anything has run, and Apollo Server answers it.
 * ROUTER_DIRECT=off sends every request through Apollo Server.
 */
export class DirectQueries {
  private readonly documents = new WeakMap<GraphQLSchema, Map<string, DocumentNode | null>>();

  constructor(
    private readonly gateway: LeanGateway,
    private readonly gate: OperationGate,
    private readonly access: Pick<AccessPluginOptions, 'quotas' | 'usage'>,
  ) {}

  /** The query parsed and valid against the schema, or null (Apollo Server reports what is wrong). */
  private document(schema: GraphQLSchema, query: string): DocumentNode | null {
    let bySchema = this.documents.get(schema);
    if (!bySchema) this.documents.set(schema, (bySchema = new Map()));
    let document = bySchema.get(query);
    if (document === undefined) {
      document = null;
      try {
        const parsed = parse(query);
        if (validate(schema, parsed).length === 0) document = parsed;
      } catch {
        /* a syntax error */
      }
      if (bySchema.size >= MAX_DOCUMENTS) bySchema.delete(bySchema.keys().next().value!);
      bySchema.set(query, document);
    }
    return document;
  }

  /** The answer to a POSTed JSON body, or null when Apollo Server must answer the request. */
  async answer(body: unknown, accept: string | undefined, context: RouterContext): Promise<DirectAnswer | null> {
    const schema = this.gateway.schema;
    if (!schema || !body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || extensions != null) return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const contentType = responseType(accept);
    if (!contentType) return null;
    const document = this.document(schema, query);
    if (!document) return null;
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation || operation.operation !== 'query') return null;
    const plan = this.gateway.leanPlanFor(document, operationName ?? undefined);
    if (!plan) return null;
    const values = (variables ?? {}) as Record<string, unknown>;
    if (this.gateway.variableErrors(plan, values)) return null;
    const { principal } = context;
    let checked;
    try {
      checked = this.gate.check(schema, principal, document, operation, values);
    } catch {
      // refused: Apollo Server's access plugin answers and records it
      return null;
    }
    if (checked.shape.introspection) return null;

    const isApiClient = principal.kind === 'api-client' && !!principal.id;
    if (isApiClient && context.quota) {
      try {
        await chargeApiClient(this.access, principal, context.quota, checked.shape);
      } catch (error) {
        this.access.usage.record(principal.id!, checked.services, 'rejected');
        return respond({ errors: [error] }, contentType, undefined);
      }
    }
    const policy = newCachePolicy();
    const outcome = await this.gateway.executeLeanBytes(plan, { variables: values, operationName: operationName ?? undefined }, context, policy);
    if ('bytes' in outcome) {
      // data without errors, written straight from the subgraphs' answers: respond's headers for it
      if (isApiClient) this.access.usage.record(principal.id!, checked.services, 'ok');
      return { status: 200, headers: answerHeaders(undefined, contentType, policy), body: outcome.bytes };
    }
    const { result } = outcome;
    if (isApiClient) this.access.usage.record(principal.id!, checked.services, result.errors?.length ? 'error' : 'ok');
    return respond(result, contentType, policy);
  }
}

/** Apollo Server's choice of content type for a single result (chooseContentTypeForSingleResultResponse); null: it answers 406. */
function responseType(accept: string | undefined): string | null {
  if (!accept) return APPLICATION_JSON;
  return new Negotiator({ headers: { accept } }).mediaType([APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, JSON_GRAPHQL_CALLBACK]) ?? null;
}

/**
 * The HTTP answer Apollo Server writes for a result: errors formatted (a code, INTERNAL_SERVER_ERROR
 * if none; `extensions.http` moved to the response's status and headers), 400 when errors come
 * without data, cache-control from the subgraphs' hints, and the body `{errors, data, extensions}`.
 */
function respond(
  result: { errors?: readonly unknown[]; data?: unknown; extensions?: unknown },
  contentType: string,
  policy: ReturnType<typeof newCachePolicy> | undefined,
): DirectAnswer {
  const headers: Record<string, string> = {};
  let status: number | undefined;
  let errors: GraphQLFormattedError[] | undefined;
  if (result.errors) {
    errors = result.errors.map((error) => {
      try {
        const graphqlError = error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : `Unexpected error value: ${String(error)}`, { originalError: error instanceof Error ? error : undefined });
        const extensions: Record<string, unknown> = { ...graphqlError.extensions, code: graphqlError.extensions.code ?? 'INTERNAL_SERVER_ERROR' };
        const http = extensions.http as { status?: unknown; headers?: unknown } | undefined;
        if (http && typeof http === 'object' && (!('status' in http) || typeof http.status === 'number') && (!('headers' in http) || http.headers instanceof Map)) {
          if (http.status) status = http.status as number;
          for (const [name, value] of (http.headers as Map<string, string> | undefined) ?? []) headers[name] = value;
          delete extensions.http;
        }
        return { ...graphqlError.toJSON(), extensions };
      } catch {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
    });
  }
  if (errors?.length && result.data === undefined && !status) status = 400;
  return { status: status ?? 200, headers: answerHeaders(errors, contentType, policy, headers), body: JsonWriter.bytes({ errors, data: result.data, extensions: result.extensions }, '\n') };
}

/** An answer's cache-control (from the subgraphs' hints, none when there are errors) and content type, after `headers` the errors set. */
function answerHeaders(
  errors: readonly unknown[] | undefined,
  contentType: string,
  policy: ReturnType<typeof newCachePolicy> | undefined,
  headers: Record<string, string> = {},
): Record<string, string> {
  const cacheable = policy && !errors && policy.maxAge !== undefined && policy.maxAge > 0;
  headers['cache-control'] = cacheable ? `max-age=${policy.maxAge}, ${(policy.scope ?? 'PUBLIC').toLowerCase()}` : 'no-store';
  headers['content-type'] = contentType;
  return headers;
}
