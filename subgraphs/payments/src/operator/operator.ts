import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the registry's Operator: payments adds the payment requests issued to it. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A registered operator (owned by the registry subgraph).' })
export class Operator {
  @Field(() => ID, { description: 'Operator id.' })
  id!: string;
}

export function operatorRef(id: string): Operator {
  return Object.assign(new Operator(), { id });
}
