import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

export enum ComplaintStatsGroup {
  TOTAL = 'TOTAL',
  PROVINCE = 'PROVINCE',
  OFFICE = 'OFFICE',
  OFFENCE_BASIS = 'OFFENCE_BASIS',
  STATUS = 'STATUS',
  CHANNEL = 'CHANNEL',
  MONTH = 'MONTH',
  INSTRUMENT_TYPE = 'INSTRUMENT_TYPE',
}
registerEnumType(ComplaintStatsGroup, {
  name: 'ComplaintStatsGroup',
  description: 'How to group complaint statistics for dashboards (004 §4.5.18).',
  valuesConfig: {
    TOTAL: { description: 'One row for everything that matches.' },
    PROVINCE: { description: 'By province code (sum provinces for regions).' },
    OFFICE: { description: 'By handling office code.' },
    OFFENCE_BASIS: { description: 'By offence basis code (empty key: not yet triaged).' },
    STATUS: { description: 'By complaint status.' },
    CHANNEL: { description: 'By intake channel.' },
    MONTH: { description: 'By month received, YYYY-MM in Thai time.' },
    INSTRUMENT_TYPE: { description: 'By type of the instrument complained about (empty key: none named).' },
  },
});

@ObjectType({ description: 'Complaint KPIs of one group: received, open, closed, closure rate and duration, overdue, fines.' })
export class ComplaintStatsRow {
  @Field(() => String, { description: 'Group key: province or office code, offence basis, status, channel, instrument type or YYYY-MM; "ALL" for TOTAL.' })
  key!: string;

  @Field(() => Int, { description: 'Complaints received.' })
  received!: number;

  @Field(() => Int, { description: 'Still open (not CLOSED).' })
  open!: number;

  @Field(() => Int, { description: 'Closed.' })
  closed!: number;

  @Field(() => Float, { description: 'Closed ÷ received, 0 to 1.' })
  closureRate!: number;

  @Field(() => Float, { nullable: true, description: 'Average days from receipt to closure of the closed ones.' })
  averageDaysToClose!: number | null;

  @Field(() => Int, { description: 'Open complaints past the time allowed for their status (SLA).' })
  overdue!: number;

  @Field(() => Int, { description: 'Legal cases opened from these complaints.' })
  cases!: number;

  @Field(() => GraphQLSafeInt, { description: 'Settlement fines of those cases, paid or final, in satang.' })
  finesSatang!: number;
}
