import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { recordEvent, UserError, userError, type SubgraphContext } from '@metrograph/kit';
import { Notification, Officer } from './officer.entity.js';
import { ComplaintWorkflow } from '../complaint/complaint.workflow.js';
import { OffenceBasis } from '../offence-basis/offence-basis.entity.js';

@InputType({ description: 'Add or update an official on the complaints roster of an office.' })
export class UpsertOfficerInput {
  @Field(() => ID, { description: 'User id of the official (from identity).' })
  userId!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => ID, { description: 'Office code.' })
  officeCode!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Head of the office.' })
  isHead!: boolean;

  @Field(() => [ID], { defaultValue: [], description: 'Offence bases the official is expert in.' })
  expertise!: string[];

  @Field(() => Boolean, { defaultValue: true, description: 'Takes new assignments.' })
  active!: boolean;
}

@ObjectType({ description: 'Result of changing the roster.' })
export class OfficerPayload {
  @Field(() => Officer, { nullable: true, description: 'The official as now on the roster.' })
  officer?: Officer | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors: UserError[] = [];
}

@ObjectType({ description: 'Result of an escalation run.' })
export class EscalationResult {
  @Field(() => Int, { description: 'Complaints escalated to their office head in this run.' })
  escalated!: number;
}

@Resolver()
export class AssignmentResolver {
  @Query(() => [Officer], { description: 'Complaints officials of an office (within your area), by name.' })
  officers(@Arg('officeCode', () => ID, { description: 'Office code.' }) officeCode: string, @Ctx() { em, principal }: SubgraphContext): Promise<Officer[]> {
    if (principal.officeCode && principal.provinceCodes !== null && principal.officeCode !== officeCode) return Promise.resolve([]);
    return em.find(Officer, { officeCode }, { orderBy: { name: 'asc' } });
  }

  @Mutation(() => OfficerPayload, { description: 'Add or update an official on the roster (office heads and administrators).' })
  async upsertOfficer(@Arg('input', () => UpsertOfficerInput, { description: 'The official.' }) input: UpsertOfficerInput, @Ctx() { em, principal }: SubgraphContext): Promise<OfficerPayload> {
    const payload = new OfficerPayload();
    if (!input.name.trim()) payload.userErrors.push(userError(['input', 'name'], 'REQUIRED', 'a name is required'));
    const known = await em.find(OffenceBasis, { code: { $in: input.expertise } });
    const unknown = input.expertise.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length) payload.userErrors.push(userError(['input', 'expertise'], 'UNKNOWN_OFFENCE_BASIS', `unknown offence bases: ${unknown.join(', ')}`));
    if (payload.userErrors.length) return payload;
    const officer = (await em.findOne(Officer, { userId: input.userId })) ?? em.create(Officer, { userId: input.userId } as never);
    Object.assign(officer, { name: input.name.trim(), officeCode: input.officeCode, isHead: input.isHead, expertise: input.expertise, active: input.active });
    em.persist(officer);
    recordEvent(em, {
      type: 'OfficerChanged',
      aggregateType: 'Officer',
      aggregateId: officer.userId,
      payload: { userId: officer.userId, officeCode: officer.officeCode, active: officer.active, isHead: officer.isHead, expertise: officer.expertise },
      actor: principal,
    });
    await em.flush();
    payload.officer = officer;
    return payload;
  }

  @Query(() => [Notification], { description: 'Your notifications, newest first.' })
  myNotifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Only unread ones.' }) unreadOnly: boolean,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Notification[]> {
    if (!principal.id) throw new GraphQLError('Sign in to see notifications', { extensions: { code: 'UNAUTHENTICATED' } });
    return em.find(Notification, unreadOnly ? { recipientId: principal.id, readAt: null } : { recipientId: principal.id }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many changed.' })
  markNotificationsRead(@Arg('ids', () => [ID], { description: 'Notifications to mark.' }) ids: string[], @Ctx() { em, principal }: SubgraphContext): Promise<number> {
    if (!principal.id) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
    return em.nativeUpdate(Notification, { id: { $in: ids }, recipientId: principal.id, readAt: null }, { readAt: new Date() });
  }

  @Mutation(() => EscalationResult, { description: 'Escalates complaints in your area that outlived the time allowed for their status (also runs on a schedule).' })
  async escalateOverdueComplaints(@Ctx() ctx: SubgraphContext): Promise<EscalationResult> {
    let escalated = 0;
    await ctx.em.transactional(async (em) => {
      escalated = (await new ComplaintWorkflow(em, ctx.principal).escalateOverdue()).length;
    });
    return { escalated };
  }
}
