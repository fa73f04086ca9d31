import { BigIntType, Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { PaymentStatus } from './payment-request.service.js';
import { ServiceType } from '../fee-rate/service-type.js';

export { PaymentStatus };

/** What a payment request settles, so the owning domain learns of its payment. */
export enum PaymentSourceType {
  SERVICE_REQUEST = 'SERVICE_REQUEST',
  CASE_FINE = 'CASE_FINE',
  EXTRA_CHARGE = 'EXTRA_CHARGE',
  OTHER = 'OTHER',
}
registerEnumType(PaymentSourceType, {
  name: 'PaymentSourceType',
  description: 'What a payment request settles (ที่มาของรายการชำระ).',
  valuesConfig: {
    SERVICE_REQUEST: { description: 'A service request of an operator (คำขอรับบริการ): verification, notification, licence and so on.' },
    CASE_FINE: { description: 'A fine settled by comparison in a case (เปรียบเทียบปรับ), requested by the complaints domain.' },
    EXTRA_CHARGE: { description: 'An approved extra charge on another payment request (เรียกเก็บเงินเพิ่ม); the source id is that request.' },
    OTHER: { description: 'Anything else an official issues a pay-in for.' },
  },
});

registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Where a payment request stands (สถานะการชำระ).',
  valuesConfig: {
    PENDING: { description: 'Issued and awaiting payment (ค้างชำระ).' },
    PAID: { description: 'Paid; the bank confirmed the payment (ชำระแล้ว).' },
    CANCELLED: { description: 'Withdrawn by an official before payment; must not be paid (ยกเลิก).' },
    EXPIRED: { description: 'Lapsed unpaid after its due date; a new request is needed (หมดอายุ).' },
    UNDER_REVIEW: { description: 'Money arrived but not as expected (another amount, or after expiry or cancellation); an official must accept or refund it (รอตรวจสอบ).' },
    PARTIALLY_REFUNDED: { description: 'Paid, and part of the money was refunded after approval (คืนเงินบางส่วน).' },
    REFUNDED: { description: 'Paid, and all of the money was refunded after approval (คืนเงินแล้ว).' },
  },
});

@Entity({ tableName: 'payment_request' })
@Unique({ properties: ['ref1', 'ref2'] })
@Index({ properties: ['provinceCode', 'status'] })
@Index({ properties: ['officeCode', 'status'] })
@Index({ properties: ['operatorId', 'issuedAt'] })
@Index({ properties: ['sourceType', 'sourceId'] })
@Index({ properties: ['status', 'issuedAt'] })
@Index({ properties: ['paidAt'] })
// Unpaid requests for the dashboards' overdue figures (made by Migration20261123120100_payment_rollup).
@Index({
  name: 'payment_request_pending_due_index',
  expression: `CREATE INDEX payment_request_pending_due_index ON payments.payment_request USING btree (due_date) INCLUDE (province_code, office_code, service_type, issued_at, amount_satang) WHERE (status = 'PENDING'::payments.payment_status)`,
})
// ... and the same for a province's or an office's requests issued in a period (Migration20261124000000_pending_area_indexes).
@Index({
  name: 'payment_request_pending_province_index',
  expression: `CREATE INDEX payment_request_pending_province_index ON payments.payment_request USING btree (province_code, issued_at) INCLUDE (office_code, service_type, due_date, amount_satang) WHERE (status = 'PENDING'::payments.payment_status)`,
})
@Index({
  name: 'payment_request_pending_office_index',
  expression: `CREATE INDEX payment_request_pending_office_index ON payments.payment_request USING btree (office_code, issued_at) INCLUDE (province_code, service_type, due_date, amount_satang) WHERE (status = 'PENDING'::payments.payment_status)`,
})
@Check({ name: 'payment_request_amount_positive', expression: 'amount_satang > 0' })
@Check({ name: 'payment_request_refund_within_paid', expression: 'refunded_amount_satang >= 0 and refunded_amount_satang <= coalesce(paid_amount_satang, 0)' })
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

  /** Registry id of the payer; null for a fine on a respondent the registry does not know (the payer name says who). */
  @Property({ type: 'uuid', nullable: true })
  operatorId?: string | null;

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

  @Enum({ items: () => ServiceType, nativeEnumName: 'service_type', default: ServiceType.OTHER })
  @Field(() => ServiceType, { description: 'Service the fee is charged for (ประเภทบริการ).' })
  serviceType: ServiceType = ServiceType.OTHER;

  @Enum({ items: () => PaymentSourceType, nativeEnumName: 'payment_source_type', default: PaymentSourceType.SERVICE_REQUEST })
  @Field(() => PaymentSourceType, { description: 'What the request settles: a service request, a case fine or an extra charge.' })
  sourceType: PaymentSourceType = PaymentSourceType.SERVICE_REQUEST;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'Id of what the request settles in its owning domain (service request id, case id, original payment request id); null when not linked.' })
  sourceId?: string | null;

  @Property({ type: 'integer', default: 1 })
  @Field(() => Int, { description: 'Number of units charged (e.g. instruments verified).' })
  quantity: number = 1;

  @Property({ type: new BigIntType('number'), nullable: true })
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Fee per unit from the fee schedule, in integer satang; null for requests issued before the schedule existed.' })
  unitAmountSatang?: number | null;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the payer as printed on the pay-in (ชื่อผู้ชำระ), copied from the registry when issued.' })
  payerName?: string | null;

  @Property({ type: 'string', length: 13, nullable: true })
  @Field(() => String, { nullable: true, description: 'Tax id of the payer (เลขประจำตัวผู้เสียภาษี), 13 digits, as printed on the pay-in.' })
  payerTaxId?: string | null;

  @Property({ type: new BigIntType('number'), default: 0 })
  @Field(() => GraphQLSafeInt, { description: 'Money refunded so far after approval, in integer satang; never more than paidAmountSatang.' })
  refundedAmountSatang: number = 0;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the request is (or was last) under review, e.g. paid 100000 satang, 50000 due.' })
  reviewReason?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Client-chosen key that makes creating this request idempotent; a retry with the same key returns this request.' })
  @Unique()
  idempotencyKey?: string | null;

  @Property({ type: 'string', length: 100, default: 'system' })
  @Field(() => String, { description: 'Who issued the request (ผู้ออกใบแจ้งชำระ): a user, a system or an event consumer.' })
  createdBy: string = 'system';

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the bank was last asked about this request by the status inquiry (Payment Status Inquiry); null if never.' })
  lastInquiryAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When this record last changed.' })
  updatedAt: Date = new Date();
}
