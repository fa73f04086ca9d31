import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'offence_basis' })
@ObjectType({ description: 'A basis of offence (ฐานความผิด) under the Weights and Measures Act B.E. 2542, kept as reference data.' })
export class OffenceBasis {
  @PrimaryKey({ type: 'string', length: 40 })
  @Field(() => ID, { description: 'Stable code, e.g. UNVERIFIED_INSTRUMENT.' })
  code!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Section(s) of the Act, e.g. มาตรา 36; null until legal staff confirm it.' })
  section?: string | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Thai title of the offence.' })
  titleTh!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'English title of the offence.' })
  titleEn!: string;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'False when the basis is no longer offered for new complaints.' })
  active: boolean = true;
}
