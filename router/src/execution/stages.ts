import type { FetchNode, PlanNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type OperationDefinitionNode, type VariableDefinitionNode } from 'graphql';

/**
 * Turns Apollo's query plan into groups of subgraph fetches, each group one HTTP request:
 *
 * - a fetch depends only on the earlier fetches whose response paths overlap its own (one path a
 *   prefix of the other); fetches under disjoint paths never wait for each other, whatever the
 *   plan's Sequence nesting says;
 * - a "leaf" entity fetch (no later fetch reads anything below its path) is deferred to the last
 *   level at which its subgraph is asked anything, and entity fetches to the same subgraph at the
 *   same level go as one request (aliased `_entities` fields) — the deep benchmark query's four
 *   identity requests for provinces at different depths become one.
 *
 * Plans with nodes this does not handle (Defer, Condition, Subscription, rewrites) give `null`:
 * the caller runs them through Apollo's executor.
 */

export interface StagedFetch {
  index: number;
  node: FetchNode;
  /** Where its entities are, from the root (`@` = every element of a list); [] for a root fetch. */
  path: string[];
  /**
   * The operation without its name: entity fetches of one group with the same body ask the same
   * of the same representations, so a merged request sends them once, as one list.
   */
  body: string;
}

export interface FetchGroup {
  serviceName: string;
  level: number;
  fetches: StagedFetch[];
  /** Groups that must have finished first. */
  dependsOn: number[];
}

export interface Staging {
  groups: FetchGroup[];
  fetchCount: number;
}

class Unsupported extends Error {}

function overlaps(a: string[], b: string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function stagePlan(plan: QueryPlan): Staging | null {
  if (!plan.node) return { groups: [], fetchCount: 0 };
  const fetches: StagedFetch[] = [];
  const before: Set<number>[] = [];
  try {
    const walk = (node: PlanNode | SubscriptionNode, earlier: Set<number>, path: string[]): Set<number> => {
      switch (node.kind) {
        case 'Fetch': {
          if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) throw new Unsupported('rewrites');
          if (node.operationKind !== 'query') throw new Unsupported(node.operationKind);
          if (!node.requires && path.length > 0) throw new Unsupported('root fetch below the root');
          const index = fetches.length;
          fetches.push({ index, node, path, body: node.operation.replace(/^\s*query\s+[_A-Za-z][_0-9A-Za-z]*/, '') });
          before.push(earlier);
          return new Set([index]);
        }
        case 'Flatten': {
          if (path.length) throw new Unsupported('nested flatten');
          return walk(node.node, earlier, node.path.map(String));
        }
        case 'Sequence': {
          const all = new Set<number>();
          let seen = new Set(earlier);
          for (const child of node.nodes) {
            const produced = walk(child, seen, path);
            seen = new Set([...seen, ...produced]);
            for (const p of produced) all.add(p);
          }
          return all;
        }
        case 'Parallel': {
          const all = new Set<number>();
          for (const child of node.nodes) for (const p of walk(child, earlier, path)) all.add(p);
          return all;
        }
        default:
          throw new Unsupported(node.kind);
      }
    };
    walk(plan.node, new Set(), []);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }

  // Real dependencies: an earlier fetch whose path overlaps (it wrote what this one reads, or below).
  const deps = fetches.map((f, i) => [...before[i]].filter((d) => overlaps(fetches[d].path, f.path)));
  const level: number[] = [];
  for (let i = 0; i < fetches.length; i++) level[i] = deps[i].length ? 1 + Math.max(...deps[i].map((d) => level[d])) : 0;
  const hasDependents = new Set(deps.flat());
  // Defer leaf entity fetches to the last level their subgraph is asked at (no earlier than their own).
  const target = level.slice();
  for (let i = 0; i < fetches.length; i++) {
    if (hasDependents.has(i) || !fetches[i].node.requires) continue;
    const service = fetches[i].node.serviceName;
    let latest = level[i];
    for (let j = 0; j < fetches.length; j++) if (fetches[j].node.serviceName === service && fetches[j].node.requires && level[j] > latest) latest = level[j];
    target[i] = latest;
  }
  const groups: FetchGroup[] = [];
  const groupOf: number[] = [];
  const byKey = new Map<string, number>();
  const order = fetches.map((_, i) => i).sort((a, b) => target[a] - target[b] || a - b);
  for (const i of order) {
    const f = fetches[i];
    // Root fetches each go alone; entity fetches share a request per subgraph and level.
    const key = f.node.requires ? `${f.node.serviceName}\0${target[i]}` : `root\0${i}`;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push({ serviceName: f.node.serviceName, level: target[i], fetches: [], dependsOn: [] });
      byKey.set(key, g);
    }
    groups[g].fetches.push(f);
    groupOf[i] = g;
  }
  for (const [i, f] of fetches.entries()) {
    const group = groups[groupOf[i]];
    for (const d of deps[f.index]) if (groupOf[d] !== groupOf[i] && !group.dependsOn.includes(groupOf[d])) group.dependsOn.push(groupOf[d]);
  }
  return { groups, fetchCount: fetches.length };
}

/**
 * One subgraph operation asking for several entity fetches at once: fetch i's `_entities` field
 * becomes `e<i>: _entities(representations: $r<i>)`, its fragments get a `__<i>` suffix; the
 * request's own variables keep their names (all fetches come from the same request).
 */
export function mergeEntityFetches(operations: string[], name: string): string {
  const variables = new Map<string, VariableDefinitionNode>();
  const selections: OperationDefinitionNode['selectionSet']['selections'][number][] = [];
  const fragments: DefinitionNode[] = [];
  operations.forEach((text, i) => {
    const document: DocumentNode = visit(parse(text, { noLocation: true }), {
      FragmentDefinition: (node) => ({ ...node, name: { ...node.name, value: `${node.name.value}__${i}` } }),
      FragmentSpread: (node) => ({ ...node, name: { ...node.name, value: `${node.name.value}__${i}` } }),
      Variable: (node) => (node.name.value === 'representations' ? { ...node, name: { ...node.name, value: `r${i}` } } : undefined),
    });
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.push(definition);
        continue;
      }
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const v of definition.variableDefinitions ?? []) if (!variables.has(v.variable.name.value)) variables.set(v.variable.name.value, v);
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD || selection.name.value !== '_entities') throw new Error(`not an entity fetch: ${text}`);
        selections.push({ ...selection, alias: { kind: Kind.NAME, value: `e${i}` } });
      }
    }
  });
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: name },
    variableDefinitions: [...variables.values()],
    selectionSet: { kind: Kind.SELECTION_SET, selections },
  };
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });
}
