import { Field, ID, ObjectType } from 'type-graphql';
import type { Principal } from '@metrograph/kit';
import { User } from '../user/user.entity.js';
import { FunctionRight, rightsList } from '../access/access.types.js';

@ObjectType({ description: 'Who is calling, as the router authenticated them: what the web shows and hides is decided from this.' })
export class Viewer {
  @Field(() => String, { description: 'user, api-client, system or anonymous.' })
  kind!: string;

  @Field(() => String, { description: 'Username, client name or "anonymous".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Full name of a signed-in user, as shown in the web app.' })
  displayName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Office of a user.' })
  officeCode!: string | null;

  @Field(() => [String], { description: 'Roles held, inherited ones included.' })
  roles!: string[];

  @Field(() => [String], { nullable: true, description: 'Provinces the caller may see; null means all (HQ, executives, auditors).' })
  provinceCodes!: string[] | null;

  @Field(() => [FunctionRight], { description: 'Access level per function; a function at NO_ACCESS is not shown at all (002 §4.8.5).' })
  rights!: FunctionRight[];

  @Field(() => User, { nullable: true, description: 'The signed-in user\'s account record (needs VIEW on users); null for anonymous callers and API clients.' })
  user!: User | null;
}


export function viewerOf(principal: Principal, user: User | null): Viewer {
  return Object.assign(new Viewer(), {
    kind: principal.kind,
    name: principal.name,
    displayName: user?.displayName ?? null,
    officeCode: principal.officeCode,
    roles: principal.roles,
    provinceCodes: principal.provinceCodes,
    rights: rightsList(principal.rights),
    user,
  });
}
