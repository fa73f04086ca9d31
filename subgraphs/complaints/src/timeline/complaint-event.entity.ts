import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

export enum TimelineEventType {
  RECEIVED = 'RECEIVED',
  TRIAGED = 'TRIAGED',
  ASSIGNED = 'ASSIGNED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ESCALATED = 'ESCALATED',
  MERGED = 'MERGED',
  FINDINGS_RECORDED = 'FINDINGS_RECORDED',
  CASE_OPENED = 'CASE_OPENED',
  CASE_EVENT = 'CASE_EVENT',
  CLOSED = 'CLOSED',
}
registerEnumType(TimelineEventType, {
  name: 'TimelineEventType',
  description: 'Kind of step in the life of a complaint and its case.',
  valuesConfig: {
    RECEIVED: { description: 'The complaint was received (รับเรื่อง).' },
    TRIAGED: { description: 'An official confirmed or corrected the offence basis (คัดกรอง).' },
    ASSIGNED: { description: 'Assigned to an official (มอบหมาย).' },
    STATUS_CHANGED: { description: 'The status changed.' },
    ESCALATED: { description: 'Escalated to the office head for being overdue.' },
    MERGED: { description: 'Merged into another complaint as a duplicate.' },
    FINDINGS_RECORDED: { description: 'Findings of the investigation were recorded (บันทึกผลตรวจสอบ).' },
    CASE_OPENED: { description: 'A legal case was opened (เปิดคดี).' },
    CASE_EVENT: { description: 'A legal activity on the case: fine settlement, file sent, prosecution, final, appointment, ruling.' },
    CLOSED: { description: 'The complaint was closed (ยุติเรื่อง).' },
  },
});

/**
 * One step of the timeline (004 §4.5.1 (10)) and the audit trail of complaints and cases:
 * written in the same transaction as the change, never updated.
 */
@Entity({ tableName: 'complaint_event' })
@Index({ properties: ['complaintId', 'at'] })
@Index({ properties: ['caseId', 'at'] })
@ObjectType({ description: 'A step in the life of a complaint or its case, with who did it and when.' })
export class ComplaintEvent {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable id of the step.' })
  id!: string;

  @Property({ type: 'uuid', nullable: true })
  complaintId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Enum({ items: () => TimelineEventType, nativeEnumName: 'timeline_event_type' })
  @Field(() => TimelineEventType, { description: 'What happened.' })
  type!: TimelineEventType;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Status before, when the step changed it.' })
  fromStatus?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Status after, when the step changed it.' })
  toStatus?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Who did it (username, system or integration).' })
  actorName!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'One-line description in Thai.' })
  summary!: string;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject, { description: 'Details of the step (e.g. suggested and chosen offence basis, fine amount).' })
  details: Record<string, unknown> = {};
}
