import {
  Kind,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromAST,
  type DirectiveNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLEnumType,
  type GraphQLError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLInputType,
  typeFromAST,
} from 'graphql';
import { ERRORS } from '@apollo/federation-internals';
import type { JsonWriter } from '@metrograph/kit';

/**
 * Response shaping: the operation's selection set walked once over the data merged from the
 * subgraphs — aliases, fragments, __typename, @skip/@include, abstract types, and null propagation
 * for non-null fields — producing exactly what Apollo's gateway produces (its resultShaping.ts
 * `computeResponse`), with the walk compiled once per operation instead of re-read per request.
 */

/** An @skip/@include condition: a literal, or the name of the variable that decides it. */
type Condition = boolean | string | undefined;

interface FieldStep {
  kind: 'field';
  responseName: string;
  /** Whether Object.prototype has a property of that name (toString, constructor, ...). */
  inherited: boolean;
  /** The field's declared type, precompiled for the walk; `undefined` for __typename. */
  plan: TypePlan | undefined;
  selections: Step[] | undefined;
  skip: Condition;
  include: Condition;
}

interface FragmentStep {
  kind: 'fragment';
  typeCondition: GraphQLCompositeType | undefined;
  selections: Step[];
  skip: Condition;
  include: Condition;
}

type Step = FieldStep | FragmentStep;

const NON_NULL = 0;
const LIST = 1;
const COMPOSITE = 2;
const LEAF = 3;

/** What a leaf value must be (federation-internals' isValidLeafValue, decided once per type). */
enum Leaf {
  Any,
  Boolean,
  Integer,
  Float,
  String,
  Enum,
}

/** A field's type as the walk needs it: the wrapping decided by a number, not by instanceof checks per value. */
type TypePlan =
  | { kind: typeof NON_NULL; type: GraphQLOutputType; of: TypePlan }
  | { kind: typeof LIST; type: GraphQLOutputType; of: TypePlan }
  | { kind: typeof COMPOSITE; type: GraphQLCompositeType }
  | { kind: typeof LEAF; type: GraphQLNamedType; leaf: Leaf };

function planType(type: GraphQLOutputType): TypePlan {
  if (isNonNullType(type)) return { kind: NON_NULL, type, of: planType(type.ofType) };
  if (isListType(type)) return { kind: LIST, type, of: planType(type.ofType) };
  if (isCompositeType(type)) return { kind: COMPOSITE, type };
  const named = type as GraphQLNamedType;
  let leaf: Leaf;
  if (isEnumType(named)) leaf = Leaf.Enum;
  else if (named.name === 'Boolean') leaf = Leaf.Boolean;
  else if (named.name === 'Int') leaf = Leaf.Integer;
  else if (named.name === 'String' || named.name === 'ID') leaf = Leaf.String;
  else if (named.name === 'Float') leaf = Leaf.Float;
  else leaf = Leaf.Any;
  return { kind: LEAF, type: named, leaf };
}

/** federation-internals' isValidLeafValue, over a precompiled leaf type. */
function isValidLeaf(value: unknown, plan: { type: GraphQLNamedType; leaf: Leaf }): boolean {
  switch (plan.leaf) {
    case Leaf.Any:
      return true;
    case Leaf.Boolean:
      return typeof value === 'boolean';
    case Leaf.Integer:
      // what a test of String(value) against /^-?(0|[1-9][0-9]*)$/ accepts: whole numbers below
      // 1e21 (larger ones print with an exponent)
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e21;
    case Leaf.Float:
      return typeof value === 'number' && Number.isFinite(value);
    case Leaf.String:
      if (typeof value === 'string') return true;
      // ID: also a whole number
      return plan.type.name === 'ID' && typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 1e21;
    case Leaf.Enum:
      return typeof value === 'string' && (plan.type as GraphQLEnumType).getValue(value) !== undefined;
  }
}

