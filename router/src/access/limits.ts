import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isCompositeType,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  isObjectType,
  isInterfaceType,
} from 'graphql';
import type { Principal } from '@metrograph/kit';

/** What one operation asks for, measured before it runs. */
export interface OperationShape {
  /** Deepest field nesting (introspection fields not counted). */
  depth: number;
  aliases: number;
  rootFields: number;
  /** Estimated cost: every field 1, times the rows of the lists it is inside (first/last, else 10 for plain lists). */
  cost: number;
  /** Largest first/last asked for anywhere. */
  maxRows: number;
  /** Root fields that are __schema or __type. */
  introspection: boolean;
  /** Root fields other than introspection and __typename. */
  dataRootFields: string[];
}

export interface OperationLimits {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

/** Limits per kind of caller (design: the router caps operations at the door). */
export const DEFAULT_LIMITS: Record<'anonymous' | 'user' | 'analyst' | 'api-client' | 'system', OperationLimits> = {
  anonymous: { depth: 10, aliases: 10, rootFields: 5, cost: 2_000 },
  user: { depth: 12, aliases: 30, rootFields: 20, cost: 20_000 },
  analyst: { depth: 15, aliases: 50, rootFields: 30, cost: 100_000 },
  'api-client': { depth: 10, aliases: 20, rootFields: 10, cost: 10_000 },
  system: { depth: 30, aliases: 500, rootFields: 100, cost: 10_000_000 },
};

/** Rows a page asks for at most: subgraphs refuse more, so more does not cost more. */
const PAGE_CAP = 100;
const PLAIN_LIST_ROWS = 10;

export function callerClass(principal: Principal): keyof typeof DEFAULT_LIMITS {
  if (principal.kind === 'user') return principal.roles.some((r) => r === 'ANALYST' || r === 'ADMIN') ? 'analyst' : 'user';
  // An anonymous caller seeing every province exists only where the router was told so (a local
  // demo, openAccess in tests): it gets the limits of a signed-in user.
  if (principal.kind === 'anonymous' && principal.provinceCodes === null) return 'user';
  return principal.kind;
}

/** Only signed-in analysts and administrators may introspect the graph. */
export function mayIntrospect(principal: Principal): boolean {
  return principal.kind === 'system' || callerClass(principal) === 'analyst';
}

export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): OperationShape {
  const shape: OperationShape = { depth: 0, aliases: 0, rootFields: 0, cost: 0, maxRows: 0, introspection: false, dataRootFields: [] };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const numberArg = (node: { arguments?: readonly { name: { value: string }; value: any }[] }, name: string): number | null => {
    const arg = node.arguments?.find((a) => a.name.value === name);
    if (!arg) return null;
    const value = arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : valueFromASTUntyped(arg.value, variables);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType | null | undefined, depth: number, multiplier: number, isRoot: boolean, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        walk(fragment.selectionSet, isCompositeType(type) ? type : parent, depth, multiplier, isRoot, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        walk(selection.selectionSet, isCompositeType(type) ? type : parent, depth, multiplier, isRoot, seen);
        continue;
      }
      const name = selection.name.value;
      if (selection.alias) shape.aliases++;
      if (isRoot) {
        shape.rootFields++;
        if (name === '__schema' || name === '__type') shape.introspection = true;
        else if (name !== '__typename') shape.dataRootFields.push(name);
      }
      if (name.startsWith('__')) continue;
      shape.depth = Math.max(shape.depth, depth);
      shape.cost += multiplier;
      if (!selection.selectionSet) continue;
      const fieldDef = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      const first = numberArg(selection, 'first');
      const last = numberArg(selection, 'last');
      const rows = Math.max(first ?? 0, last ?? 0);
      shape.maxRows = Math.max(shape.maxRows, rows);
      let childMultiplier = multiplier;
      if (first !== null || last !== null) childMultiplier = multiplier * Math.max(1, Math.min(rows, PAGE_CAP));
      // edges/nodes of a connection are the page already counted; other lists count as ten rows
      else if (fieldDef && isListType(getNullableType(fieldDef.type)) && name !== 'edges' && name !== 'nodes') childMultiplier = multiplier * PLAIN_LIST_ROWS;
      const next = fieldDef ? getNamedType(fieldDef.type) : null;
      // totalCount and pageInfo of a connection are one per page, not one per row.
      if (first !== null || last !== null) {
        const perPage = selection.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && (s.name.value === 'totalCount' || s.name.value === 'pageInfo'));
        const perRow = selection.selectionSet.selections.filter((s) => !perPage.includes(s));
        if (perPage.length) walk({ ...selection.selectionSet, selections: perPage }, isCompositeType(next) ? next : null, depth + 1, multiplier, false, seen);
        walk({ ...selection.selectionSet, selections: perRow }, isCompositeType(next) ? next : null, depth + 1, childMultiplier, false, seen);
      } else {
        walk(selection.selectionSet, isCompositeType(next) ? next : null, depth + 1, childMultiplier, false, seen);
      }
    }
  };
  walk(operation.selectionSet, root, 1, 1, true, new Set());
  return shape;
}

/** The first limit an operation breaks, as the error the caller gets (before anything runs). */
export function limitError(shape: OperationShape, limits: OperationLimits, callerKind: string): GraphQLError | null {
  const checks: [keyof OperationLimits, number, string][] = [
    ['depth', shape.depth, 'nesting depth'],
    ['aliases', shape.aliases, 'aliases'],
    ['rootFields', shape.rootFields, 'root fields'],
    ['cost', shape.cost, 'estimated cost'],
  ];
  for (const [limit, actual, words] of checks) {
    if (actual > limits[limit]) {
      return new GraphQLError(`Operation refused: ${words} ${actual} exceeds the limit of ${limits[limit]} for ${callerKind} callers (limit: ${limit}).`, {
        extensions: { code: 'OPERATION_LIMIT', limit, actual, maximum: limits[limit], http: { status: 400 } },
      });
    }
  }
  return null;
}
