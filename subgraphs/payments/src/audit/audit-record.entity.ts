import { BigIntType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PaymentStatus } from '../payment-request/payment-request.service.js';

/** What an audit record records (004 §4.5.10 (8)). */
export enum AuditAction {
  FEE_RATE_SET = 'FEE_RATE_SET',
  PAYMENT_REQUEST_CREATED = 'PAYMENT_REQUEST_CREATED',
  PAY_IN_VIEWED = 'PAY_IN_VIEWED',
  PAY_IN_PRINTED = 'PAY_IN_PRINTED',
  BANK_NOTIFICATION_RECEIVED = 'BANK_NOTIFICATION_RECEIVED',
  BANK_INQUIRY = 'BANK_INQUIRY',
  STATUS_CHANGED = 'STATUS_CHANGED',
  ADJUSTMENT_REQUESTED = 'ADJUSTMENT_REQUESTED',
  ADJUSTMENT_DECIDED = 'ADJUSTMENT_DECIDED',
  REPORT_EXPORTED = 'REPORT_EXPORTED',
  STATEMENT_RECONCILED = 'STATEMENT_RECONCILED',
  EVENT_REJECTED = 'EVENT_REJECTED',
}
registerEnumType(AuditAction, {
  name: 'PaymentAuditAction',
  description: 'What happened, in the payments audit trail (ประวัติการดำเนินการ).',
  valuesConfig: {
    FEE_RATE_SET: { description: 'An official set a fee rate.' },
    PAYMENT_REQUEST_CREATED: { description: 'A payment request was created (สร้างรายการชำระเงิน).' },
    PAY_IN_VIEWED: { description: 'Someone viewed the pay-in document (เรียกดู Pay-in).' },
    PAY_IN_PRINTED: { description: 'Someone downloaded the pay-in to print (พิมพ์ Pay-in).' },
    BANK_NOTIFICATION_RECEIVED: { description: 'A bank notification was received (รับผลการชำระเงิน), whatever it did.' },
    BANK_INQUIRY: { description: 'The bank was asked for a request\'s status (Payment Status Inquiry).' },
    STATUS_CHANGED: { description: 'The request\'s status changed.' },
    ADJUSTMENT_REQUESTED: { description: 'A refund, cancellation or extra charge was requested.' },
    ADJUSTMENT_DECIDED: { description: 'A refund, cancellation or extra charge was approved or rejected.' },
    REPORT_EXPORTED: { description: 'A reconciliation report was exported.' },
    STATEMENT_RECONCILED: { description: 'A day\'s payments were compared with the bank\'s statement (the detail lists the discrepancies).' },
    EVENT_REJECTED: { description: 'An event from another domain (e.g. FineSettlementRequested) could not become a payment request; the detail says why, an official issues it by hand.' },
  },
});

/** One entry of the payments audit trail: who did what to which request, when. Append-only. */
@Entity({ tableName: 'audit_record' })
@Index({ properties: ['paymentRequestId', 'sequence'] })
@ObjectType('PaymentAuditRecord', { description: 'One entry of the payments audit trail (004 §4.5.10 (8)): actor, time, action and references.' })
export class AuditRecord {
  [OptionalProps]?: 'sequence';

  /** Order of recording (ties in time are common within one transaction); never shown. */
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  sequence!: number;

  @Property({ type: 'uuid', unique: true })
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Property({ type: 'datetime' })
  @Index()
  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  @Field(() => AuditAction, { description: 'What happened.' })
  action!: AuditAction;

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Kind of actor: user, api-client, system or anonymous.' })
  actorKind!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'Id of the user or API client; null for systems and anonymous callers.' })
  actorId?: string | null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Name of the actor (ผู้ดำเนินการ), e.g. a username, bank:callback, payments:inquiry.' })
  actorName!: string;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Payment request concerned, if any.' })
  paymentRequestId?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'Its request number.' })
  requestNo?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Its reference 1.' })
  ref1?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Its reference 2.' })
  ref2?: string | null;

  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status', nullable: true })
  @Field(() => PaymentStatus, { nullable: true, description: 'Status before, for status changes.' })
  fromStatus?: PaymentStatus | null;

  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status', nullable: true })
  @Field(() => PaymentStatus, { nullable: true, description: 'Status after, for status changes.' })
  toStatus?: PaymentStatus | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Other references and facts: bank transaction id, notification id, amount, reason, export filter.' })
  detail?: Record<string, unknown> | null;
}
