import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';

const FEDERATION_INTERNALS = new Set(['_Service', '_Entity', '_Any', 'FieldSet', 'link__Import', 'link__Purpose', 'federation__FieldSet', 'federation__Scope', 'federation__Policy', 'federation__ContextFieldValue']);
const FEDERATION_FIELDS = new Set(['_service', '_entities']);

/**
 * Every type, field, argument and enum value an analyst can see must say what it is.
 * Returns the coordinates of those that do not (empty when all are described).
 */
export function undescribedElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (s: string | null | undefined) => !s || s.trim() === '';
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || FEDERATION_INTERNALS.has(type.name) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description) && !roots.has(type.name)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (FEDERATION_FIELDS.has(field.name)) continue;
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        if ('args' in field) {
          for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    } else if (isScalarType(type) || isUnionType(type)) {
      // described above
    }
  }
  return missing;
}
