import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import {
  ConnectionType, PageArgs, SortDirection, UserError, allOf, badInput, buddhistYear, canSeeProvince, nextInSeries, paginate, recordEvent,
  userError, type Connection, type SubgraphContext,
} from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { RESULT_EDIT_WINDOW_HOURS, SurveillanceKind, SurveillancePlan, SurveillancePlanStatus, SurveillanceResult } from './surveillance.entity.js';
import { ComplaintWorkflow, WorkflowError } from '../complaint/complaint.workflow.js';
import { LegalCase } from '../case/case.entity.js';
import { Officer } from '../assignment/officer.entity.js';
import { Complaint, ComplaintStatus } from '../complaint/complaint.entity.js';
import { User, userRef } from '../user/user.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';

const DAY = 86_400_000;
const thaiDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

@ObjectType({ description: 'A page of surveillance plans.' })
export class SurveillancePlanConnection extends ConnectionType(SurveillancePlan, 'SurveillancePlan') {}

@InputType({ description: 'Which surveillance plans to list (history per inspecting office, 004 §4.5.2 (1)).' })
export class SurveillancePlanFilter {
  @Field(() => [ID], { nullable: true, description: 'Only plans of these inspecting offices.' })
  officeCodes?: string[];

  @Field(() => [SurveillanceKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: SurveillanceKind[];

  @Field(() => [SurveillancePlanStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: SurveillancePlanStatus[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Plans ending on or after this day.' })
  from?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Plans starting on or before this day.' })
  to?: string;
}

@InputType({ description: 'Plan special field inspections.' })
export class CreateSurveillancePlanInput {
  @Field(() => SurveillanceKind, { description: 'Test purchase or festival inspection.' })
  kind!: SurveillanceKind;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => ID, { description: 'Inspecting office.' })
  officeCode!: string;

  @Field(() => [ID], { description: 'Provinces covered (within your area).' })
  provinceCodes!: string[];

  @Field(() => String, { description: 'Areas to inspect.' })
  areaDescription!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  endsOn!: string;
}

@InputType({ description: 'Assign officials to a plan.' })
export class AssignSurveillanceInput {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => [ID], { nullable: true, description: 'Officials (user ids); omit to pick the two with the lightest workload of the office.' })
  assigneeIds?: string[];
}

@InputType({ description: 'What officials found at one place.' })
export class RecordSurveillanceResultInput {
  @Field(() => ID, { description: 'The plan.' })
  planId!: string;

  @Field(() => Date, { description: 'When the place was inspected (within the plan\'s days).' })
  inspectedAt!: Date;

  @Field(() => String, { description: 'Place inspected.' })
  placeName!: string;

  @Field(() => ID, { description: 'Province of the place (one of the plan\'s).' })
  provinceCode!: string;

  @Field(() => Float, { nullable: true, description: 'Latitude at the time of inspection.' })
  lat?: number;

  @Field(() => Float, { nullable: true, description: 'Longitude at the time of inspection.' })
  lng?: number;

  @Field(() => ID, { nullable: true, description: 'The trader as a registered operator, when known.' })
  respondentOperatorId?: string;

  @Field(() => String, { description: 'Trader inspected.' })
  respondentName!: string;

  @Field(() => [String], { nullable: true, description: '20-digit numbers of instruments checked.' })
  instrumentNos?: string[];

  @Field(() => Boolean, { description: 'Whether an offence was found (opens a legal case).' })
  offenceFound!: boolean;

  @Field(() => ID, { nullable: true, description: 'Offence basis, required when an offence was found.' })
  offenceBasisCode?: string;

  @Field(() => String, { description: 'What was found.' })
  summary!: string;
}

@InputType({ description: 'Correct a recorded result, within the edit window.' })
export class CorrectSurveillanceResultInput {
  @Field(() => ID, { description: 'The result.' })
  resultId!: string;

  @Field(() => String, { nullable: true, description: 'Corrected summary.' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Corrected place.' })
  placeName?: string;

  @Field(() => [String], { nullable: true, description: 'Corrected instrument numbers.' })
  instrumentNos?: string[];
}

@ObjectType({ description: 'Result of a change to a surveillance plan or its results.' })
export class SurveillancePayload {
  @Field(() => SurveillancePlan, { nullable: true, description: 'The plan after the change.' })
  plan?: SurveillancePlan | null;

  @Field(() => SurveillanceResult, { nullable: true, description: 'The result recorded or corrected.' })
  result?: SurveillanceResult | null;

  @Field(() => LegalCase, { nullable: true, description: 'The case an offence opened.' })
  legalCase?: LegalCase | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors: UserError[] = [];
}

function planArea(principal: SubgraphContext['principal']): Record<string, unknown> | null {
  return principal.provinceCodes === null ? null : { provinceCodes: { $overlap: principal.provinceCodes } };
}

@Resolver(() => SurveillancePlan)
export class SurveillanceResolver {
  @Query(() => SurveillancePlanConnection, { description: 'Surveillance plans touching your area, newest first: the inspection history of each office.' })
  surveillancePlans(
    @Arg('filter', () => SurveillancePlanFilter, { nullable: true, description: 'Conditions.' }) filter: SurveillancePlanFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<SurveillancePlan>> {
    const where = allOf(
      filter?.officeCodes ? { officeCode: { $in: filter.officeCodes } } : null,
      filter?.kinds?.length ? { kind: { $in: filter.kinds } } : null,
      filter?.statuses?.length ? { status: { $in: filter.statuses } } : null,
      filter?.from ? { endsOn: { $gte: filter.from } } : null,
      filter?.to ? { startsOn: { $lte: filter.to } } : null,
      planArea(principal),
    );
    return paginate(em, SurveillancePlan, where as FilterQuery<SurveillancePlan>, [{ field: 'createdAt', direction: SortDirection.DESC }], page);
  }

  @Query(() => SurveillancePlan, { nullable: true, description: 'One plan, or null (also outside your area).' })
  surveillancePlan(@Arg('id', () => ID, { description: 'Plan id.' }) id: string, @Ctx() { em, principal }: SubgraphContext): Promise<SurveillancePlan | null> {
    if (!UUID.test(id)) throw badInput('id', 'must be a UUID');
    return em.findOne(SurveillancePlan, allOf({ id }, planArea(principal)) as never);
  }

  @FieldResolver(() => [SurveillanceResult], { description: 'Results recorded, in inspection order.' })
  results(@Root() plan: SurveillancePlan, @Ctx() { em }: SubgraphContext): Promise<SurveillanceResult[]> {
    return em.find(SurveillanceResult, { planId: plan.id }, { orderBy: { inspectedAt: 'asc' } });
  }

  @FieldResolver(() => [User], { description: 'Officials assigned.' })
  assignees(@Root() plan: SurveillancePlan): User[] {
    return plan.assigneeIds.map(userRef);
  }

  @Mutation(() => SurveillancePayload, { description: 'Plan test purchases or festival inspections.' })
  async createSurveillancePlan(@Arg('input', () => CreateSurveillancePlanInput, { description: 'The plan.' }) input: CreateSurveillancePlanInput, @Ctx() ctx: SubgraphContext): Promise<SurveillancePayload> {
    const payload = new SurveillancePayload();
    const errors: UserError[] = [];
    if (!input.title.trim()) errors.push(userError(['input', 'title'], 'REQUIRED', 'a title is required'));
    if (input.endsOn < input.startsOn) errors.push(userError(['input', 'endsOn'], 'BEFORE_START', 'the last day cannot be before the first'));
    if (input.provinceCodes.length === 0) errors.push(userError(['input', 'provinceCodes'], 'REQUIRED', 'name at least one province'));
    const bad = input.provinceCodes.find((c) => !/^\d{2}$/.test(c));
    if (bad) errors.push(userError(['input', 'provinceCodes'], 'INVALID_FORMAT', `${bad} is not a province code`));
    const outside = input.provinceCodes.find((c) => !canSeeProvince(ctx.principal, c));
    if (outside) errors.push(userError(['input', 'provinceCodes'], 'OUTSIDE_AREA', `province ${outside} is outside your area`));
    if (errors.length) {
      payload.userErrors = errors;
      return payload;
    }
    await ctx.em.transactional(async (em) => {
      const year = buddhistYear(new Date());
      const plan = em.create(SurveillancePlan, {
        id: randomUUID(),
        planNo: `SV-${year}-${String(await nextInSeries(em, 'surveillance', year)).padStart(6, '0')}`,
        kind: input.kind,
        title: input.title.trim(),
        officeCode: input.officeCode,
        provinceCodes: [...new Set(input.provinceCodes)],
        areaDescription: input.areaDescription,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        assigneeIds: [],
        status: SurveillancePlanStatus.PLANNED,
        createdBy: ctx.principal.name,
        createdAt: new Date(),
      } as never);
      em.persist(plan);
      recordEvent(em, { type: 'SurveillancePlanChanged', aggregateType: 'SurveillancePlan', aggregateId: plan.id, actor: ctx.principal, payload: { planId: plan.id, planNo: plan.planNo, change: 'CREATED', officeCode: plan.officeCode, provinceCodes: plan.provinceCodes } });
      payload.plan = plan;
    });
    return payload;
  }

  @Mutation(() => SurveillancePayload, { description: 'Assign officials to a plan, or let the system pick by workload (004 §4.5.2 (3)).' })
  async assignSurveillancePlan(@Arg('input', () => AssignSurveillanceInput, { description: 'Who.' }) input: AssignSurveillanceInput, @Ctx() ctx: SubgraphContext): Promise<SurveillancePayload> {
    const payload = new SurveillancePayload();
    const plan = await ctx.em.findOne(SurveillancePlan, allOf({ id: input.planId }, planArea(ctx.principal)) as never);
    if (!plan) return Object.assign(payload, { userErrors: [userError(['input', 'planId'], 'NOT_FOUND', 'no such plan in your area')] });
    let ids = input.assigneeIds ?? [];
    const officers = await ctx.em.find(Officer, { officeCode: plan.officeCode, active: true });
    if (ids.length === 0) {
      const load = new Map<string, number>();
      for (const o of officers) load.set(o.userId, await ctx.em.count(Complaint, { assigneeId: o.userId, status: { $in: [ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING] } }));
      ids = officers.filter((o) => !o.isHead).sort((a, b) => (load.get(a.userId)! - load.get(b.userId)!) || a.name.localeCompare(b.name)).slice(0, 2).map((o) => o.userId);
    }
    const unknown = ids.find((id) => !officers.some((o) => o.userId === id));
    if (unknown || ids.length === 0) return Object.assign(payload, { userErrors: [userError(['input', 'assigneeIds'], 'UNKNOWN_OFFICER', unknown ? `${unknown} is not an official of ${plan.officeCode}` : `office ${plan.officeCode} has no officials`)] });
    plan.assigneeIds = ids;
    await ctx.em.flush();
    payload.plan = plan;
    return payload;
  }

  @Mutation(() => SurveillancePayload, { description: 'Record what was found at a place; an offence opens a legal case in the same legal track.' })
  async recordSurveillanceResult(@Arg('input', () => RecordSurveillanceResultInput, { description: 'The result.' }) input: RecordSurveillanceResultInput, @Ctx() ctx: SubgraphContext): Promise<SurveillancePayload> {
    const payload = new SurveillancePayload();
    const plan = await ctx.em.findOne(SurveillancePlan, allOf({ id: input.planId }, planArea(ctx.principal)) as never);
    const errors: UserError[] = [];
    if (!plan) errors.push(userError(['input', 'planId'], 'NOT_FOUND', 'no such plan in your area'));
    else {
      if (plan.status !== SurveillancePlanStatus.PLANNED) errors.push(userError(['input', 'planId'], 'PLAN_CLOSED', `the plan is ${plan.status}`));
      const day = thaiDay(input.inspectedAt);
      if (day < plan.startsOn || day > plan.endsOn) errors.push(userError(['input', 'inspectedAt'], 'OUTSIDE_PLAN', `the plan runs ${plan.startsOn} to ${plan.endsOn}; ${day} is outside it`));
      if (!plan.provinceCodes.includes(input.provinceCode)) errors.push(userError(['input', 'provinceCode'], 'OUTSIDE_PLAN', `province ${input.provinceCode} is not in the plan`));
    }
    if (!input.summary.trim()) errors.push(userError(['input', 'summary'], 'REQUIRED', 'say what was found'));
    if (input.offenceFound && !input.offenceBasisCode) errors.push(userError(['input', 'offenceBasisCode'], 'REQUIRED', 'an offence needs its offence basis'));
    const badNo = (input.instrumentNos ?? []).find((n) => !/^\d{20}$/.test(n));
    if (badNo) errors.push(userError(['input', 'instrumentNos'], 'INVALID_FORMAT', `${badNo} is not a 20-digit instrument number`));
    if (input.respondentOperatorId && !UUID.test(input.respondentOperatorId)) errors.push(userError(['input', 'respondentOperatorId'], 'INVALID_FORMAT', 'must be a UUID'));
    if (errors.length) return Object.assign(payload, { userErrors: errors });
    try {
      await ctx.em.transactional(async (em) => {
        const result = em.create(SurveillanceResult, {
          id: randomUUID(), planId: plan!.id, inspectedAt: input.inspectedAt, placeName: input.placeName.trim(), provinceCode: input.provinceCode,
          lat: input.lat ?? null, lng: input.lng ?? null, respondentOperatorId: input.respondentOperatorId ?? null, respondentName: input.respondentName.trim(),
          instrumentNos: input.instrumentNos ?? [], offenceFound: input.offenceFound, offenceBasisCode: input.offenceBasisCode ?? null,
          summary: input.summary.trim(), caseId: null, recordedBy: ctx.principal.name, recordedAt: new Date(), correctedAt: null,
        } as never);
        em.persist(result);
        if (input.offenceFound) {
          const legalCase = await new ComplaintWorkflow(em, ctx.principal).openCaseFromSurveillance(result, plan!.officeCode, input.offenceBasisCode!, plan!.planNo);
          result.caseId = legalCase.id;
          payload.legalCase = legalCase;
        }
        payload.result = result;
        payload.plan = plan;
      });
    } catch (error) {
      if (error instanceof WorkflowError) return Object.assign(new SurveillancePayload(), { userErrors: [userError(error.field, error.code, error.message)] });
      throw error;
    }
    return payload;
  }

  @Mutation(() => SurveillancePayload, { description: `Correct a result within ${RESULT_EDIT_WINDOW_HOURS} hours of recording it; later it is refused.` })
  async correctSurveillanceResult(@Arg('input', () => CorrectSurveillanceResultInput, { description: 'The correction.' }) input: CorrectSurveillanceResultInput, @Ctx() ctx: SubgraphContext): Promise<SurveillancePayload> {
    const payload = new SurveillancePayload();
    const result = UUID.test(input.resultId) ? await ctx.em.findOne(SurveillanceResult, { id: input.resultId }) : null;
    const plan = result ? await ctx.em.findOne(SurveillancePlan, allOf({ id: result.planId }, planArea(ctx.principal)) as never) : null;
    if (!result || !plan) return Object.assign(payload, { userErrors: [userError(['input', 'resultId'], 'NOT_FOUND', 'no such result in your area')] });
    if (Date.now() - result.recordedAt.getTime() > RESULT_EDIT_WINDOW_HOURS * 3_600_000) {
      return Object.assign(payload, { userErrors: [userError(['input', 'resultId'], 'EDIT_WINDOW_CLOSED', `results can be corrected for ${RESULT_EDIT_WINDOW_HOURS} hours after recording; this one was recorded ${result.recordedAt.toISOString()}`)] });
    }
    const badNo = (input.instrumentNos ?? []).find((n) => !/^\d{20}$/.test(n));
    if (badNo) return Object.assign(payload, { userErrors: [userError(['input', 'instrumentNos'], 'INVALID_FORMAT', `${badNo} is not a 20-digit instrument number`)] });
    if (input.summary != null && !input.summary.trim()) return Object.assign(payload, { userErrors: [userError(['input', 'summary'], 'REQUIRED', 'a summary cannot be blank')] });
    if (input.summary != null) result.summary = input.summary.trim();
    if (input.placeName != null) result.placeName = input.placeName.trim();
    if (input.instrumentNos != null) result.instrumentNos = input.instrumentNos;
    result.correctedAt = new Date();
    await ctx.em.flush();
    return Object.assign(payload, { result, plan });
  }

  @Mutation(() => SurveillancePayload, { description: 'Mark a plan completed (or cancelled when nothing was recorded).' })
  async closeSurveillancePlan(
    @Arg('planId', () => ID, { description: 'The plan.' }) planId: string,
    @Arg('cancel', () => Boolean, { defaultValue: false, description: 'Cancel instead of complete.' }) cancel: boolean,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SurveillancePayload> {
    const payload = new SurveillancePayload();
    const plan = UUID.test(planId) ? await ctx.em.findOne(SurveillancePlan, allOf({ id: planId }, planArea(ctx.principal)) as never) : null;
    if (!plan) return Object.assign(payload, { userErrors: [userError(['planId'], 'NOT_FOUND', 'no such plan in your area')] });
    if (plan.status !== SurveillancePlanStatus.PLANNED) return Object.assign(payload, { userErrors: [userError(['planId'], 'PLAN_CLOSED', `the plan is already ${plan.status}`)] });
    if (cancel && (await ctx.em.count(SurveillanceResult, { planId }))) return Object.assign(payload, { userErrors: [userError(['cancel'], 'HAS_RESULTS', 'a plan with results is completed, not cancelled')] });
    plan.status = cancel ? SurveillancePlanStatus.CANCELLED : SurveillancePlanStatus.COMPLETED;
    await ctx.em.flush();
    return Object.assign(payload, { plan });
  }
}

@Resolver(() => SurveillanceResult)
export class SurveillanceResultResolver {
  @FieldResolver(() => LegalCase, { nullable: true, description: 'The case the offence opened.' })
  legalCase(@Root() result: SurveillanceResult, @Ctx() { em }: SubgraphContext): Promise<LegalCase | null> {
    return result.caseId ? em.findOne(LegalCase, { id: result.caseId }) : Promise.resolve(null);
  }

  @FieldResolver(() => Date, { description: 'Until when the result may be corrected.' })
  editableUntil(@Root() result: SurveillanceResult): Date {
    return new Date(result.recordedAt.getTime() + RESULT_EDIT_WINDOW_HOURS * 3_600_000);
  }

  @FieldResolver(() => Int, { description: 'Days since the inspection.' })
  ageDays(@Root() result: SurveillanceResult): number {
    return Math.floor((Date.now() - result.inspectedAt.getTime()) / DAY);
  }
}
