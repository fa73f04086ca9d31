import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import {
  allOf, badInput, ConnectionType, PageArgs, paginate, SortDirection, UserError, userError, type Connection, type SubgraphContext,
} from '@metrograph/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { FeeRate } from './fee-rate.entity.js';
import { ServiceType } from './service-type.js';
import { planNewRate, rateOn } from './fee-rate.service.js';
import { audit, AuditAction } from '../audit/audit.js';
import { thaiDateString } from '../payment-request/payment-request.service.js';

@ObjectType({ description: 'A page of fee rates.' })
export class FeeRateConnection extends ConnectionType(FeeRate, 'FeeRate') {}

@InputType({ description: 'Which fee rates to list; all given conditions must hold.' })
export class FeeRateFilter {
  @Field(() => [String], { nullable: true, description: 'Only these revenue codes.' })
  feeCodes?: string[];

  @Field(() => [ServiceType], { nullable: true, description: 'Only fees for these services.' })
  serviceTypes?: ServiceType[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only rates in force on this Thai calendar day (the fee schedule of that day).' })
  effectiveOn?: string;
}

@InputType({ description: 'A new rate for a revenue code from a day on; the rate in force before it ends the day before.' })
export class SetFeeRateInput {
  @Field(() => String, { description: 'Revenue code (รหัสรายได้): 3 to 20 letters A-Z, digits and dashes, e.g. WM-VER-01.' })
  feeCode!: string;

  @Field(() => ServiceType, { description: 'Service the fee is charged for.' })
  serviceType!: ServiceType;

  @Field(() => String, { description: 'Name in Thai as printed on the pay-in.' })
  nameTh!: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string;

  @Field(() => Int, { description: 'Fee per unit in integer satang (the usual amount when the amount is variable).' })
  amountSatang!: number;

  @Field(() => Boolean, { defaultValue: false, description: 'True when each request states its own amount (fines).' })
  variableAmount!: boolean;

  @Field(() => GraphQLLocalDate, { description: 'First Thai calendar day the rate applies; after the start of every existing rate of the code.' })
  effectiveFrom!: string;
}

@ObjectType({ description: 'Result of setFeeRate.' })
export class SetFeeRatePayload {
  @Field(() => FeeRate, { nullable: true, description: 'The new rate; null when userErrors is not empty.' })
  feeRate!: FeeRate | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'One fee to quote: a revenue code and how many units.' })
export class FeeQuoteItemInput {
  @Field(() => String, { description: 'Revenue code (รหัสรายได้).' })
  feeCode!: string;

  @Field(() => Int, { defaultValue: 1, description: 'Number of units (e.g. instruments), 1 to 10000.' })
  quantity!: number;
}

@ObjectType({ description: 'One line of a fee quote.' })
export class FeeQuoteLine {
  @Field(() => String, { description: 'Revenue code.' })
  feeCode!: string;

  @Field(() => String, { description: 'Name of the fee in Thai.' })
  nameTh!: string;

  @Field(() => ServiceType, { description: 'Service the fee is charged for.' })
  serviceType!: ServiceType;

  @Field(() => GraphQLSafeInt, { description: 'Fee per unit from the schedule, in integer satang.' })
  unitAmountSatang!: number;

  @Field(() => Int, { description: 'Number of units.' })
  quantity!: number;

  @Field(() => GraphQLSafeInt, { description: 'Unit fee times quantity, in integer satang.' })
  amountSatang!: number;
}

@ObjectType({ description: 'What a set of services costs on a day, from the fee schedule (004 §4.5.13 operator side (4)).' })
export class FeeQuote {
  @Field(() => GraphQLLocalDate, { description: 'Thai calendar day whose rates were used.' })
  on!: string;

  @Field(() => [FeeQuoteLine], { description: 'One line per requested fee, in the order asked.' })
  lines!: FeeQuoteLine[];

  @Field(() => GraphQLSafeInt, { description: 'Sum of the lines, in integer satang.' })
  totalSatang!: number;
}

export function feeRateWhere(filter: FeeRateFilter | undefined): FilterQuery<FeeRate> {
  const on = filter?.effectiveOn;
  return allOf(
    filter?.feeCodes?.length ? { feeCode: { $in: filter.feeCodes } } : null,
    filter?.serviceTypes?.length ? { serviceType: { $in: filter.serviceTypes } } : null,
    on ? { effectiveFrom: { $lte: on }, $or: [{ effectiveTo: null }, { effectiveTo: { $gte: on } }] } : null,
  ) as FilterQuery<FeeRate>;
}

@Resolver(() => FeeRate)
export class FeeRateResolver {
  @Query(() => FeeRateConnection, { description: 'The fee schedule (อัตราค่าธรรมเนียม): rates per revenue code and period, by code then newest first.' })
  feeRates(
    @Arg('filter', () => FeeRateFilter, { nullable: true, description: 'Conditions the rates must meet.' }) filter: FeeRateFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: SubgraphContext,
  ): Promise<Connection<FeeRate>> {
    return paginate(em, FeeRate, feeRateWhere(filter), [{ field: 'feeCode', direction: SortDirection.ASC }, { field: 'effectiveFrom', direction: SortDirection.DESC }], page);
  }

