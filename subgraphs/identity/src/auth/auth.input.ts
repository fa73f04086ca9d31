import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '@metrograph/kit';
import { SignInMethod } from '../user/user.entity.js';
import { Viewer } from './viewer.js';

@InputType({ description: 'Who signs in and how.' })
export class SignInInput {
  @Field(() => String, { description: 'Sign-in name (for LDAP: the directory uid).' })
  username!: string;

  @Field(() => String, { description: 'Password (checked by Metrograph, or by the LDAP directory for single sign-on).' })
  password!: string;

  @Field(() => SignInMethod, { nullable: true, description: 'PASSWORD or LDAP; default: the method set on the account.' })
  method?: SignInMethod;
}

@InputType({ description: 'A new password for an account, proven by the current one (also for an expired password).' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'Sign-in name.' })
  username!: string;

  @Field(() => String, { description: 'The current password.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password: long enough, mixed, not one of the recent ones (002 §4.7.5).' })
  newPassword!: string;
}

@ObjectType({ description: 'The outcome of a sign-in: a session token, or userErrors saying why not.' })
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'Session token: send it as `Authorization: Bearer <token>` to the router. Null when sign-in failed.' })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the token stops working; sign in again after that.' })
  expiresAt!: Date | null;

  @Field(() => Viewer, { nullable: true, description: 'Who signed in: name, office, roles, area and effective rights (the web builds its menus from them).' })
  viewer!: Viewer | null;

  @Field(() => Date, { nullable: true, description: 'When the password must be changed next (null for LDAP users or no expiry).' })
  passwordExpiresAt!: Date | null;

  @Field(() => [UserError], {
    description: 'Why sign-in failed: INVALID_CREDENTIALS, LOCKED, ACCOUNT_DISABLED, PASSWORD_EXPIRED, WRONG_METHOD, LDAP_UNAVAILABLE, or a password-policy code.',
  })
  userErrors!: UserError[];
}
