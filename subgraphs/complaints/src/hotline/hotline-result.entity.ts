import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Complaint } from '../complaint/complaint.entity.js';

export enum HotlineResultKind {
  RESULT = 'RESULT',
  AMENDMENT = 'AMENDMENT',
  WITHDRAWAL = 'WITHDRAWAL',
}
registerEnumType(HotlineResultKind, {
  name: 'HotlineResultKind',
  description: 'What a message to the 1569 complaint centre does to the investigation result it holds (004 §4.5.1 (3)-(4)).',
  valuesConfig: {
    RESULT: { description: 'The result of the investigation (ผลตรวจสอบ).' },
    AMENDMENT: { description: 'A correction replacing the result sent before (แก้ไขผลตรวจสอบ).' },
    WITHDRAWAL: { description: 'Cancels the result sent before (ยกเลิกผลตรวจสอบ).' },
  },
});

export enum HotlineOutcome {
  OFFENCE_FOUND = 'OFFENCE_FOUND',
  NO_OFFENCE = 'NO_OFFENCE',
  REFERRED = 'REFERRED',
  INSUFFICIENT_INFORMATION = 'INSUFFICIENT_INFORMATION',
}
registerEnumType(HotlineOutcome, {
  name: 'HotlineOutcome',
  description: 'The finding reported to the 1569 complaint centre.',
  valuesConfig: {
    OFFENCE_FOUND: { description: 'An offence was found; legal action follows (พบการกระทำความผิด).' },
    NO_OFFENCE: { description: 'No offence was found (ไม่พบการกระทำความผิด).' },
    REFERRED: { description: 'Not a weights-and-measures matter; referred to the competent agency (ส่งต่อหน่วยงานที่เกี่ยวข้อง).' },
    INSUFFICIENT_INFORMATION: { description: 'Could not be investigated: the place or trader could not be identified (ข้อมูลไม่เพียงพอ).' },
  },
});

export enum HotlineDeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(HotlineDeliveryStatus, {
  name: 'HotlineDeliveryStatus',
  description: 'Where a message to the 1569 complaint centre stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent, or to be retried after a failed attempt (รอส่ง).' },
    SENT: { description: 'The 1569 centre acknowledged it (ส่งแล้ว).' },
    FAILED: { description: 'Refused by the 1569 centre, or still failing after the last retry; not retried again (ส่งไม่สำเร็จ).' },
  },
});

/** What travels to the 1569 centre (the JSON body, signed). */
export interface HotlineMessageBody {
  messageId: string;
  kind: HotlineResultKind;
  ticketNo: string;
  referenceNo: string;
  revision: number;
  outcome: HotlineOutcome | null;
  summary: string | null;
  reason: string | null;
  issuedAt: string;
  issuedBy: string;
}

/**
 * The outbound queue to the 1569 complaint centre: one row per result, amendment or withdrawal
 * of a complaint's investigation result, sent in revision order per complaint, retried until
 * acknowledged or refused.
 */
@Entity({ tableName: 'hotline_result' })
@Unique({ properties: ['complaint', 'revision'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
@ObjectType({ description: 'A result, amendment or withdrawal sent (or being sent) to the 1569 complaint centre, with its delivery status.' })
export class HotlineResult {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Message id; the 1569 centre receives it as messageId and the idempotency-key header.' })
  id!: string;

  @ManyToOne(() => Complaint, { fieldName: 'complaint_id', deleteRule: 'cascade' })
  complaint!: Complaint;

  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'Ticket number of the complaint in the 1569 system.' })
  externalRef!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Position among the messages of this complaint, from 1; sent in this order.' })
  revision!: number;

  @Enum({ items: () => HotlineResultKind, nativeEnumName: 'hotline_result_kind' })
  @Field(() => HotlineResultKind, { description: 'Result, amendment or withdrawal.' })
  kind!: HotlineResultKind;

  @Property({ type: 'json' })
  payload!: HotlineMessageBody;

  @Enum({ items: () => HotlineDeliveryStatus, nativeEnumName: 'hotline_delivery_status' })
  @Field(() => HotlineDeliveryStatus, { description: 'Delivery status.' })
  status: HotlineDeliveryStatus = HotlineDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Delivery attempts so far.' })
  attempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, while pending.' })
  nextAttemptAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (HTTP status and response, or network error).' })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the 1569 centre acknowledged it.' })
  sentAt?: Date | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Who issued it (username of the official).' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it was issued.' })
  createdAt: Date = new Date();

  @Field(() => HotlineOutcome, { nullable: true, description: 'The finding reported; null for a withdrawal.' })
  get outcome(): HotlineOutcome | null {
    return this.payload?.outcome ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Summary of the investigation as sent to the 1569 centre; null for a withdrawal.' })
  get summary(): string | null {
    return this.payload?.summary ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Why the result was amended or withdrawn.' })
  get reason(): string | null {
    return this.payload?.reason ?? null;
  }
}