/** The operation could not be shaped here (introspection): the caller falls back to Apollo's executor. */
export class UnsupportedOperation extends Error {}

export interface Shaper {
  /** Variable values with the operation's defaults applied (what @skip/@include read). */
  readonly defaults: Record<string, unknown>;
  shape(input: Record<string, any> | null | undefined, variables: Record<string, unknown> | undefined): { data: Record<string, any> | null | undefined; errors: GraphQLError[] };
  /**
   * Writes the JSON text of `shape(input).data` straight into `writer`, without building the shaped
   * objects, when shaping finds nothing wrong; returns false (having written part of it) as soon as
   * anything would need shape's handling — a null for a non-null field, an invalid value, an
   * unexpected __typename or value kind — and the caller shapes as before. Absent for operations
   * with @skip/@include or abstract types (interfaces, unions), which always go through `shape`.
   */
  readonly write?: (input: Record<string, any> | null | undefined, writer: JsonWriter) => boolean;
}

function condition(directives: readonly DirectiveNode[] | undefined, name: 'skip' | 'include'): Condition {
  const directive = directives?.find((d) => d.name.value === name);
  const arg = directive?.arguments?.find((a) => a.name.value === 'if');
  if (!arg) return undefined;
  if (arg.value.kind === Kind.VARIABLE) return arg.value.name.value;
  if (arg.value.kind === Kind.BOOLEAN) return arg.value.value;
  throw new UnsupportedOperation(`@${name} with a ${arg.value.kind} argument`);
}

