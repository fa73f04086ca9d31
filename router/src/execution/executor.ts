import type { ApolloGateway, GraphQLDataSource } from '@apollo/gateway';
import { ERRORS, Supergraph, errorCodeDef, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type QueryPlanSelectionNode } from '@apollo/query-planner';
import {
  GraphQLError,
  Kind,
  getVariableValues,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileShaper, UnsupportedOperation, type Shaper } from './shape.js';
import { JsonWriter } from '@metrograph/kit';
import { copyFields, planReuse, type Reuse } from './reuse.js';
import { mergeEntityFetches, stagePlan, type FetchGroup, type StagedFetch } from './stages.js';

type Executor = ApolloGateway['executor'];
type RequestContext = Parameters<Executor>[0];
type ExecutionResult = Awaited<ReturnType<Executor>>;
type LoadResult = Awaited<ReturnType<ApolloGateway['load']>>;
type ResultMap = Record<string, any>;
/** An operation the lean executor runs: its fetch groups and its compiled response shape. */
export type LeanPlan = Extract<Prepared, { kind: 'lean' }>;

/** How an operation is executed, decided once per document and operation name. */
type Prepared =
  | { kind: 'apollo' }
  | {
      kind: 'lean';
      groups: FetchGroup[];
      fetchCount: number;
      shaper: Shaper;
      variableDefinitions: OperationDefinitionNode['variableDefinitions'];
      /** Merged subgraph operations by group and the set of its fetches that have entities. */
      merged: Map<string, string>;
      /** Entity fetches that can copy entities an earlier fetch of the request returned (./reuse.ts), by fetch index. */
      reuse: Map<number, Reuse>;
    };

/** One subgraph operation of the lean executor (the JSON body, in the order Apollo's data source writes it). */
export interface LeanSubgraphRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

/** A subgraph's answer as the lean executor reads it. */
export interface GraphQLResponseLike {
  data?: Record<string, any> | null;
  errors?: readonly GraphQLFormattedError[];
}

/** A data source with a direct way to send the lean executor's operations (the router's SubgraphDataSource). */
interface LeanSource {
  sendQuery(request: LeanSubgraphRequest, incoming: { overallCachePolicy?: unknown }, context: unknown): Promise<GraphQLResponseLike>;
}

export type ExecutorMode = 'lean' | 'apollo';

export interface LeanGatewayOptions {
  supergraphSdl: string;
  /** `apollo` runs every operation through Apollo's executor (ROUTER_EXECUTOR=apollo). */
  mode?: ExecutorMode;
  /** Most prepared operations remembered (default 1000). */
  maxPrepared?: number;
  /** Called for every subgraph request sent by the lean executor (tests count them). */
  onSubgraphRequest?: (serviceName: string, query: string) => void;
}

/**
 * The router's gateway for Apollo Server: ApolloGateway loads the supergraph and builds the
 * subgraph data sources, and executes what this executor does not handle (mutations,
 * subscriptions, introspection, @defer, conditions, rewrites); queries run through a lean
 * executor over Apollo's own query plans: fewer subgraph requests (entity fetches of one subgraph
 * merged, leaf fetches deferred and batched), representations deduplicated, entities an earlier
 * fetch of the same request already returned copied instead of fetched again (./reuse.ts), and the
 * response shaped in one walk of the operation over the merged data.
 */
export class LeanGateway {
  /** Prepared operations by document, then by operation name ('' for none); preparedCount of them in all. */
  private readonly prepared = new Map<DocumentNode, Map<string, Prepared>>();
  private preparedCount = 0;
  private readonly sources = new Map<string, GraphQLDataSource>();
  private apolloExecutor?: Executor;
  private planner?: QueryPlanner;
  private apiSchema?: Schema;
  private supergraphSchema?: Schema;
  private readonly mode: ExecutorMode;
  private readonly typeMatches = new Map<string, boolean>();

  constructor(
    readonly apollo: ApolloGateway,
    private readonly options: LeanGatewayOptions,
  ) {
    this.mode = options.mode ?? 'lean';
  }

