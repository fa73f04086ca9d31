import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import { GraphQLError, Kind, execute, validate, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { AccessLevel, type Principal } from '@metrograph/kit';
import { PUBLIC, fieldFunctions, mutationRequirement, type GraphFacts } from './functions.js';
import { SchemaViews } from './visibility.js';
import { DEFAULT_LIMITS, callerClass, limitError, mayIntrospect, measureOperation, type OperationLimits, type OperationShape } from './limits.js';
import { chargeCall, type ClientQuota, type QuotaStore } from '../quota.js';
import type { UsageRecorder } from '../usage.js';
import { quotaOf } from '../authenticate.js';

/** What the access plugin needs from the request context. */
export interface AccessContext {
  principal: Principal;
  /** Quotas of an API client (from quotaOf); looked up from the principal when absent. */
  quota?: ClientQuota;
}

export interface AccessPluginOptions {
  facts: GraphFacts;
  /** The rules to apply (default: built from facts and limits). */
  gate?: OperationGate;
  limits?: Partial<Record<keyof typeof DEFAULT_LIMITS, Partial<OperationLimits>>>;
  quotas: QuotaStore;
  usage: UsageRecorder;
}

/** Exports whose subgraph audits them itself, with the rows it wrote. */
const SELF_AUDITED_EXPORTS = new Set(['exportApiUsage', 'exportAuditEvents']);

function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extensions, http: { status: 403 } } });
}

function rootFunctions(schema: GraphQLSchema, operation: 'query' | 'mutation' | 'subscription', fields: string[], facts: GraphFacts): string[] {
  const root = operation === 'mutation' ? schema.getMutationType() : operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const result = new Set<string>();
  for (const name of fields) {
    const field = root?.getFields()[name];
    if (!field) continue;
    let type = field.type as { ofType?: unknown; name?: string };
    while (type.ofType) type = type.ofType as typeof type;
    for (const fn of fieldFunctions(root!.name, name, type.name ?? '', facts)) result.add(fn);
  }
  return [...result].sort();
}

/**
 * What an operation may do for a caller, decided before anything runs: it must be valid against
 * the caller's view of the schema (NO_ACCESS parts do not exist for them), introspection is for
 * analysts only, it must stay within the limits of the caller's kind, and each mutation needs its
 * level. Used for every HTTP operation and, by the subscription server, for every subscription.
 */
export class OperationGate {
  readonly views: SchemaViews;

  constructor(
    private readonly facts: GraphFacts,
    private readonly limits?: Partial<Record<keyof typeof DEFAULT_LIMITS, Partial<OperationLimits>>>,
  ) {
    this.views = new SchemaViews(facts);
  }

  /**
   * Validation against a caller's view, remembered per parsed document and view: Apollo Server
   * hands the same DocumentNode for the same query text (its document cache), and there is one
   * view per set of visible functions, so a repeated operation is validated once per access profile.
   */
  private readonly validations = new WeakMap<DocumentNode, WeakMap<GraphQLSchema, readonly GraphQLError[]>>();

  private validated(view: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
    let byView = this.validations.get(document);
    if (!byView) {
      byView = new WeakMap();
      this.validations.set(document, byView);
    }
    let errors = byView.get(view);
    if (!errors) {
      errors = validate(view, document);
      byView.set(view, errors);
    }
    return errors;
  }

  /**
   * What an operation asks for (its shape and the services it touches), remembered per schema,
   * document, operation and variable values: it depends on nothing else (not on the caller), and
   * a repeated operation would otherwise be walked again for every request.
   */
  private readonly measurements = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Map<string, { shape: OperationShape; services: string[] }>>>();

  private measured(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): { shape: OperationShape; services: string[] } {
    const measure = () => {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      const shape = measureOperation(schema, operation, fragments, variables);
      return { shape, services: rootFunctions(schema, operation.operation, shape.dataRootFields, this.facts) };
    };
    let key: string;
    try {
      key = JSON.stringify(variables);
    } catch {
      return measure();
    }
    // large variable values (imports, filters with long lists) are measured every time, not kept
    if (key === undefined || key.length > 2000) return measure();
    let byOperation = this.measurements.get(schema);
    if (!byOperation) this.measurements.set(schema, (byOperation = new WeakMap()));
    let byVariables = byOperation.get(operation);
    if (!byVariables) byOperation.set(operation, (byVariables = new Map()));
    let result = byVariables.get(key);
    if (!result) {
      result = measure();
      if (byVariables.size >= 100) byVariables.delete(byVariables.keys().next().value!);
      byVariables.set(key, result);
    }
    return result;
  }

