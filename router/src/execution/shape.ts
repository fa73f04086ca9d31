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
  /** The field's declared type; `undefined` for __typename. */
  type: GraphQLOutputType | undefined;
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

/** The operation could not be shaped here (introspection): the caller falls back to Apollo's executor. */
export class UnsupportedOperation extends Error {}

export interface Shaper {
  /** Variable values with the operation's defaults applied (what @skip/@include read). */
  readonly defaults: Record<string, unknown>;
  shape(input: Record<string, any> | null | undefined, variables: Record<string, unknown> | undefined): { data: Record<string, any> | null | undefined; errors: GraphQLError[] };
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

  const compile = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, inFragments: Set<string>): Step[] => {
    const steps: Step[] = [];
    for (const selection of selectionSet.selections) {
      const skip = condition(selection.directives, 'skip');
      const include = condition(selection.directives, 'include');
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const responseName = selection.alias?.value ?? name;
        if (name === '__typename') {
          steps.push({ kind: 'field', responseName, type: undefined, selections: undefined, skip, include });
          continue;
        }
        if (name === '__schema' || name === '__type') throw new UnsupportedOperation('introspection');
        if (isAbstractType(parent) && !('getFields' in parent)) throw new UnsupportedOperation(`field ${name} on union ${parent.name}`);
        const field = (parent as GraphQLObjectType).getFields()[name];
        if (!field) throw new UnsupportedOperation(`unknown field ${parent.name}.${name}`);
        const named = getNamedType(field.type);
        const selections = selection.selectionSet && isCompositeType(named) ? compile(selection.selectionSet, named, inFragments) : undefined;
        steps.push({ kind: 'field', responseName, type: field.type, selections, skip, include });
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

      const describe = (type: GraphQLOutputType, parent: GraphQLCompositeType): string => {
        const element = path[path.length - 1];
        return typeof element === 'string' ? `field ${parent.name}.${element}` : `array element of type ${String(type)} at index ${element}`;
      };

      /** Returns false when a non-null field came out null: the object is nulled (bubbles up). */
      const applySelections = (input: Record<string, any>, steps: Step[], output: Record<string, any>, parent: GraphQLCompositeType): boolean => {
        for (const step of steps) {
          if ((step.skip !== undefined || step.include !== undefined) && skipped(step)) continue;
          if (step.kind === 'field') {
            const responseName = step.responseName;
            const outputValue = output[responseName];
            let inputValue = Object.prototype.hasOwnProperty.call(input, responseName) ? (input[responseName] ?? null) : null;
            if (step.type === undefined) {
              if (outputValue === undefined) {
                if (inputValue === null && responseName !== '__typename') inputValue = input.__typename ?? null;
                const type = inputValue !== null && typeof inputValue === 'string' ? (schema.getType(inputValue) ?? parent) : parent;
                if (!isObjectType(type)) return false;
                output[responseName] = type.name;
              }
              continue;
            }
            path.push(responseName);
            const { updated, isInvalid } = update(outputValue, step.type, inputValue, step.selections, parent);
            output[responseName] = updated;
            path.pop();
            if (isInvalid) return false;
          } else {
            const typename = input.__typename;
            let ok: boolean;
            if (!step.typeCondition) ok = true;
            else if (typename) {
              const type = schema.getType(typename);
              ok = !!type && isSubtype(step.typeCondition, type);
            } else ok = isSubtype(step.typeCondition, parent);
            if (ok && !applySelections(input, step.selections, output, step.typeCondition ?? parent)) return false;
          }
        }
        return true;
      };

      const update = (
        outputValue: any,
        type: GraphQLOutputType,
        inputValue: any,
        selections: Step[] | undefined,
        parent: GraphQLCompositeType,
      ): { updated: any; isInvalid?: boolean; hasErrors?: boolean } => {
        if (outputValue === null || (outputValue !== undefined && !selections)) return { updated: outputValue };
        if (isNonNullType(type)) {
          const { updated, hasErrors } = update(outputValue, type.ofType, inputValue, selections, parent);
          if (updated === null) {
            if (!hasErrors) errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${describe(type.ofType, parent)}.`, { path: Array.from(path) }));
            return { updated, isInvalid: true, hasErrors: true };
          }
          return { updated };
        }
        if (inputValue === null) return { updated: null };
        if (isListType(type)) {
          if (!Array.isArray(inputValue)) throw new Error(`Invalid non-list value ${inputValue} returned by subgraph for list type ${String(type)}`);
          const list: any[] = outputValue === undefined ? new Array(inputValue.length).fill(undefined) : outputValue;
          if (list.length !== inputValue.length) throw new Error(`list lengths differ at ${path.join('.')}`);
          let nullify = false;
          let hasErrors = false;
          const updated = new Array(list.length);
          for (let i = 0; i < list.length; i++) {
            path.push(i);
            const element = update(list[i], type.ofType, inputValue[i] === undefined ? null : inputValue[i], selections, parent);
            path.pop();
            if (element.isInvalid) nullify = true;
            if (element.hasErrors) hasErrors = true;
            updated[i] = element.updated;
          }
          return { updated: nullify ? null : updated, hasErrors };
        }
        if (isCompositeType(type)) {
          if (typeof inputValue !== 'object') throw new Error(`Invalid non-object value ${inputValue} returned by subgraph for composite type ${type.name}`);
          const typename = inputValue.__typename;
          let objectType: GraphQLCompositeType = type;
          if (typename) {
            const named = schema.getType(typename);
            if (!named || !isCompositeType(named)) {
              errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${describe(type, parent)}.`, { path: Array.from(path) }));
              return { updated: null, hasErrors: true };
            }
            objectType = named;
          }
          const object: Record<string, any> = outputValue === undefined ? Object.create(null) : outputValue;
          const ok = applySelections(inputValue, selections!, object, objectType);
          return { updated: ok ? object : null, hasErrors: !ok };
        }
        const valid = isValidLeafValue(inputValue, type);
        if (!valid) errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describe(type, parent)}.`, { path: Array.from(path) }));
        return { updated: valid ? inputValue : null, hasErrors: !valid };
      };

      const data: Record<string, any> = Object.create(null);
      const ok = applySelections(input, steps, data, root);
      return { data: ok ? data : null, errors };
    },
  };
}

const integer = /^-?(?:0|[1-9][0-9]*)$/;
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

/** federation-internals' isValidLeafValue over graphql-js types. */
function isValidLeafValue(value: unknown, type: GraphQLOutputType): boolean {
  const named = type as GraphQLNamedType;
  const isEnum = isEnumType(named);
  if (!isEnum && !BUILT_IN.has(named.name)) return true;
  if (typeof value === 'boolean') return named.name === 'Boolean';
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (named.name === 'Int' || named.name === 'ID') return integer.test(String(value));
    return named.name === 'Float';
  }
  if (typeof value === 'string') {
    if (isEnum) return named.getValue(value) !== undefined;
    return named.name !== 'Boolean' && named.name !== 'Int' && named.name !== 'Float';
  }
  return false;
}