  /** Keeps the data source ApolloGateway built for a subgraph: the lean executor sends through it too. */
  registerSource(name: string, source: GraphQLDataSource): void {
    this.sources.set(name, source);
  }

  /** The API schema (as ApolloGateway's). */
  get schema(): GraphQLSchema | undefined {
    return this.apollo.schema;
  }

  async load(options?: Parameters<ApolloGateway['load']>[0]): Promise<LoadResult> {
    const loaded = await this.apollo.load(options);
    this.apolloExecutor = loaded.executor;
    if (this.mode === 'apollo') return loaded;
    const supergraph = Supergraph.build(this.options.supergraphSdl, { validateSupergraph: false });
    this.supergraphSchema = supergraph.schema;
    this.apiSchema = supergraph.apiSchema();
    this.planner = new QueryPlanner(supergraph);
    return { schema: loaded.schema, executor: this.executor };
  }

  onSchemaLoadOrUpdate(callback: Parameters<ApolloGateway['onSchemaLoadOrUpdate']>[0]): () => void {
    return this.apollo.onSchemaLoadOrUpdate(callback);
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }

  readonly executor: Executor = async (requestContext) => {
    const prepared = this.prepare(requestContext.document, requestContext.request.operationName ?? undefined);
    if (prepared.kind === 'apollo') return this.apolloExecutor!(requestContext);
    const errors = this.variableErrors(prepared, requestContext.request.variables ?? {});
    if (errors) return { errors };
    return this.execute(prepared, requestContext);
  };

  /**
   * The lean plan of a query for the router's direct path (router/src/execution/direct.ts), or null
   * when Apollo's executor must run it (mutations, subscriptions, introspection, @defer, ...).
   */
  leanPlanFor(document: DocumentNode, operationName: string | undefined): LeanPlan | null {
    const prepared = this.prepare(document, operationName);
    return prepared.kind === 'lean' ? prepared : null;
  }

  /** Whether the variables fit the operation (checked before it executes); the errors if not. */
  variableErrors(plan: LeanPlan, variables: Record<string, unknown>): readonly GraphQLError[] | undefined {
    if (!plan.variableDefinitions?.length) return undefined;
    return getVariableValues(this.apollo.schema!, plan.variableDefinitions, variables).errors;
  }

  /**
   * How an operation is executed, remembered by parsed document and operation name: Apollo Server's
   * document cache and the direct path each hand the same DocumentNode for the same query text.
   */
  private prepare(document: DocumentNode, operationName: string | undefined): Prepared {
    let byName = this.prepared.get(document);
    const key = operationName ?? '';
    let prepared = byName?.get(key);
    if (!prepared) {
      prepared = this.plan(document, operationName);
      if (this.preparedCount >= (this.options.maxPrepared ?? 1000)) {
        const [oldest, plans] = this.prepared.entries().next().value!;
        this.prepared.delete(oldest);
        this.preparedCount -= plans.size;
        if (oldest === document) byName = undefined;
      }
      if (!byName) this.prepared.set(document, (byName = new Map()));
      byName.set(key, prepared);
      this.preparedCount++;
    }
    return prepared;
  }

  private plan(document: DocumentNode, operationName: string | undefined): Prepared {
    const schema = this.apollo.schema;
    if (!schema || !this.planner) return { kind: 'apollo' };
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    // Mutations run in order through Apollo's executor; subscriptions are the live module's.
    if (!operation || operation.operation !== 'query') return { kind: 'apollo' };
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    let shaper: Shaper;
    try {
      shaper = compileShaper(schema, operation, fragments);
    } catch (error) {
      if (error instanceof UnsupportedOperation) return { kind: 'apollo' };
      throw error;
    }
    let plan;
    try {
      plan = this.planner.buildQueryPlan(operationFromDocument(this.apiSchema!, document, { operationName }));
    } catch {
      // Apollo's executor reports the planning error the way it always has.
      return { kind: 'apollo' };
    }
    const staging = stagePlan(plan);
    if (!staging) return { kind: 'apollo' };
    const reuse = planReuse(staging.groups, schema);
    return { kind: 'lean', ...staging, shaper, variableDefinitions: operation.variableDefinitions, merged: new Map(), reuse };
  }

