import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** Kinds of registration, 004 §4.5.4 (1). */
export enum OperatorKind {
  INSPECTION_UNIT = 'INSPECTION_UNIT',
  INSPECTOR = 'INSPECTOR',
  PROTOTYPE_TEST_UNIT = 'PROTOTYPE_TEST_UNIT',
  VOLUNTEER = 'VOLUNTEER',
  PACKAGED_GOODS_OPERATOR = 'PACKAGED_GOODS_OPERATOR',
  WEIGHTS_AND_MEASURES_BUSINESS = 'WEIGHTS_AND_MEASURES_BUSINESS',
}
registerEnumType(OperatorKind, {
  name: 'OperatorKind',
  description: 'Kind of registered operator (004 §4.5.4 (1)).',
  valuesConfig: {
    INSPECTION_UNIT: { description: 'Outsourced inspection unit, หน่วยตรวจสอบ.' },
    INSPECTOR: { description: 'Licensed inspector, ผู้ตรวจสอบ.' },
    PROTOTYPE_TEST_UNIT: { description: 'Prototype (type-approval) test unit, หน่วยทดสอบต้นแบบ.' },
    VOLUNTEER: { description: 'Weights-and-measures consumer-protection volunteer, อส.ชว.' },
    PACKAGED_GOODS_OPERATOR: { description: 'Packaged-goods operator, ผู้ประกอบการสินค้าหีบห่อ.' },
    WEIGHTS_AND_MEASURES_BUSINESS: { description: 'Business that makes, imports, sells, repairs or uses instruments in trade, ผู้ประกอบการชั่งตวงวัด.' },
  },
});

export enum OperatorStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(OperatorStatus, {
  name: 'OperatorStatus',
  description: 'Standing of an operator registration.',
  valuesConfig: {
    ACTIVE: { description: 'Registration in force.' },
    SUSPENDED: { description: 'Temporarily suspended; may not operate until reinstated.' },
    REVOKED: { description: 'Registration withdrawn.' },
  },
});

@Entity({ tableName: 'operator' })
@Index({ properties: ['provinceCode', 'nameTh'] })
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A registered operator (ผู้ประกอบการ): a business, unit or person the regulator registers and oversees.' })
export class Operator {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable operator id.' })
  id!: string;

  @Property({ type: 'string', length: 30, unique: true })
  @Field(() => String, { description: 'Registration number issued by the regulator, e.g. OP-50-000123.' })
  registrationNo!: string;

  @Enum({ items: () => OperatorKind, nativeEnumName: 'operator_kind' })
  @Index()
  @Field(() => OperatorKind, { description: 'Kind of registration.' })
  kind!: OperatorKind;

  @Property({ type: 'string', length: 13, nullable: true })
  @Index()
  @Field(() => String, { nullable: true, description: 'Thai 13-digit tax id of the juristic person, or citizen id of an individual.' })
  taxId?: string | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Registered name in Thai.' })
  nameTh!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Registered name in English, if any.' })
  nameEn?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Person responsible for the operator (ผู้รับผิดชอบ).' })
  responsiblePerson!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact telephone number.' })
  phone?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' })
  email?: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Address of the registered place of business (ที่ตั้ง).' })
  address!: string;

  @Property({ type: 'string', length: 2 })
  provinceCode!: string;

  @Enum({ items: () => OperatorStatus, nativeEnumName: 'operator_status' })
  @Field(() => OperatorStatus, { description: 'Whether the registration is in force.' })
  status: OperatorStatus = OperatorStatus.ACTIVE;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the operator was registered.' })
  registeredAt!: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When this record last changed.' })
  updatedAt: Date = new Date();
}
