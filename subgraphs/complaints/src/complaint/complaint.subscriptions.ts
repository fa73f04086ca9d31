import { Arg, Field, ID, InputType, ObjectType, Resolver, Subscription, registerEnumType } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { Complaint } from './complaint.entity.js';
import { LegalCase } from '../case/case.entity.js';
import { ComplaintStatsRow } from '../report/stats.resolver.js';

/**
 * Live changes, declared here (so they compose into the supergraph and codegen sees them) and
 * served by the router over graphql-ws: it listens to the event bus, applies the subscriber's
 * area, and resolves each event's selection (federated fields included) through the gateway.
 */
function servedByRouter(): never {
  throw new GraphQLError('Subscriptions are served by the router over graphql-ws at /graphql', { extensions: { code: 'BAD_REQUEST' } });
}

@ObjectType({ description: 'A complaint changed (received, triaged, assigned, findings, closed, ...).' })
export class ComplaintChange {
  @Field(() => ID, { description: 'Id of the event; pass the last one you saw as `after` when you reconnect.' })
  eventId!: string;

  @Field(() => String, { description: 'What happened, e.g. RECEIVED, TRIAGED, ASSIGNED, FINDINGS_RECORDED, CLOSED, ESCALATED.' })
  change!: string;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field(() => Complaint, { nullable: true, description: 'The complaint as it is now (null if it is no longer visible to you).' })
  complaint?: Complaint | null;
}

@ObjectType({ description: 'A legal case changed (opened, fine settlement, fine paid, file sent, prosecution, final, ...).' })
export class CaseChange {
  @Field(() => ID, { description: 'Id of the event; pass the last one you saw as `after` when you reconnect.' })
  eventId!: string;

  @Field(() => String, { description: 'What happened, e.g. OPENED, FINE_SETTLEMENT, FINE_PAID, FINAL.' })
  change!: string;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field(() => LegalCase, { nullable: true, description: 'The case as it is now (null if it is no longer visible to you).' })
  legalCase?: LegalCase | null;
}

/** Which of the dashboard's figures an event changed. */
export enum DashboardChangeSource {
  COMPLAINTS = 'COMPLAINTS',
  PAYMENTS = 'PAYMENTS',
}
registerEnumType(DashboardChangeSource, {
  name: 'DashboardChangeSource',
  description: 'Which figures of a province changed.',
  valuesConfig: {
    COMPLAINTS: { description: 'Complaints or their cases (received, open, closed, overdue, fines decided).' },
    PAYMENTS: { description: 'A payment request changed status (fees and fines collected or outstanding).' },
  },
});

@ObjectType({ description: 'The counters of one province changed: its complaint KPIs as they are now.' })
export class DashboardChange {
  @Field(() => DashboardChangeSource, { description: 'What changed: complaint figures, or payment figures (refetch paymentStats for those).' })
  source!: DashboardChangeSource;

  @Field(() => ID, { description: 'Id of the event that changed them.' })
  eventId!: string;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, { description: 'Province whose counters changed.' })
  provinceCode!: string;

  @Field(() => ComplaintStatsRow, { nullable: true, description: 'The province\'s complaint KPIs now.' })
  stats?: ComplaintStatsRow | null;
}

@InputType({ description: 'Which complaint changes to receive; all given conditions must hold (your area always applies).' })
export class ComplaintChangeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these complaints.' })
  complaintIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only complaints of these offices.' })
  officeCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only complaints in these provinces.' })
  provinceCodes?: string[];
}

@InputType({ description: 'Which case changes to receive; all given conditions must hold (your area always applies).' })
export class CaseChangeFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these cases.' })
  caseIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only cases of these complaints.' })
  complaintIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only cases of these offices.' })
  officeCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only cases in these provinces.' })
  provinceCodes?: string[];
}

@Resolver()
export class ComplaintSubscriptionResolver {
  @Subscription(() => ComplaintChange, { subscribe: servedByRouter, description: 'Complaints changing, live (inbox, complaint page).' })
  complaintChanged(
    @Arg('filter', () => ComplaintChangeFilter, { nullable: true, description: 'Which complaints.' }) _filter: ComplaintChangeFilter | undefined,
    @Arg('after', () => ID, { nullable: true, description: 'Resume: also send the changes after this event id that you missed (bounded window).' }) _after: string | undefined,
  ): ComplaintChange {
    return servedByRouter();
  }

  @Subscription(() => CaseChange, { subscribe: servedByRouter, description: 'Legal cases changing, live (case page, timeline).' })
  caseChanged(
    @Arg('filter', () => CaseChangeFilter, { nullable: true, description: 'Which cases.' }) _filter: CaseChangeFilter | undefined,
    @Arg('after', () => ID, { nullable: true, description: 'Resume after this event id.' }) _after: string | undefined,
  ): CaseChange {
    return servedByRouter();
  }

  @Subscription(() => DashboardChange, { subscribe: servedByRouter, description: 'Dashboard feed: the counters of each province (in your area) that changed.' })
  dashboardChanged(
    @Arg('provinceCodes', () => [ID], { nullable: true, description: 'Only these provinces.' }) _provinceCodes: string[] | undefined,
    @Arg('after', () => ID, { nullable: true, description: 'Resume after this event id.' }) _after: string | undefined,
  ): DashboardChange {
    return servedByRouter();
  }
}
