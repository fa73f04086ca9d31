import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, rollupPeriod, rollupRows, sqlIn, type Principal } from '@metrograph/kit';
import { PaymentStatus } from '../payment-request/payment-request.service.js';
import { PaymentStatsGroup, type PaymentStatsFilter, type PaymentStatsRow } from './payment-stats.types.js';

/** Statuses whose money counts as collected (net of refunds). */
export const COLLECTED_STATUSES = [PaymentStatus.PAID, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED];
/** Statuses of requests that lapsed unpaid. */
export const LAPSED_STATUSES = [PaymentStatus.CANCELLED, PaymentStatus.EXPIRED];

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const TODAY = `(now() at time zone 'Asia/Bangkok')::date`;

/** Group key over the payment_request table (alias p). */
const RAW_KEY: Record<PaymentStatsGroup, string> = {
  TOTAL: `'ALL'`,
  PROVINCE: 'p.province_code',
  OFFICE: 'p.office_code',
  SERVICE_TYPE: 'p.service_type::text',
  MONTH: `to_char(p.issued_at at time zone 'Asia/Bangkok', 'YYYY-MM')`,
};

/** Provinces the statistics may count: the filter's, cut down to the caller's area. */
export function scopedProvinces(filter: PaymentStatsFilter | undefined, principal: Principal): string[] | null {
  const area = principal.provinceCodes;
  const asked = filter?.provinceCodes ?? null;
  if (area === null) return asked;
  return asked === null ? [...area] : asked.filter((p) => area.includes(p));
}

export function checkPaymentStatsFilter(filter: PaymentStatsFilter | undefined): void {
  if (filter?.issuedFrom && filter.issuedTo && filter.issuedFrom > filter.issuedTo) throw badInput('filter.issuedTo', 'must not be before issuedFrom');
}

/** Conditions on plain columns of the table (alias p) or the rollup (alias r), with bindings. */
function columnConditions(filter: PaymentStatsFilter | undefined, provinces: string[] | null, alias: 'p' | 'r'): { sql: string; bindings: unknown[] } {
  const parts: { sql: string; bindings: unknown[] }[] = [];
  if (provinces) parts.push(sqlIn(`${alias}.province_code`, provinces));
  if (filter?.officeCodes) parts.push(sqlIn(`${alias}.office_code`, filter.officeCodes));
  if (filter?.serviceTypes?.length) parts.push(sqlIn(`${alias}.service_type`, filter.serviceTypes));
  if (alias === 'p' && filter?.issuedFrom) parts.push({ sql: 'p.issued_at >= ?', bindings: [filter.issuedFrom] });
  if (alias === 'p' && filter?.issuedTo) parts.push({ sql: 'p.issued_at < ?', bindings: [filter.issuedTo] });
  return { sql: parts.length ? parts.map((x) => x.sql).join(' and ') : 'true', bindings: parts.flatMap((x) => x.bindings) };
}

function toRow(r: Record<string, unknown>): PaymentStatsRow {
  return {
    key: String(r.key),
    issued: Number(r.issued),
    issuedSatang: Number(r.issued_satang),
    paid: Number(r.paid),
    collectedSatang: Number(r.collected_satang),
    unpaid: Number(r.unpaid),
    outstandingSatang: Number(r.outstanding_satang),
    overdue: Number(r.overdue ?? 0),
    overdueSatang: Number(r.overdue_satang ?? 0),
    lapsed: Number(r.lapsed),
  };
}

