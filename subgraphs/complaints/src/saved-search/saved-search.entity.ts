import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@Entity({ tableName: 'saved_search' })
@Index({ properties: ['ownerId', 'name'] })
@ObjectType({ description: 'A complaint search an official saved to run again (004 §4.5.1 (11)).' })
export class SavedSearch {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Property({ type: 'string', length: 100 })
  ownerId!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Name given by the official.' })
  name!: string;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'The filter, as given to complaints(filter:).' })
  filter!: Record<string, unknown>;

  @Property({ type: 'json' })
  @Field(() => [GraphQLJSONObject], { description: 'The sort keys, as given to complaints(orderBy:).' })
  orderBy!: Record<string, unknown>[];

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it was saved.' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last run.' })
  lastRunAt?: Date | null;
}
