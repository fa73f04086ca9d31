import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { OffenceBasis } from '../offence-basis/offence-basis.entity.js';
import { CaseEventKind, CaseStatus } from './case-status.js';

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a legal case stands (004 §4.5.1 (9)).',
  valuesConfig: {
    OPEN: { description: 'Opened after an offence was found (เปิดคดี).' },
    FINE_PROPOSED: { description: 'Fine settlement offered; a payment request is waiting (เปรียบเทียบปรับ).' },
    FINE_PAID: { description: 'The settlement fine was paid.' },
    REFERRED: { description: 'The file was sent to the inquiry official / police (ส่งสำนวน).' },
    PROSECUTED: { description: 'The prosecutor ordered prosecution (สั่งฟ้อง).' },
    FINAL: { description: 'The case is final (คดีถึงที่สุด).' },
  },
});
registerEnumType(CaseEventKind, {
  name: 'CaseEventKind',
  description: 'A legal activity recorded on a case.',
  valuesConfig: {
    FINE_SETTLEMENT: { description: 'Fine settlement offered (เปรียบเทียบปรับ): creates a payment request.' },
    FINE_PAID: { description: 'The fine was paid (recorded when payments reports it).' },
    FILE_SENT: { description: 'File sent to the inquiry official (ส่งสำนวน).' },
    PROSECUTION: { description: 'Prosecution ordered (สั่งฟ้อง).' },
    FINAL: { description: 'The case became final (คดีถึงที่สุด).' },
    APPOINTMENT: { description: 'An appointment (กำหนดนัดหมาย), e.g. a hearing.' },
    RULING: { description: 'A ruling or court order (คำตัดสิน/คำสั่งศาล).' },
    NOTE: { description: 'A note on the file.' },
  },
});

@Entity({ tableName: 'legal_case' })
@Index({ properties: ['provinceCode', 'openedAt'] })
@Index({ properties: ['officeCode', 'status'] })
// An office's case list for a period, newest first, and its totalCount, without reading the office's whole heap.
@Index({ properties: ['officeCode', 'openedAt'] })
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A legal case (คดี) opened when an offence is found, followed to its final outcome.' })
export class LegalCase {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable case id.' })
  id!: string;

  @Property({ type: 'string', length: 30, unique: true })
  @Field(() => String, { description: 'Case number (เลขคดี), e.g. CS-2569-000123.' })
  caseNo!: string;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  complaintId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  surveillanceResultId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Index()
  respondentOperatorId?: string | null;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'The accused (ผู้ถูกกล่าวหา), as named in the file.' })
  respondentName!: string;

  @Property({ type: 'string', length: 2 })
  provinceCode!: string;

  @Property({ type: 'string', length: 8 })
  officeCode!: string;

  @ManyToOne(() => OffenceBasis, { fieldName: 'offence_basis_code' })
  offenceBasis!: OffenceBasis;

  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  @Field(() => CaseStatus, { description: 'Current status.' })
  status: CaseStatus = CaseStatus.OPEN;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Settlement fine in satang (1 baht = 100 satang), once offered.' })
  fineAmountSatang?: number | null;

  @Property({ type: 'uuid', nullable: true })
  finePaymentRequestId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When payments reported the fine paid.' })
  finePaidAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Final outcome, once final (e.g. fine paid, court judgment).' })
  outcome?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the case was opened.' })
  openedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the case became final.' })
  closedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When this record last changed.' })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'case_event' })
@Index({ properties: ['caseId', 'occurredAt'] })
@ObjectType({ description: 'A legal activity on a case with its references, appointment, ruling and attachments.' })
export class CaseEvent {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Property({ type: 'uuid' })
  caseId!: string;

  @Enum({ items: () => CaseEventKind, nativeEnumName: 'case_event_kind' })
  @Field(() => CaseEventKind, { description: 'Which activity.' })
  kind!: CaseEventKind;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it took place (timestamp).' })
  occurredAt!: Date;

  @Property({ type: 'string', length: 40 })
  @Field(() => CaseStatus, { description: 'Case status after this activity.' })
  statusAfter!: CaseStatus;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Who recorded it (ผู้ดำเนินการ).' })
  actorName!: string;

  @Property({ type: 'array', columnType: 'text[]', default: '{}' })
  @Field(() => [String], { description: 'Reference documents (เอกสารอ้างอิง), e.g. letter numbers.' })
  referenceDocuments: string[] = [];

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Appointment date and time (กำหนดนัดหมาย), if any.' })
  appointmentAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Ruling, order or decision (คำตัดสิน), if any.' })
  ruling?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  note?: string | null;
}

@Entity({ tableName: 'case_attachment' })
@ObjectType({ description: 'A file attached to a legal activity (PDF or image), or a link to a video.' })
export class CaseAttachment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Property({ type: 'uuid' })
  @Index()
  caseEventId!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'File name as uploaded.' })
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'MIME type: application/pdf, image/jpeg, image/png, or text/uri-list for a video link.' })
  mimeType!: string;

  @Property({ type: 'integer' })
  @Field(() => Number, { description: 'Size in bytes (0 for a link).' })
  sizeBytes!: number;

  @Property({ type: 'blob', nullable: true, lazy: true })
  content?: Buffer | null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'SHA-256 of the content, hex.' })
  sha256?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Link to a video (e.g. on the Department of Provincial Administration or prosecutor system).' })
  linkUrl?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it was attached.' })
  uploadedAt!: Date;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Who attached it.' })
  uploadedBy!: string;
}

@Entity({ tableName: 'findings' })
@ObjectType({ description: 'Findings of the investigation of a complaint (ผลตรวจสอบ, 004 §4.5.1 (8)).' })
export class Findings {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Property({ type: 'uuid', unique: true })
  complaintId!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the inspection took place.' })
  inspectedAt!: Date;

  @Property({ type: 'double', nullable: true })
  @Field(() => Number, { nullable: true, description: 'Latitude recorded at the time of inspection (004 §4.5.1 (15)).' })
  lat?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Number, { nullable: true, description: 'Longitude recorded at the time of inspection.' })
  lng?: number | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Whether an offence was found.' })
  offenceFound!: boolean;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the official found.' })
  summary!: string;

  @Property({ type: 'array', columnType: 'text[]', default: '{}' })
  @Field(() => [String], { description: '20-digit numbers of the instruments inspected.' })
  instrumentNos: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  recordedById?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Official who recorded the findings.' })
  recordedByName!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When the findings were recorded.' })
  recordedAt!: Date;
}
