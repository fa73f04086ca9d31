import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { Directive, Field, ObjectType } from 'type-graphql';

/** A GraphQL error for input the caller can fix; `field` names the offending argument or input field. */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field },
  });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} does not exist`, { extensions: { code: 'NOT_FOUND' } });
}

@Directive('@shareable')
@ObjectType({ description: 'A problem with a mutation input that the user can fix, naming the field.' })
export class UserError {
  @Field(() => [String], { description: 'Path to the input field at fault, e.g. ["input", "amountSatang"].' })
  field!: string[];

  @Field(() => String, { description: 'Stable machine-readable code, e.g. REQUIRED, INVALID_FORMAT, OUT_OF_RANGE.' })
  code!: string;

  @Field(() => String, { description: 'Human-readable explanation of the problem.' })
  message!: string;
}

export function userError(field: string[], code: string, message: string): UserError {
  return Object.assign(new UserError(), { field, code, message });
}

/** A UUID as ids are written (any version, case-insensitive). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
