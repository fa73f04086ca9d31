import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  allOf, badInput, childConnection, connectionFromRows, ConnectionType, PageArgs, paginate, searchCondition, SortDirection, sortKeys, type Connection, type SubgraphContext,
} from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { PaymentRequest } from './payment-request.entity.js';
import { PaymentRefsArgs, PaymentRequestFilter, PaymentRequestOrder } from './payment-request.input.js';
import { isOverdue, isValidRef, normalizeRef, thaiDateString } from './payment-request.service.js';
import { UUID, resolvePaymentRequestReference } from './payment-request.reference.js';
import { Operator, operatorRef } from '../operator/operator.js';
import { Office, officeRef } from '../office/office.js';
import { Province, provinceRef } from '../province/province.js';

@ObjectType({ description: 'A page of payment requests.' })
export class PaymentRequestConnection extends ConnectionType(PaymentRequest, 'PaymentRequest') {}

function range<T>(from: T | null | undefined, to: T | null | undefined): Record<string, T> | null {
  if (from == null && to == null) return null;
  const condition: Record<string, T> = {};
  if (from != null) condition.$gte = from;
  if (to != null) condition.$lte = to;
  return condition;
}

export function paymentRequestWhere(filter: PaymentRequestFilter | undefined): FilterQuery<PaymentRequest> {
  if (filter?.operatorId != null && !UUID.test(filter.operatorId)) throw badInput('operatorId', 'must be a UUID');
  const due = range(filter?.dueFrom ? thaiDateString(filter.dueFrom) : null, filter?.dueTo ? thaiDateString(filter.dueTo) : null);
  const issued = range(filter?.issuedFrom, filter?.issuedTo);
  return allOf(
    filter?.operatorId ? { operatorId: filter.operatorId } : null,
    filter?.officeCodes ? { officeCode: { $in: filter.officeCodes } } : null,
    filter?.provinceCodes ? { provinceCode: { $in: filter.provinceCodes } } : null,
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : null,
    filter?.feeCodes?.length ? { feeCode: { $in: filter.feeCodes } } : null,
    due ? { dueDate: due } : null,
    issued ? { issuedAt: issued } : null,
    searchCondition(['requestNo', 'ref1', 'ref2', 'feeName'], filter?.search),
  ) as FilterQuery<PaymentRequest>;
}

const DEFAULT_SORT = [{ field: 'issuedAt', direction: SortDirection.DESC }];

@Resolver(() => PaymentRequest)
export class PaymentRequestResolver {
  @Query(() => PaymentRequestConnection, { description: 'Payment requests (ใบแจ้งชำระเงิน), filtered and sorted (default: newest issued first).' })
  paymentRequests(
    @Arg('filter', () => PaymentRequestFilter, { nullable: true, description: 'Conditions the payment requests must meet.' }) filter: PaymentRequestFilter | undefined,
    @Arg('orderBy', () => [PaymentRequestOrder], { nullable: true, description: 'Sort keys, most significant first.' }) orderBy: PaymentRequestOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: SubgraphContext,
  ): Promise<Connection<PaymentRequest>> {
    return paginate(em, PaymentRequest, paymentRequestWhere(filter), sortKeys(orderBy, DEFAULT_SORT), page);
  }

  @Query(() => PaymentRequest, { nullable: true, description: 'One payment request by id, or null if there is none.' })
  paymentRequest(@Arg('id', () => ID, { description: 'Payment request id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<PaymentRequest | null> {
    if (!UUID.test(id)) throw badInput('id', 'must be a UUID');
    return resolvePaymentRequestReference({ id }, ctx);
  }

  @Query(() => PaymentRequest, { nullable: true, description: 'One payment request by the bank references on its pay-in slip, or null if there is none.' })
  paymentRequestByRefs(@Args(() => PaymentRefsArgs) args: PaymentRefsArgs, @Ctx() { em }: SubgraphContext): Promise<PaymentRequest | null> {
    const refs = { ref1: normalizeRef(args.ref1), ref2: normalizeRef(args.ref2) };
    for (const [name, value] of Object.entries(refs)) {
      if (!isValidRef(value)) throw badInput(name, 'must be 1 to 20 letters A-Z or digits');
    }
    return em.findOne(PaymentRequest, refs);
  }

  @FieldResolver(() => Boolean, { description: 'True when the request is unpaid after its due date (Thai time), expired requests included (ค้างชำระเกินกำหนด).' })
  overdue(@Root() request: PaymentRequest): boolean {
    return isOverdue(request.dueDate, request.status);
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'The operator who must pay (ผู้ประกอบการ); null only while the registry service is unreachable.' })
  operator(@Root() request: PaymentRequest): Operator {
    return operatorRef(request.operatorId);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office that issued the request and receives the payment (หน่วยงานที่ออกใบแจ้ง); null only while the identity service is unreachable.' })
  office(@Root() request: PaymentRequest): Office {
    return officeRef(request.officeCode);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Province the request is counted under (the operator\'s province); null only while the identity service is unreachable.' })
  province(@Root() request: PaymentRequest): Province {
    return provinceRef(request.provinceCode);
  }
}

@Resolver(() => Operator)
export class OperatorPaymentRequestsResolver {
  @FieldResolver(() => PaymentRequestConnection, { nullable: true, description: 'Payment requests issued to this operator, newest first. Batched: the first page for many operators costs one query. Null only while the payments service is unreachable.' })
  async paymentRequests(
    @Root() operator: Operator,
    @Arg('filter', () => PaymentRequestFilter, { nullable: true, description: 'Conditions the payment requests must meet (operatorId is ignored).' }) filter: PaymentRequestFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, loaders }: SubgraphContext,
  ): Promise<Connection<PaymentRequest>> {
    if (!UUID.test(operator.id)) return connectionFromRows([], 0, DEFAULT_SORT, async () => 0);
    return childConnection({
      em,
      loaders,
      entity: PaymentRequest,
      parentProperty: 'operatorId',
      parentId: operator.id,
      where: paymentRequestWhere({ ...filter, operatorId: undefined }),
      whereKey: JSON.stringify(filter ?? {}),
      sort: DEFAULT_SORT,
      page,
    });
  }
}
