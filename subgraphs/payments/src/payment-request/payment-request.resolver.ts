import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  allOf, areaCondition, badInput, canSeeProvince, childConnection, connectionFromRows, ConnectionType, log, PageArgs, paginate, searchCondition, SortDirection, sortKeys,
  UserError, userError, type Connection, type SubgraphContext,
} from '@metrograph/kit';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { PaymentRequest } from './payment-request.entity.js';
import {
  AcceptHeldPaymentInput, CreatePaymentRequestInput, InquirePaymentStatusInput, PaymentRefsArgs, PaymentRequestFilter, PaymentRequestOrder,
} from './payment-request.input.js';
import { PaymentStatus, isOverdue, isValidRef, normalizeRef, thaiDateString } from './payment-request.service.js';
import { PaymentTrigger, nextStatus } from './payment-status.js';
import { changeStatus, createPaymentRequest } from './payment-request.ops.js';
import { BankNotification, NotificationOutcome } from '../bank/bank-notification.entity.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { bankAdapter } from '../bank/bank-link.js';
import { inquireOne } from '../bank/inquiry.js';
import { billPaymentBarcode, thaiQrBillPayment } from '../pay-in/bill-payment.js';
import { paymentsConfig } from '../config.js';
import { UUID, resolvePaymentRequestReference } from './payment-request.reference.js';
import { Operator, operatorRef } from '../operator/operator.js';
import { Office, officeRef } from '../office/office.js';
import { Province, provinceRef } from '../province/province.js';

@ObjectType({ description: 'A page of payment requests.' })
export class PaymentRequestConnection extends ConnectionType(PaymentRequest, 'PaymentRequest') {}

@ObjectType({ description: 'A page of bank notifications.' })
export class BankNotificationConnection extends ConnectionType(BankNotification, 'BankNotification') {}

@ObjectType({ description: 'A page of payments audit entries.' })
export class PaymentAuditRecordConnection extends ConnectionType(AuditRecord, 'PaymentAuditRecord') {}

@ObjectType({ description: 'What bank channels scan from a pay-in: the Thai QR Payment bill-payment code and the bill-payment barcode.' })
export class BillPaymentCodes {
  @Field(() => String, { description: 'Biller ID (tax ID + suffix, 15 digits) the bank pays the money to.' })
  billerId!: string;

  @Field(() => String, { description: 'Thai QR Payment payload (EMVCo tag 30: biller ID, ref1, ref2; amount; CRC-16/CCITT); render it as a QR code.' })
  qrPayload!: string;

  @Field(() => String, { description: 'Cross-bank bill-payment barcode text (Code 128): | biller ID, ref1, ref2, amount in satang, separated by carriage returns.' })
  barcodeText!: string;
}

@ObjectType({ description: 'Result of createPaymentRequest.' })
export class CreatePaymentRequestPayload {
  @Field(() => PaymentRequest, { nullable: true, description: 'The request (the earlier one for a repeated idempotency key); null when userErrors is not empty.' })
  paymentRequest!: PaymentRequest | null;

  @Field(() => Boolean, { description: 'False when the idempotency key returned an existing request or nothing was created.' })
  created!: boolean;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'A payment request after a change, or what prevented the change.' })
export class PaymentRequestPayload {
  @Field(() => PaymentRequest, { nullable: true, description: 'The request as it is now; null when it does not exist or is outside your area.' })
  paymentRequest!: PaymentRequest | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix; empty on success.' })
  userErrors!: UserError[];
}

const missing = (field: string, id: string) => userError(['input', field], 'NOT_FOUND', `no payment request ${id} in your area`);

