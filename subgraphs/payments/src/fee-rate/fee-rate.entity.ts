import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { ServiceType } from './service-type.js';

/**
 * One revenue code's fee for a period (อัตราค่าธรรมเนียม, 004 §4.5.10 (2), (7)). A new rate for a code
 * closes the one before it, so on any day each code has at most one rate; old pay-ins keep the amount they were issued with.
 */
@Entity({ tableName: 'fee_rate' })
@Unique({ properties: ['feeCode', 'effectiveFrom'] })
@ObjectType({ description: 'The fee of one revenue code for a period (อัตราค่าธรรมเนียม): what a pay-in for that service charges per unit.' })
export class FeeRate {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id of this rate.' })
  id!: string;

  @Property({ type: 'string', length: 20 })
  @Index()
  @Field(() => String, { description: 'Revenue code (รหัสรายได้), e.g. WM-VER-01.' })
  feeCode!: string;

  @Enum({ items: () => ServiceType, nativeEnumName: 'service_type' })
  @Field(() => ServiceType, { description: 'Service the fee is charged for (ประเภทบริการ).' })
  serviceType!: ServiceType;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Name of the fee in Thai, as printed on the pay-in (ชื่อค่าธรรมเนียม).' })
  nameTh!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the fee in English, if any.' })
  nameEn?: string | null;

  @Property({ type: new BigIntType('number') })
  @Field(() => GraphQLSafeInt, { description: 'Fee per unit, in integer satang (1 baht = 100 satang). For a variable amount (fines) the usual amount; the request states the amount.' })
  amountSatang!: number;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'True when each request states its own amount (e.g. fines); false when the rate fixes it.' })
  variableAmount: boolean = false;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'First Thai calendar day the rate applies (วันที่มีผล).' })
  effectiveFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last Thai calendar day the rate applies; null while it is the current rate.' })
  effectiveTo?: string | null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who set the rate (ผู้บันทึก).' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the rate was set.' })
  createdAt: Date = new Date();
}
