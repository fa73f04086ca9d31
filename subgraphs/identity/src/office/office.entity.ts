import { Collection, Entity, Enum, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Province } from '../province/province.entity.js';

export enum OfficeKind {
  HQ = 'HQ',
  CENTRE = 'CENTRE',
  BRANCH = 'BRANCH',
}
registerEnumType(OfficeKind, {
  name: 'OfficeKind',
  description: 'Kind of weights-and-measures office.',
  valuesConfig: {
    HQ: { description: 'The Central Bureau of Weights and Measures, กองชั่งตวงวัด (ส่วนกลาง).' },
    CENTRE: { description: 'A regional weights-and-measures centre, ศูนย์ชั่งตวงวัดเขต.' },
    BRANCH: { description: 'A branch office, สำนักงานสาขาชั่งตวงวัด.' },
  },
});

@Entity({ tableName: 'office' })
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A weights-and-measures office (HQ, centre or branch) and the provinces it serves; officials see the data of their office\'s provinces.' })
export class Office {
  @PrimaryKey({ type: 'string', length: 8 })
  @Field(() => ID, { description: 'Stable office code, e.g. HQ, C1, B07.' })
  code!: string;

  @Enum({ items: () => OfficeKind, nativeEnumName: 'office_kind' })
  @Field(() => OfficeKind, { description: 'HQ, regional centre or branch office.' })
  kind!: OfficeKind;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Thai name, e.g. สำนักงานสาขาชั่งตวงวัดเชียงราย.' })
  nameTh!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @ManyToOne(() => Province, { fieldName: 'province_code' })
  province!: Province;

  @ManyToMany({ entity: () => Province, pivotTable: 'office_province', joinColumn: 'office_code', inverseJoinColumn: 'province_code' })
  servedProvinces = new Collection<Province>(this);
}
