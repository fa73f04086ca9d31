import { Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { areaCondition, likePattern, type Principal } from '@metrograph/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LegalCase } from '../case/case.entity.js';
import {
  allOf, badInput, childConnection, connectionFromRows, ConnectionType, PageArgs, paginate, searchCondition, SortDirection, sortKeys, type Connection, type SubgraphContext,
} from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Complaint } from './complaint.entity.js';
import { ComplaintFilter, ComplaintOrder } from './complaint.input.js';
import { OffenceBasis } from '../offence-basis/offence-basis.entity.js';
import { Operator, operatorRef } from '../operator/operator.js';
import { Province, provinceRef } from '../province/province.js';
import { Office, officeRef } from '../office/office.js';
import { UUID_PATTERN as UUID } from '@metrograph/kit';
import { rollupComplaintCount } from '../report/stats.service.js';

@ObjectType({ description: 'A page of complaints.' })
export class ComplaintConnection extends ConnectionType(Complaint, 'Complaint') {}

const DEFAULT_SORT = [{ field: 'receivedAt', direction: SortDirection.DESC }];

/** What ComplaintResolver's field resolvers read of a complaint, so a list reads only the columns a query needs. */
const COMPLAINT_FIELD_READS = {
  respondent: ['respondentOperatorId'],
  province: ['provinceCode'],
  office: ['officeCode'],
  offenceBasis: ['offenceBasis'],
};

export function complaintWhere(filter: ComplaintFilter | undefined): FilterQuery<Complaint> {
  if (filter?.respondentId && !UUID.test(filter.respondentId)) throw badInput('filter.respondentId', 'must be a UUID');
  if (filter?.receivedFrom && filter?.receivedTo && filter.receivedFrom > filter.receivedTo) {
    throw badInput('filter.receivedTo', 'must not be before receivedFrom');
  }
  return allOf(
    filter?.provinceCodes ? { provinceCode: { $in: filter.provinceCodes } } : null,
    filter?.officeCodes ? { officeCode: { $in: filter.officeCodes } } : null,
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : null,
    filter?.channels?.length ? { channel: { $in: filter.channels } } : null,
    filter?.respondentId ? { respondentOperatorId: filter.respondentId } : null,
    filter?.offenceBasisCodes ? { offenceBasis: { $in: filter.offenceBasisCodes } } : null,
    filter?.instrumentTypes ? { instrumentType: { $in: filter.instrumentTypes } } : null,
    filter?.receivedFrom ? { receivedAt: { $gte: filter.receivedFrom } } : null,
    filter?.receivedTo ? { receivedAt: { $lt: filter.receivedTo } } : null,
    filter?.keyword ? { keywords: { $contains: [filter.keyword] } } : null,
    filter?.assigneeId ? { assigneeId: filter.assigneeId } : null,
    filter?.respondentName ? { respondentName: { $ilike: likePattern(filter.respondentName) } } : null,
    searchCondition(['referenceNo', 'subject', 'details', 'respondentName', 'complainantName', 'placeName'], filter?.search),
  ) as FilterQuery<Complaint>;
}

/**
 * Everything a complaint list must satisfy: the filter, case conditions, and the caller's area
 * (a branch official only ever gets the provinces of their office).
 */
export async function complaintConditions(em: EntityManager, filter: ComplaintFilter | undefined, principal: Principal): Promise<FilterQuery<Complaint>> {
  let byCase: Record<string, unknown> | null = null;
  if (filter?.caseNo || filter?.caseStatuses?.length) {
    const cases = await em.find(
      LegalCase,
      allOf(
        filter.caseNo ? { caseNo: { $ilike: likePattern(filter.caseNo) } } : null,
        filter.caseStatuses?.length ? { status: { $in: filter.caseStatuses } } : null,
        { complaintId: { $ne: null } },
      ) as never,
      { fields: ['complaintId'], limit: 10_000 },
    );
    byCase = { id: { $in: cases.map((c) => c.complaintId!) } };
  }
  return allOf(complaintWhere(filter) as Record<string, unknown>, byCase, areaCondition(principal)) as FilterQuery<Complaint>;
}

