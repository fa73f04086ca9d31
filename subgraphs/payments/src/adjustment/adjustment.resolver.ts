import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { ConnectionType, PageArgs, paginate, SortDirection, UserError, userError, type Connection, type SubgraphContext } from '@metrograph/kit';
import { AdjustmentKind, AdjustmentStatus, PaymentAdjustment } from './adjustment.entity.js';
import { checkAdjustment, refundTrigger, sameActor } from './adjustment.service.js';
import { PaymentRequest, PaymentSourceType } from '../payment-request/payment-request.entity.js';
import { PaymentTrigger } from '../payment-request/payment-status.js';
import { changeStatus, createPaymentRequest } from '../payment-request/payment-request.ops.js';
import { visibleRequest } from '../payment-request/payment-request.resolver.js';
import { audit, AuditAction } from '../audit/audit.js';
import { UUID } from '../payment-request/payment-request.reference.js';

@ObjectType({ description: 'A page of payment adjustments.' })
export class PaymentAdjustmentConnection extends ConnectionType(PaymentAdjustment, 'PaymentAdjustment') {}

@InputType('PaymentAdjustmentDocumentInput', { description: 'A supporting document of an adjustment.' })
export class AdjustmentDocumentInput {
  @Field(() => String, { description: 'File name or title (1 to 200 characters).' })
  name!: string;

  @Field(() => String, { description: 'Where the file is kept: an http(s) URL of the document store.' })
  url!: string;
}

@InputType({ description: 'Ask for a refund, cancellation or extra charge; it takes effect when another official approves it.' })
export class RequestPaymentAdjustmentInput {
  @Field(() => ID, { description: 'The payment request concerned.' })
  paymentRequestId!: string;

  @Field(() => AdjustmentKind, { description: 'Refund, cancellation or extra charge.' })
  kind!: AdjustmentKind;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Amount in integer satang: to refund (at most what was paid and not refunded) or to charge extra; leave out for a cancellation.' })
  amountSatang?: number;

  @Field(() => String, { description: 'Why (เหตุผล), 1 to 2000 characters.' })
  reason!: string;

  @Field(() => [AdjustmentDocumentInput], { defaultValue: [], description: 'Supporting documents (เอกสารประกอบ); at least one for a refund or an extra charge.' })
  documents!: AdjustmentDocumentInput[];
}

@InputType({ description: 'Approve or reject a waiting adjustment.' })
export class DecidePaymentAdjustmentInput {
  @Field(() => ID, { description: 'The adjustment.' })
  adjustmentId!: string;

  @Field(() => Boolean, { description: 'True to approve (and carry it out), false to reject.' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'The approver\'s note; required to reject.' })
  note?: string;
}

@ObjectType({ description: 'An adjustment after a change, with its payment request, or what prevented the change.' })
export class PaymentAdjustmentPayload {
  @Field(() => PaymentAdjustment, { nullable: true, description: 'The adjustment; null when nothing was recorded.' })
  adjustment!: PaymentAdjustment | null;

  @Field(() => PaymentRequest, { nullable: true, description: 'The payment request concerned, as it is now.' })
  paymentRequest!: PaymentRequest | null;

  @Field(() => PaymentRequest, { nullable: true, description: 'For an approved extra charge: the new payment request issued for it.' })
  extraChargeRequest!: PaymentRequest | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix; empty on success.' })
  userErrors!: UserError[];
}

const fail = (field: string, code: string, message: string, extra: Partial<PaymentAdjustmentPayload> = {}): PaymentAdjustmentPayload => ({
  adjustment: null, paymentRequest: null, extraChargeRequest: null, userErrors: [userError(['input', field], code, message)], ...extra,
});

async function pendingRefunds(em: SubgraphContext['em'], paymentRequestId: string, except?: string): Promise<number> {
  const waiting = await em.find(PaymentAdjustment, { paymentRequestId, kind: AdjustmentKind.REFUND, status: AdjustmentStatus.REQUESTED });
  return waiting.filter((a) => a.id !== except).reduce((sum, a) => sum + (a.amountSatang ?? 0), 0);
}

