import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OffenceBasis } from '../offence-basis/offence-basis.entity.js';
import { InstrumentType } from './instrument-type.js';

export enum ComplaintChannel {
  HOTLINE_1569 = 'HOTLINE_1569',
  WEB = 'WEB',
  LINE = 'LINE',
  PHONE = 'PHONE',
  WALK_IN = 'WALK_IN',
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
}
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel',
  description: 'How a complaint reached the regulator (ช่องทาง).',
  valuesConfig: {
    HOTLINE_1569: { description: 'The 1569 consumer complaint centre of the Department of Internal Trade, system to system.' },
    WEB: { description: 'Web form.' },
    LINE: { description: 'LINE official account.' },
    PHONE: { description: 'Telephone call to an office, recorded by an official.' },
    WALK_IN: { description: 'In person at an office, recorded by an official.' },
    LETTER: { description: 'Letter by post.' },
    EMAIL: { description: 'E-mail.' },
  },
});

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  TRIAGED = 'TRIAGED',
  ASSIGNED = 'ASSIGNED',
  INVESTIGATING = 'INVESTIGATING',
  OFFENCE_FOUND = 'OFFENCE_FOUND',
  NO_OFFENCE = 'NO_OFFENCE',
  CLOSED = 'CLOSED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: 'Where a complaint stands, from intake to closure.',
  valuesConfig: {
    RECEIVED: { description: 'Received, not yet screened (รับเรื่อง).' },
    TRIAGED: { description: 'Screened and categorised by offence basis (คัดกรองแล้ว).' },
    ASSIGNED: { description: 'Assigned to an official (มอบหมายแล้ว).' },
    INVESTIGATING: { description: 'Under investigation (อยู่ระหว่างตรวจสอบ).' },
    OFFENCE_FOUND: { description: 'Investigation found an offence; a legal case follows (พบการกระทำความผิด).' },
    NO_OFFENCE: { description: 'Investigation found no offence (ไม่พบการกระทำความผิด).' },
    CLOSED: { description: 'Closed (ยุติเรื่อง).' },
  },
});

@Entity({ tableName: 'complaint' })
@Index({ properties: ['provinceCode', 'receivedAt'] })
@Index({ properties: ['officeCode', 'status'] })
// An office's list for a period, newest first, and its totalCount (an index-only count instead of ~8.5 k heap pages at 1 M complaints).
@Index({ properties: ['officeCode', 'receivedAt'] })
@Index({ properties: ['respondentOperatorId', 'receivedAt'] })
// Open complaints for the dashboards' overdue count (made by Migration20261123120000_complaint_rollup).
@Index({
  name: 'complaint_open_sla_index',
  expression: `CREATE INDEX complaint_open_sla_index ON complaints.complaint USING btree (status, status_changed_at) INCLUDE (province_code, office_code, received_at, offence_basis_code, channel, instrument_type) WHERE (status <> 'CLOSED'::complaints.complaint_status)`,
})
// An office's or a province's open work, newest first: only the complaints not closed (a few per cent of a
// year-old office's history), so a status filter does not walk the closed ones (made by
// Migration20261123175245_open_complaint_list_indexes).
@Index({
  name: 'complaint_open_office_index',
  expression: `CREATE INDEX complaint_open_office_index ON complaints.complaint USING btree (office_code, received_at) WHERE (status <> 'CLOSED'::complaints.complaint_status)`,
})
@Index({
  name: 'complaint_open_province_index',
  expression: `CREATE INDEX complaint_open_province_index ON complaints.complaint USING btree (province_code, received_at) WHERE (status <> 'CLOSED'::complaints.complaint_status)`,
})
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A complaint about weights and measures (เรื่องร้องเรียน), with the details of 004 §4.5.1 (8).' })
export class Complaint {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable complaint id.' })
  id!: string;

  @Property({ type: 'string', length: 30, unique: true })
  @Field(() => String, { description: 'Complaint reference number (เลขอ้างอิงคำร้อง), e.g. CP-2569-0000123 (Buddhist-era year).' })
  referenceNo!: string;

  @Property({ type: 'string', length: 40, nullable: true, unique: true })
  @Field(() => String, { nullable: true, description: 'Ticket number in the 1569 complaint centre, for complaints that came from it.' })
  externalRef?: string | null;

  @Property({ type: 'datetime' })
  @Index()
  @Field(() => Date, { description: 'When the complaint was received (วันที่รับเรื่อง).' })
  receivedAt!: Date;

  @Enum({ items: () => ComplaintChannel, nativeEnumName: 'complaint_channel' })
  @Field(() => ComplaintChannel, { description: 'Channel it came through (ช่องทาง).' })
  channel!: ComplaintChannel;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Name of the complainant (ผู้ร้อง).' })
  complainantName!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Complainant telephone number.' })
  complainantPhone?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Complainant e-mail address.' })
  complainantEmail?: string | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Respondent as named by the complainant (ผู้ถูกร้อง), even when not a registered operator.' })
  respondentName!: string;

  @Property({ type: 'uuid', nullable: true })
  respondentOperatorId?: string | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Name of the place where it happened, e.g. a market or service station (พื้นที่เกิดเหตุ).' })
  placeName!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Address of the place where it happened.' })
  placeAddress!: string;

  @Property({ type: 'string', length: 2 })
  provinceCode!: string;

  @Property({ type: 'string', length: 8 })
  officeCode!: string;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Latitude of the place (WGS 84), when known.' })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Longitude of the place (WGS 84), when known.' })
  lng?: number | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Short subject line.' })
  subject!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the complainant reported, in their words.' })
  details!: string;

  @Property({ type: 'array', columnType: 'text[]', default: '{}' })
  @Field(() => [String], { description: 'Keywords (คำสำคัญ) for search and triage.' })
  keywords: string[] = [];

  @ManyToOne(() => OffenceBasis, { fieldName: 'offence_basis_code', nullable: true })
  offenceBasis?: OffenceBasis | null;

  @Enum({ items: () => InstrumentType, nullable: true })
  @Field(() => InstrumentType, { nullable: true, description: 'Type of the instrument the complaint is about, suggested from the text at intake and confirmed or corrected at triage; null when none is named.' })
  instrumentType?: InstrumentType | null;

  @Enum({ items: () => ComplaintStatus, nativeEnumName: 'complaint_status' })
  @Index()
  @Field(() => ComplaintStatus, { description: 'Current status.' })
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  assigneeId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last assigned.' })
  assignedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the current status began (the SLA clock of that status starts here).' })
  statusChangedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the current status was escalated to the office head for being overdue.' })
  escalatedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  duplicateOfId?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the complaint was closed without investigation (duplicate, withdrawn, outside the remit).' })
  closingReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the complaint was closed.' })
  closedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When this record last changed.' })
  updatedAt: Date = new Date();
}
