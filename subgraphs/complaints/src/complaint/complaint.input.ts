import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OrderInputType } from '@metrograph/kit';
import { ComplaintChannel, ComplaintStatus } from './complaint.entity.js';
import { CaseStatus } from '../case/case-status.js';
import { InstrumentType } from './instrument-type.js';
import '../case/case.entity.js';

@InputType({ description: 'Which complaints to list; all given conditions must hold.' })
export class ComplaintFilter {
  @Field(() => [ID], { nullable: true, description: 'Only complaints whose place is in these provinces (codes).' })
  provinceCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only complaints handled by these offices (codes).' })
  officeCodes?: string[];

  @Field(() => [ComplaintStatus], { nullable: true, description: 'Only complaints with these statuses.' })
  statuses?: ComplaintStatus[];

  @Field(() => [ComplaintChannel], { nullable: true, description: 'Only complaints from these channels.' })
  channels?: ComplaintChannel[];

  @Field(() => ID, { nullable: true, description: 'Only complaints against this registered operator.' })
  respondentId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only complaints with these offence bases (codes).' })
  offenceBasisCodes?: string[];

  @Field(() => [InstrumentType], { nullable: true, description: 'Only complaints about instruments of these types.' })
  instrumentTypes?: InstrumentType[];

  @Field(() => Date, { nullable: true, description: 'Received at or after this time.' })
  receivedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Received before this time.' })
  receivedTo?: Date;

  @Field(() => String, { nullable: true, description: 'Part of the reference number, subject, details, respondent, complainant or place (Thai substrings work).' })
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only complaints tagged with this keyword (exact).' })
  keyword?: string;

  @Field(() => String, { nullable: true, description: 'Only complaints whose legal case number contains this text.' })
  caseNo?: string;

  @Field(() => [CaseStatus], { nullable: true, description: 'Only complaints with a legal case in one of these statuses.' })
  caseStatuses?: CaseStatus[];

  @Field(() => ID, { nullable: true, description: 'Only complaints assigned to this official.' })
  assigneeId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the respondent\'s name (Thai substrings work).' })
  respondentName?: string;
}

export enum ComplaintOrderField {
  RECEIVED_AT = 'receivedAt',
  REFERENCE_NO = 'referenceNo',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ComplaintOrderField, {
  name: 'ComplaintOrderField',
  description: 'Property complaints can be sorted by.',
  valuesConfig: {
    RECEIVED_AT: { description: 'When the complaint was received.' },
    REFERENCE_NO: { description: 'Reference number.' },
    UPDATED_AT: { description: 'When the complaint last changed.' },
  },
});

export const ComplaintOrder = OrderInputType(ComplaintOrderField, 'Complaint');
export type ComplaintOrder = InstanceType<typeof ComplaintOrder>;
