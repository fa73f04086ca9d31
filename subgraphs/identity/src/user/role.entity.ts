import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'role' })
@ObjectType({ description: 'A role that groups rights (บทบาท), e.g. official, office head, executive.' })
export class Role {
  @PrimaryKey({ type: 'string', length: 40 })
  @Field(() => ID, { description: 'Role code, e.g. OFFICIAL.' })
  code!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Thai name of the role.' })
  nameTh!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'English name of the role.' })
  nameEn!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What people with this role do.' })
  description!: string;

  /** The role this one extends; it inherits every right of its parent, to any depth (002 §4.7.3). */
  @ManyToOne(() => Role, { fieldName: 'parent_code', nullable: true })
  parent?: Role | null;
}
