import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Key-only stub of the identity subgraph's Office. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: 'A weights-and-measures office (owned by the identity subgraph).' })
export class Office {
  @Field(() => ID, { description: 'Office code, e.g. HQ, C1, B07.' })
  code!: string;
}

export function officeRef(code: string): Office {
  return Object.assign(new Office(), { code });
}
