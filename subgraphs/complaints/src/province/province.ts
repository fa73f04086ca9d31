import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Key-only stub of the identity subgraph's Province. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType({ description: 'A province of Thailand (owned by the identity subgraph).' })
export class Province {
  @Field(() => ID, { description: 'Official two-digit province code, e.g. 10 for Bangkok.' })
  code!: string;
}

export function provinceRef(code: string): Province {
  return Object.assign(new Province(), { code });
}
