import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { allOf, connectionFromRows, PageArgs, paginate, SortDirection, UserError, userError, type Connection, type SubgraphContext } from '@metrograph/kit';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { PaymentAuditRecordConnection } from '../payment-request/payment-request.resolver.js';
import { bankAdapter } from '../bank/bank-link.js';
import { reconcileStatement } from '../bank/statement.js';
import { DiscrepancyKind } from '../bank/statement.service.js';
import { thaiDateString } from '../payment-request/payment-request.service.js';
import { PaymentStatus } from '../payment-request/payment-request.service.js';
import { ServiceType } from '../fee-rate/service-type.js';
import { audit, AuditAction } from '../audit/audit.js';
import { GeneratedFile } from '../pay-in/pay-in.resolver.js';
import {
  MAX_EXPORT_LINES, PeriodBasis, PeriodGranularity, ReconciliationDimension, reconciliationLines, reconciliationRows, type ReconciliationQuery,
} from './reconciliation.service.js';
import { linesCsv, reconciliationXlsx, summaryCsv } from './export.js';

registerEnumType(ReconciliationDimension, {
  name: 'PaymentReconciliationDimension',
  description: 'What the reconciliation report groups by.',
  valuesConfig: {
    OFFICE: { description: 'Issuing office (หน่วยงาน).' },
    PROVINCE: { description: 'Province the request counts under.' },
    SERVICE_TYPE: { description: 'Service type (ประเภทบริการ).' },
    FEE_CODE: { description: 'Revenue code (รหัสรายได้).' },
    STATUS: { description: 'Payment status.' },
    PERIOD: { description: 'Thai calendar period of the basis time (day, month or year).' },
  },
});
registerEnumType(PeriodGranularity, {
  name: 'PaymentPeriodGranularity',
  description: 'Length of a reporting period (Thai calendar).',
  valuesConfig: { DAY: { description: 'Calendar day, YYYY-MM-DD.' }, MONTH: { description: 'Calendar month, YYYY-MM.' }, YEAR: { description: 'Calendar year (Common era), YYYY.' } },
});
registerEnumType(PeriodBasis, {
  name: 'PaymentPeriodBasis',
  description: 'Which time places a request in a period.',
  valuesConfig: {
    ISSUED: { description: 'When the request was issued (what was billed).' },
    PAID: { description: 'When the bank received the payment (money received); unpaid requests are left out.' },
  },
});

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'PaymentReconciliationExportFormat',
  description: 'File format of a reconciliation export.',
  valuesConfig: { CSV: { description: 'Comma-separated text, UTF-8 with a byte-order mark (opens in Excel with Thai intact).' }, XLSX: { description: 'Excel workbook: a summary sheet and a per-request sheet.' } },
});

export enum ExportContent {
  SUMMARY = 'SUMMARY',
  REQUESTS = 'REQUESTS',
}
registerEnumType(ExportContent, {
  name: 'PaymentReconciliationExportContent',
  description: 'What a CSV export holds (an XLSX export holds both).',
  valuesConfig: { SUMMARY: { description: 'One line per group, with counts and amounts.' }, REQUESTS: { description: 'One line per payment request.' } },
});

