import {
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  print,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { FetchGroup, StagedFetch } from './stages.js';

/**
 * Entities already fetched earlier in the same request are not fetched again. In the deep
 * benchmark query the complaints' respondents are the very operators the first registry request
 * returned, with the same fields and the same `instruments(first: 5)`: the planner still asks
 * registry for them a second time.
 *
 * When the plan is prepared, every entity fetch is compared with the objects the fetches it
 * waits for return: where one of those returns objects of the same type with every field the
 * entity fetch asks (same response name, field, arguments, and recursively the same below), those
 * objects are a source. At run time an entity whose key matches a source object gets that
 * object's fields copied (only what the fetch asks for), and only the others are sent to the
 * subgraph; when all match, no request is sent. Within one request only: nothing is kept between
 * requests or callers. Sources from a fetch that answered with any error are not used (the
 * subgraph is asked again and reports the error at the entity's own path, as without reuse).
 */

/** A selection set by response name: the field, its arguments and, for objects, its own selection. */
export type Fields = Map<string, { name: string; args: string; sub: Fields | null }>;

/** Where an earlier fetch of the same request put objects an entity fetch can copy from. */
export interface ReuseSource {
  /** The fetch that wrote them (not used when it answered with errors). */
  fetch: number;
  /** Their response path from the root (`@` = every element of a list). */
  path: string[];
}

/** How one entity fetch reuses entities: its sources and the fields to copy from them. */
export interface Reuse {
  sources: ReuseSource[];
  fields: Fields;
}

/** Objects a fetch returns: their type, path and what it selected on them. */
interface Site extends ReuseSource {
  type: string;
  fields: Fields;
}

/**
 * A selection set normalized by response name. Strict: anything it cannot compare exactly
 * (directives, fragments on another type, unknown fields) gives null; lenient: those are left out.
 */
function normalize(set: SelectionSetNode, parent: GraphQLNamedType, fragments: Map<string, FragmentDefinitionNode>, strict: boolean, into: Fields = new Map()): Fields | null {
  for (const selection of set.selections) {
    if (selection.directives?.length) {
      if (strict) return null;
      continue;
    }
    if (selection.kind === Kind.FIELD) {
      const responseName = selection.alias?.value ?? selection.name.value;
      const args = (selection.arguments ?? []).map((a) => print(a)).sort().join(', ');
      let sub: Fields | null = null;
      if (selection.selectionSet) {
        const type = isObjectType(parent) ? parent.getFields()[selection.name.value]?.type : undefined;
        const named = type && getNamedType(type);
        if (!named) {
          if (strict) return null;
          continue;
        }
        sub = normalize(selection.selectionSet, named, fragments, strict);
        if (!sub) return null;
      }
      const existing = into.get(responseName);
      if (!existing) into.set(responseName, { name: selection.name.value, args, sub });
      else if (existing.name !== selection.name.value || existing.args !== args || !existing.sub !== !sub) {
        if (strict) return null;
      } else if (existing.sub && sub) mergeFields(existing.sub, sub);
      continue;
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
    const condition = fragment?.typeCondition?.name.value;
    if (!fragment || (condition !== undefined && condition !== parent.name) || fragment.directives?.length) {
      if (strict) return null;
      continue;
    }
    if (!normalize(fragment.selectionSet, parent, fragments, strict, into)) return null;
  }
  return into;
}

function mergeFields(into: Fields, from: Fields): void {
  for (const [responseName, field] of from) {
    const existing = into.get(responseName);
    if (!existing) into.set(responseName, field);
    else if (existing.sub && field.sub) mergeFields(existing.sub, field.sub);
  }
}

/** Whether every field of `wanted` is in `available` with the same field, arguments and (recursively) selection. */
export function containsFields(available: Fields, wanted: Fields): boolean {
  for (const [responseName, field] of wanted) {
    const have = available.get(responseName);
    if (!have || have.name !== field.name || have.args !== field.args) return false;
    if (field.sub ? !have.sub || !containsFields(have.sub, field.sub) : have.sub) return false;
  }
  return true;
}

function parseOperation(fetch: StagedFetch): { operation: OperationDefinitionNode; fragments: Map<string, FragmentDefinitionNode> } | null {
  const document = parse(fetch.node.operation, { noLocation: true });
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | null = null;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operation = definition;
  }
  return operation && { operation, fragments };
}

/** An entity fetch's one `... on T { ... }` inside `_entities`, or null when it is anything else. */
function entitySelection(fetch: StagedFetch, schema: GraphQLSchema): { type: GraphQLObjectType; set: SelectionSetNode; fragments: Map<string, FragmentDefinitionNode> }[] | null {
  const parsed = parseOperation(fetch);
  if (!parsed) return null;
  const out = [];
  for (const field of parsed.operation.selectionSet.selections) {
    if (field.kind !== Kind.FIELD || field.name.value !== '_entities' || !field.selectionSet) return null;
    for (const inner of field.selectionSet.selections) {
      const type = inner.kind === Kind.INLINE_FRAGMENT && inner.typeCondition ? schema.getType(inner.typeCondition.name.value) : undefined;
      if (!type || !isObjectType(type) || inner.kind !== Kind.INLINE_FRAGMENT || inner.directives?.length) return null;
      out.push({ type, set: inner.selectionSet, fragments: parsed.fragments });
    }
  }
  return out;
}

/** The objects a fetch returns, at every depth, with what it selected on each. */
function sitesOf(fetch: StagedFetch, schema: GraphQLSchema): Site[] {
  const sites: Site[] = [];
  const walk = (fields: Fields, parent: GraphQLObjectType, path: string[]) => {
    for (const [responseName, field] of fields) {
      if (!field.sub) continue;
      const type = parent.getFields()[field.name]?.type;
      if (!type) continue;
      const at = [...path, responseName];
      let t: unknown = type;
      while (isNonNullType(t) || isListType(t)) {
        if (isListType(t)) at.push('@');
        t = (t as { ofType: unknown }).ofType;
      }
      if (!isObjectType(t)) continue;
      sites.push({ fetch: fetch.index, path: at, type: t.name, fields: field.sub });
      walk(field.sub, t, at);
    }
  };
  if (fetch.node.requires) {
    for (const { type, set, fragments } of entitySelection(fetch, schema) ?? []) {
      const fields = normalize(set, type, fragments, false);
      if (!fields) continue;
      sites.push({ fetch: fetch.index, path: fetch.path, type: type.name, fields });
      walk(fields, type, fetch.path);
    }
  } else {
    const parsed = parseOperation(fetch);
    const query = schema.getQueryType();
    const fields = parsed && query && normalize(parsed.operation.selectionSet, query, parsed.fragments, false);
    if (fields && query) walk(fields, query, fetch.path);
  }
  return sites;
}

const samePath = (a: string[], b: string[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * For each entity fetch that can copy entities from fetches it waits for: its sources and the
 * fields to copy. `schema` is the API schema: a field only the subgraphs see (@inaccessible) is
 * not compared, so an entity fetch asking for one is not reused.
 */
export function planReuse(groups: FetchGroup[], schema: GraphQLSchema): Map<number, Reuse> {
  const reuse = new Map<number, Reuse>();
  const sites = new Map<number, Site[]>();
  const sitesOfFetch = (fetch: StagedFetch) => {
    let found = sites.get(fetch.index);
    if (!found) sites.set(fetch.index, (found = sitesOf(fetch, schema)));
    return found;
  };
  const closure = (group: number, into = new Set<number>()): Set<number> => {
    for (const d of groups[group].dependsOn) {
      if (into.has(d)) continue;
      into.add(d);
      closure(d, into);
    }
    return into;
  };
  groups.forEach((group, g) => {
    const before = [...closure(g)].flatMap((d) => groups[d].fetches);
    if (before.length === 0) return;
    for (const fetch of group.fetches) {
      if (!fetch.node.requires) continue;
      const selections = entitySelection(fetch, schema);
      if (selections?.length !== 1) continue;
      const [{ type, set, fragments }] = selections;
      const fields = normalize(set, type, fragments, true);
      if (!fields || fields.size === 0) continue;
      const sources = before
        .flatMap(sitesOfFetch)
        .filter((site) => site.type === type.name && !samePath(site.path, fetch.path) && containsFields(site.fields, fields))
        .map(({ fetch: from, path }) => ({ fetch: from, path }));
      if (sources.length) reuse.set(fetch.index, { sources, fields });
    }
  });
  return reuse;
}

/** A copy of what `fields` selects from an object fetched earlier, or undefined when any of it is missing. */
export function copyFields(source: Record<string, any>, fields: Fields): Record<string, any> | undefined {
  const copy: Record<string, any> = Object.create(null);
  for (const [responseName, field] of fields) {
    const value = source[responseName];
    if (value === undefined || !Object.prototype.hasOwnProperty.call(source, responseName)) return undefined;
    if (!field.sub || value === null) copy[responseName] = value;
    else {
      const copied = copyValue(value, field.sub);
      if (copied === undefined) return undefined;
      copy[responseName] = copied;
    }
  }
  return copy;
}

function copyValue(value: any, fields: Fields): any {
  if (value === null) return null;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const copied = copyValue(value[i], fields);
      if (copied === undefined) return undefined;
      out[i] = copied;
    }
    return out;
  }
  if (typeof value !== 'object') return undefined;
  return copyFields(value, fields);
}
