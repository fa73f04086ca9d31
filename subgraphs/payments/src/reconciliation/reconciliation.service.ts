/**
 * Reconciliation (004 §4.5.10 (6)): paid and unpaid payment requests grouped by service, fee, office,
 * province and period, and the per-request listing behind them, for CSV/XLSX export.
 * One grouped SQL statement; periods are Thai calendar periods (Asia/Bangkok).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { PaymentStatus } from '../payment-request/payment-request.service.js';

export enum ReconciliationDimension {
  OFFICE = 'OFFICE',
  PROVINCE = 'PROVINCE',
  SERVICE_TYPE = 'SERVICE_TYPE',
  FEE_CODE = 'FEE_CODE',
  STATUS = 'STATUS',
  PERIOD = 'PERIOD',
}

export enum PeriodGranularity {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** Which time a request is counted at: when it was issued, or when it was paid (money received). */
export enum PeriodBasis {
  ISSUED = 'ISSUED',
  PAID = 'PAID',
}

export interface ReconciliationQuery {
  from?: Date | null;
  to?: Date | null;
  basis: PeriodBasis;
  granularity: PeriodGranularity;
  officeCodes?: string[] | null;
  provinceCodes?: string[] | null;
  serviceTypes?: string[] | null;
  feeCodes?: string[] | null;
  statuses?: PaymentStatus[] | null;
  /** The caller's area; null for every province. */
  areaProvinceCodes: string[] | null;
}

export interface ReconciliationRow {
  officeCode: string | null;
  provinceCode: string | null;
  serviceType: string | null;
  feeCode: string | null;
  status: string | null;
  period: string | null;
  requestCount: number;
  paidCount: number;
  unpaidCount: number;
  overdueCount: number;
  underReviewCount: number;
  cancelledCount: number;
  expiredCount: number;
  refundedCount: number;
  amountDueSatang: number;
  paidAmountSatang: number;
  refundedAmountSatang: number;
  netReceivedSatang: number;
  outstandingSatang: number;
}

const COLUMN: Record<ReconciliationDimension, string> = {
  OFFICE: 'office_code',
  PROVINCE: 'province_code',
  SERVICE_TYPE: 'service_type::text',
  FEE_CODE: 'fee_code',
  STATUS: 'status::text',
  PERIOD: '__period',
};
const FORMAT: Record<PeriodGranularity, string> = { DAY: 'YYYY-MM-DD', MONTH: 'YYYY-MM', YEAR: 'YYYY' };
const PAID_LIKE = [PaymentStatus.PAID, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED];

