import { BigIntType, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { PaymentStatus } from './payment-request.service.js';

export { PaymentStatus };

registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Where a payment request stands (สถานะการชำระ).',
  valuesConfig: {
    PENDING: { description: 'Issued and awaiting payment (ค้างชำระ).' },
    PAID: { description: 'Paid; the bank confirmed the payment (ชำระแล้ว).' },
    CANCELLED: { description: 'Withdrawn by an official before payment; must not be paid (ยกเลิก).' },
    EXPIRED: { description: 'Lapsed unpaid after its due date; a new request is needed (หมดอายุ).' },
  },
});

@Entity({ tableName: 'payment_request' })
@Unique({ properties: ['ref1', 'ref2'] })
@Index({ properties: ['provinceCode', 'status'] })
@Index({ properties: ['officeCode', 'status'] })
@Index({ properties: ['operatorId', 'issuedAt'] })
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A payment request / pay-in slip (ใบแจ้งชำระเงิน) for a fee or fine owed to the regulator, paid at Krungthai Bank by bill payment with its ref1/ref2 (004 §4.5.10).',
})
export class PaymentRequest {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Stable payment request id.' })
  id!: string;

  @Property({ type: 'string', length: 30, unique: true })
  @Field(() => String, { description: 'Payment request number (เลขที่ใบแจ้งชำระ), e.g. PR-2569-000123 (Buddhist-era year).' })
  requestNo!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Bank bill-payment reference 1 (เลขอ้างอิง 1): Buddhist-era year, running number and a mod-10 check digit; up to 20 digits and upper-case letters.' })
  ref1!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Bank bill-payment reference 2 (เลขอ้างอิง 2): issuing office code and due date (yyyymmdd); up to 20 digits and upper-case letters. Unique together with ref1.' })
  ref2!: string;

  @Property({ type: 'string', length: 20 })
  @Index()
  @Field(() => String, { description: 'Revenue code of the fee or fine (รหัสรายได้).' })
  feeCode!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'What is being paid for, in Thai (รายละเอียดค่าธรรมเนียม), e.g. ค่าธรรมเนียมการตรวจสอบให้คำรับรอง.' })
  feeName!: string;

  @Property({ type: new BigIntType('number') })
  @Field(() => GraphQLSafeInt, { description: 'Amount due (จำนวนเงิน), in integer satang (1 baht = 100 satang).' })
  amountSatang!: number;

  @Property({ type: 'uuid' })
  operatorId!: string;

  @Property({ type: 'string', length: 8 })
  officeCode!: string;

  @Property({ type: 'string', length: 2 })
  provinceCode!: string;

  /** Thai calendar day, YYYY-MM-DD (MikroORM maps DATE columns to strings). */
  @Property({ type: 'date' })
  @Index()
  @Field(() => GraphQLLocalDate, { description: 'Last day to pay, Thai calendar day (วันครบกำหนดชำระ); payment on this day is on time.' })
  dueDate!: string;

  @Enum({ items: () => PaymentStatus, nativeEnumName: 'payment_status' })
  @Field(() => PaymentStatus, { description: 'Whether the request is awaiting payment, paid, cancelled or expired (สถานะการชำระ).' })
  status: PaymentStatus = PaymentStatus.PENDING;

  @Property({ type: 'datetime' })
  @Index()
  @Field(() => Date, { description: 'When the request was issued (วันที่ออกใบแจ้งชำระ).' })
  issuedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the bank received the payment (วันที่-เวลาที่ชำระ); null until paid.' })
  paidAt?: Date | null;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Amount the bank reported as paid (จำนวนเงินที่ชำระ), in integer satang (1 baht = 100 satang); null until paid.' })
  paidAmountSatang?: number | null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'Transaction id the bank reported for the payment (รหัสรายการชำระเงินของธนาคาร); null until paid.' })
  bankTransactionId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When this record last changed.' })
  updatedAt: Date = new Date();
}