@Resolver(() => PaymentAdjustment)
export class AdjustmentResolver {
  @Query(() => PaymentAdjustmentConnection, { description: 'Refunds, cancellations and extra charges, newest first (e.g. those waiting for approval), within your area.' })
  paymentAdjustments(
    @Arg('statuses', () => [AdjustmentStatus], { nullable: true, description: 'Only adjustments with these statuses.' }) statuses: AdjustmentStatus[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<PaymentAdjustment>> {
    const where: Record<string, unknown> = statuses?.length ? { status: { $in: statuses } } : {};
    if (principal.provinceCodes !== null) {
      where.paymentRequestId = { $in: em.createQueryBuilder(PaymentRequest, 'p').select('p.id').where({ provinceCode: { $in: principal.provinceCodes } }).getKnexQuery() };
    }
    return paginate(em, PaymentAdjustment, where as FilterQuery<PaymentAdjustment>, [{ field: 'requestedAt', direction: SortDirection.DESC }], page);
  }

  @FieldResolver(() => PaymentRequest, { nullable: true, description: 'The payment request concerned.' })
  paymentRequest(@Root() adjustment: PaymentAdjustment, @Ctx() ctx: SubgraphContext): Promise<PaymentRequest | null> {
    return visibleRequest(ctx, adjustment.paymentRequestId);
  }

  @Mutation(() => PaymentAdjustmentPayload, { description: 'Asks for a refund, cancellation or extra charge with a reason and documents (004 §4.5.13 operator side (10)); nothing changes until another official approves it.' })
  async requestPaymentAdjustment(
    @Arg('input', () => RequestPaymentAdjustmentInput, { description: 'What is asked, and why.' }) input: RequestPaymentAdjustmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentAdjustmentPayload> {
    const reason = input.reason.trim();
    if (!reason || reason.length > 2000) return fail('reason', 'REQUIRED', 'give a reason of 1 to 2000 characters');
    for (const [i, doc] of input.documents.entries()) {
      if (!doc.name.trim() || doc.name.length > 200) return fail(`documents.${i}.name`, 'REQUIRED', 'name the document (1 to 200 characters)');
      if (!/^https?:\/\/\S+$/.test(doc.url) || doc.url.length > 1000) return fail(`documents.${i}.url`, 'INVALID_FORMAT', 'must be an http(s) URL');
    }
    if (input.kind !== AdjustmentKind.CANCELLATION && input.documents.length === 0) return fail('documents', 'REQUIRED', 'attach at least one supporting document');
    return ctx.em.transactional(async (tx) => {
      const request = await visibleRequest({ ...ctx, em: tx }, input.paymentRequestId, true);
      if (!request) return fail('paymentRequestId', 'NOT_FOUND', `no payment request ${input.paymentRequestId} in your area`);
      const check = checkAdjustment(input.kind, request, input.amountSatang, await pendingRefunds(tx, request.id));
      if (!check.ok) return fail(check.field, check.code, check.message, { paymentRequest: request });
      if (input.kind === AdjustmentKind.CANCELLATION && (await tx.count(PaymentAdjustment, { paymentRequestId: request.id, kind: AdjustmentKind.CANCELLATION, status: AdjustmentStatus.REQUESTED })) > 0) {
        return fail('paymentRequestId', 'ALREADY_REQUESTED', 'a cancellation of this request is already waiting for approval', { paymentRequest: request });
      }
      const adjustment = tx.create(PaymentAdjustment, {
        id: randomUUID(),
        paymentRequestId: request.id,
        kind: input.kind,
        status: AdjustmentStatus.REQUESTED,
        amountSatang: input.amountSatang ?? null,
        reason,
        documents: input.documents.map((d) => ({ name: d.name.trim(), url: d.url })),
        requestedBy: ctx.principal.name,
        requestedById: ctx.principal.id,
        requestedAt: new Date(),
      });
      tx.persist(adjustment);
      audit(tx, ctx.principal, AuditAction.ADJUSTMENT_REQUESTED, request, { detail: { adjustmentId: adjustment.id, kind: adjustment.kind, amountSatang: adjustment.amountSatang, reason, documents: adjustment.documents.length } });
      return { adjustment, paymentRequest: request, extraChargeRequest: null, userErrors: [] };
    });
  }

  @Mutation(() => PaymentAdjustmentPayload, { description: 'Approves (and carries out) or rejects a waiting adjustment. The approver must not be the requester. A refund is checked again against what was paid.' })
  async decidePaymentAdjustment(
    @Arg('input', () => DecidePaymentAdjustmentInput, { description: 'The adjustment and the decision.' }) input: DecidePaymentAdjustmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentAdjustmentPayload> {
    if (!UUID.test(input.adjustmentId)) return fail('adjustmentId', 'NOT_FOUND', 'no such adjustment');
    const note = input.note?.trim() || null;
    if (!input.approve && !note) return fail('note', 'REQUIRED', 'say why the adjustment is rejected');
    return ctx.em.transactional(async (tx) => {
      const adjustment = await tx.findOne(PaymentAdjustment, { id: input.adjustmentId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const request = adjustment ? await visibleRequest({ ...ctx, em: tx }, adjustment.paymentRequestId, true) : null;
      if (!adjustment || !request) return fail('adjustmentId', 'NOT_FOUND', 'no such adjustment in your area');
      if (adjustment.status !== AdjustmentStatus.REQUESTED) return fail('adjustmentId', 'ALREADY_DECIDED', `the adjustment was ${adjustment.status} already`, { adjustment, paymentRequest: request });
      if (sameActor(adjustment.requestedById, ctx.principal.id)) return fail('adjustmentId', 'SAME_PERSON', 'another official must approve what you requested', { adjustment, paymentRequest: request });
      let extraChargeRequest: PaymentRequest | null = null;
      if (input.approve) {
        const check = checkAdjustment(adjustment.kind, request, adjustment.amountSatang, await pendingRefunds(tx, request.id, adjustment.id));
        if (!check.ok) return fail(check.field === 'paymentRequestId' ? 'adjustmentId' : check.field, check.code, check.message, { adjustment, paymentRequest: request });
        const detail = { adjustmentId: adjustment.id, reason: adjustment.reason, note };
        if (adjustment.kind === AdjustmentKind.CANCELLATION) {
          changeStatus(tx, request, PaymentTrigger.CANCELLED, ctx.principal, detail);
        } else if (adjustment.kind === AdjustmentKind.REFUND) {
          const trigger = refundTrigger(request, adjustment.amountSatang!);
          request.refundedAmountSatang += adjustment.amountSatang!;
          changeStatus(tx, request, trigger, ctx.principal, { ...detail, refundedSatang: adjustment.amountSatang });
        } else {
          const created = await createPaymentRequest(tx, ctx.principal, {
            operatorId: request.operatorId ?? null,
            officeCode: request.officeCode,
            provinceCode: request.provinceCode,
            feeCode: request.feeCode,
            sourceType: PaymentSourceType.EXTRA_CHARGE,
            sourceId: request.id,
            payerName: request.payerName,
            payerTaxId: request.payerTaxId,
            idempotencyKey: `adjustment:${adjustment.id}`,
            explicit: { amountSatang: adjustment.amountSatang!, feeName: `เรียกเก็บเพิ่ม: ${request.feeName}`.slice(0, 300), serviceType: request.serviceType },
          });
          if (!created.request) return { adjustment, paymentRequest: request, extraChargeRequest: null, userErrors: created.errors };
          extraChargeRequest = created.request;
          adjustment.resultPaymentRequestId = created.request.id;
        }
      }
      adjustment.status = input.approve ? AdjustmentStatus.APPROVED : AdjustmentStatus.REJECTED;
      adjustment.decidedBy = ctx.principal.name;
      adjustment.decidedAt = new Date();
      adjustment.decisionNote = note;
      audit(tx, ctx.principal, AuditAction.ADJUSTMENT_DECIDED, request, {
        detail: { adjustmentId: adjustment.id, kind: adjustment.kind, decision: adjustment.status, amountSatang: adjustment.amountSatang, note, extraChargeRequestId: extraChargeRequest?.id ?? null },
      });
      return { adjustment, paymentRequest: request, extraChargeRequest, userErrors: [] };
    });
  }
}

@Resolver(() => PaymentRequest)
export class PaymentRequestAdjustmentsResolver {
  @FieldResolver(() => [PaymentAdjustment], { description: 'Refunds, cancellations and extra charges asked for on this request, oldest first (a handful at most).' })
  adjustments(@Root() request: PaymentRequest, @Ctx() { em, loaders }: SubgraphContext): Promise<PaymentAdjustment[]> {
    return loaders
      .get<string, PaymentAdjustment[]>('adjustmentsByRequest', async (ids) => {
        const rows = await em.find(PaymentAdjustment, { paymentRequestId: { $in: [...ids] } }, { orderBy: { requestedAt: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.paymentRequestId === id));
      })
      .load(request.id);
  }
}