/** The request, if it exists and the caller may see its province. */
export async function visibleRequest(ctx: SubgraphContext, id: string, lock = false): Promise<PaymentRequest | null> {
  if (!UUID.test(id)) return null;
  const request = await ctx.em.findOne(PaymentRequest, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  return request && canSeeProvince(ctx.principal, request.provinceCode) ? request : null;
}

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
  const paid = range(filter?.paidFrom, filter?.paidTo);
  return allOf(
    filter?.operatorId ? { operatorId: filter.operatorId } : null,
    filter?.officeCodes ? { officeCode: { $in: filter.officeCodes } } : null,
    filter?.provinceCodes ? { provinceCode: { $in: filter.provinceCodes } } : null,
    filter?.statuses?.length ? { status: { $in: filter.statuses } } : null,
    filter?.feeCodes?.length ? { feeCode: { $in: filter.feeCodes } } : null,
    filter?.serviceTypes?.length ? { serviceType: { $in: filter.serviceTypes } } : null,
    filter?.sourceTypes?.length ? { sourceType: { $in: filter.sourceTypes } } : null,
    filter?.sourceId ? { sourceId: filter.sourceId } : null,
    paid ? { paidAt: paid } : null,
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
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<PaymentRequest>> {
    const where = allOf(paymentRequestWhere(filter) as Record<string, unknown>, areaCondition(principal)) as FilterQuery<PaymentRequest>;
    return paginate(em, PaymentRequest, where, sortKeys(orderBy, DEFAULT_SORT), page);
  }

  @Query(() => PaymentRequest, { nullable: true, description: 'One payment request by id, or null if there is none.' })
  paymentRequest(@Arg('id', () => ID, { description: 'Payment request id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<PaymentRequest | null> {
    if (!UUID.test(id)) throw badInput('id', 'must be a UUID');
    return resolvePaymentRequestReference({ id }, ctx);
  }

  @Query(() => PaymentRequest, { nullable: true, description: 'One payment request by the bank references on its pay-in slip, or null if there is none.' })
  async paymentRequestByRefs(@Args(() => PaymentRefsArgs) args: PaymentRefsArgs, @Ctx() { em, principal }: SubgraphContext): Promise<PaymentRequest | null> {
    const refs = { ref1: normalizeRef(args.ref1), ref2: normalizeRef(args.ref2) };
    for (const [name, value] of Object.entries(refs)) {
      if (!isValidRef(value)) throw badInput(name, 'must be 1 to 20 letters A-Z or digits');
    }
    const request = await em.findOne(PaymentRequest, refs);
    return request && canSeeProvince(principal, request.provinceCode) ? request : null;
  }

  @Query(() => BankNotificationConnection, { name: 'bankNotifications', description: 'Bank notifications as received, newest first; e.g. outcomes REFUSED, UNKNOWN_REFERENCE and HELD_FOR_REVIEW need an official. Only callers who see every province get notifications not linked to a request.' })
  allBankNotifications(
    @Arg('outcomes', () => [NotificationOutcome], { nullable: true, description: 'Only notifications with these outcomes.' }) outcomes: NotificationOutcome[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<BankNotification>> {
    if (principal.provinceCodes !== null) return Promise.resolve(connectionFromRows([], 0, DEFAULT_SORT, async () => 0));
    return paginate(em, BankNotification, (outcomes?.length ? { outcome: { $in: outcomes } } : {}) as FilterQuery<BankNotification>, [{ field: 'sequence', direction: SortDirection.DESC }], page);
  }

  @Mutation(() => CreatePaymentRequestPayload, { description: 'Issues a payment request (pay-in) for an operator: amount from the fee schedule, ref1/ref2, due date; audited, announced as PaymentRequestCreated and registered with the bank.' })
  async createPaymentRequest(
    @Arg('input', () => CreatePaymentRequestInput, { description: 'Who pays, for what, at which office.' }) input: CreatePaymentRequestInput,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<CreatePaymentRequestPayload> {
    if (!canSeeProvince(principal, input.provinceCode)) {
      return { paymentRequest: null, created: false, userErrors: [userError(['input', 'provinceCode'], 'OUTSIDE_AREA', 'you may not issue requests for this province')] };
    }
    const result = await createPaymentRequest(em, principal, {
      operatorId: input.operatorId,
      officeCode: input.officeCode,
      provinceCode: input.provinceCode,
      feeCode: input.feeCode,
      quantity: input.quantity,
      amountSatang: input.amountSatang,
      dueDate: input.dueDate,
      sourceType: input.source.type,
      sourceId: input.source.id,
      payerName: input.payerName,
      payerTaxId: input.payerTaxId,
      idempotencyKey: input.idempotencyKey,
    });
    if (result.request && result.created) await registerWithBank(result.request);
    return { paymentRequest: result.request, created: result.created, userErrors: result.errors };
  }

  @Mutation(() => PaymentRequestPayload, { description: 'Accepts a payment held for review (another amount, or paid after expiry or cancellation) as settling the request: UNDER_REVIEW → PAID. To give the money back, request a REFUND adjustment instead.' })
  async acceptHeldPayment(
    @Arg('input', () => AcceptHeldPaymentInput, { description: 'The request and why.' }) input: AcceptHeldPaymentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentRequestPayload> {
    if (!input.note.trim()) return { paymentRequest: null, userErrors: [userError(['input', 'note'], 'REQUIRED', 'say why the payment is accepted')] };
    return ctx.em.transactional(async (tx) => {
      const request = await visibleRequest({ ...ctx, em: tx }, input.paymentRequestId, true);
      if (!request) return { paymentRequest: null, userErrors: [missing('paymentRequestId', input.paymentRequestId)] };
      if (!nextStatus(request.status, PaymentTrigger.REVIEW_ACCEPTED)) {
        return { paymentRequest: request, userErrors: [userError(['input', 'paymentRequestId'], 'INVALID_STATUS', `a ${request.status} request has no payment under review`)] };
      }
      changeStatus(tx, request, PaymentTrigger.REVIEW_ACCEPTED, ctx.principal, { note: input.note.trim(), reviewReason: request.reviewReason });
      return { paymentRequest: request, userErrors: [] };
    });
  }

  @Mutation(() => PaymentRequestPayload, { description: 'Asks the bank now for the status of a request (Payment Status Inquiry) and applies what it reports, as the scheduled inquiry does.' })
  async inquirePaymentStatus(
    @Arg('input', () => InquirePaymentStatusInput, { description: 'The request to ask about.' }) input: InquirePaymentStatusInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentRequestPayload> {
    const request = await visibleRequest(ctx, input.paymentRequestId);
    if (!request) return { paymentRequest: null, userErrors: [missing('paymentRequestId', input.paymentRequestId)] };
    const adapter = bankAdapter();
    if (!adapter) return { paymentRequest: request, userErrors: [userError(['input'], 'BANK_LINK_NOT_CONFIGURED', 'the bank link is not configured on this server')] };
    try {
      await inquireOne(ctx.em.fork(), adapter, request, ctx.principal);
    } catch (error) {
      return { paymentRequest: request, userErrors: [userError(['input'], 'BANK_UNAVAILABLE', `the bank could not be asked: ${(error as Error).message}`)] };
    }
    return { paymentRequest: await ctx.em.fork().findOne(PaymentRequest, { id: request.id }), userErrors: [] };
  }

  @FieldResolver(() => BillPaymentCodes, { nullable: true, description: 'The QR and barcode codes printed on the pay-in; null once nothing is to be paid (paid, cancelled, refunded).' })
  billPayment(@Root() request: PaymentRequest): BillPaymentCodes | null {
    if (request.status !== PaymentStatus.PENDING) return null;
    const { billerId } = paymentsConfig();
    const data = { billerId, ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang };
    return { billerId, qrPayload: thaiQrBillPayment(data), barcodeText: billPaymentBarcode(data) };
  }

  @FieldResolver(() => BankNotificationConnection, { description: 'Bank notifications about this request, oldest first, duplicates and refusals included.' })
  bankNotifications(@Root() request: PaymentRequest, @Args(() => PageArgs) page: PageArgs, @Ctx() { em }: SubgraphContext): Promise<Connection<BankNotification>> {
    return paginate(em, BankNotification, { paymentRequestId: request.id }, [{ field: 'sequence', direction: SortDirection.ASC }], page);
  }

  @FieldResolver(() => PaymentAuditRecordConnection, { description: 'Audit trail of this request (creation, pay-in views and prints, notifications, status changes), oldest first.' })
  auditTrail(@Root() request: PaymentRequest, @Args(() => PageArgs) page: PageArgs, @Ctx() { em }: SubgraphContext): Promise<Connection<AuditRecord>> {
    return paginate(em, AuditRecord, { paymentRequestId: request.id }, [{ field: 'sequence', direction: SortDirection.ASC }], page);
  }

  @FieldResolver(() => Boolean, { description: 'True when the request is unpaid after its due date (Thai time), expired requests included (ค้างชำระเกินกำหนด).' })
  overdue(@Root() request: PaymentRequest): boolean {
    return isOverdue(request.dueDate, request.status);
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'The operator who must pay (ผู้ประกอบการ); null for a fine on a respondent the registry does not know (payerName says who), or while the registry service is unreachable.' })
  operator(@Root() request: PaymentRequest): Operator | null {
    return request.operatorId ? operatorRef(request.operatorId) : null;
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
    @Ctx() { em, loaders, principal }: SubgraphContext,
  ): Promise<Connection<PaymentRequest>> {
    if (!UUID.test(operator.id)) return connectionFromRows([], 0, DEFAULT_SORT, async () => 0);
    return childConnection({
      em,
      loaders,
      entity: PaymentRequest,
      parentProperty: 'operatorId',
      parentId: operator.id,
      where: allOf(paymentRequestWhere({ ...filter, operatorId: undefined }) as Record<string, unknown>, areaCondition(principal)) as FilterQuery<PaymentRequest>,
      whereKey: JSON.stringify({ filter: filter ?? {}, area: principal.provinceCodes }),
      sort: DEFAULT_SORT,
      page,
    });
  }
}

/** Tells the bank about a new bill so its channels take ref1/ref2 for the amount; a failure is logged, not fatal (the slip still pays by QR and inquiry finds it). */
async function registerWithBank(request: PaymentRequest): Promise<void> {
  const adapter = bankAdapter();
  if (!adapter) return;
  try {
    await adapter.registerBill({ ref1: request.ref1, ref2: request.ref2, amountSatang: request.amountSatang, dueDate: request.dueDate, payerName: request.payerName });
  } catch (error) {
    log('payments', 'warn', 'bill registration with the bank failed', { requestNo: request.requestNo, error: String((error as Error).message ?? error) });
  }
}
