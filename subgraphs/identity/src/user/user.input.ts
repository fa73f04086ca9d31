import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which users to list; all conditions must hold.' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Only users of this office.' })
  officeCode?: string;

  @Field(() => ID, { nullable: true, description: 'Only users holding this role.' })
  roleCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or disabled (false) accounts.' })
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the name, username or e-mail (case-insensitive substring).' })
  search?: string;
}
