import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

export enum AdjustmentKind {
  REFUND = 'REFUND',
  CANCELLATION = 'CANCELLATION',
  EXTRA_CHARGE = 'EXTRA_CHARGE',
}
registerEnumType(AdjustmentKind, {
  name: 'PaymentAdjustmentKind',
  description: 'What an adjustment asks for (004 §4.5.13 operator side (10)).',
  valuesConfig: {
    REFUND: { description: 'Give back money that was paid (ขอคืนเงิน), at most what was paid and not yet refunded.' },
    CANCELLATION: { description: 'Cancel an unpaid request (ขอยกเลิก).' },
    EXTRA_CHARGE: { description: 'Charge more for the same service (ขอเรียกเก็บเงินเพิ่ม): a new linked payment request is issued when approved.' },
  },
});

export enum AdjustmentStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(AdjustmentStatus, {
  name: 'PaymentAdjustmentStatus',
  description: 'Where an adjustment stands in its approval (การอนุมัติ).',
  valuesConfig: {
    REQUESTED: { description: 'Waiting for an approver (รออนุมัติ).' },
    APPROVED: { description: 'Approved and carried out (อนุมัติ).' },
    REJECTED: { description: 'Rejected; nothing changed (ไม่อนุมัติ).' },
  },
});

/** A supporting document of an adjustment: a name and where the file is kept. */
export interface AdjustmentDocument {
  name: string;
  url: string;
}

@ObjectType('PaymentAdjustmentDocument', { description: 'A supporting document of an adjustment.' })
export class AdjustmentDocumentType {
  @Field(() => String, { description: 'File name or title of the document.' })
  name!: string;

  @Field(() => String, { description: 'Where the document is kept (document store URL).' })
  url!: string;
}

/** A refund, cancellation or extra charge, with reason and documents, through an approval step. */
@Entity({ tableName: 'payment_adjustment' })
@Index({ properties: ['paymentRequestId', 'requestedAt'] })
@ObjectType({ description: 'A refund, cancellation or extra charge on a payment request, with reason, documents and an approval (004 §4.5.13 operator side (10)).' })
export class PaymentAdjustment {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Id of the adjustment.' })
  id!: string;

  @Property({ type: 'uuid' })
  paymentRequestId!: string;

  @Enum({ items: () => AdjustmentKind, nativeEnumName: 'adjustment_kind' })
  @Field(() => AdjustmentKind, { description: 'Refund, cancellation or extra charge.' })
  kind!: AdjustmentKind;

  @Enum({ items: () => AdjustmentStatus, nativeEnumName: 'adjustment_status' })
  @Index()
  @Field(() => AdjustmentStatus, { description: 'Waiting, approved or rejected.' })
  status: AdjustmentStatus = AdjustmentStatus.REQUESTED;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Amount refunded or charged extra, in integer satang; null for a cancellation.' })
  amountSatang?: number | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Why (เหตุผล).' })
  reason!: string;

  @Property({ type: 'json' })
  @Field(() => [AdjustmentDocumentType], { description: 'Supporting documents (เอกสารประกอบ).' })
  documents: AdjustmentDocument[] = [];

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who asked for it.' })
  requestedBy!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  requestedById?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => Date, { description: 'When it was asked for.' })
  requestedAt!: Date;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who approved or rejected it; null while waiting.' })
  decidedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was approved or rejected.' })
  decidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The approver\'s note.' })
  decisionNote?: string | null;

  @Property({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'For an approved extra charge: the payment request issued for it.' })
  resultPaymentRequestId?: string | null;
}

