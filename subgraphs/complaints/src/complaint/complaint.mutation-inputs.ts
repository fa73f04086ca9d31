import { Field, Float, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { CaseEventKind } from '../case/case-status.js';
import { InstrumentType } from './instrument-type.js';

@InputType({ description: 'Confirm or correct the offence basis of a complaint (004 §4.5.1 (6)).' })
export class TriageComplaintInput {
  @Field(() => ID, { description: 'The complaint.' })
  complaintId!: string;

  @Field(() => ID, { description: 'The offence basis the official settles on (the suggestion or another).' })
  offenceBasisCode!: string;

  @Field(() => [String], { nullable: true, description: 'Keywords to keep on the complaint (replaces the current ones when given).' })
  keywords?: string[];

  @Field(() => InstrumentType, { nullable: true, description: 'Type of the instrument the complaint is about, confirming or correcting the one suggested at intake; omit to keep it.' })
  instrumentType?: InstrumentType;
}

@InputType({ description: 'Assign a complaint to an official (004 §4.5.1 (7)).' })
export class AssignComplaintInput {
  @Field(() => ID, { description: 'The complaint.' })
  complaintId!: string;

  @Field(() => ID, { nullable: true, description: 'The official (user id); omit to let the system choose by expertise, then workload.' })
  assigneeId?: string;
}

@InputType({ description: 'A complaint to act on.' })
export class ComplaintIdInput {
  @Field(() => ID, { description: 'The complaint.' })
  complaintId!: string;
}

@InputType({ description: 'Findings of the investigation (004 §4.5.1 (8)).' })
export class RecordFindingsInput {
  @Field(() => ID, { description: 'The complaint under investigation.' })
  complaintId!: string;

  @Field(() => Date, { description: 'When the inspection took place.' })
  inspectedAt!: Date;

  @Field(() => Boolean, { description: 'Whether an offence was found; true opens a legal case.' })
  offenceFound!: boolean;

  @Field(() => ID, { nullable: true, description: 'Offence basis of the offence (defaults to the triaged one).' })
  offenceBasisCode?: string;

  @Field(() => String, { description: 'What the official found.' })
  summary!: string;

  @Field(() => [String], { nullable: true, description: '20-digit numbers of the instruments inspected.' })
  instrumentNos?: string[];

  @Field(() => Float, { nullable: true, description: 'Latitude where the inspection took place.' })
  lat?: number;

  @Field(() => Float, { nullable: true, description: 'Longitude where the inspection took place.' })
  lng?: number;
}

@InputType({ description: 'Close a complaint.' })
export class CloseComplaintInput {
  @Field(() => ID, { description: 'The complaint.' })
  complaintId!: string;

  @Field(() => String, { nullable: true, description: 'Why; required when closing before investigation.' })
  reason?: string;
}

@InputType({ description: 'Merge a duplicate complaint into the one that stays open.' })
export class MergeComplaintInput {
  @Field(() => ID, { description: 'The duplicate, which will be closed.' })
  complaintId!: string;

  @Field(() => ID, { description: 'The complaint it repeats, which stays open.' })
  intoComplaintId!: string;
}

@InputType({ description: 'A file (PDF or image, base64) or a video link attached to a legal activity.' })
export class AttachmentInput {
  @Field(() => String, { description: 'File name, e.g. คำสั่งศาล.pdf.' })
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'Content, base64-encoded (PDF, JPEG or PNG, at most 10 MB).' })
  contentBase64?: string;

  @Field(() => String, { nullable: true, description: 'Link to a video instead of content (http or https).' })
  linkUrl?: string;
}

@InputType({ description: 'A legal activity on a case (004 §4.5.1 (9)).' })
export class RecordCaseEventInput {
  @Field(() => ID, { description: 'The case.' })
  caseId!: string;

  @Field(() => CaseEventKind, { description: 'Which activity.' })
  kind!: CaseEventKind;

  @Field(() => Date, { nullable: true, description: 'When it took place (default: now).' })
  occurredAt?: Date;

  @Field(() => [String], { nullable: true, description: 'Reference documents (letter numbers, orders).' })
  referenceDocuments?: string[];

  @Field(() => Date, { nullable: true, description: 'Appointment date and time (for APPOINTMENT).' })
  appointmentAt?: Date;

  @Field(() => String, { nullable: true, description: 'Ruling or order text (for RULING; optional for FINAL).' })
  ruling?: string;

  @Field(() => String, { nullable: true, description: 'Free-text note.' })
  note?: string;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'The fine in satang (for FINE_SETTLEMENT).' })
  fineAmountSatang?: number;

  @Field(() => String, { nullable: true, description: 'Payment due date YYYY-MM-DD (for FINE_SETTLEMENT; default 15 days).' })
  dueDate?: string;

  @Field(() => String, { nullable: true, description: 'Final outcome (for FINAL).' })
  outcome?: string;

  @Field(() => [AttachmentInput], { nullable: true, description: 'Files and links to attach.' })
  attachments?: AttachmentInput[];
}
