import { Entity, ManyToOne, PrimaryKey, Property, Index } from '@mikro-orm/core';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Region } from '../region/region.entity.js';

@Entity({ tableName: 'province' })
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A province of Thailand (จังหวัด), Bangkok included. Other subgraphs refer to it by its code.' })
export class Province {
  @PrimaryKey({ type: 'string', length: 2 })
  @Field(() => ID, { description: 'Official two-digit province code of the Department of Provincial Administration (TIS 1099), e.g. 10 for Bangkok.' })
  code!: string;

  @Property({ type: 'string', length: 5, unique: true })
  @Field(() => String, { description: 'ISO 3166-2 code, e.g. TH-10.' })
  isoCode!: string;

  @Property({ type: 'string', length: 100 })
  @Index()
  @Field(() => String, { description: 'Thai name, e.g. เชียงใหม่.' })
  nameTh!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'English (RTGS) name, e.g. Chiang Mai.' })
  nameEn!: string;

  @ManyToOne(() => Region, { fieldName: 'region_code' })
  region!: Region;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Latitude of the provincial capital (WGS 84).' })
  lat!: number;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Longitude of the provincial capital (WGS 84).' })
  lng!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Row of this province in the tile-grid map of Thailand (0 = northernmost).' })
  gridRow!: number;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Column of this province in the tile-grid map of Thailand (0 = westernmost).' })
  gridCol!: number;
}
