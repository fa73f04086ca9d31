import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AccessLevel, UserError } from '@metrograph/kit';
import { AppFunction } from './functions.js';
import { SignInMethod, User } from '../user/user.entity.js';
import { Role } from '../user/role.entity.js';

@InputType({ description: 'Which locked account to open again (002 §4.8.4).' })
export class UnlockUserInput {
  @Field(() => ID, { description: 'User id.' })
  userId!: string;
}

@InputType({ description: 'Disables or re-enables an account; a disabled user cannot sign in.' })
export class SetUserActiveInput {
  @Field(() => ID, { description: 'User id.' })
  userId!: string;

  @Field(() => Boolean, { description: 'False disables the account, true enables it again.' })
  active!: boolean;
}

@InputType({ description: 'A temporary password set by an administrator when a user has forgotten theirs; it must be changed at the next sign-in.' })
export class ResetUserPasswordInput {
  @Field(() => ID, { description: 'User id.' })
  userId!: string;

  @Field(() => String, { description: 'The temporary password (the password policy applies).' })
  temporaryPassword!: string;
}

@InputType({ description: 'A new user account (002 §4.7.1).' })
export class CreateUserInput {
  @Field(() => String, { description: 'Sign-in name: lower-case letters, digits, dots, dashes (for LDAP: the directory uid).' })
  username!: string;

  @Field(() => String, { description: 'Full name in Thai.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail address.' })
  email?: string;

  @Field(() => String, { nullable: true, description: 'Work telephone number.' })
  phone?: string;

  @Field(() => ID, { description: 'Office the user works in; it sets the provinces they see.' })
  officeCode!: string;

  @Field(() => [ID], { description: 'Roles to give.' })
  roleCodes!: string[];

  @Field(() => SignInMethod, { defaultValue: SignInMethod.PASSWORD, description: 'PASSWORD or LDAP.' })
  signInMethod: SignInMethod = SignInMethod.PASSWORD;

  @Field(() => String, { nullable: true, description: 'First password (PASSWORD accounts); the user must change it at first sign-in.' })
  initialPassword?: string;
}

@InputType({ description: 'The roles a user holds, replacing the current ones.' })
export class SetUserRolesInput {
  @Field(() => ID, { description: 'User id.' })
  userId!: string;

  @Field(() => [ID], { description: 'Role codes.' })
  roleCodes!: string[];
}

@InputType({ description: 'An individual grant (สิทธิแบบเดี่ยว): one user\'s level on one function, overriding their roles.' })
export class SetUserRightInput {
  @Field(() => ID, { description: 'User id.' })
  userId!: string;

  @Field(() => AppFunction, { description: 'The function.' })
  function!: AppFunction;

  @Field(() => AccessLevel, { nullable: true, description: 'The level; null removes the grant so the roles decide again.' })
  level?: AccessLevel | null;
}

@InputType({ description: 'The level a role gives on one function (สิทธิแบบกลุ่ม).' })
export class SetRoleRightInput {
  @Field(() => ID, { description: 'Role code.' })
  roleCode!: string;

  @Field(() => AppFunction, { description: 'The function.' })
  function!: AppFunction;

  @Field(() => AccessLevel, { description: 'The level; NO_ACCESS removes it.' })
  level!: AccessLevel;
}

@InputType({ description: 'A new role, optionally extending a parent role (any number of levels, 002 §4.7.3).' })
export class CreateRoleInput {
  @Field(() => ID, { description: 'Role code: capitals, digits and underscores, e.g. SENIOR_OFFICIAL.' })
  code!: string;

  @Field(() => String, { description: 'Thai name.' })
  nameTh!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => String, { description: 'What people with this role do.' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'Role whose rights this one inherits.' })
  parentCode?: string;
}

@ObjectType({ description: 'The outcome of a change to a user.' })
export class UserPayload {
  @Field(() => User, { nullable: true, description: 'The user after the change; null when it failed.' })
  user!: User | null;

  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The outcome of a change to a role.' })
export class RolePayload {
  @Field(() => Role, { nullable: true, description: 'The role after the change; null when it failed.' })
  role!: Role | null;

  @Field(() => [UserError], { description: 'Problems with the input.' })
  userErrors!: UserError[];
}