  limitsFor(principal: Principal): OperationLimits {
    const kind = callerClass(principal);
    return { ...DEFAULT_LIMITS[kind], ...(this.limits?.[kind] ?? {}) };
  }

  /** Throws the GraphQLError the caller gets; otherwise tells what the operation asks for. */
  check(
    schema: GraphQLSchema,
    principal: Principal,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> = {},
  ): { shape: OperationShape; services: string[] } {
    const view = this.views.forPrincipal(schema, principal);
    // graphql-js validation does not check that the operation's root type exists: a caller who can
    // see no subscription (or mutation) at all has no such root type in their view
    const root = operation.operation === 'mutation' ? view.getMutationType() : operation.operation === 'subscription' ? view.getSubscriptionType() : view.getQueryType();
    if (!root) {
      throw new GraphQLError(`Schema is not configured for ${operation.operation} operations.`, { nodes: [operation], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
    }
    const invisible = this.validated(view, document);
    if (invisible.length) {
      throw new GraphQLError(invisible[0].message, { nodes: invisible[0].nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
    }
    const { shape, services } = this.measured(schema, document, operation, variables);
    if (shape.introspection) {
      if (!mayIntrospect(principal)) {
        throw forbidden('Introspection is available to signed-in analysts and administrators only; the schema is published in the documentation.', { reason: 'INTROSPECTION_DISABLED' });
      }
      if (shape.dataRootFields.length) throw new GraphQLError('Send introspection (__schema, __type) as an operation of its own.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    const tooBig = limitError(shape, this.limitsFor(principal), callerClass(principal));
    if (tooBig) throw tooBig;
    if (operation.operation === 'mutation') {
      for (const field of shape.dataRootFields) {
        const need = mutationRequirement(field, this.facts);
        if (!need) throw forbidden(`Forbidden: the router has no access rule for mutation ${field}.`, { field });
        if (need.fn === PUBLIC || principal.kind === 'system') continue;
        const have = principal.rights[need.fn] ?? AccessLevel.NO_ACCESS;
        if (have < need.level) {
          throw forbidden(`Forbidden: ${field} needs ${AccessLevel[need.level]} on ${need.fn}, you have ${AccessLevel[have]}.`, {
            field,
            function: need.fn,
            required: AccessLevel[need.level],
            granted: AccessLevel[have],
          });
        }
      }
    }
    return { shape, services };
  }
}

/**
 * An API client's call counted against its quotas (rows per request, calls per hour and day);
 * throws the QUOTA_EXCEEDED error the client gets, and records the refusal as a security event.
 */
export async function chargeApiClient(
  options: Pick<AccessPluginOptions, 'quotas' | 'usage'>,
  principal: Principal,
  quota: ClientQuota,
  shape: OperationShape,
): Promise<void> {
  if (shape.maxRows > quota.maxRowsPerRequest) {
    throw new GraphQLError(`Quota exceeded: a list may return at most ${quota.maxRowsPerRequest} rows per request for this client, ${shape.maxRows} were asked.`, {
      extensions: { code: 'QUOTA_EXCEEDED', quota: 'rowsPerRequest', limit: quota.maxRowsPerRequest, http: { status: 429 } },
    });
  }
  const id = principal.id!;
  const verdict = await chargeCall(options.quotas, id, quota);
  if (verdict.exceeded) {
    options.usage.event({
      kind: 'QUOTA_EXCEEDED',
      success: false,
      actorKind: principal.kind,
      actorId: id,
      actorName: principal.name,
      subjectType: 'ApiClient',
      subjectId: id,
      detail: { quota: verdict.exceeded, limit: verdict.limit },
    });
    throw new GraphQLError(
      `Quota exceeded: ${verdict.limit} calls per ${verdict.exceeded === 'callsPerHour' ? 'hour' : 'day'} for this client; try again in ${verdict.retryAfterSeconds} s.`,
      {
        extensions: {
          code: 'QUOTA_EXCEEDED',
          quota: verdict.exceeded,
          limit: verdict.limit,
          retryAfterSeconds: verdict.retryAfterSeconds,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(verdict.retryAfterSeconds)]]) },
        },
      },
    );
  }
}

/**
 * The router's door, run after an operation is parsed and before anything executes:
 * the caller's view of the schema (NO_ACCESS parts do not exist for them), introspection for
 * analysts only, operation limits per caller kind, mutation levels, and API-client quotas.
 */
export function accessPlugin(options: AccessPluginOptions): ApolloServerPlugin<AccessContext> {
  const gate = options.gate ?? new OperationGate(options.facts, options.limits);
  const views = gate.views;
  return {
    async requestDidStart() {
      let services: string[] = [];
      let shapeFields: string[] = [];
      let exports: string[] = [];
      let rejected = false;
      let introspection = false;
      const record = (rc: GraphQLRequestContext<AccessContext>, outcome: 'ok' | 'error' | 'rejected') => {
        const { principal } = rc.contextValue;
        if (principal.kind === 'api-client' && principal.id) options.usage.record(principal.id, services, outcome);
      };
      return {
        async didResolveOperation(rc) {
          const { principal } = rc.contextValue;
          const quota = rc.contextValue.quota ?? quotaOf(principal);
          const operation = rc.operation!;
          const document = rc.document!;
          shapeFields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD && !s.name.value.startsWith('__') ? [s.name.value] : []));
          try {
            const checked = gate.check(rc.schema, principal, document, operation, rc.request.variables ?? {});
            const { shape } = checked;
            services = checked.services;
            shapeFields = shape.dataRootFields;
            introspection = shape.introspection;
            if (operation.operation === 'mutation') exports = shape.dataRootFields.filter((f) => /^export[A-Z]/.test(f) && !SELF_AUDITED_EXPORTS.has(f));
            if (principal.kind === 'api-client' && quota && principal.id) await chargeApiClient(options, principal, quota, shape);
          } catch (error) {
            rejected = true;
            record(rc, 'rejected');
            const code = (error as GraphQLError).extensions?.code;
            // Refused access by a known caller is a security event (an anonymous caller is merely not signed in).
            if (code === 'FORBIDDEN' && principal.kind !== 'anonymous') {
              options.usage.event({
                kind: 'ACCESS_DENIED',
                success: false,
                actorKind: principal.kind,
                actorId: principal.id,
                actorName: principal.name,
                detail: { operation: rc.operationName ?? null, fields: shapeFields, reason: (error as GraphQLError).message },
              });
            }
            throw error;
          }
        },
        async responseForOperation(rc) {
          if (!introspection) return null;
          // Introspection answers from the caller's view: NO_ACCESS types and fields are not there.
          const result = await execute({
            schema: views.forPrincipal(rc.schema, rc.contextValue.principal),
            document: rc.document!,
            operationName: rc.request.operationName,
            variableValues: rc.request.variables,
          });
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data as Record<string, unknown>, errors: result.errors as never } } };
        },
        async willSendResponse(rc) {
          if (rejected) return;
          const body = rc.response.body;
          const failed = body.kind === 'single' && !!body.singleResult.errors?.length;
          record(rc, failed ? 'error' : 'ok');
          // Every export is audited (002 §4.7.6-4.7.10), whichever subgraph makes the file.
          if (!exports.length) return;
          const { principal } = rc.contextValue;
          const variables = JSON.stringify(rc.request.variables ?? {});
          for (const field of exports) {
            options.usage.event({
              kind: 'EXPORT',
              success: !failed,
              actorKind: principal.kind,
              actorId: principal.id,
              actorName: principal.name,
              detail: { field, operation: rc.operationName ?? null, service: services.join(',') || null, variables: variables.length <= 2000 ? JSON.parse(variables) : { truncated: variables.slice(0, 2000) } },
            });
          }
        },
      };
    },
  };
}
