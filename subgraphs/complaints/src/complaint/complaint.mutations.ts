import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { userError, type SubgraphContext } from '@metrograph/kit';
import { ComplaintPayload, CasePayload, inTransaction } from './complaint.payloads.js';
import {
  AssignComplaintInput, CloseComplaintInput, ComplaintIdInput, MergeComplaintInput, RecordCaseEventInput, RecordFindingsInput, TriageComplaintInput,
} from './complaint.mutation-inputs.js';
import { suggestOffenceBases } from '../triage/triage.service.js';
import { CaseAttachment } from '../case/case.entity.js';
import { checkAttachment } from '../case/attachments.js';

@Resolver()
export class ComplaintMutationResolver {
  @Mutation(() => ComplaintPayload, { description: 'Confirm or correct the suggested offence basis; a RECEIVED complaint becomes TRIAGED.' })
  triageComplaint(@Arg('input', () => TriageComplaintInput, { description: 'What to record.' }) input: TriageComplaintInput, @Ctx() ctx: SubgraphContext): Promise<ComplaintPayload> {
    return inTransaction(ctx, () => new ComplaintPayload(), async (workflow, _em, payload) => {
      const complaint = await workflow.complaint(input.complaintId);
      const suggested = suggestOffenceBases(complaint.details, complaint.keywords)[0]?.offenceBasisCode ?? null;
      payload.complaint = await workflow.triage(input.complaintId, input.offenceBasisCode, input.keywords, suggested, input.instrumentType);
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'Assign to an official (or let the system choose by expertise and workload); the official and the office head are notified.' })
  assignComplaint(@Arg('input', () => AssignComplaintInput, { description: 'Who gets it.' }) input: AssignComplaintInput, @Ctx() ctx: SubgraphContext): Promise<ComplaintPayload> {
    return inTransaction(ctx, () => new ComplaintPayload(), async (workflow, _em, payload) => {
      payload.complaint = (await workflow.assign(input.complaintId, input.assigneeId)).complaint;
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'The assigned official starts the investigation.' })
  startInvestigation(@Arg('input', () => ComplaintIdInput, { description: 'The complaint.' }) input: ComplaintIdInput, @Ctx() ctx: SubgraphContext): Promise<ComplaintPayload> {
    return inTransaction(ctx, () => new ComplaintPayload(), async (workflow, _em, payload) => {
      payload.complaint = await workflow.startInvestigation(input.complaintId);
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'Record the findings; when an offence is found a legal case opens.' })
  recordFindings(@Arg('input', () => RecordFindingsInput, { description: 'The findings.' }) input: RecordFindingsInput, @Ctx() ctx: SubgraphContext): Promise<ComplaintPayload> {
    return inTransaction(ctx, () => new ComplaintPayload(), async (workflow, _em, payload) => {
      const result = await workflow.recordFindings(input.complaintId, input);
      payload.complaint = result.complaint;
      payload.findings = result.findings;
      payload.legalCase = result.legalCase;
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'Close a complaint (with a reason when before investigation; after an offence only once its case is final).' })
  closeComplaint(@Arg('input', () => CloseComplaintInput, { description: 'The complaint and reason.' }) input: CloseComplaintInput, @Ctx() ctx: SubgraphContext): Promise<ComplaintPayload> {
    return inTransaction(ctx, () => new ComplaintPayload(), async (workflow, _em, payload) => {
      payload.complaint = await workflow.close(input.complaintId, input.reason);
    });
  }

  @Mutation(() => ComplaintPayload, { description: 'Merge a duplicate into the complaint it repeats; the duplicate closes and its keywords carry over.' })
  mergeComplaint(@Arg('input', () => MergeComplaintInput, { description: 'Which into which.' }) input: MergeComplaintInput, @Ctx() ctx: SubgraphContext): Promise<ComplaintPayload> {
    return inTransaction(ctx, () => new ComplaintPayload(), async (workflow, _em, payload) => {
      payload.complaint = (await workflow.merge(input.complaintId, input.intoComplaintId)).into;
    });
  }

  @Mutation(() => CasePayload, { description: 'Record a legal activity on a case; the case status follows its transition graph and an invalid move is refused.' })
  recordCaseEvent(@Arg('input', () => RecordCaseEventInput, { description: 'The activity.' }) input: RecordCaseEventInput, @Ctx() ctx: SubgraphContext): Promise<CasePayload> {
    const checked = (input.attachments ?? []).map((a, i) => ({ i, result: checkAttachment(a) }));
    const bad = checked.find((c) => 'error' in c.result);
    if (bad && 'error' in bad.result) {
      const payload = new CasePayload();
      payload.userErrors = [userError(['input', 'attachments', String(bad.i), bad.result.field], 'INVALID_ATTACHMENT', bad.result.error)];
      return Promise.resolve(payload);
    }
    return inTransaction(ctx, () => new CasePayload(), async (workflow, em, payload) => {
      const { legalCase, event } = await workflow.recordCaseEvent(input.caseId, input);
      for (const { result } of checked) {
        if ('error' in result) continue;
        em.persist(em.create(CaseAttachment, { id: randomUUID(), caseEventId: event.id, ...result, uploadedAt: new Date(), uploadedBy: ctx.principal.name } as never));
      }
      payload.legalCase = legalCase;
      payload.caseEvent = event;
    });
  }
}