  /**
   * Runs a lean plan for the direct path, whose variables variableErrors has accepted, given the
   * request's variables, the router's context (caller, request id) and the answer's cache policy,
   * which every subgraph's cache-control hint restricts. The answer comes as bytes (`{"data":…}`
   * and a newline, as the direct path writes a result without errors or extensions) when every
   * fetch succeeded and the shaper could write the data straight from the subgraphs' answers
   * (Shaper.write); otherwise as the result the executor gives Apollo Server.
   */
  async executeLeanBytes(
    plan: LeanPlan,
    request: { variables: Record<string, unknown>; operationName?: string },
    context: unknown,
    overallCachePolicy: unknown,
  ): Promise<{ bytes: Buffer } | { result: ExecutionResult }> {
    const requestContext = { request, context, overallCachePolicy } as unknown as RequestContext;
    const { data, errors } = await this.fetchAll(plan, requestContext);
    const write = plan.shaper.write;
    if (write && errors.length === 0) {
      const bytes = JsonWriter.write((writer) => {
        writer.ascii('{"data":');
        if (!write(data, writer)) return false;
        writer.ascii('}\n');
        return true;
      });
      if (bytes) return { bytes };
    }
    return { result: this.shapeResult(plan, data, errors, request.variables) };
  }

  private async execute(prepared: Extract<Prepared, { kind: 'lean' }>, requestContext: RequestContext): Promise<ExecutionResult> {
    const { data, errors } = await this.fetchAll(prepared, requestContext);
    return this.shapeResult(prepared, data, errors, requestContext.request.variables ?? {});
  }

  /** Runs the plan's fetch groups: the subgraphs' data merged, and the errors they gave. */
  private async fetchAll(prepared: Extract<Prepared, { kind: 'lean' }>, requestContext: RequestContext): Promise<{ data: ResultMap; errors: GraphQLError[] }> {
    const data: ResultMap = Object.create(null);
    const errors: GraphQLError[] = [];
    /** Fetches that answered with errors: entities they returned are not reused. */
    const failed = new Set<number>();
    const done: Promise<void>[] = [];
    for (const [index, group] of prepared.groups.entries()) {
      const waitFor = group.dependsOn.map((g) => done[g]);
      const run = () => this.runGroup(prepared, index, group, requestContext, data, errors, failed);
      done[index] = (waitFor.length ? Promise.all(waitFor).then(run) : run()).catch((error) => {
        errors.push(error);
      });
    }
    await Promise.all(done);
    return { data, errors };
  }

  /** The result of merged data: shaped by the operation, with the fetches' errors and shaping's own. */
  private shapeResult(prepared: Extract<Prepared, { kind: 'lean' }>, data: ResultMap, errors: GraphQLError[], variables: Record<string, unknown>): ExecutionResult {
    let shaped;
    try {
      shaped = prepared.shaper.shape(data, variables);
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      return { errors: [new GraphQLError((error as Error).message, { originalError: error as Error })] };
    }
    // As Apollo's gateway: shaping errors are only reported (as extensions) when nothing else failed.
    if (errors.length === 0 && shaped.errors.length > 0) return { extensions: { valueCompletion: shaped.errors }, data: shaped.data };
    return errors.length === 0 ? { data: shaped.data } : { errors, data: shaped.data };
  }

