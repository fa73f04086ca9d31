import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

export enum SurveillanceKind {
  TEST_PURCHASE = 'TEST_PURCHASE',
  FESTIVAL = 'FESTIVAL',
}
registerEnumType(SurveillanceKind, {
  name: 'SurveillanceKind',
  description: 'Kind of special field inspection (004 §4.5.2 (1)-(2)).',
  valuesConfig: {
    TEST_PURCHASE: { description: 'Undercover test purchase (ตรวจเฉพาะกิจ ล่อซื้อ).' },
    FESTIVAL: { description: 'Festival-season inspection (ตรวจเฉพาะกิจตามเทศกาล).' },
  },
});

export enum SurveillancePlanStatus {
  PLANNED = 'PLANNED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SurveillancePlanStatus, {
  name: 'SurveillancePlanStatus',
  description: 'Where a surveillance plan stands.',
  valuesConfig: {
    PLANNED: { description: 'Planned or under way; results can be recorded.' },
    COMPLETED: { description: 'Finished; no more results.' },
    CANCELLED: { description: 'Called off.' },
  },
});

/** Hours after recording during which a result may still be corrected (004 §4.5.2 (1): edit window). */
export const RESULT_EDIT_WINDOW_HOURS = 72;

@Entity({ tableName: 'surveillance_plan' })
@Index({ properties: ['officeCode', 'startsOn'] })
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A plan of special field inspections (test purchases or festival inspections) with areas, dates and assigned officials.' })
export class SurveillancePlan {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Property({ type: 'string', length: 30, unique: true })
  @Field(() => String, { description: 'Plan number, e.g. SV-2569-000012.' })
  planNo!: string;

  @Enum({ items: () => SurveillanceKind, nativeEnumName: 'surveillance_kind' })
  @Field(() => SurveillanceKind, { description: 'Test purchase or festival inspection.' })
  kind!: SurveillanceKind;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Title, e.g. ตรวจตาชั่งช่วงเทศกาลสงกรานต์ ตลาดวโรรส.' })
  title!: string;

  @Property({ type: 'string', length: 8 })
  @Field(() => String, { description: 'The inspecting office.' })
  officeCode!: string;

  @Property({ type: 'array', columnType: 'text[]' })
  @Field(() => [String], { description: 'Provinces the inspection covers (codes).' })
  provinceCodes!: string[];

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Areas to inspect: markets, stations, routes (พื้นที่การออกตรวจ).' })
  areaDescription!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  startsOn!: string;

  @Property({ type: 'date' })
  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  endsOn!: string;

  @Property({ type: 'array', columnType: 'uuid[]', default: '{}' })
  @Field(() => [ID], { description: 'Officials assigned (user ids).' })
  assigneeIds: string[] = [];

  @Enum({ items: () => SurveillancePlanStatus, nativeEnumName: 'surveillance_plan_status' })
  @Field(() => SurveillancePlanStatus, { description: 'Current status.' })
  status: SurveillancePlanStatus = SurveillancePlanStatus.PLANNED;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Who planned it.' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it was planned.' })
  createdAt!: Date;
}

@Entity({ tableName: 'surveillance_result' })
@Index({ properties: ['planId', 'inspectedAt'] })
@ObjectType({ description: 'What officials found at one place during a surveillance plan; an offence opens a legal case.' })
export class SurveillanceResult {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Property({ type: 'uuid' })
  planId!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the place was inspected.' })
  inspectedAt!: Date;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Place inspected.' })
  placeName!: string;

  @Property({ type: 'string', length: 2 })
  @Field(() => String, { description: 'Province of the place (code).' })
  provinceCode!: string;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Latitude recorded at the time of inspection.' })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Longitude recorded at the time of inspection.' })
  lng?: number | null;

  @Property({ type: 'uuid', nullable: true })
  respondentOperatorId?: string | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Trader inspected.' })
  respondentName!: string;

  @Property({ type: 'array', columnType: 'text[]', default: '{}' })
  @Field(() => [String], { description: '20-digit numbers of instruments checked.' })
  instrumentNos: string[] = [];

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether an offence was found.' })
  offenceFound!: boolean;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Offence basis (code), when an offence was found.' })
  offenceBasisCode?: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What was found.' })
  summary!: string;

  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Who recorded it.' })
  recordedBy!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last corrected (within the edit window).' })
  correctedAt?: Date | null;
}