function conditions(q: ReconciliationQuery): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const timeColumn = q.basis === PeriodBasis.PAID ? 'paid_at' : 'issued_at';
  if (q.basis === PeriodBasis.PAID) where.push('paid_at is not null');
  if (q.from) {
    where.push(`${timeColumn} >= ?`);
    params.push(q.from);
  }
  if (q.to) {
    where.push(`${timeColumn} <= ?`);
    params.push(q.to);
  }
  const list = (column: string, values: readonly string[] | null | undefined) => {
    if (values == null) return;
    if (values.length === 0) where.push('false');
    else {
      where.push(`${column} in (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    }
  };
  list('office_code', q.officeCodes?.length ? q.officeCodes : null);
  list('province_code', q.provinceCodes?.length ? q.provinceCodes : null);
  list('province_code', q.areaProvinceCodes);
  list('service_type::text', q.serviceTypes?.length ? q.serviceTypes : null);
  list('fee_code', q.feeCodes?.length ? q.feeCodes : null);
  list('status::text', q.statuses?.length ? q.statuses : null);
  return { sql: where.length ? `where ${where.join(' and ')}` : '', params };
}

/** Totals per group (and the grand total when groupBy is empty). */
export async function reconciliationRows(em: EntityManager, q: ReconciliationQuery, groupBy: ReconciliationDimension[], now = new Date()): Promise<ReconciliationRow[]> {
  const schema = em.config.get('schema');
  const dims = [...new Set(groupBy)];
  const timeColumn = q.basis === PeriodBasis.PAID ? 'paid_at' : 'issued_at';
  const { sql, params } = conditions(q);
  const today = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const paidLike = PAID_LIKE.map((s) => `'${s}'`).join(', ');
  const select = dims.map((d) => `${COLUMN[d]} as "${d}"`);
  const statement = `
    with r as (select *, to_char(${timeColumn} at time zone 'Asia/Bangkok', '${FORMAT[q.granularity]}') as __period from "${schema}"."payment_request" ${sql})
    select ${[...select,
      'count(*)::bigint as request_count',
      `count(*) filter (where status in (${paidLike}))::bigint as paid_count`,
      `count(*) filter (where status = 'PENDING')::bigint as unpaid_count`,
      `count(*) filter (where status = 'PENDING' and due_date < ?::date)::bigint as overdue_count`,
      `count(*) filter (where status = 'UNDER_REVIEW')::bigint as under_review_count`,
      `count(*) filter (where status = 'CANCELLED')::bigint as cancelled_count`,
      `count(*) filter (where status = 'EXPIRED')::bigint as expired_count`,
      `count(*) filter (where status in ('PARTIALLY_REFUNDED', 'REFUNDED'))::bigint as refunded_count`,
      'coalesce(sum(amount_satang), 0)::bigint as amount_due',
      'coalesce(sum(paid_amount_satang), 0)::bigint as paid_amount',
      'coalesce(sum(refunded_amount_satang), 0)::bigint as refunded_amount',
      `coalesce(sum(amount_satang) filter (where status = 'PENDING'), 0)::bigint as outstanding`,
    ].join(',\n      ')}
    from r
    ${dims.length ? `group by ${dims.map((d) => COLUMN[d]).join(', ')} order by ${dims.map((d) => COLUMN[d]).join(', ')}` : ''}`;
  const rows: Record<string, string | null>[] = await em.getConnection().execute(statement, [...params, today]);
  const key = (row: Record<string, string | null>, d: ReconciliationDimension) => (dims.includes(d) ? (row[d] ?? null) : null);
  return rows.map((row) => {
    const paidAmountSatang = Number(row.paid_amount);
    const refundedAmountSatang = Number(row.refunded_amount);
    return {
      officeCode: key(row, ReconciliationDimension.OFFICE),
      provinceCode: key(row, ReconciliationDimension.PROVINCE),
      serviceType: key(row, ReconciliationDimension.SERVICE_TYPE),
      feeCode: key(row, ReconciliationDimension.FEE_CODE),
      status: key(row, ReconciliationDimension.STATUS),
      period: key(row, ReconciliationDimension.PERIOD),
      requestCount: Number(row.request_count),
      paidCount: Number(row.paid_count),
      unpaidCount: Number(row.unpaid_count),
      overdueCount: Number(row.overdue_count),
      underReviewCount: Number(row.under_review_count),
      cancelledCount: Number(row.cancelled_count),
      expiredCount: Number(row.expired_count),
      refundedCount: Number(row.refunded_count),
      amountDueSatang: Number(row.amount_due),
      paidAmountSatang,
      refundedAmountSatang,
      netReceivedSatang: paidAmountSatang - refundedAmountSatang,
      outstandingSatang: Number(row.outstanding),
    };
  });
}

export interface RequestLine {
  requestNo: string;
  ref1: string;
  ref2: string;
  officeCode: string;
  provinceCode: string;
  serviceType: string;
  feeCode: string;
  feeName: string;
  operatorId: string | null;
  issuedAt: Date;
  dueDate: string;
  status: string;
  amountSatang: number;
  paidAt: Date | null;
  paidAmountSatang: number | null;
  refundedAmountSatang: number;
  bankTransactionId: string | null;
}

export const MAX_EXPORT_LINES = 200_000;

/** The requests behind the report, oldest first (at most MAX_EXPORT_LINES). */
export async function reconciliationLines(em: EntityManager, q: ReconciliationQuery): Promise<RequestLine[]> {
  const schema = em.config.get('schema');
  const { sql, params } = conditions(q);
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select request_no, ref1, ref2, office_code, province_code, service_type::text as service_type, fee_code, fee_name, operator_id, issued_at, due_date::text as due_date,
            status::text as status, amount_satang, paid_at, paid_amount_satang, refunded_amount_satang, bank_transaction_id
       from "${schema}"."payment_request" ${sql} order by issued_at, request_no limit ${MAX_EXPORT_LINES}`,
    params,
  );
  return rows.map((r) => ({
    requestNo: String(r.request_no),
    ref1: String(r.ref1),
    ref2: String(r.ref2),
    officeCode: String(r.office_code),
    provinceCode: String(r.province_code),
    serviceType: String(r.service_type),
    feeCode: String(r.fee_code),
    feeName: String(r.fee_name),
    operatorId: (r.operator_id as string | null) ?? null,
    issuedAt: new Date(r.issued_at as string),
    dueDate: String(r.due_date),
    status: String(r.status),
    amountSatang: Number(r.amount_satang),
    paidAt: r.paid_at ? new Date(r.paid_at as string) : null,
    paidAmountSatang: r.paid_amount_satang == null ? null : Number(r.paid_amount_satang),
    refundedAmountSatang: Number(r.refunded_amount_satang),
    bankTransactionId: (r.bank_transaction_id as string | null) ?? null,
  }));
}