  private async runGroup(
    prepared: Extract<Prepared, { kind: 'lean' }>,
    groupIndex: number,
    group: FetchGroup,
    requestContext: RequestContext,
    data: ResultMap,
    errors: GraphQLError[],
    failed: Set<number>,
  ): Promise<void> {
    const requestVariables = requestContext.request.variables ?? {};
    const source = this.sources.get(group.serviceName);
    if (!source) throw new Error(`Couldn't find service with name "${group.serviceName}"`);

    interface Member {
      fetch: StagedFetch;
      entities: ResultMap[];
      /** For every entity, the index of its representation in its slot's list, -1 for none. */
      representationOf: number[];
    }
    // Slots: one `_entities` list of the request each. Entity fetches with the same operation body
    // (the same selection of the same type, e.g. a province card under operators, complaints and
    // instruments) share a slot: their representations are sent once, as one deduplicated list,
    // and every member takes its entities' data from it.
    interface Slot {
      members: Member[];
      representations: ResultMap[];
      /** Index in `representations` by the representation's JSON. */
      indexOf: Map<string, number>;
    }
    const members: Member[] = [];
    const slots: Slot[] = [];
    const slotOfBody = new Map<string, Slot>();
    const variables: Record<string, unknown> = Object.create(null);
    for (const fetch of group.fetches) {
      const raw = flattenAtPath(data, fetch.path);
      if (raw === undefined || raw === null) continue;
      const entities: ResultMap[] = Array.isArray(raw) ? raw.filter((e) => e !== null && e !== undefined) : [raw];
      if (entities.length === 0) continue;
      for (const name of fetch.node.variableUsages ?? []) {
        if (Object.prototype.hasOwnProperty.call(requestVariables, name) && requestVariables[name] !== undefined) variables[name] = requestVariables[name];
      }
      const member: Member = { fetch, entities, representationOf: [] };
      const requires = fetch.node.requires;
      if (!requires) {
        members.push(member);
        slots.push({ members: [member], representations: [], indexOf: new Map() });
        continue;
      }
      const reuse = prepared.reuse.get(fetch.index);
      const earlier = reuse && this.fetchedEarlier(reuse, requires, data, failed);
      let slot: Slot | undefined;
      for (const entity of entities) {
        const representation = this.selectRequired(entity, requires);
        if (!representation || !representation.__typename) {
          member.representationOf.push(-1);
          continue;
        }
        const key = JSON.stringify(representation);
        const source = earlier?.get(key);
        const copy = source && copyFields(source, reuse!.fields);
        if (copy) {
          deepMerge(entity, copy);
          member.representationOf.push(-1);
          continue;
        }
        if (!slot) {
          slot = slotOfBody.get(fetch.body);
          if (!slot) {
            slot = { members: [], representations: [], indexOf: new Map() };
            slotOfBody.set(fetch.body, slot);
            slots.push(slot);
          }
        }
        let index = slot.indexOf.get(key);
        if (index === undefined) {
          index = slot.representations.length;
          slot.representations.push(representation);
          slot.indexOf.set(key, index);
        }
        member.representationOf.push(index);
      }
      // nothing left to ask for (every entity copied or without a representation)
      if (!slot) continue;
      slot.members.push(member);
      members.push(member);
    }
    if (members.length === 0) return;

    let query: string;
    let operationName: string | undefined;
    const single = slots.length === 1;
    if (single) {
      const { node } = slots[0].members[0].fetch;
      query = node.operation;
      operationName = node.operationName;
      if (node.requires) variables.representations = slots[0].representations;
    } else {
      const key = `${groupIndex}:${members.map((m) => m.fetch.index).join(',')}`;
      operationName = `${members[0].fetch.node.operationName ?? 'Operation'}__merged`;
      let merged = prepared.merged.get(key);
      if (!merged) {
        merged = mergeEntityFetches(slots.map((slot) => slot.members[0].fetch.node.operation), operationName);
        prepared.merged.set(key, merged);
      }
      query = merged;
      slots.forEach((slot, i) => (variables[`r${i}`] = slot.representations));
    }
    this.options.onSubgraphRequest?.(group.serviceName, query);

    const request = { query, variables, operationName };
    const response =
      'sendQuery' in source
        ? await (source as LeanSource).sendQuery(request, requestContext, requestContext.context)
        : await source.process({
            kind: 'incoming operation', // GraphQLDataSourceRequestKind.INCOMING_OPERATION (not exported)
            request,
            incomingRequestContext: requestContext,
            context: requestContext.context,
            pathInIncomingRequest: undefined,
          } as Parameters<GraphQLDataSource['process']>[0]);

    if (response.errors) {
      for (const member of members) failed.add(member.fetch.index);
      for (const error of response.errors) {
        let slot = slots[0];
        let path = error.path;
        if (!single && path && typeof path[0] === 'string') {
          const match = /^e(\d+)$/.exec(path[0]);
          if (match && slots[Number(match[1])]) {
            slot = slots[Number(match[1])];
            path = ['_entities', ...path.slice(1)];
          }
        }
        for (const mappedPath of this.errorPaths(slot.members, path, data)) errors.push(downstreamServiceError(error, group.serviceName, mappedPath));
      }
    }
    const received = response.data;
    if (!received) return;
    slots.forEach((slot, i) => {
      try {
        if (!slot.members[0].fetch.node.requires) {
          deepMerge(data, received);
          return;
        }
        const list = received[single ? '_entities' : `e${i}`];
        if (!Array.isArray(list)) throw new Error(`Expected "data._entities" in response to be an array`);
        if (list.length !== slot.representations.length) throw new Error(`Expected "data._entities" to contain ${slot.representations.length} elements`);
        for (const member of slot.members) {
          member.entities.forEach((entity, e) => {
            const r = member.representationOf[e];
            if (r < 0) return;
            const entityData = list[r];
            if (entityData && !entityData.__typename) entityData.__typename = entity.__typename;
            deepMerge(entity, entityData);
          });
        }
      } catch (error) {
        for (const member of slot.members) failed.add(member.fetch.index);
        errors.push(error as GraphQLError);
      }
    });
  }

