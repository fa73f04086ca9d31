import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'region' })
@ObjectType({ description: 'A geographic region of Thailand (ภาค) in the six-region system of the Royal Society.' })
export class Region {
  @PrimaryKey({ type: 'string', length: 4 })
  @Field(() => ID, { description: 'Region code: N, NE, C, E, W or S.' })
  code!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Thai name, e.g. ภาคเหนือ.' })
  nameTh!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'English name, e.g. North.' })
  nameEn!: string;
}