/** The statistics computed from the payment requests themselves (the reference the rollup must equal). */
export async function rawPaymentStats(em: EntityManager, groupBy: PaymentStatsGroup, filter: PaymentStatsFilter | undefined, principal: Principal): Promise<PaymentStatsRow[]> {
  checkPaymentStatsFilter(filter);
  const where = columnConditions(filter, scopedProvinces(filter, principal), 'p');
  const collected = inList(COLLECTED_STATUSES);
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select ${RAW_KEY[groupBy]} as key,
       count(*)::int as issued,
       coalesce(sum(p.amount_satang), 0)::bigint as issued_satang,
       count(*) filter (where p.status in (${collected}))::int as paid,
       coalesce(sum(coalesce(p.paid_amount_satang, 0) - p.refunded_amount_satang) filter (where p.status in (${collected})), 0)::bigint as collected_satang,
       count(*) filter (where p.status = '${PaymentStatus.PENDING}')::int as unpaid,
       coalesce(sum(p.amount_satang) filter (where p.status = '${PaymentStatus.PENDING}'), 0)::bigint as outstanding_satang,
       count(*) filter (where p.status = '${PaymentStatus.PENDING}' and p.due_date < ${TODAY})::int as overdue,
       coalesce(sum(p.amount_satang) filter (where p.status = '${PaymentStatus.PENDING}' and p.due_date < ${TODAY}), 0)::bigint as overdue_satang,
       count(*) filter (where p.status in (${inList(LAPSED_STATUSES)}))::int as lapsed
     from "payments"."payment_request" p
     where ${where.sql}
     group by 1 order by 1`,
    where.bindings,
  );
  return rows.map(toRow);
}

/** Group key over payment_rollup (alias r); the same values as RAW_KEY. */
const ROLLUP_KEY: Record<PaymentStatsGroup, string> = {
  TOTAL: `'ALL'`,
  PROVINCE: 'r.province_code',
  OFFICE: 'r.office_code',
  SERVICE_TYPE: 'r.service_type',
  MONTH: `to_char(r.bucket, 'YYYY-MM')`,
};

/**
 * The statistics read from payment_rollup (maintained by triggers as requests change), plus the overdue
 * figures from the partial index of unpaid requests; null when the period's ends are not Thai midnights.
 */
export async function rollupPaymentStats(em: EntityManager, groupBy: PaymentStatsGroup, filter: PaymentStatsFilter | undefined, principal: Principal): Promise<PaymentStatsRow[] | null> {
  checkPaymentStatsFilter(filter);
  const period = rollupPeriod(filter?.issuedFrom, filter?.issuedTo, 'r');
  if (!period) return null;
  const provinces = scopedProvinces(filter, principal);
  const where = columnConditions(filter, provinces, 'r');
  // grouping set 1 keeps service types apart; set 0 adds them up (a fraction of the rows to read)
  const dims = groupBy === PaymentStatsGroup.SERVICE_TYPE || filter?.serviceTypes?.length ? 1 : 0;
  const source = rollupRows('"payments"."payment_rollup"', 'r', period, { sql: `r.dims = ${dims} and ${where.sql}`, bindings: where.bindings });
  const onTable = columnConditions(filter, provinces, 'p');
  const connection = em.getConnection();
  const [rows, overdue] = await Promise.all([
    connection.execute<Record<string, unknown>[]>(
      `select ${ROLLUP_KEY[groupBy]} as key, sum(r.issued) as issued, sum(r.issued_satang) as issued_satang, sum(r.paid) as paid,
         sum(r.collected_satang) as collected_satang, sum(r.unpaid) as unpaid, sum(r.outstanding_satang) as outstanding_satang, sum(r.lapsed) as lapsed
       from ${source.sql}
       group by 1 having sum(r.issued) > 0 order by 1`,
      source.bindings,
    ),
    connection.execute<Record<string, unknown>[]>(
      `select ${RAW_KEY[groupBy]} as key, count(*)::int as overdue, coalesce(sum(p.amount_satang), 0)::bigint as overdue_satang
       from "payments"."payment_request" p
       where p.status = '${PaymentStatus.PENDING}' and p.due_date < ${TODAY} and ${onTable.sql}
       group by 1`,
      onTable.bindings,
    ),
  ]);
  const overdueByKey = new Map(overdue.map((r) => [String(r.key), r]));
  return rows.map((r) => {
    const late = overdueByKey.get(String(r.key));
    return toRow({ ...r, overdue: late?.overdue ?? 0, overdue_satang: late?.overdue_satang ?? 0 });
  });
}

/** Fee and fine KPIs: from the rollup whenever the period allows, else from the requests. */
export async function paymentStats(em: EntityManager, groupBy: PaymentStatsGroup, filter: PaymentStatsFilter | undefined, principal: Principal): Promise<PaymentStatsRow[]> {
  return (await rollupPaymentStats(em, groupBy, filter, principal)) ?? rawPaymentStats(em, groupBy, filter, principal);
}
