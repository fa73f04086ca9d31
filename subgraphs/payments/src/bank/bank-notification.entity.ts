import { BigIntType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { BankEventType, NotificationOutcome } from '../payment-request/payment-status.js';

export { BankEventType, NotificationOutcome };

/** How a bank notification reached the subgraph. */
export enum NotificationChannel {
  CALLBACK = 'CALLBACK',
  INQUIRY = 'INQUIRY',
  STATEMENT = 'STATEMENT',
}

registerEnumType(NotificationChannel, {
  name: 'BankNotificationChannel',
  description: 'How the payments service learned of a bank event.',
  valuesConfig: {
    CALLBACK: { description: 'The bank called the payment callback endpoint (Callback/Status Update).' },
    INQUIRY: { description: 'The service asked the bank (Payment Status Inquiry) because no callback came.' },
    STATEMENT: { description: 'Found in the bank\'s daily statement during reconciliation, with no callback or inquiry before.' },
  },
});
registerEnumType(BankEventType, {
  name: 'BankEventType',
  description: 'What the bank reports.',
  valuesConfig: {
    PAYMENT: { description: 'A customer paid the bill.' },
    VOID: { description: 'The bank reversed a payment it had reported.' },
  },
});
registerEnumType(NotificationOutcome, {
  name: 'BankNotificationOutcome',
  description: 'How a bank notification was handled.',
  valuesConfig: {
    APPLIED: { description: 'It changed the payment request\'s status.' },
    HELD_FOR_REVIEW: { description: 'The money arrived but not as expected (amount, expired or cancelled request): the request is under review.' },
    DUPLICATE: { description: 'The same event or transaction was handled before; nothing changed.' },
    DEFERRED: { description: 'It arrived before the payment it refers to; it is applied when that payment arrives.' },
    REFUSED: { description: 'The transition graph does not allow it (e.g. a second payment of a paid request); nothing changed, officials should look.' },
    UNKNOWN_REFERENCE: { description: 'No payment request has its ref1/ref2.' },
    MALFORMED: { description: 'The signed body was not a readable bank notification.' },
  },
});

/**
 * Every bank notification as received (raw body and signature), with what it did (004 §4.5.10 (5), (8)).
 * Append-only: the outcome of a DEFERRED one is updated when it is finally applied.
 */
@Entity({ tableName: 'bank_notification' })
@Index({ properties: ['ref1', 'ref2'] })
@Index({ properties: ['paymentRequestId', 'sequence'] })
@ObjectType({ description: 'A payment notification from the bank (callback or inquiry answer), kept raw with what it did to the payment request.' })
export class BankNotification {
  [OptionalProps]?: 'sequence';

  /** Order of recording (ties in time are common within one transaction); never shown. */
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  sequence!: number;

  @Property({ type: 'uuid', unique: true })
  @Field(() => ID, { description: 'Id of this record.' })
  id!: string;

  @Property({ type: 'datetime' })
  @Index()
  @Field(() => Date, { description: 'When the payments service received it.' })
  receivedAt!: Date;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  @Field(() => NotificationChannel, { description: 'Callback from the bank or answer to an inquiry.' })
  channel!: NotificationChannel;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The body exactly as the bank sent it (JSON text).' })
  rawBody!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'The signature header the bank sent (verified before anything else).' })
  signature?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The bank\'s id of the event; repeated deliveries carry the same id.' })
  bankEventId?: string | null;

  @Enum({ items: () => BankEventType, nativeEnumName: 'bank_event_type', nullable: true })
  @Field(() => BankEventType, { nullable: true, description: 'Payment or void; null when the body was malformed.' })
  eventType?: BankEventType | null;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Reference 1 the bank reported.' })
  ref1?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Reference 2 the bank reported.' })
  ref2?: string | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Amount the bank reported, in integer satang.' })
  amountSatang?: number | null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'The bank\'s transaction id (รหัสรายการชำระเงินของธนาคาร).' })
  bankTransactionId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the event happened at the bank (payment time for a payment).' })
  occurredAt?: Date | null;

  @Enum({ items: () => NotificationOutcome, nativeEnumName: 'notification_outcome' })
  @Field(() => NotificationOutcome, { description: 'What the notification did.' })
  outcome!: NotificationOutcome;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Why, in words (e.g. paid 100000 satang, 50000 due).' })
  outcomeDetail!: string;

  @Property({ type: 'uuid', nullable: true })
  paymentRequestId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a deferred notification was finally applied; null otherwise.' })
  appliedLaterAt?: Date | null;
}
