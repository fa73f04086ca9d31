import { Field, ObjectType } from 'type-graphql';
import { UserError, userError, type SubgraphContext } from '@metrograph/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Complaint } from './complaint.entity.js';
import { ComplaintWorkflow, WorkflowError } from './complaint.workflow.js';
import { LegalCase, CaseEvent, Findings } from '../case/case.entity.js';

@ObjectType({ description: 'Result of a change to a complaint: the complaint as it now is, or what to fix.' })
export class ComplaintPayload {
  @Field(() => Complaint, { nullable: true, description: 'The complaint after the change; null when refused.' })
  complaint?: Complaint | null;

  @Field(() => LegalCase, { nullable: true, description: 'The case the change opened, if any.' })
  legalCase?: LegalCase | null;

  @Field(() => Findings, { nullable: true, description: 'The findings recorded, if any.' })
  findings?: Findings | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors: UserError[] = [];
}

@ObjectType({ description: 'Result of a legal activity on a case: the case and the activity, or what to fix.' })
export class CasePayload {
  @Field(() => LegalCase, { nullable: true, description: 'The case after the activity; null when refused.' })
  legalCase?: LegalCase | null;

  @Field(() => CaseEvent, { nullable: true, description: 'The activity recorded.' })
  caseEvent?: CaseEvent | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors: UserError[] = [];
}

/**
 * Runs a change in one transaction through the workflow; a refusal the user can fix comes
 * back as userErrors (nothing written), anything else as a GraphQL error.
 */
export async function inTransaction<P extends { userErrors: UserError[] }>(
  ctx: SubgraphContext,
  make: () => P,
  work: (workflow: ComplaintWorkflow, em: EntityManager, payload: P) => Promise<void>,
): Promise<P> {
  const payload = make();
  try {
    await ctx.em.transactional(async (em) => {
      await work(new ComplaintWorkflow(em, ctx.principal), em, payload);
    });
  } catch (error) {
    if (error instanceof WorkflowError) {
      const failed = make();
      failed.userErrors = [userError(error.field, error.code, error.message)];
      return failed;
    }
    throw error;
  }
  return payload;
}