  @Query(() => FeeQuote, { description: 'Computes fees from the schedule in force on a day (default today, Thai time) without issuing anything: what the operator will be asked to pay.' })
  async feeQuote(
    @Arg('items', () => [FeeQuoteItemInput], { description: 'Fees and quantities, 1 to 50 items.' }) items: FeeQuoteItemInput[],
    @Arg('on', () => GraphQLLocalDate, { nullable: true, description: 'Thai calendar day of the rates; default today.' }) on: string | undefined,
    @Ctx() { em }: SubgraphContext,
  ): Promise<FeeQuote> {
    if (items.length === 0 || items.length > 50) throw badInput('items', 'give 1 to 50 items');
    const day = on ?? thaiDateString(new Date());
    const rates = await em.find(FeeRate, { feeCode: { $in: [...new Set(items.map((i) => i.feeCode))] } });
    const lines = items.map((item, index) => {
      if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > 10_000) throw badInput(`items.${index}.quantity`, 'must be 1 to 10000');
      const rate = rateOn(rates.filter((r) => r.feeCode === item.feeCode), day);
      if (!rate) throw badInput(`items.${index}.feeCode`, `no rate for ${item.feeCode} is in force on ${day}`);
      if (rate.variableAmount) throw badInput(`items.${index}.feeCode`, `${item.feeCode} has no fixed amount`);
      return { feeCode: rate.feeCode, nameTh: rate.nameTh, serviceType: rate.serviceType, unitAmountSatang: rate.amountSatang, quantity: item.quantity, amountSatang: rate.amountSatang * item.quantity };
    });
    return { on: day, lines, totalSatang: lines.reduce((sum, l) => sum + l.amountSatang, 0) };
  }

  @Mutation(() => SetFeeRatePayload, { description: 'Sets the fee of a revenue code from a day on (004 §4.5.10 (7)); requests already issued keep their amount.' })
  async setFeeRate(@Arg('input', () => SetFeeRateInput, { description: 'The new rate.' }) input: SetFeeRateInput, @Ctx() { em, principal }: SubgraphContext): Promise<SetFeeRatePayload> {
    // The schedule is national: only callers who see every province (HQ) may change it.
    if (principal.provinceCodes !== null) {
      throw new GraphQLError('Forbidden: the fee schedule is national; only HQ officials may change it', { extensions: { code: 'FORBIDDEN', function: 'payments' } });
    }
    const errors: UserError[] = [];
    const feeCode = input.feeCode.trim().toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9-]{2,19}$/.test(feeCode)) errors.push(userError(['input', 'feeCode'], 'INVALID_FORMAT', 'must be 3 to 20 letters A-Z, digits and dashes'));
    if (!input.nameTh.trim() || input.nameTh.length > 300) errors.push(userError(['input', 'nameTh'], 'REQUIRED', 'must be 1 to 300 characters'));
    if (!Number.isSafeInteger(input.amountSatang) || input.amountSatang < 0 || (input.amountSatang === 0 && !input.variableAmount)) {
      errors.push(userError(['input', 'amountSatang'], 'OUT_OF_RANGE', 'must be a positive whole number of satang'));
    }
    if (errors.length > 0) return { feeRate: null, userErrors: errors };
    return em.transactional(async (tx) => {
      await tx.getConnection().execute(`select pg_advisory_xact_lock(hashtext(?))`, [`fee_rate:${feeCode}`], 'all', tx.getTransactionContext());
      const existing = await tx.find(FeeRate, { feeCode });
      const plan = planNewRate(existing, input.effectiveFrom);
      if (!plan.ok) return { feeRate: null, userErrors: [userError(['input', 'effectiveFrom'], plan.code, plan.message)] };
      for (const close of plan.close) {
        const rate = existing.find((r) => r.id === close.id)!;
        rate.effectiveTo = close.effectiveTo;
      }
      const rate = tx.create(FeeRate, {
        id: randomUUID(),
        feeCode,
        serviceType: input.serviceType,
        nameTh: input.nameTh.trim(),
        nameEn: input.nameEn?.trim() || null,
        amountSatang: input.amountSatang,
        variableAmount: input.variableAmount,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: null,
        createdBy: principal.name,
        createdAt: new Date(),
      });
      tx.persist(rate);
      audit(tx, principal, AuditAction.FEE_RATE_SET, null, {
        detail: { feeRateId: rate.id, feeCode, amountSatang: rate.amountSatang, effectiveFrom: rate.effectiveFrom, closed: plan.close, today: thaiDateString(new Date()) },
      });
      return { feeRate: rate, userErrors: [] };
    });
  }
}
