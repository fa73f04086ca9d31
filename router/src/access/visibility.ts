import {
  buildASTSchema,
  Kind,
  parse,
  printSchema,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';
import { AccessLevel, type Principal } from '@metrograph/kit';
import { FUNCTIONS, PUBLIC, fieldFunctions, typeFunction, type GraphFacts } from './functions.js';

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** Functions the caller may see (VIEW or more); the key that selects their schema. */
export function visibleFunctions(principal: Principal): Set<string> {
  const visible = new Set<string>([PUBLIC]);
  if (principal.kind === 'system') for (const fn of FUNCTIONS) visible.add(fn);
  for (const [fn, level] of Object.entries(principal.rights)) if (level >= AccessLevel.VIEW) visible.add(fn);
  return visible;
}

/**
 * The schema as a caller with these visible functions is served it: every type and field of a
 * function they have NO_ACCESS to is gone, as if it did not exist (002 §4.8.5), and so is anything
 * that can only be reached through it. Built from the API schema's SDL with graphql-js alone.
 */
export function filterSchema(schema: GraphQLSchema, visible: Set<string>, facts: GraphFacts): GraphQLSchema {
  const document = parse(printSchema(schema));
  const hidden = new Set<string>();
  const canSee = (fn: string | null) => fn === null || visible.has(fn);
  for (const definition of document.definitions) {
    if ('name' in definition && definition.name && !canSee(typeFunction(definition.name.value, facts))) hidden.add(definition.name.value);
  }
  let definitions: DefinitionNode[] = [...document.definitions];
  // Hiding a type hides the fields that return or take it, which can empty a type: repeat until stable.
  for (let changed = true; changed; ) {
    changed = false;
    const argsVisible = (args: readonly InputValueDefinitionNode[] | undefined) => (args ?? []).every((a) => !hidden.has(namedType(a.type)));
    definitions = definitions.flatMap((definition): DefinitionNode[] => {
      if (!('name' in definition) || !definition.name) return [definition];
      const typeName = definition.name.value;
      if (hidden.has(typeName)) return [];
      if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        const fields = (definition.fields ?? []).filter(
          (f: FieldDefinitionNode) =>
            !hidden.has(namedType(f.type)) && argsVisible(f.arguments) && fieldFunctions(typeName, f.name.value, namedType(f.type), facts).every((fn) => visible.has(fn)),
        );
        if (fields.length === 0) {
          hidden.add(typeName);
          changed = true;
          return [];
        }
        const interfaces = (definition.interfaces ?? []).filter((i) => !hidden.has(i.name.value));
        if (fields.length !== (definition.fields ?? []).length || interfaces.length !== (definition.interfaces ?? []).length) changed = true;
        return [{ ...definition, fields, interfaces }];
      }
      if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
        const all = definition.fields ?? [];
        if (all.some((f) => hidden.has(namedType(f.type)) && f.type.kind === Kind.NON_NULL_TYPE)) {
          hidden.add(typeName);
          changed = true;
          return [];
        }
        const fields = all.filter((f) => !hidden.has(namedType(f.type)));
        if (fields.length === 0) {
          hidden.add(typeName);
          changed = true;
          return [];
        }
        if (fields.length !== all.length) changed = true;
        return [{ ...definition, fields }];
      }
      if (definition.kind === Kind.UNION_TYPE_DEFINITION) {
        const types = (definition.types ?? []).filter((t) => !hidden.has(t.name.value));
        if (types.length === 0) {
          hidden.add(typeName);
          changed = true;
          return [];
        }
        if (types.length !== (definition.types ?? []).length) changed = true;
        return [{ ...definition, types }];
      }
      return [definition];
    });
  }
  // Drop types nothing visible refers to any more (e.g. the enums of a hidden filter).
  const reachable = new Set<string>();
  const byName = new Map(definitions.filter((d): d is DefinitionNode & { name: { value: string } } => 'name' in d && !!d.name).map((d) => [d.name.value, d]));
  const visit = (name: string) => {
    if (reachable.has(name) || !byName.has(name)) return;
    reachable.add(name);
    const definition = byName.get(name)! as DefinitionNode;
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      for (const f of definition.fields ?? []) {
        visit(namedType(f.type));
        for (const a of f.arguments ?? []) visit(namedType(a.type));
      }
      for (const i of definition.interfaces ?? []) visit(i.name.value);
    } else if (definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const f of definition.fields ?? []) visit(namedType(f.type));
    } else if (definition.kind === Kind.UNION_TYPE_DEFINITION) {
      for (const t of definition.types ?? []) visit(t.name.value);
    }
  };
  for (const root of ['Query', 'Mutation', 'Subscription']) visit(root);
  for (const definition of definitions) {
    if (definition.kind === Kind.DIRECTIVE_DEFINITION) for (const a of definition.arguments ?? []) visit(namedType(a.type));
  }
  // Implementations of visible interfaces stay reachable through them.
  for (const [name, definition] of byName) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && (definition.interfaces ?? []).some((i) => reachable.has(i.name.value))) visit(name);
  }
  const kept = definitions.filter((d) => !('name' in d) || !d.name || d.kind === Kind.DIRECTIVE_DEFINITION || reachable.has(d.name.value) || d.kind === Kind.SCALAR_TYPE_DEFINITION);
  return buildASTSchema({ kind: Kind.DOCUMENT, definitions: kept } as DocumentNode, { assumeValidSDL: true });
}

/** Filtered schemas, one per API schema and set of visible functions. */
export class SchemaViews {
  private readonly cache = new WeakMap<GraphQLSchema, Map<string, GraphQLSchema>>();

  constructor(private readonly facts: GraphFacts) {}

  forPrincipal(schema: GraphQLSchema, principal: Principal): GraphQLSchema {
    const visible = visibleFunctions(principal);
    const key = [...visible].sort().join(',');
    let views = this.cache.get(schema);
    if (!views) {
      views = new Map();
      this.cache.set(schema, views);
    }
    let view = views.get(key);
    if (!view) {
      view = filterSchema(schema, visible, this.facts);
      views.set(key, view);
    }
    return view;
  }
}
