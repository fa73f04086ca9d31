import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ConnectionType, PageArgs, SortDirection, sortKeys, type Connection, type SubgraphContext } from '@metrograph/kit';
import { ComplaintReportKind, complaintReport, type ReportPeriod } from './report.service.js';
import {
  CONTENT_TYPES, ExportDownload, ExportFormat, exportFileName, listDownloads, recordDownload, renderCsv, renderPdf, type ReportTable,
} from '../export/index.js';
import { ComplaintFilter, ComplaintOrder } from '../complaint/complaint.input.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { complaintConditions } from '../complaint/complaint.resolver.js';

registerEnumType(ComplaintReportKind, {
  name: 'ComplaintReportKind',
  description: 'Summary reports of 004 §4.5.1 (17).',
  valuesConfig: {
    CASES_BY_OFFENCE: { description: 'Cases by offence basis with outcomes.' },
    CLOSURE_BY_PROVINCE: { description: 'Complaints received and closed, closure rate and average days to close, by province.' },
    FINES_BY_AREA: { description: 'Settlement fines by province and offence basis.' },
    STATUS_SUMMARY: { description: 'Open and closed complaints by status.' },
  },
});
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File format of an export.',
  valuesConfig: { CSV: { description: 'CSV, UTF-8 with BOM (opens in Excel with Thai intact).' }, PDF: { description: 'PDF, A4 landscape, Thai, watermarked.' } },
});

@InputType({ description: 'Period and area of a summary report; your own area always applies too.' })
export class ReportPeriodInput {
  @Field(() => Date, { nullable: true, description: 'From (inclusive).' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'To (exclusive).' })
  to?: Date;

  @Field(() => [ID], { nullable: true, description: 'Only these provinces.' })
  provinceCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only these offices.' })
  officeCodes?: string[];
}

@ObjectType({ description: 'One column of a report.' })
export class ReportColumnInfo {
  @Field(() => String, { description: 'Key of the column in each row.' })
  key!: string;

  @Field(() => String, { description: 'Heading (Thai).' })
  header!: string;

  @Field(() => String, { description: 'How values are written: text, number, satang, date, datetime or percent.' })
  format!: string;
}

@ObjectType({ description: 'A summary report as data, for screens and charts.' })
export class ComplaintReport {
  @Field(() => String, { description: 'Title (Thai).' })
  title!: string;

  @Field(() => [ReportColumnInfo], { description: 'Columns in order.' })
  columns!: ReportColumnInfo[];

  @Field(() => [GraphQLJSONObject], { description: 'Rows, keyed by column key.' })
  rows!: Record<string, unknown>[];

  @Field(() => GraphQLJSONObject, { description: 'Totals, keyed by column key.' })
  totals!: Record<string, unknown>;
}

@ObjectType({ description: 'An exported file: its document reference number (recorded in the download log) and content.' })
export class ExportFile {
  @Field(() => String, { description: 'Document reference number printed in the file, e.g. EXP-2569-000123.' })
  referenceNo!: string;

  @Field(() => String, { description: 'Suggested file name.' })
  fileName!: string;

  @Field(() => String, { description: 'MIME type.' })
  contentType!: string;

  @Field(() => Int, { description: 'Rows in the file (without totals).' })
  rowCount!: number;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  contentBase64!: string;
}

@InputType({ description: 'Export a complaint search result (004 §4.5.1 (13)).' })
export class ExportComplaintsInput {
  @Field(() => ComplaintFilter, { nullable: true, description: 'The search.' })
  filter?: ComplaintFilter;

  @Field(() => [ComplaintOrder], { nullable: true, description: 'Sort keys.' })
  orderBy?: ComplaintOrder[];

  @Field(() => ExportFormat, { description: 'CSV or PDF.' })
  format!: ExportFormat;

  @Field(() => Int, { defaultValue: 1000, description: 'At most this many rows (at most 5000; PDF at most 2000).' })
  limit!: number;
}

@InputType({ description: 'Export a summary report (004 §4.5.1 (17)).' })
export class ExportReportInput {
  @Field(() => ComplaintReportKind, { description: 'Which report.' })
  kind!: ComplaintReportKind;

  @Field(() => ReportPeriodInput, { nullable: true, description: 'Period and area.' })
  period?: ReportPeriodInput;

  @Field(() => ExportFormat, { description: 'CSV or PDF.' })
  format!: ExportFormat;
}

@ObjectType({ description: 'A recorded download of an export: who, when, which report.' })
export class ExportDownloadRecord {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Document reference number.' })
  referenceNo!: string;

  @Field(() => String, { description: 'Report code.' })
  report!: string;

  @Field(() => String, { description: 'CSV or PDF.' })
  format!: string;

  @Field(() => Int, { description: 'Rows exported.' })
  rowCount!: number;

  @Field(() => String, { description: 'Who downloaded it.' })
  actorName!: string;

  @Field(() => String, { nullable: true, description: 'Their office.' })
  officeCode?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Filters it ran with.' })
  filters!: Record<string, unknown>;

  @Field(() => Date, { description: 'When.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of recorded downloads.' })
export class ExportDownloadConnection extends ConnectionType(ExportDownloadRecord, 'ExportDownloadRecord') {}

function describeFilter(filter: object | undefined): { label: string; value: string }[] {
  return Object.entries(filter ?? {})
    .filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0))
    .map(([label, v]) => ({ label, value: v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join(', ') : String(v) }));
}

