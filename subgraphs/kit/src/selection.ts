import {
  getNamedType, isObjectType, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import { entityMeta } from './rows.js';

/**
 * What a field resolver of a node type reads of its root, by field name: e.g. `province` reads
 * only `provinceCode`. Fields with a resolver that are not named here may read anything.
 */
export type FieldReads = Readonly<Record<string, readonly string[]>>;

/** The fields selected directly under `selections` (fragments spread and inlined), by name. */
function collectFields(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: FieldNode[], seen = new Set<string>()): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) into.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collectFields(selection.selectionSet, fragments, into, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      collectFields(fragments[selection.name.value]?.selectionSet, fragments, into, seen);
    }
  }
  return into;
}

/**
 * The entity properties a connection's nodes need to answer this selection (`edges { node { … } }`),
 * or null when the selection may need any of them. A node field without a resolver reads the
 * property of its name; a field with a resolver reads what `reads` says it does, and one not named
 * there (or a field that is no stored property) makes the answer null: every column is read, as
 * before. The primary key is always included; callers add their sort keys and parent column.
 */
export function connectionNodeProperties(em: EntityManager, entityName: EntityName<any>, info: GraphQLResolveInfo, reads: FieldReads = {}): string[] | null {
  // graphql-js hands every parent of a list (and every request of a cached document) the same
  // fieldNodes array, so the answer is worked out once per field of a document
  let known = answered.get(info.fieldNodes);
  if (!known) answered.set(info.fieldNodes, (known = new Map()));
  const key = `${entityMeta(em, entityName).className}:${JSON.stringify(reads)}`;
  let properties = known.get(key);
  if (properties === undefined) known.set(key, (properties = nodeProperties(em, entityName, info, reads)));
  return properties;
}

/**
 * Whether the field's selection names `name` directly (through fragments; @skip/@include not
 * evaluated, so a conditionally selected field counts as selected), e.g. a connection's totalCount.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  let known = selected.get(info.fieldNodes);
  if (!known) selected.set(info.fieldNodes, (known = new Map()));
  let answer = known.get(name);
  if (answer === undefined) {
    answer = info.fieldNodes.some((fieldNode) => collectFields(fieldNode.selectionSet, info.fragments, []).some((field) => field.name.value === name));
    known.set(name, answer);
  }
  return answer;
}

/** selectsField's answers by the field's nodes, then by name. */
const selected = new WeakMap<readonly FieldNode[], Map<string, boolean>>();

/** connectionNodeProperties' answers by the field's nodes, then by entity and reads. */
const answered = new WeakMap<readonly FieldNode[], Map<string, string[] | null>>();

/** connectionNodeProperties, worked out. */
function nodeProperties(em: EntityManager, entityName: EntityName<any>, info: GraphQLResolveInfo, reads: FieldReads): string[] | null {
  const connectionType = getNamedType(info.returnType);
  if (!isObjectType(connectionType)) return null;
  const edgeType = getNamedType(connectionType.getFields().edges?.type);
  if (!isObjectType(edgeType)) return null;
  const nodeType = getNamedType(edgeType.getFields().node?.type);
  if (!isObjectType(nodeType)) return null;
  const nodeFields: FieldNode[] = [];
  for (const fieldNode of info.fieldNodes) {
    for (const edges of collectFields(fieldNode.selectionSet, info.fragments, [])) {
      if (edges.name.value !== 'edges') continue;
      for (const node of collectFields(edges.selectionSet, info.fragments, [])) {
        if (node.name.value === 'node') collectFields(node.selectionSet, info.fragments, nodeFields);
      }
    }
  }
  return propertiesRead(em, entityName, nodeType, nodeFields, reads);
}

/** The properties that answering `fields` of `type` reads from an entity, or null when not known. */
function propertiesRead(em: EntityManager, entityName: EntityName<any>, type: GraphQLObjectType, fields: FieldNode[], reads: FieldReads): string[] | null {
  const meta = entityMeta(em, entityName);
  const properties = new Set<string>(meta.primaryKeys);
  const typeFields = type.getFields();
  for (const field of fields) {
    const name = field.name.value;
    if (name === '__typename') continue;
    const definition = typeFields[name];
    if (!definition) return null;
    if (definition.resolve === undefined) {
      // graphql-js's default resolver: the property of the field's name
      const prop = meta.properties[name];
      if (!prop || prop.persist === false || prop.formula || prop.fieldNames?.length !== 1 || (prop.kind !== 'scalar' && prop.kind !== 'm:1')) return null;
      properties.add(name);
    } else {
      const read = reads[name];
      if (!read) return null;
      for (const property of read) {
        if (!meta.properties[property]) return null;
        properties.add(property);
      }
    }
  }
  return [...properties];
}
