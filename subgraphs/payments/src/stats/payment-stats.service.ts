import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, type Principal } from '@metrograph/kit';
import { PaymentStatus } from '../payment-request/payment-request.service.js';
import { PaymentStatsGroup, type PaymentStatsFilter, type PaymentStatsRow } from './payment-stats.types.js';

/** Statuses whose money counts as collected (net of refunds). */
export const COLLECTED_STATUSES = [PaymentStatus.PAID, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED];
/** Statuses of requests that lapsed unpaid. */
export const LAPSED_STATUSES = [PaymentStatus.CANCELLED, PaymentStatus.EXPIRED];

const inList = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
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

/** Conditions on the raw table (alias p) as SQL with bindings. */
function rawConditions(filter: PaymentStatsFilter | undefined, provinces: string[] | null): { sql: string; bindings: unknown[] } {
  const parts: string[] = [];
  const bindings: unknown[] = [];
  const any = (column: string, values: string[]) => {
    parts.push(values.length ? `${column} in (${values.map(() => '?').join(', ')})` : 'false');
    bindings.push(...values);
  };
  if (provinces) any('p.province_code', provinces);
  if (filter?.officeCodes) any('p.office_code', filter.officeCodes);
  if (filter?.serviceTypes?.length) any('p.service_type::text', filter.serviceTypes);
  if (filter?.issuedFrom) {
    parts.push('p.issued_at >= ?');
    bindings.push(filter.issuedFrom);
  }
  if (filter?.issuedTo) {
    parts.push('p.issued_at < ?');
    bindings.push(filter.issuedTo);
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', bindings };
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
  const where = rawConditions(filter, scopedProvinces(filter, principal));
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
