import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { OrderInputType } from '@metrograph/kit';
import { PaymentSourceType, PaymentStatus } from './payment-request.entity.js';
import { ServiceType } from '../fee-rate/service-type.js';

@InputType({ description: 'Which payment requests to list; all given conditions must hold.' })
export class PaymentRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only requests issued to this operator.' })
  operatorId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only requests issued by these offices (codes, e.g. HQ, C1, B07).' })
  officeCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only requests for operators in these provinces (codes).' })
  provinceCodes?: string[];

  @Field(() => [PaymentStatus], { nullable: true, description: 'Only requests with these statuses.' })
  statuses?: PaymentStatus[];

  @Field(() => [String], { nullable: true, description: 'Only requests for these revenue codes (รหัสรายได้).' })
  feeCodes?: string[];

  @Field(() => [ServiceType], { nullable: true, description: 'Only requests for these services (ประเภทบริการ).' })
  serviceTypes?: ServiceType[];

  @Field(() => [PaymentSourceType], { nullable: true, description: 'Only requests settling these kinds of source.' })
  sourceTypes?: PaymentSourceType[];

  @Field(() => String, { nullable: true, description: 'Only requests settling this source id (service request or case id).' })
  sourceId?: string;

  @Field(() => Date, { nullable: true, description: 'Only requests paid at or after this instant.' })
  paidFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only requests paid at or before this instant.' })
  paidTo?: Date;

  @Field(() => Date, { nullable: true, description: 'Only requests due on or after the Thai calendar day of this instant.' })
  dueFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only requests due on or before the Thai calendar day of this instant.' })
  dueTo?: Date;

  @Field(() => Date, { nullable: true, description: 'Only requests issued at or after this instant.' })
  issuedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only requests issued at or before this instant.' })
  issuedTo?: Date;

  @Field(() => String, { nullable: true, description: 'Part of the request number, ref1, ref2 or fee name (case-insensitive substring).' })
  search?: string;
}

export enum PaymentRequestOrderField {
  ISSUED_AT = 'issuedAt',
  DUE_DATE = 'dueDate',
  AMOUNT = 'amountSatang',
  REQUEST_NO = 'requestNo',
}
registerEnumType(PaymentRequestOrderField, {
  name: 'PaymentRequestOrderField',
  description: 'Property payment requests can be sorted by.',
  valuesConfig: {
    ISSUED_AT: { description: 'Issue time (วันที่ออกใบแจ้งชำระ).' },
    DUE_DATE: { description: 'Due date (วันครบกำหนดชำระ).' },
    AMOUNT: { description: 'Amount due, in satang (จำนวนเงิน).' },
    REQUEST_NO: { description: 'Payment request number (เลขที่ใบแจ้งชำระ).' },
  },
});

export const PaymentRequestOrder = OrderInputType(PaymentRequestOrderField, 'PaymentRequest');
export type PaymentRequestOrder = InstanceType<typeof PaymentRequestOrder>;

/** The two bank references that identify a pay-in slip. */
@ArgsType()
export class PaymentRefsArgs {
  @Field(() => String, { description: 'Reference 1 (เลขอ้างอิง 1) as printed or keyed in; spaces, dashes and letter case are ignored.' })
  ref1!: string;

  @Field(() => String, { description: 'Reference 2 (เลขอ้างอิง 2) as printed or keyed in; spaces, dashes and letter case are ignored.' })
  ref2!: string;
}

@InputType({ description: 'What settles a payment request in its owning domain.' })
export class PaymentSourceInput {
  @Field(() => PaymentSourceType, { description: 'Service request, case fine, extra charge or other.' })
  type!: PaymentSourceType;

  @Field(() => String, { nullable: true, description: 'Id of the service request or case in its owning domain (1 to 64 characters).' })
  id?: string;
}

@InputType({ description: 'A new payment request (pay-in) for an operator; the amount comes from the fee schedule in force today.' })
export class CreatePaymentRequestInput {
  @Field(() => ID, { description: 'Operator who must pay (registry id).' })
  operatorId!: string;

  @Field(() => ID, { description: 'Office that issues the request and collects the payment (any of the 33 offices), e.g. HQ, C1, B07.' })
  officeCode!: string;

  @Field(() => ID, { description: 'Province the request counts under (the operator\'s province), two digits.' })
  provinceCode!: string;

  @Field(() => String, { description: 'Revenue code in the fee schedule (รหัสรายได้).' })
  feeCode!: string;

  @Field(() => Int, { nullable: true, description: 'Number of units (e.g. instruments); default 1.' })
  quantity?: number;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Amount in integer satang, only for fees with a variable amount (fines); fixed fees take the schedule\'s amount.' })
  amountSatang?: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Last day to pay (Thai calendar day); default 15 days after issue.' })
  dueDate?: string;

  @Field(() => PaymentSourceInput, { description: 'What the payment settles.' })
  source!: PaymentSourceInput;

  @Field(() => String, { nullable: true, description: 'Payer name to print on the pay-in.' })
  payerName?: string;

  @Field(() => String, { nullable: true, description: 'Payer tax id to print on the pay-in (13 digits).' })
  payerTaxId?: string;

  @Field(() => String, { nullable: true, description: 'Key that makes the call idempotent: a retry with the same key returns the first request instead of a second one.' })
  idempotencyKey?: string;
}

@InputType({ description: 'Accept a payment held for review (amount mismatch, late payment) as settling the request.' })
export class AcceptHeldPaymentInput {
  @Field(() => ID, { description: 'The payment request under review.' })
  paymentRequestId!: string;

  @Field(() => String, { description: 'Why the official accepts it (recorded in the audit trail).' })
  note!: string;
}

@InputType({ description: 'Ask the bank now for the status of one payment request (Payment Status Inquiry).' })
export class InquirePaymentStatusInput {
  @Field(() => ID, { description: 'The payment request to ask about.' })
  paymentRequestId!: string;
}
