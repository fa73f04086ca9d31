import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ServiceType } from '../fee-rate/service-type.js';

export enum PaymentStatsGroup {
  TOTAL = 'TOTAL',
  PROVINCE = 'PROVINCE',
  OFFICE = 'OFFICE',
  SERVICE_TYPE = 'SERVICE_TYPE',
  MONTH = 'MONTH',
}
registerEnumType(PaymentStatsGroup, {
  name: 'PaymentStatsGroup',
  description: 'How to group fee and fine statistics for dashboards (004 §4.5.18).',
  valuesConfig: {
    TOTAL: { description: 'One row for everything that matches.' },
    PROVINCE: { description: 'By province code of the payer (sum provinces for regions).' },
    OFFICE: { description: 'By issuing office code.' },
    SERVICE_TYPE: { description: 'By service the fee is charged for (ประเภทบริการ).' },
    MONTH: { description: 'By month issued, YYYY-MM in Thai time.' },
  },
});

@InputType({ description: 'Which payment requests the statistics count; all given conditions must hold. Only requests in your area are ever counted.' })
export class PaymentStatsFilter {
  @Field(() => Date, { nullable: true, description: 'Issued at or after this instant (start of the period).' })
  issuedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Issued before this instant (end of the period, exclusive).' })
  issuedTo?: Date;

  @Field(() => [ID], { nullable: true, description: 'Only requests for payers in these provinces (codes); a region is the list of its provinces.' })
  provinceCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only requests issued by these offices (codes, e.g. HQ, C1, B07).' })
  officeCodes?: string[];

  @Field(() => [ServiceType], { nullable: true, description: 'Only requests for these services (ประเภทบริการ).' })
  serviceTypes?: ServiceType[];
}

@ObjectType({ description: 'Fee and fine KPIs of one group of payment requests: issued, paid and collected, unpaid and outstanding, overdue.' })
export class PaymentStatsRow {
  @Field(() => String, { description: 'Group key: province or office code, service type or YYYY-MM; "ALL" for TOTAL.' })
  key!: string;

  @Field(() => Int, { description: 'Payment requests issued.' })
  issued!: number;

  @Field(() => GraphQLSafeInt, { description: 'Amount of all requests issued, in satang (1 baht = 100 satang).' })
  issuedSatang!: number;

  @Field(() => Int, { description: 'Requests paid (PAID, PARTIALLY_REFUNDED or REFUNDED).' })
  paid!: number;

  @Field(() => GraphQLSafeInt, { description: 'Fees and fines collected: what the bank reported paid on those requests less what was refunded, in satang.' })
  collectedSatang!: number;

  @Field(() => Int, { description: 'Requests still awaiting payment (PENDING).' })
  unpaid!: number;

  @Field(() => GraphQLSafeInt, { description: 'Amount still awaiting payment (PENDING requests), in satang.' })
  outstandingSatang!: number;

  @Field(() => Int, { description: 'Unpaid requests past their due date (Thai calendar day), not yet expired by the nightly job.' })
  overdue!: number;

  @Field(() => GraphQLSafeInt, { description: 'Amount of those overdue requests, in satang.' })
  overdueSatang!: number;

  @Field(() => Int, { description: 'Requests cancelled or expired unpaid.' })
  lapsed!: number;
}