@InputType('PaymentReconciliationFilter', { description: 'Which payment requests a reconciliation report covers; all given conditions must hold. Area scope applies on top.' })
export class ReconciliationFilter {
  @Field(() => Date, { nullable: true, description: 'Start of the period (inclusive), on the basis time.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'End of the period (inclusive), on the basis time.' })
  to?: Date;

  @Field(() => PeriodBasis, { defaultValue: PeriodBasis.ISSUED, description: 'Count requests when issued or when paid.' })
  basis!: PeriodBasis;

  @Field(() => PeriodGranularity, { defaultValue: PeriodGranularity.MONTH, description: 'Length of the PERIOD groups.' })
  granularity!: PeriodGranularity;

  @Field(() => [String], { nullable: true, description: 'Only these issuing offices.' })
  officeCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Only these provinces.' })
  provinceCodes?: string[];

  @Field(() => [ServiceType], { nullable: true, description: 'Only these services.' })
  serviceTypes?: ServiceType[];

  @Field(() => [String], { nullable: true, description: 'Only these revenue codes.' })
  feeCodes?: string[];

  @Field(() => [PaymentStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: PaymentStatus[];
}

@ObjectType('PaymentReconciliationRow', { description: 'Counts and amounts of one group of payment requests (or of all of them). Amounts in integer satang.' })
export class ReconciliationRowType {
  @Field(() => String, { nullable: true, description: 'Office of the group; null when not grouped by office.' })
  officeCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Province of the group; null when not grouped by province.' })
  provinceCode!: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'Service of the group; null when not grouped by service.' })
  serviceType!: string | null;

  @Field(() => String, { nullable: true, description: 'Revenue code of the group; null when not grouped by fee code.' })
  feeCode!: string | null;

  @Field(() => PaymentStatus, { nullable: true, description: 'Status of the group; null when not grouped by status.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Period of the group (YYYY, YYYY-MM or YYYY-MM-DD, Thai calendar); null when not grouped by period.' })
  period!: string | null;

  @Field(() => Int, { description: 'Requests in the group.' })
  requestCount!: number;

  @Field(() => Int, { description: 'Paid requests (refunded ones included) (ชำระแล้ว).' })
  paidCount!: number;

  @Field(() => Int, { description: 'Requests awaiting payment (ค้างชำระ).' })
  unpaidCount!: number;

  @Field(() => Int, { description: 'Requests awaiting payment after their due date.' })
  overdueCount!: number;

  @Field(() => Int, { description: 'Requests with a payment under review.' })
  underReviewCount!: number;

  @Field(() => Int, { description: 'Cancelled requests.' })
  cancelledCount!: number;

  @Field(() => Int, { description: 'Expired requests.' })
  expiredCount!: number;

  @Field(() => Int, { description: 'Requests refunded in part or in full.' })
  refundedCount!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of amounts billed.' })
  amountDueSatang!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of amounts the bank reported as paid.' })
  paidAmountSatang!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of approved refunds.' })
  refundedAmountSatang!: number;

  @Field(() => GraphQLSafeInt, { description: 'Paid less refunded.' })
  netReceivedSatang!: number;

  @Field(() => GraphQLSafeInt, { description: 'Sum of amounts still awaiting payment.' })
  outstandingSatang!: number;
}

@ObjectType('PaymentReconciliationReport', { description: 'Paid and unpaid payment requests by group, for reconciliation with the bank (004 §4.5.10 (6)).' })
export class ReconciliationReport {
  @Field(() => [ReconciliationDimension], { description: 'What the rows are grouped by.' })
  groupBy!: ReconciliationDimension[];

  @Field(() => [ReconciliationRowType], { description: 'One row per group, in group order.' })
  rows!: ReconciliationRowType[];

  @Field(() => ReconciliationRowType, { description: 'Totals over every row.' })
  total!: ReconciliationRowType;
}

@InputType('ExportPaymentReconciliationInput', { description: 'A reconciliation report to export as a file.' })
export class ExportReconciliationInput {
  @Field(() => ReconciliationFilter, { description: 'Which requests.' })
  filter!: ReconciliationFilter;

  @Field(() => [ReconciliationDimension], { defaultValue: [], description: 'Grouping of the summary.' })
  groupBy!: ReconciliationDimension[];

  @Field(() => ExportFormat, { description: 'CSV or XLSX.' })
  format!: ExportFormat;

  @Field(() => ExportContent, { defaultValue: ExportContent.SUMMARY, description: 'For CSV: the summary or the per-request listing.' })
  content!: ExportContent;
}

@ObjectType('ExportPaymentReconciliationPayload', { description: 'Result of exportPaymentReconciliation.' })
export class ExportReconciliationPayload {
  @Field(() => GeneratedFile, { nullable: true, description: 'The file; null when userErrors is not empty.' })
  file!: GeneratedFile | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix; empty on success.' })
  userErrors!: UserError[];
}

registerEnumType(DiscrepancyKind, {
  name: 'BankDiscrepancyKind',
  description: 'How the bank\'s statement and the recorded payments disagree.',
  valuesConfig: {
    NOT_RECORDED: { description: 'The bank holds a payment (not voided) that settles no payment request: unknown references, a second payment, a refused notification. Refund or assign it.' },
    NOT_AT_BANK: { description: 'A request is recorded as paid by a transaction the statement does not show, or shows voided.' },
    AMOUNT_DIFFERS: { description: 'The bank and the request disagree on the amount of the same transaction.' },
  },
});

@ObjectType({ description: 'One disagreement between the bank\'s statement and the recorded payments.' })
export class BankDiscrepancy {
  @Field(() => DiscrepancyKind, { description: 'What kind of disagreement.' })
  kind!: DiscrepancyKind;

  @Field(() => String, { description: 'Reference 1 involved.' })
  ref1!: string;

  @Field(() => String, { description: 'Reference 2 involved.' })
  ref2!: string;

  @Field(() => String, { description: 'The bank transaction involved.' })
  bankTransactionId!: string;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Amount on the statement, in integer satang; null when the statement does not show it.' })
  bankAmountSatang!: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Amount recorded on the request, in integer satang; null when no request records it.' })
  recordedAmountSatang!: number | null;

  @Field(() => ID, { nullable: true, description: 'The payment request involved, if any.' })
  paymentRequestId!: string | null;

  @Field(() => String, { description: 'The disagreement in words.' })
  detail!: string;
}

@ObjectType({ description: 'A day\'s payments compared with the bank\'s statement (discrepancy check).' })
export class BankPaymentsReconciliation {
  @Field(() => GraphQLLocalDate, { description: 'Thai calendar day of the statement.' })
  date!: string;

  @Field(() => Int, { description: 'Events on the statement (payments and voids).' })
  bankEventCount!: number;

  @Field(() => Int, { description: 'Payments on the statement that were not voided.' })
  bankPaymentCount!: number;

  @Field(() => GraphQLSafeInt, { description: 'Their sum, in integer satang.' })
  bankTotalSatang!: number;

  @Field(() => Int, { description: 'Requests recorded as paid that day.' })
  recordedCount!: number;

  @Field(() => GraphQLSafeInt, { description: 'Their recorded sum, in integer satang.' })
  recordedTotalSatang!: number;

  @Field(() => Int, { description: 'Transactions that agree on both sides.' })
  matchedCount!: number;

  @Field(() => Int, { description: 'Statement events the service had not heard of, recorded and applied now (callbacks and inquiries missed them).' })
  newlyRecordedCount!: number;

  @Field(() => [BankDiscrepancy], { description: 'Every disagreement; empty when the day reconciles.' })
  discrepancies!: BankDiscrepancy[];
}

@InputType({ description: 'Which day to reconcile with the bank.' })
export class ReconcileBankPaymentsInput {
  @Field(() => GraphQLLocalDate, { description: 'Thai calendar day of the statement (today or earlier).' })
  date!: string;
}

@ObjectType({ description: 'Result of reconcileBankPayments.' })
export class ReconcileBankPaymentsPayload {
  @Field(() => BankPaymentsReconciliation, { nullable: true, description: 'The comparison; null when userErrors is not empty.' })
  reconciliation!: BankPaymentsReconciliation | null;

  @Field(() => [UserError], { description: 'Problems the caller can fix; empty on success.' })
  userErrors!: UserError[];
}

function query(filter: ReconciliationFilter | undefined, areaProvinceCodes: string[] | null): ReconciliationQuery {
  return {
    from: filter?.from,
    to: filter?.to,
    basis: filter?.basis ?? PeriodBasis.ISSUED,
    granularity: filter?.granularity ?? PeriodGranularity.MONTH,
    officeCodes: filter?.officeCodes,
    provinceCodes: filter?.provinceCodes,
    serviceTypes: filter?.serviceTypes,
    feeCodes: filter?.feeCodes,
    statuses: filter?.statuses,
    areaProvinceCodes,
  };
}

@Resolver()
export class ReconciliationResolver {
  @Query(() => ReconciliationReport, { description: 'Paid and unpaid payment requests grouped by office, province, service, fee code, status and period, with totals (004 §4.5.10 (6)); within your area.' })
  async paymentReconciliation(
    @Arg('filter', () => ReconciliationFilter, { nullable: true, description: 'Which requests.' }) filter: ReconciliationFilter | undefined,
    @Arg('groupBy', () => [ReconciliationDimension], { defaultValue: [], description: 'Grouping, most significant first; empty for totals only.' }) groupBy: ReconciliationDimension[],
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<ReconciliationReport> {
    const q = query(filter, principal.provinceCodes);
    const [rows, [total]] = await Promise.all([groupBy.length ? reconciliationRows(em, q, groupBy) : Promise.resolve([]), reconciliationRows(em.fork(), q, [])]);
    return { groupBy, rows: rows as ReconciliationRowType[], total: total as ReconciliationRowType };
  }

  @Mutation(() => ReconcileBankPaymentsPayload, { description: 'Fetches the bank\'s statement of a day, records what callbacks and inquiries missed, and lists every discrepancy with the recorded payments; kept in the audit trail. The scheduled job does this for yesterday. HQ only.' })
  async reconcileBankPayments(
    @Arg('input', () => ReconcileBankPaymentsInput, { description: 'The day.' }) input: ReconcileBankPaymentsInput,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<ReconcileBankPaymentsPayload> {
    if (principal.provinceCodes !== null) throw new GraphQLError('Forbidden: bank reconciliation covers every office; only HQ officials may run it', { extensions: { code: 'FORBIDDEN', function: 'payments' } });
    if (input.date > thaiDateString(new Date())) return { reconciliation: null, userErrors: [userError(['input', 'date'], 'OUT_OF_RANGE', 'the bank has no statement for a future day')] };
    const adapter = bankAdapter();
    if (!adapter) return { reconciliation: null, userErrors: [userError(['input'], 'BANK_LINK_NOT_CONFIGURED', 'the bank link is not configured on this server')] };
    try {
      return { reconciliation: await reconcileStatement(em, adapter, input.date, principal), userErrors: [] };
    } catch (error) {
      return { reconciliation: null, userErrors: [userError(['input'], 'BANK_UNAVAILABLE', `the bank could not be asked: ${(error as Error).message}`)] };
    }
  }

  @Query(() => PaymentAuditRecordConnection, { description: 'The payments audit trail across requests (004 §4.5.10 (8)), newest first: fee rates set, exports, statement reconciliations, and everything done to requests. HQ only; a request\'s own trail is PaymentRequest.auditTrail.' })
  paymentAuditRecords(
    @Arg('actions', () => [AuditAction], { nullable: true, description: 'Only these actions.' }) actions: AuditAction[] | undefined,
    @Arg('from', () => Date, { nullable: true, description: 'Only entries at or after this instant.' }) from: Date | undefined,
    @Arg('to', () => Date, { nullable: true, description: 'Only entries at or before this instant.' }) to: Date | undefined,
    @Arg('actorName', () => String, { nullable: true, description: 'Only entries by this actor (exact name).' }) actorName: string | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<Connection<AuditRecord>> {
    if (principal.provinceCodes !== null) return Promise.resolve(connectionFromRows([], 0, [], async () => 0));
    const where = allOf(
      actions?.length ? { action: { $in: actions } } : null,
      from ? { at: { $gte: from } } : null,
      to ? { at: { $lte: to } } : null,
      actorName ? { actorName } : null,
    ) as FilterQuery<AuditRecord>;
    return paginate(em, AuditRecord, where, [{ field: 'sequence', direction: SortDirection.DESC }], page);
  }

  @Mutation(() => ExportReconciliationPayload, { description: 'Exports a reconciliation report as CSV or XLSX for the finance office; the export is audited.' })
  async exportPaymentReconciliation(
    @Arg('input', () => ExportReconciliationInput, { description: 'What to export, and how.' }) input: ExportReconciliationInput,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<ExportReconciliationPayload> {
    if (input.filter.from && input.filter.to && input.filter.from > input.filter.to) {
      return { file: null, userErrors: [userError(['input', 'filter', 'to'], 'OUT_OF_RANGE', 'must not be before from')] };
    }
    const q = query(input.filter, principal.provinceCodes);
    const stamp = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16).replace(/[-:T]/g, '');
    let file: GeneratedFile;
    if (input.format === ExportFormat.CSV) {
      const text = input.content === ExportContent.REQUESTS ? linesCsv(await reconciliationLines(em, q)) : summaryCsv(input.groupBy, await reconciliationRows(em, q, input.groupBy));
      const bytes = Buffer.from(text, 'utf8');
      file = { fileName: `payments-${input.content.toLowerCase()}-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', byteLength: bytes.length, contentBase64: bytes.toString('base64') };
    } else {
      const [rows, lines] = await Promise.all([reconciliationRows(em, q, input.groupBy), reconciliationLines(em.fork(), q)]);
      const bytes = await reconciliationXlsx(input.groupBy, rows, lines, `รายงานกระทบยอดการรับชำระค่าธรรมเนียม (${stamp})`);
      file = { fileName: `payments-reconciliation-${stamp}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', byteLength: bytes.length, contentBase64: bytes.toString('base64') };
    }
    const tx = em.fork();
    audit(tx, principal, AuditAction.REPORT_EXPORTED, null, { detail: { format: input.format, content: input.content, groupBy: input.groupBy, filter: JSON.parse(JSON.stringify(input.filter)), byteLength: file.byteLength, maxLines: MAX_EXPORT_LINES } });
    await tx.flush();
    return { file, userErrors: [] };
  }
}