  /** The objects earlier fetches of this request returned that an entity fetch can copy from, by representation. */
  private fetchedEarlier(reuse: Reuse, requires: QueryPlanSelectionNode[], data: ResultMap, failed: Set<number>): Map<string, ResultMap> | undefined {
    let found: Map<string, ResultMap> | undefined;
    for (const source of reuse.sources) {
      if (failed.has(source.fetch)) continue;
      let raw;
      try {
        raw = flattenAtPath(data, source.path);
      } catch {
        continue; // not the shape the plan expects: its own fetch reported it
      }
      const objects: unknown[] = Array.isArray(raw) ? raw : [raw];
      for (const object of objects) {
        if (!isObject(object)) continue;
        const representation = this.selectRequired(object, requires);
        if (!representation?.__typename) continue;
        const key = JSON.stringify(representation);
        found ??= new Map();
        if (!found.has(key)) found.set(key, object);
      }
    }
    return found;
  }

  /**
   * The response paths of a subgraph error: `_entities[i]...` becomes the path of every entity
   * asking for representation i, in every fetch sharing the list.
   */
  private errorPaths(members: { fetch: StagedFetch; representationOf: number[] }[], path: readonly (string | number)[] | undefined, data: ResultMap): ((string | number)[] | undefined)[] {
    if (!path) return [undefined];
    if (members[0].fetch.node.requires && typeof path[1] === 'number') {
      const out: (string | number)[][] = [];
      for (const member of members) {
        const hydrated: (string | number)[][] = [];
        generateHydratedPaths([], member.fetch.path, data, hydrated);
        member.representationOf.forEach((r, e) => {
          if (r === path[1]) out.push([...(hydrated[e] ?? []), ...path.slice(2)]);
        });
      }
      return out.length ? out : [[...path.slice(2)]];
    }
    return [[...members[0].fetch.path, ...path]];
  }