async function deliver(ctx: SubgraphContext, report: string, filters: object, format: ExportFormat, table: Omit<ReportTable, 'referenceNo' | 'generatedAt' | 'generatedBy' | 'watermark'>): Promise<ExportFile> {
  const now = new Date();
  const referenceNo = await recordDownload(ctx.em.fork(), { report, format, filters, rowCount: table.rows.length, principal: ctx.principal, now });
  const full: ReportTable = { ...table, referenceNo, generatedAt: now, generatedBy: ctx.principal.name, watermark: `ใช้ภายในราชการ — ${ctx.principal.name}` };
  const content = format === ExportFormat.PDF ? await renderPdf(full) : renderCsv(full);
  const ext = format === ExportFormat.PDF ? 'pdf' : 'csv';
  return { referenceNo, fileName: exportFileName(referenceNo, report, ext), contentType: CONTENT_TYPES[ext], rowCount: table.rows.length, contentBase64: content.toString('base64') };
}

@Resolver()
export class ReportResolver {
  @Query(() => ComplaintReport, { description: 'A summary report of complaints and cases in your area (004 §4.5.1 (17)).' })
  async complaintReport(
    @Arg('kind', () => ComplaintReportKind, { description: 'Which report.' }) kind: ComplaintReportKind,
    @Arg('period', () => ReportPeriodInput, { nullable: true, description: 'Period and area.' }) period: ReportPeriodInput | undefined,
    @Ctx() { em, principal }: SubgraphContext,
  ): Promise<ComplaintReport> {
    const data = await complaintReport(em, kind, (period ?? {}) as ReportPeriod, principal);
    return { title: data.title, columns: data.columns.map((c) => ({ key: c.key, header: c.header, format: c.format ?? 'text' })), rows: data.rows, totals: data.totals };
  }

  @Mutation(() => ExportFile, { description: 'Exports a complaint search (in your area) as CSV or PDF with a reference number and watermark; the download is recorded.' })
  async exportComplaints(@Arg('input', () => ExportComplaintsInput, { description: 'What to export.' }) input: ExportComplaintsInput, @Ctx() ctx: SubgraphContext): Promise<ExportFile> {
    const limit = Math.min(Math.max(1, input.limit), input.format === ExportFormat.PDF ? 2000 : 5000);
    const where = await complaintConditions(ctx.em, input.filter, ctx.principal);
    const order = sortKeys(input.orderBy, [{ field: 'receivedAt', direction: SortDirection.DESC }]).map((k) => ({ [k.field]: k.direction.toLowerCase() }));
    const rows = await ctx.em.find(Complaint, where, { orderBy: order as never, limit, populate: ['offenceBasis'] as never });
    return deliver(ctx, 'complaint-search', { filter: input.filter ?? {}, orderBy: input.orderBy ?? [] }, input.format, {
      title: 'ผลการค้นหาเรื่องร้องเรียน',
      titleEn: 'Complaint search result',
      filters: describeFilter(input.filter),
      columns: [
        { key: 'referenceNo', header: 'เลขที่เรื่อง', width: 1.6 },
        { key: 'receivedAt', header: 'วันที่รับเรื่อง', format: 'datetime', width: 1.6 },
        { key: 'channel', header: 'ช่องทาง' },
        { key: 'respondentName', header: 'ผู้ถูกร้อง', width: 2.5 },
        { key: 'placeName', header: 'พื้นที่เกิดเหตุ', width: 2.5 },
        { key: 'provinceCode', header: 'จังหวัด', width: 0.7 },
        { key: 'offenceBasis', header: 'ฐานความผิด', width: 1.8 },
        { key: 'status', header: 'สถานะ', width: 1.3 },
      ],
      rows: rows.map((c) => ({
        referenceNo: c.referenceNo, receivedAt: c.receivedAt, channel: c.channel, respondentName: c.respondentName, placeName: c.placeName,
        provinceCode: c.provinceCode, offenceBasis: c.offenceBasis?.code ?? '', status: c.status,
      })),
    });
  }

  @Mutation(() => ExportFile, { description: 'Exports a summary report (in your area) as CSV or PDF; the download is recorded.' })
  async exportComplaintReport(@Arg('input', () => ExportReportInput, { description: 'Which report.' }) input: ExportReportInput, @Ctx() ctx: SubgraphContext): Promise<ExportFile> {
    const data = await complaintReport(ctx.em, input.kind, (input.period ?? {}) as ReportPeriod, ctx.principal);
    return deliver(ctx, data.code, { kind: input.kind, period: input.period ?? {} }, input.format, {
      title: data.title, titleEn: data.titleEn, filters: describeFilter(input.period), columns: data.columns, rows: data.rows, totals: data.totals,
    });
  }

  @Query(() => ExportDownloadConnection, { description: 'Recorded export downloads, newest first (internal audit; yours only unless you see every province).' })
  async exportDownloads(@Args(() => PageArgs) page: PageArgs, @Ctx() { em, principal }: SubgraphContext): Promise<Connection<ExportDownloadRecord>> {
    const filter = principal.provinceCodes === null ? {} : { actorId: principal.id ?? '00000000-0000-0000-0000-000000000000' };
    return (await listDownloads(em, filter, page)) as unknown as Connection<ExportDownloadRecord>;
  }
}

export { ExportDownload };