/** Finds a complaint other subgraphs point at, only within the caller's area. */
export async function resolveComplaintReference(reference: { id: string }, { em, principal, loaders }: SubgraphContext): Promise<Complaint | null> {
  if (!UUID.test(reference.id)) return null;
  return loaders
    .get<string, Complaint | null>('complaintById', async (ids) => {
      const rows = await em.find(Complaint, allOf({ id: { $in: [...ids] } }, areaCondition(principal)) as never);
      return ids.map((id) => rows.find((c) => c.id === id) ?? null);
    })
    .load(reference.id);
}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => ComplaintConnection, { description: 'Complaints, filtered and sorted (default: newest first).' })
  async complaints(
    @Arg('filter', () => ComplaintFilter, { nullable: true, description: 'Conditions the complaints must meet.' }) filter: ComplaintFilter | undefined,
    @Arg('orderBy', () => [ComplaintOrder], { nullable: true, description: 'Sort keys, most significant first.' }) orderBy: ComplaintOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<Complaint>> {
    const connection = await paginate(em, Complaint, await complaintConditions(em, filter, principal), sortKeys(orderBy, DEFAULT_SORT), page);
    // the count from the dashboard rollup when it can answer the filter (same figure, a few index rows)
    const countRows = connection.totalCount;
    connection.totalCount = async () => (await rollupComplaintCount(em, filter, principal)) ?? countRows();
    return connection;
  }

  @Query(() => Complaint, { nullable: true, description: 'One complaint by id, or null if there is none.' })
  complaint(@Arg('id', () => ID, { description: 'Complaint id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Complaint | null> {
    if (!UUID.test(id)) throw badInput('id', 'must be a UUID');
    return resolveComplaintReference({ id }, ctx);
  }

  @Query(() => Complaint, { nullable: true, description: 'One complaint by reference number, or null if there is none.' })
  complaintByReference(
    @Arg('referenceNo', () => String, { description: 'Reference number, e.g. CP-2569-0000123.' }) referenceNo: string,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Complaint | null> {
    return em.findOne(Complaint, allOf({ referenceNo: referenceNo.trim() }, areaCondition(principal)) as never);
  }

  @Query(() => [OffenceBasis], { description: 'Offence bases (ฐานความผิด) offered for complaints, by code.' })
  offenceBases(
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Include bases no longer offered.' }) includeInactive: boolean,
    @Ctx() { em }: SubgraphContext,
  ): Promise<OffenceBasis[]> {
    return em.find(OffenceBasis, includeInactive ? {} : { active: true }, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'The respondent as a registered operator, when identified (ผู้ถูกร้อง).' })
  respondent(@Root() complaint: Complaint): Operator | null {
    return complaint.respondentOperatorId ? operatorRef(complaint.respondentOperatorId) : null;
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Province where it happened (พื้นที่เกิดเหตุ); null only while the identity service is unreachable.' })
  province(@Root() complaint: Complaint): Province {
    return provinceRef(complaint.provinceCode);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office handling the complaint; null only while the identity service is unreachable.' })
  office(@Root() complaint: Complaint): Office {
    return officeRef(complaint.officeCode);
  }

  @FieldResolver(() => OffenceBasis, { nullable: true, description: 'The related offence basis (ฐานความผิดที่เกี่ยวข้อง), once triaged.' })
  async offenceBasis(@Root() complaint: Complaint, @Ctx() { em, loaders }: SubgraphContext): Promise<OffenceBasis | null> {
    const code = complaint.offenceBasis?.code;
    if (!code) return null;
    return loaders
      .get<string, OffenceBasis | null>('offenceBasisByCode', async (codes) => {
        const rows = await em.find(OffenceBasis, { code: { $in: [...codes] } });
        return codes.map((c) => rows.find((r) => r.code === c) ?? null);
      })
      .load(code);
  }
}

@Resolver(() => Operator)
export class OperatorComplaintsResolver {
  @FieldResolver(() => ComplaintConnection, { nullable: true, description: 'Complaints naming this operator as respondent, newest first. Batched across operators. Null only while the complaints service is unreachable.' })
  async complaints(
    @Root() operator: Operator,
    @Arg('filter', () => ComplaintFilter, { nullable: true, description: 'Conditions the complaints must meet (respondentId is ignored).' }) filter: ComplaintFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, loaders, principal }: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Complaint>> {
    if (!UUID.test(operator.id)) return connectionFromRows([], 0, DEFAULT_SORT, async () => 0);
    return childConnection({
      em,
      loaders,
      entity: Complaint,
      parentProperty: 'respondentOperatorId',
      parentId: operator.id,
      where: allOf(complaintWhere({ ...filter, respondentId: undefined }) as Record<string, unknown>, areaCondition(principal)) as FilterQuery<Complaint>,
      whereKey: JSON.stringify(filter ?? {}),
      sort: DEFAULT_SORT,
      page,
      info,
      reads: COMPLAINT_FIELD_READS,
    });
  }
}
