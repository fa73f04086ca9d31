import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { AccessLevel, UserError, groupByKeys, requireAccess, type SubgraphContext } from '@metrograph/kit';
import { Complaint } from '../complaint/complaint.entity.js';
import { HotlineOutcome, HotlineResult, HotlineResultKind } from './hotline-result.entity.js';
import { queueHotlineMessage, type HotlineMessageRequest } from './hotline-result.service.js';

/** Function code of complaints in the access rights (identity's AppFunction.COMPLAINTS). */
const COMPLAINTS_FUNCTION = 'complaints';

@InputType({ description: 'The investigation result of a complaint from the 1569 centre, to report back to it (004 §4.5.1 (3)).' })
export class SendHotlineResultInput {
  @Field(() => ID, { description: 'The complaint; it must have come from the 1569 centre.' })
  complaintId!: string;

  @Field(() => HotlineOutcome, { description: 'The finding.' })
  outcome!: HotlineOutcome;

  @Field(() => String, { description: 'What was found and done, for the complainant (up to 4000 characters).' })
  summary!: string;
}

@InputType({ description: 'A correction of the result already sent to the 1569 centre; it replaces that result (004 §4.5.1 (4)).' })
export class AmendHotlineResultInput {
  @Field(() => ID, { description: 'The complaint whose result is corrected.' })
  complaintId!: string;

  @Field(() => HotlineOutcome, { description: 'The corrected finding.' })
  outcome!: HotlineOutcome;

  @Field(() => String, { description: 'The corrected summary (up to 4000 characters).' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'Why the result is corrected (up to 1000 characters).' })
  reason?: string | null;
}

@InputType({ description: 'Cancels the result sent to the 1569 centre (004 §4.5.1 (4)); a new result may be sent afterwards.' })
export class WithdrawHotlineResultInput {
  @Field(() => ID, { description: 'The complaint whose result is withdrawn.' })
  complaintId!: string;

  @Field(() => String, { description: 'Why the result is withdrawn (up to 1000 characters).' })
  reason!: string;
}

@ObjectType({ description: 'The outcome of queuing a message for the 1569 centre: the queued message, or userErrors saying why not.' })
export class HotlineResultPayload {
  @Field(() => HotlineResult, { nullable: true, description: 'The queued message (delivery status PENDING until the centre acknowledges it); null when refused.' })
  result!: HotlineResult | null;

  @Field(() => Complaint, { nullable: true, description: 'The complaint, to re-read its hotlineResults; null when refused.' })
  complaint!: Complaint | null;

  @Field(() => [UserError], { description: 'Problems the user can fix, each naming the input field; empty on success.' })
  userErrors!: UserError[];
}

@Resolver(() => Complaint)
export class HotlineResolver {
  @FieldResolver(() => [HotlineResult], {
    description: 'Results, amendments and withdrawals sent to the 1569 centre for this complaint, oldest first, with their delivery status. Empty for complaints from other channels.',
  })
  hotlineResults(@Root() complaint: Complaint, @Ctx() { em, loaders }: SubgraphContext): Promise<HotlineResult[]> {
    return loaders
      .get<string, HotlineResult[]>('hotlineResultsByComplaint', async (ids) => {
        const rows = await em.find(HotlineResult, { complaint: { $in: [...ids] } }, { orderBy: { revision: 'asc' } });
        return groupByKeys(ids, rows, (r) => r.complaint.id);
      })
      .load(complaint.id);
  }

  @Mutation(() => HotlineResultPayload, { description: 'Queues the investigation result of a 1569 complaint for sending to the centre. Needs EDIT on complaints.' })
  sendHotlineResult(
    @Arg('input', () => SendHotlineResultInput, { description: 'The result.' }) input: SendHotlineResultInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HotlineResultPayload> {
    return queue(ctx, { kind: HotlineResultKind.RESULT, complaintId: input.complaintId, outcome: input.outcome, summary: input.summary });
  }

  @Mutation(() => HotlineResultPayload, { description: 'Queues a correction of the result already sent to the 1569 centre. Needs EDIT on complaints.' })
  amendHotlineResult(
    @Arg('input', () => AmendHotlineResultInput, { description: 'The corrected result.' }) input: AmendHotlineResultInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HotlineResultPayload> {
    return queue(ctx, { kind: HotlineResultKind.AMENDMENT, complaintId: input.complaintId, outcome: input.outcome, summary: input.summary, reason: input.reason });
  }

  @Mutation(() => HotlineResultPayload, { description: 'Queues the withdrawal of the result sent to the 1569 centre. Needs EDIT on complaints.' })
  withdrawHotlineResult(
    @Arg('input', () => WithdrawHotlineResultInput, { description: 'Which result, and why.' }) input: WithdrawHotlineResultInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HotlineResultPayload> {
    return queue(ctx, { kind: HotlineResultKind.WITHDRAWAL, complaintId: input.complaintId, reason: input.reason });
  }
}

async function queue(ctx: SubgraphContext, request: HotlineMessageRequest): Promise<HotlineResultPayload> {
  requireAccess(ctx.principal, COMPLAINTS_FUNCTION, AccessLevel.EDIT);
  const { result, userErrors } = await queueHotlineMessage(ctx.em, ctx.principal, request);
  return { result, complaint: result ? result.complaint : null, userErrors };
}