export function compileShaper(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): Shaper {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) throw new UnsupportedOperation(`no ${operation.operation} root type`);

  const plans = new Map<GraphQLOutputType, TypePlan>();
  const planOf = (type: GraphQLOutputType): TypePlan => {
    let plan = plans.get(type);
    if (!plan) plans.set(type, (plan = planType(type)));
    return plan;
  };
  // whether the operation can be written without shaping objects first (see Shaper.write)
  let writable = !isAbstractType(root);
  const compile = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, inFragments: Set<string>): Step[] => {
    const steps: Step[] = [];
    if (isAbstractType(parent)) writable = false;
    for (const selection of selectionSet.selections) {
      const skip = condition(selection.directives, 'skip');
      const include = condition(selection.directives, 'include');
      if (skip !== undefined || include !== undefined) writable = false;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const responseName = selection.alias?.value ?? name;
        // an own property of that name cannot be made by assignment on a plain object
        if (responseName === '__proto__') throw new UnsupportedOperation('a field named __proto__');
        const inherited = responseName in Object.prototype;
        if (name === '__typename') {
          steps.push({ kind: 'field', responseName, inherited, plan: undefined, selections: undefined, skip, include });
          continue;
        }
        if (name === '__schema' || name === '__type') throw new UnsupportedOperation('introspection');
        if (isAbstractType(parent) && !('getFields' in parent)) throw new UnsupportedOperation(`field ${name} on union ${parent.name}`);
        const field = (parent as GraphQLObjectType).getFields()[name];
        if (!field) throw new UnsupportedOperation(`unknown field ${parent.name}.${name}`);
        const named = getNamedType(field.type);
        const selections = selection.selectionSet && isCompositeType(named) ? compile(selection.selectionSet, named, inFragments) : undefined;
        steps.push({ kind: 'field', responseName, inherited, plan: planOf(field.type), selections, skip, include });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeCondition = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : undefined;
        if (selection.typeCondition && (!typeCondition || !isCompositeType(typeCondition))) throw new UnsupportedOperation(`unknown type ${selection.typeCondition.name.value}`);
        steps.push({ kind: 'fragment', typeCondition, selections: compile(selection.selectionSet, typeCondition ?? parent, inFragments), skip, include });
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || inFragments.has(fragment.name.value)) throw new UnsupportedOperation(`fragment ${selection.name.value}`);
        const typeCondition = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        if (!typeCondition || !isCompositeType(typeCondition)) throw new UnsupportedOperation(`unknown type ${fragment.typeCondition.name.value}`);
        const inner = new Set(inFragments).add(fragment.name.value);
        steps.push({ kind: 'fragment', typeCondition, selections: compile(fragment.selectionSet, typeCondition, inner), skip, include });
      }
    }
    return steps;
  };
  const steps = compile(operation.selectionSet, root, new Set());

  const defaults: Record<string, unknown> = Object.create(null);
  for (const definition of operation.variableDefinitions ?? []) {
    if (!definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type) defaults[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
  }

  // Whether a fragment's type condition applies to an object of a type (memoized per pair of names).
  const applies = new Map<string, boolean>();
  const isSubtype = (condition: GraphQLCompositeType, type: GraphQLNamedType): boolean => {
    const key = `${condition.name}\0${type.name}`;
    let result = applies.get(key);
    if (result === undefined) {
      result = condition === type || (isAbstractType(condition) && (isObjectType(type) || 'getInterfaces' in type) && schema.isSubType(condition, type as GraphQLObjectType));
      applies.set(key, result);
    }
    return result;
  };

  return {
    defaults,
    write: writable ? compileWriter(schema, root, steps, isSubtype) : undefined,
    shape(input, variables) {
      if (!input) return { data: input, errors: [] };
      const values: Record<string, unknown> = { __proto__: null, ...defaults, ...variables } as Record<string, unknown>;
      const errors: GraphQLError[] = [];
      const path: (string | number)[] = [];

      const skipped = (step: Step): boolean => {
        const ifValue = (c: Condition): boolean | undefined => (typeof c === 'string' ? (values[c] as boolean) : c);
        if (step.skip !== undefined && ifValue(step.skip)) return true;
        if (step.include !== undefined && !ifValue(step.include)) return true;
        return false;
      };

      const describe = (type: GraphQLOutputType | GraphQLNamedType, parent: GraphQLCompositeType): string => {
        const element = path[path.length - 1];
        return typeof element === 'string' ? `field ${parent.name}.${element}` : `array element of type ${String(type)} at index ${element}`;
      };

      // What the last update() found besides its value (flags instead of a result object per value:
      // shaping visits every value of a ~100 KB answer, and each allocation shows up in GC).
      let lastInvalid = false;
      let lastHasErrors = false;

      /** Returns false when a non-null field came out null: the object is nulled (bubbles up). */
      const applySelections = (input: Record<string, any>, steps: Step[], output: Record<string, any>, parent: GraphQLCompositeType): boolean => {
        for (let s = 0; s < steps.length; s++) {
          const step = steps[s];
          if ((step.skip !== undefined || step.include !== undefined) && skipped(step)) continue;
          if (step.kind === 'field') {
            const responseName = step.responseName;
            // Output objects are plain objects (fast to build and to serialize); a response name that
            // Object.prototype also has (toString, constructor, ...) must not read the inherited one.
            const outputValue = step.inherited && !hasOwn.call(output, responseName) ? undefined : output[responseName];
            const inputValue = hasOwn.call(input, responseName) ? (input[responseName] ?? null) : null;
            if (step.plan === undefined) {
              if (outputValue === undefined) {
                const typename = typenameAnswer(schema, input, responseName, inputValue, parent);
                if (typename === null) return false;
                output[responseName] = typename;
              }
              continue;
            }
            path.push(responseName);
            const updated = update(outputValue, step.plan, inputValue, step.selections, parent);
            const isInvalid = lastInvalid;
            output[responseName] = updated;
            path.pop();
            if (isInvalid) return false;
          } else {
            const typename = input.__typename;
            let ok: boolean;
            if (!step.typeCondition) ok = true;
            else if (typename === step.typeCondition.name) ok = true;
            else if (typename) {
              const type = schema.getType(typename);
              ok = !!type && isSubtype(step.typeCondition, type);
            } else ok = step.typeCondition === parent || isSubtype(step.typeCondition, parent);
            if (ok && !applySelections(input, step.selections, output, step.typeCondition ?? parent)) return false;
          }
        }
        return true;
      };

      /** The shaped value; sets lastInvalid (a non-null value came out null) and lastHasErrors. */
      const update = (outputValue: any, plan: TypePlan, inputValue: any, selections: Step[] | undefined, parent: GraphQLCompositeType): any => {
        lastInvalid = false;
        lastHasErrors = false;
        if (outputValue === null || (outputValue !== undefined && !selections)) return outputValue;
        if (plan.kind === NON_NULL) {
          const updated = update(outputValue, plan.of, inputValue, selections, parent);
          if (updated === null) {
            if (!lastHasErrors) errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${describe(plan.of.type, parent)}.`, { path: Array.from(path) }));
            lastInvalid = true;
            lastHasErrors = true;
            return updated;
          }
          lastInvalid = false;
          lastHasErrors = false;
          return updated;
        }
        if (inputValue === null) return null;
        if (plan.kind === LIST) {
          if (!Array.isArray(inputValue)) throw new Error(`Invalid non-list value ${inputValue} returned by subgraph for list type ${String(plan.type)}`);
          const list: any[] | undefined = outputValue;
          const length = inputValue.length;
          if (list !== undefined && list.length !== length) throw new Error(`list lengths differ at ${path.join('.')}`);
          let nullify = false;
          let hasErrors = false;
          const updated = new Array(length);
          for (let i = 0; i < length; i++) {
            path.push(i);
            const element = inputValue[i];
            updated[i] = update(list === undefined ? undefined : list[i], plan.of, element === undefined ? null : element, selections, parent);
            path.pop();
            if (lastInvalid) nullify = true;
            if (lastHasErrors) hasErrors = true;
          }
          lastInvalid = false;
          lastHasErrors = hasErrors;
          return nullify ? null : updated;
        }
        if (plan.kind === COMPOSITE) {
          const type = plan.type;
          if (typeof inputValue !== 'object') throw new Error(`Invalid non-object value ${inputValue} returned by subgraph for composite type ${type.name}`);
          const typename = inputValue.__typename;
          let objectType: GraphQLCompositeType = type;
          if (typename) {
            const named = schema.getType(typename);
            if (!named || !isCompositeType(named)) {
              errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${describe(type, parent)}.`, { path: Array.from(path) }));
              lastHasErrors = true;
              return null;
            }
            objectType = named;
          }
          const object: Record<string, any> = outputValue === undefined ? {} : outputValue;
          const ok = applySelections(inputValue, selections!, object, objectType);
          lastInvalid = false;
          lastHasErrors = !ok;
          return ok ? object : null;
        }
        const valid = isValidLeaf(inputValue, plan);
        if (!valid) errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describe(plan.type, parent)}.`, { path: Array.from(path) }));
        lastHasErrors = !valid;
        return valid ? inputValue : null;
      };

      const data: Record<string, any> = {};
      const ok = applySelections(input, steps, data, root);
      return { data: ok ? data : null, errors };
    },
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The answer to a `__typename` field (or an alias of it) of an object read as `parent`, as Apollo's
 * gateway gives it: the subgraph's value under that response name, else the object's __typename
 * when aliased, naming an object type; null when it names no object type (the object is nulled).
 */
function typenameAnswer(schema: GraphQLSchema, input: Record<string, any>, responseName: string, value: unknown, parent: GraphQLCompositeType): string | null {
  if (value === null && responseName !== '__typename') value = input.__typename ?? null;
  const type = value !== null && typeof value === 'string' ? (schema.getType(value) ?? parent) : parent;
  return isObjectType(type) ? type.name : null;
}

/** A field as Shaper.write writes it: its key, and the selections of every occurrence merged. */
interface WriteField {
  responseName: string;
  /** `"name":`, with a leading comma for every field but the first. */
  key: string;
  plan: TypePlan | undefined;
  selections: Step[] | undefined;
}

/**
 * Shaper.write for an operation without conditions or abstract types. The object shape walks
 * produce is decided by the selections alone then: every object's type is its field's declared
 * object type (an input naming another __typename makes the write give up), so each selection set
 * is flattened once per type — fragments that apply inlined, repeated response names merged in
 * the place of their first occurrence, as shape's output objects order them — and the walk writes
 * keys and values in that order. Anything shape would turn into null or an error gives up.
 */
function compileWriter(
  schema: GraphQLSchema,
  root: GraphQLObjectType,
  steps: Step[],
  isSubtype: (condition: GraphQLCompositeType, type: GraphQLNamedType) => boolean,
): NonNullable<Shaper['write']> {
  const flattened = new WeakMap<Step[], WriteField[]>();
  /** The fields written for `selections` of an object of type `type`, in shape's order. */
  const fieldsOf = (selections: Step[], type: GraphQLObjectType): WriteField[] => {
    let fields = flattened.get(selections);
    if (fields) return fields;
    const byName = new Map<string, WriteField>();
    const collect = (list: Step[]) => {
      for (const step of list) {
        if (step.kind === 'fragment') {
          if (!step.typeCondition || step.typeCondition === type || isSubtype(step.typeCondition, type)) collect(step.selections);
          continue;
        }
        const known = byName.get(step.responseName);
        if (!known) byName.set(step.responseName, { responseName: step.responseName, key: '', plan: step.plan, selections: step.selections && [...step.selections] });
        else if (known.selections && step.selections) known.selections.push(...step.selections);
      }
    };
    collect(selections);
    fields = [...byName.values()];
    fields.forEach((field, i) => (field.key = `${i > 0 ? ',' : ''}"${field.responseName}":`));
    flattened.set(selections, fields);
    return fields;
  };

  /** Writes an object's selected fields; false: shape would report something. */
  const writeObject = (input: Record<string, any>, selections: Step[], type: GraphQLObjectType, writer: JsonWriter): boolean => {
    const fields = fieldsOf(selections, type);
    writer.byte(0x7b);
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      const responseName = field.responseName;
      writer.ascii(field.key);
      const value = hasOwn.call(input, responseName) ? (input[responseName] ?? null) : null;
      if (field.plan === undefined) {
        const typename = typenameAnswer(schema, input, responseName, value, type);
        if (typename === null) return false;
        writer.value(typename);
      } else if (!writeValue(value, field.plan, field.selections, writer)) return false;
    }
    writer.byte(0x7d);
    return true;
  };

  const writeValue = (value: any, plan: TypePlan, selections: Step[] | undefined, writer: JsonWriter): boolean => {
    if (plan.kind === NON_NULL) {
      if (value === null) return false;
      plan = plan.of;
    }
    if (value === null) {
      writer.ascii('null');
      return true;
    }
    switch (plan.kind) {
      case LIST: {
        if (!Array.isArray(value)) return false;
        writer.byte(0x5b);
        for (let i = 0; i < value.length; i++) {
          if (i > 0) writer.byte(0x2c);
          const element = value[i];
          if (!writeValue(element === undefined ? null : element, plan.of, selections, writer)) return false;
        }
        writer.byte(0x5d);
        return true;
      }
      case COMPOSITE: {
        const type = plan.type;
        if (typeof value !== 'object' || !isObjectType(type)) return false;
        const typename = value.__typename;
        if (typename && typename !== type.name) return false;
        return writeObject(value, selections!, type, writer);
      }
      case LEAF:
        if (!isValidLeaf(value, plan)) return false;
        writer.value(value);
        return true;
      default:
        return false;
    }
  };

  return (input, writer) => !!input && writeObject(input, steps, root, writer);
}
