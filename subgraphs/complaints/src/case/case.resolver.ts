import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import {
  ConnectionType, OrderInputType, PageArgs, SortDirection, allOf, areaCondition, badInput, groupByKeys, likePattern, paginate, sortKeys,
  type Connection, type SubgraphContext,
} from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { CaseAttachment, CaseEvent, LegalCase } from './case.entity.js';
import { CaseStatus } from './case-status.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { OffenceBasis } from '../offence-basis/offence-basis.entity.js';
import { ComplaintEvent } from '../timeline/complaint-event.entity.js';
import { Operator, operatorRef } from '../operator/operator.js';
import { Province, provinceRef } from '../province/province.js';
import { Office, officeRef } from '../office/office.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';


@ObjectType({ description: 'A page of legal cases.' })
export class LegalCaseConnection extends ConnectionType(LegalCase, 'LegalCase') {}

@InputType({ description: 'Which legal cases to list; all given conditions must hold.' })
export class LegalCaseFilter {
  @Field(() => String, { nullable: true, description: 'Part of the case number.' })
  caseNo?: string;

  @Field(() => [CaseStatus], { nullable: true, description: 'Only cases with these statuses.' })
  statuses?: CaseStatus[];

  @Field(() => [ID], { nullable: true, description: 'Only cases in these provinces.' })
  provinceCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only cases of these offices.' })
  officeCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only cases with these offence bases.' })
  offenceBasisCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Only cases against this registered operator.' })
  respondentId?: string;

  @Field(() => Date, { nullable: true, description: 'Opened at or after this time.' })
  openedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Opened before this time.' })
  openedTo?: Date;
}

