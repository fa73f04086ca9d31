import { Collection, Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Office } from '../office/office.entity.js';
import { Role } from './role.entity.js';

export enum SignInMethod {
  PASSWORD = 'PASSWORD',
  LDAP = 'LDAP',
}
registerEnumType(SignInMethod, {
  name: 'SignInMethod',
  description: 'How a user signs in (002 §4.7.5).',
  valuesConfig: {
    PASSWORD: { description: 'With a password kept (as an argon2 hash) by Metrograph, under the password policy.' },
    LDAP: { description: 'Single sign-on against the department\'s LDAP directory; Metrograph keeps no password.' },
  },
});

@Entity({ tableName: 'app_user' })
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person who signs in: an official (เจ้าหน้าที่), office head, executive, analyst or administrator.' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable user id.' })
  id!: string;

  @Property({ type: 'string', length: 100, unique: true })
  @Field(() => String, { description: 'Sign-in name.' })
  username!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Full name as shown to colleagues, in Thai, e.g. นางสาวสุดา ใจดี.' })
  displayName!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Work e-mail address.' })
  email?: string | null;

  @ManyToOne(() => Office, { fieldName: 'office_code' })
  office!: Office;

  @ManyToMany({ entity: () => Role, pivotTable: 'user_role', joinColumn: 'user_id', inverseJoinColumn: 'role_code' })
  roles = new Collection<Role>(this);

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'False once the account is disabled; disabled users cannot sign in.' })
  active: boolean = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the account was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Work telephone number (002 §4.7.1).' })
  phone?: string | null;

  @Enum({ items: () => SignInMethod, nativeEnumName: 'sign_in_method', default: SignInMethod.PASSWORD })
  @Field(() => SignInMethod, { description: 'Password or LDAP single sign-on.' })
  signInMethod: SignInMethod = SignInMethod.PASSWORD;

  /** argon2id hash; null for LDAP users and accounts that never had a password. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the password was last set; it must be changed after the policy period.' })
  passwordChangedAt?: Date | null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'True when the user must choose a new password before signing in (set by an administrator or on expiry).' })
  mustChangePassword: boolean = false;

  @Property({ type: 'smallint', default: 0 })
  @Field(() => Int, { description: 'Wrong passwords since the last successful sign-in.' })
  failedAttempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Locked after too many wrong passwords until this time (002 §4.8.4); null when not locked.' })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Last successful sign-in.' })
  lastSignInAt?: Date | null;

  /** Sessions issued before this time are no longer accepted (sign-out, disabled account, changed rights). */
  @Property({ type: 'datetime', nullable: true })
  sessionsValidAfter?: Date | null;
}
