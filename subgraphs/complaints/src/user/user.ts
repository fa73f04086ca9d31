import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Key-only stub of the identity subgraph's User. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'A person who signs in (owned by the identity subgraph).' })
export class User {
  @Field(() => ID, { description: 'User id.' })
  id!: string;
}

export function userRef(id: string): User {
  return Object.assign(new User(), { id });
}
