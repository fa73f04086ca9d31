import { Ctx, Field, FieldResolver, Float, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { areaCondition, byKeys, groupByKeys, type SubgraphContext } from '@metrograph/kit';
import { Complaint, ComplaintStatus } from './complaint.entity.js';
import { SlaState, slaDueAt, slaState } from './complaint-status.js';
import { DUPLICATE_MIN_SCORE, DUPLICATE_WINDOW_DAYS, duplicateScore, suggestOffenceBases } from '../triage/triage.service.js';
import { OffenceBasis } from '../offence-basis/offence-basis.entity.js';
import { ComplaintEvent } from '../timeline/complaint-event.entity.js';
import { Findings, LegalCase } from '../case/case.entity.js';
import { User, userRef } from '../user/user.js';

registerEnumType(SlaState, {
  name: 'SlaState',
  description: 'Whether a complaint is within the time allowed for its current status.',
  valuesConfig: {
    ON_TRACK: { description: 'Within the time allowed.' },
    DUE_SOON: { description: 'In the last fifth of the time allowed.' },
    OVERDUE: { description: 'Past the time allowed; escalated to the office head.' },
    NONE: { description: 'No clock runs in this status (closed).' },
  },
});

@ObjectType({ description: 'An offence basis the system suggests from the complaint text, for an official to confirm or correct.' })
export class TriageSuggestion {
  @Field(() => OffenceBasis, { description: 'The suggested offence basis.' })
  offenceBasis!: OffenceBasis;

  @Field(() => Float, { description: 'Relative confidence, 0 to 1 (1 for the best suggestion).' })
  confidence!: number;

  @Field(() => [String], { description: 'Words of the complaint that led to the suggestion.' })
  matchedTerms!: string[];
}

@ObjectType({ description: 'An open complaint that probably repeats this one (same respondent and place, similar text, recent).' })
export class DuplicateMatch {
  @Field(() => Complaint, { description: 'The other complaint.' })
  complaint!: Complaint;

  @Field(() => Float, { description: 'How alike they are, 0 to 1.' })
  score!: number;
}

@Resolver(() => Complaint)
export class ComplaintFieldsResolver {
  @FieldResolver(() => [TriageSuggestion], { description: 'Offence bases suggested from the text and keywords, best first (004 §4.5.1 (6)).' })
  async triageSuggestions(@Root() complaint: Complaint, @Ctx() { em }: SubgraphContext): Promise<TriageSuggestion[]> {
    const suggestions = suggestOffenceBases(`${complaint.subject} ${complaint.details}`, complaint.keywords);
    const bases = await em.find(OffenceBasis, { code: { $in: suggestions.map((s) => s.offenceBasisCode) } });
    return suggestions.flatMap((s) => {
      const offenceBasis = bases.find((b) => b.code === s.offenceBasisCode);
      return offenceBasis ? [{ offenceBasis, confidence: s.confidence, matchedTerms: s.matchedTerms }] : [];
    });
  }

  @FieldResolver(() => [DuplicateMatch], { description: `Open complaints received within ${DUPLICATE_WINDOW_DAYS} days that probably repeat this one, most alike first; flagged for merge.` })
  async possibleDuplicates(@Root() complaint: Complaint, @Ctx() { em, principal }: SubgraphContext): Promise<DuplicateMatch[]> {
    const window = DUPLICATE_WINDOW_DAYS * 86_400_000;
    const candidates = await em.find(
      Complaint,
      {
        $and: [
          { id: { $ne: complaint.id } },
          { provinceCode: complaint.provinceCode },
          { status: { $ne: ComplaintStatus.CLOSED } },
          { receivedAt: { $gte: new Date(complaint.receivedAt.getTime() - window), $lte: new Date(complaint.receivedAt.getTime() + window) } },
          complaint.respondentOperatorId
            ? { $or: [{ respondentOperatorId: complaint.respondentOperatorId }, { respondentName: complaint.respondentName }, { placeName: complaint.placeName }] }
            : { $or: [{ respondentName: complaint.respondentName }, { placeName: complaint.placeName }] },
          areaCondition(principal) ?? {},
        ],
      } as never,
      { limit: 200 },
    );
    return candidates
      .map((other) => ({ complaint: other, score: duplicateScore(complaint, other) }))
      .filter((m) => m.score >= DUPLICATE_MIN_SCORE)
      .sort((a, b) => b.score - a.score);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The official it is assigned to.' })
  assignee(@Root() complaint: Complaint): User | null {
    return complaint.assigneeId ? userRef(complaint.assigneeId) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the current status becomes overdue (SLA); null when closed.' })
  slaDueAt(@Root() complaint: Complaint): Date | null {
    return slaDueAt(complaint.status, complaint.statusChangedAt);
  }

  @FieldResolver(() => SlaState, { description: 'SLA state of the current status.' })
  slaState(@Root() complaint: Complaint): SlaState {
    return slaState(complaint.status, complaint.statusChangedAt);
  }

  @FieldResolver(() => [ComplaintEvent], { description: 'Every step from intake to the final outcome of its case, oldest first, each with its actor (004 §4.5.1 (10)).' })
  async timeline(@Root() complaint: Complaint, @Ctx() { em, loaders }: SubgraphContext): Promise<ComplaintEvent[]> {
    return loaders
      .get<string, ComplaintEvent[]>('timelineByComplaint', async (ids) => {
        const cases = await em.find(LegalCase, { complaintId: { $in: [...ids] } }, { fields: ['id', 'complaintId'] });
        const rows = await em.find(
          ComplaintEvent,
          { $or: [{ complaintId: { $in: [...ids] } }, { caseId: { $in: cases.map((c) => c.id) } }] },
          { orderBy: { at: 'asc', id: 'asc' } },
        );
        const caseToComplaint = new Map(cases.map((c) => [c.id, c.complaintId]));
        return ids.map((id) => rows.filter((r) => r.complaintId === id || (r.caseId && caseToComplaint.get(r.caseId) === id)));
      })
      .load(complaint.id);
  }

  @FieldResolver(() => [LegalCase], { description: 'Legal cases opened from this complaint.' })
  async cases(@Root() complaint: Complaint, @Ctx() { em, loaders }: SubgraphContext): Promise<LegalCase[]> {
    return loaders
      .get<string, LegalCase[]>('casesByComplaint', async (ids) => {
        const rows = await em.find(LegalCase, { complaintId: { $in: [...ids] } }, { orderBy: { openedAt: 'asc' } });
        return groupByKeys(ids, rows, (r) => r.complaintId!);
      })
      .load(complaint.id);
  }

  @FieldResolver(() => Findings, { nullable: true, description: 'Findings of the investigation, once recorded.' })
  async findings(@Root() complaint: Complaint, @Ctx() { em, loaders }: SubgraphContext): Promise<Findings | null> {
    return loaders
      .get<string, Findings | null>('findingsByComplaint', async (ids) => byKeys(ids, await em.find(Findings, { complaintId: { $in: [...ids] } }), (f) => f.complaintId))
      .load(complaint.id);
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint this one was merged into as a duplicate.' })
  async duplicateOf(@Root() complaint: Complaint, @Ctx() { em, principal }: SubgraphContext): Promise<Complaint | null> {
    if (!complaint.duplicateOfId) return null;
    return em.findOne(Complaint, { $and: [{ id: complaint.duplicateOfId }, areaCondition(principal) ?? {}] } as never);
  }
}
