import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInputType } from '@metrograph/kit';
import { PaymentStatus } from './payment-request.entity.js';

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