  /** An entity's representation: its `requires` selection (executeQueryPlan's executeSelectionSet). */
  private selectRequired(source: ResultMap | null, selections: QueryPlanSelectionNode[]): ResultMap | null {
    if (source === null) return null;
    const result: ResultMap = Object.create(null);
    for (const selection of selections) {
      if (selection.kind === 'Field') {
        const responseName = selection.alias ?? selection.name;
        if (!Object.prototype.hasOwnProperty.call(source, responseName) || source[responseName] === undefined) return null;
        const value = source[responseName];
        const inner = selection.selections;
        if (Array.isArray(value)) result[responseName] = value.map((v) => (inner ? this.selectRequired(v, inner) : v));
        else if (inner) result[responseName] = this.selectRequired(value, inner);
        else result[responseName] = value;
      } else if (selection.typeCondition && this.isObjectOfType(source, selection.typeCondition)) {
        deepMerge(result, this.selectRequired(source, selection.selections));
      }
    }
    return result;
  }

  private isObjectOfType(object: ResultMap, typeCondition: string): boolean {
    const typename = object.__typename;
    if (!typename) return false;
    if (typename === typeCondition) return true;
    const key = `${typeCondition}\0${typename}`;
    let result = this.typeMatches.get(key);
    if (result === undefined) {
      const schema = this.supergraphGraphQLSchema();
      const type = schema.getType(typename);
      const condition = schema.getType(typeCondition);
      result = !!type && !!condition && isAbstractType(condition) && (isObjectType(type) || isInterfaceType(type)) && schema.isSubType(condition, type);
      this.typeMatches.set(key, result);
    }
    return result;
  }

  private supergraphJs?: GraphQLSchema;
  private supergraphGraphQLSchema(): GraphQLSchema {
    this.supergraphJs ??= this.supergraphSchema!.toGraphQLJSSchema();
    return this.supergraphJs;
  }
}

/** Apollo's downstreamServiceError: the subgraph's error, its path in the client's response, naming the service. */
function downstreamServiceError(original: GraphQLFormattedError, serviceName: string, path: (string | number)[] | undefined): GraphQLError {
  const message = original.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = { originalError: original as Error, path, extensions: { ...original.extensions, serviceName } };
  const codeDef = errorCodeDef(original);
  if (!codeDef && original.extensions?.code) return new GraphQLError(message, options);
  return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}

function flattenAtPath(value: any, path: string[], from = 0): any {
  if (from === path.length || value === undefined || value === null) return value;
  const head = path[from];
  if (head === '@') return (value as any[]).flatMap((element) => flattenAtPath(element, path, from + 1));
  if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${head}`);
  return flattenAtPath(Object.prototype.hasOwnProperty.call(value, head) ? value[head] : undefined, path, from + 1);
}

function generateHydratedPaths(parent: (string | number)[], path: string[], data: any, result: (string | number)[][]): void {
  if (data === null || data === undefined) return;
  const head = path[0];
  if (head === undefined) result.push(parent.slice());
  else if (head === '@') {
    (data as any[]).forEach((value, i) => {
      parent.push(i);
      generateHydratedPaths(parent, path.slice(1), value, result);
      parent.pop();
    });
  } else if (Array.isArray(data)) {
    data.forEach((value, i) => {
      parent.push(i);
      generateHydratedPaths(parent, path, value, result);
      parent.pop();
    });
  } else if (Object.prototype.hasOwnProperty.call(data, head)) {
    parent.push(head);
    generateHydratedPaths(parent, path.slice(1), data[head], result);
    parent.pop();
  }
}

const isObject = (value: unknown): value is ResultMap => value !== null && typeof value === 'object' && !Array.isArray(value);

/** @apollo/gateway's deepMerge. */
function deepMerge(target: any, source: any): any {
  if (source === undefined || source === null) return target;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = undefined;
    const existing = target[key];
    if (existing && isObject(value)) deepMerge(existing, value);
    else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i++) {
        if (isObject(existing[i]) && isObject(value[i])) deepMerge(existing[i], value[i]);
        else existing[i] = value[i];
      }
    } else target[key] = value;
  }
  return target;
}

/** The executor to use: ROUTER_EXECUTOR=apollo forces Apollo's everywhere. */
export function executorModeFromEnv(env: NodeJS.ProcessEnv = process.env): ExecutorMode {
  return env.ROUTER_EXECUTOR === 'apollo' ? 'apollo' : 'lean';
}
