import { Collection, Entity, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Office } from '../office/office.entity.js';
import { Role } from './role.entity.js';

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
}