export enum LegalCaseOrderField {
  OPENED_AT = 'openedAt',
  CASE_NO = 'caseNo',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(LegalCaseOrderField, {
  name: 'LegalCaseOrderField',
  description: 'Property legal cases can be sorted by.',
  valuesConfig: {
    OPENED_AT: { description: 'When the case was opened.' },
    CASE_NO: { description: 'Case number.' },
    UPDATED_AT: { description: 'When the case last changed.' },
  },
});
export const LegalCaseOrder = OrderInputType(LegalCaseOrderField, 'LegalCase');
export type LegalCaseOrder = InstanceType<typeof LegalCaseOrder>;

export function caseWhere(filter: LegalCaseFilter | undefined): Record<string, unknown> {
  if (filter?.respondentId && !UUID.test(filter.respondentId)) throw badInput('filter.respondentId', 'must be a UUID');
  return allOf(
    filter?.caseNo ? { caseNo: { $ilike: likePattern(filter.caseNo) } } : null,
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : null,
    filter?.provinceCodes ? { provinceCode: { $in: filter.provinceCodes } } : null,
    filter?.officeCodes ? { officeCode: { $in: filter.officeCodes } } : null,
    filter?.offenceBasisCodes ? { offenceBasis: { $in: filter.offenceBasisCodes } } : null,
    filter?.respondentId ? { respondentOperatorId: filter.respondentId } : null,
    filter?.openedFrom ? { openedAt: { $gte: filter.openedFrom } } : null,
    filter?.openedTo ? { openedAt: { $lt: filter.openedTo } } : null,
  );
}

export async function resolveCaseReference(reference: { id: string }, { em, principal, loaders }: SubgraphContext): Promise<LegalCase | null> {
  if (!UUID.test(reference.id)) return null;
  return loaders
    .get<string, LegalCase | null>('caseById', async (ids) => {
      const rows = await em.find(LegalCase, allOf({ id: { $in: [...ids] } }, areaCondition(principal)) as never);
      return ids.map((id) => rows.find((c) => c.id === id) ?? null);
    })
    .load(reference.id);
}

@Resolver(() => LegalCase)
export class LegalCaseResolver {
  @Query(() => LegalCaseConnection, { description: 'Legal cases in your area, filtered and sorted (default: newest first).' })
  legalCases(
    @Arg('filter', () => LegalCaseFilter, { nullable: true, description: 'Conditions the cases must meet.' }) filter: LegalCaseFilter | undefined,
    @Arg('orderBy', () => [LegalCaseOrder], { nullable: true, description: 'Sort keys, most significant first.' }) orderBy: LegalCaseOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<LegalCase>> {
    return paginate(em, LegalCase, allOf(caseWhere(filter), areaCondition(principal)) as FilterQuery<LegalCase>, sortKeys(orderBy, [{ field: 'openedAt', direction: SortDirection.DESC }]), page);
  }

  @Query(() => LegalCase, { nullable: true, description: 'One legal case by id, or null (also when outside your area).' })
  legalCase(@Arg('id', () => ID, { description: 'Case id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<LegalCase | null> {
    if (!UUID.test(id)) throw badInput('id', 'must be a UUID');
    return resolveCaseReference({ id }, ctx);
  }

  @Query(() => LegalCase, { nullable: true, description: 'One legal case by case number, or null.' })
  legalCaseByNumber(@Arg('caseNo', () => String, { description: 'Case number, e.g. CS-2569-000123.' }) caseNo: string, @Ctx() { em, principal }: SubgraphContext): Promise<LegalCase | null> {
    return em.findOne(LegalCase, allOf({ caseNo: caseNo.trim() }, areaCondition(principal)) as never);
  }

  @FieldResolver(() => Complaint, { nullable: true, description: 'The complaint the case came from.' })
  complaint(@Root() legalCase: LegalCase, @Ctx() { em }: SubgraphContext): Promise<Complaint | null> {
    return legalCase.complaintId ? em.findOne(Complaint, { id: legalCase.complaintId }) : Promise.resolve(null);
  }

  @FieldResolver(() => OffenceBasis, { description: 'The offence basis (ฐานความผิด) of the case.' })
  offenceBasis(@Root() legalCase: LegalCase, @Ctx() { em }: SubgraphContext): Promise<OffenceBasis> {
    return em.findOneOrFail(OffenceBasis, { code: legalCase.offenceBasis.code });
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'The accused as a registered operator, when identified.' })
  respondent(@Root() legalCase: LegalCase): Operator | null {
    return legalCase.respondentOperatorId ? operatorRef(legalCase.respondentOperatorId) : null;
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Province of the case; null only while identity is unreachable.' })
  province(@Root() legalCase: LegalCase): Province {
    return provinceRef(legalCase.provinceCode);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'Office handling the case; null only while identity is unreachable.' })
  office(@Root() legalCase: LegalCase): Office {
    return officeRef(legalCase.officeCode);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Legal activities, oldest first.' })
  async events(@Root() legalCase: LegalCase, @Ctx() { em, loaders }: SubgraphContext): Promise<CaseEvent[]> {
    return loaders
      .get<string, CaseEvent[]>('eventsByCase', async (ids) => groupByKeys(ids, await em.find(CaseEvent, { caseId: { $in: [...ids] } }, { orderBy: { occurredAt: 'asc', id: 'asc' } }), (e) => e.caseId))
      .load(legalCase.id);
  }

  @FieldResolver(() => [ComplaintEvent], { description: 'Every step of the case, oldest first, each with its actor.' })
  timeline(@Root() legalCase: LegalCase, @Ctx() { em }: SubgraphContext): Promise<ComplaintEvent[]> {
    return em.find(ComplaintEvent, { caseId: legalCase.id }, { orderBy: { at: 'asc', id: 'asc' } });
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => [CaseAttachment], { description: 'Files and links attached to the activity.' })
  async attachments(@Root() event: CaseEvent, @Ctx() { em, loaders }: SubgraphContext): Promise<CaseAttachment[]> {
    return loaders
      .get<string, CaseAttachment[]>('attachmentsByEvent', async (ids) => groupByKeys(ids, await em.find(CaseAttachment, { caseEventId: { $in: [...ids] } }, { orderBy: { uploadedAt: 'asc' } }), (a) => a.caseEventId))
      .load(event.id);
  }
}

@Resolver(() => CaseAttachment)
export class CaseAttachmentResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The file content, base64-encoded (null for a link).' })
  async contentBase64(@Root() attachment: CaseAttachment, @Ctx() { em }: SubgraphContext): Promise<string | null> {
    if (attachment.linkUrl) return null;
    const row = await em.findOne(CaseAttachment, { id: attachment.id }, { populate: ['content'] as never });
    return row?.content ? Buffer.from(row.content).toString('base64') : null;
  }
}
