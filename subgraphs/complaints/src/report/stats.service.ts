import type { EntityManager } from '@mikro-orm/postgresql';
import { rollupPeriod, rollupRows, sqlIn, type Loaders, type Principal } from '@metrograph/kit';
import { Complaint, ComplaintStatus } from '../complaint/complaint.entity.js';
import type { ComplaintFilter } from '../complaint/complaint.input.js';
import { complaintConditions, complaintWhere } from '../complaint/complaint.resolver.js';
import { SLA_HOURS } from '../complaint/complaint-status.js';
import { ComplaintStatsGroup, type ComplaintStatsRow } from './stats.types.js';

/** Group key over the complaint table (alias c). */
const RAW_KEY: Record<ComplaintStatsGroup, string> = {
  TOTAL: `'ALL'`,
  PROVINCE: 'c.province_code',
  OFFICE: 'c.office_code',
  OFFENCE_BASIS: `coalesce(c.offence_basis_code, '')`,
  STATUS: 'c.status::text',
  CHANNEL: 'c.channel::text',
  MONTH: `to_char(c.received_at at time zone 'Asia/Bangkok', 'YYYY-MM')`,
  INSTRUMENT_TYPE: `coalesce(c.instrument_type, '')`,
};

/** Group key over complaint_rollup (alias r); the same values as RAW_KEY. */
const ROLLUP_KEY: Record<ComplaintStatsGroup, string> = {
  TOTAL: `'ALL'`,
  PROVINCE: 'r.province_code',
  OFFICE: 'r.office_code',
  OFFENCE_BASIS: 'r.offence_basis',
  STATUS: 'r.status',
  CHANNEL: 'r.channel',
  MONTH: `to_char(r.bucket, 'YYYY-MM')`,
  INSTRUMENT_TYPE: 'r.instrument_type',
};

/** Open complaints past the time their status allows (depends on now(), so never rolled up). */
const OVERDUE = Object.entries(SLA_HOURS)
  .filter(([, hours]) => hours !== null)
  .map(([status, hours]) => `(c.status = '${status}' and c.status_changed_at < now() - interval '${hours} hours')`)
  .join(' or ');

/**
 * Filter conditions the rollup cannot answer: they are about single complaints (respondent, text,
 * keyword, assignee) or their cases' numbers and statuses. With any of them the statistics are computed
 * from the complaints themselves, as they are for a period whose ends are not Thai midnights.
 */
export function rawOnlyFilter(filter: ComplaintFilter | undefined): string | null {
  if (!filter) return null;
  if (filter.respondentId) return 'respondentId';
  if (filter.search) return 'search';
  if (filter.keyword) return 'keyword';
  if (filter.caseNo) return 'caseNo';
  if (filter.caseStatuses?.length) return 'caseStatuses';
  if (filter.assigneeId) return 'assigneeId';
  if (filter.respondentName) return 'respondentName';
  return null;
}

/** Which grouping set of complaint_rollup answers this query (see its migration), or null for none. */
export function rollupDims(groupBy: ComplaintStatsGroup, filter: ComplaintFilter | undefined): number | null {
  if (rawOnlyFilter(filter)) return null;
  const used = [
    groupBy === ComplaintStatsGroup.OFFENCE_BASIS || !!filter?.offenceBasisCodes ? 1 : 0,
    groupBy === ComplaintStatsGroup.STATUS || !!filter?.statuses?.length ? 2 : 0,
    groupBy === ComplaintStatsGroup.CHANNEL || !!filter?.channels?.length ? 3 : 0,
    groupBy === ComplaintStatsGroup.INSTRUMENT_TYPE || !!filter?.instrumentTypes ? 4 : 0,
  ].filter(Boolean);
  return used.length === 0 ? 0 : used.length === 1 ? used[0] : 5;
}

interface Sql {
  sql: string;
  bindings: unknown[];
}

/** The filter and area as conditions on plain columns (prefix c. for the table, r. for the rollup). */
function columnConditions(filter: ComplaintFilter | undefined, principal: Principal, alias: 'c' | 'r'): Sql {
  const col = alias === 'c'
    ? { basis: 'c.offence_basis_code', status: 'c.status', channel: 'c.channel', itype: 'c.instrument_type' }
    : { basis: 'r.offence_basis', status: 'r.status', channel: 'r.channel', itype: 'r.instrument_type' };
  const parts: Sql[] = [];
  if (principal.provinceCodes !== null) parts.push(sqlIn(`${alias}.province_code`, principal.provinceCodes));
  if (filter?.provinceCodes) parts.push(sqlIn(`${alias}.province_code`, filter.provinceCodes));
  if (filter?.officeCodes) parts.push(sqlIn(`${alias}.office_code`, filter.officeCodes));
  if (filter?.statuses?.length) parts.push(sqlIn(col.status, filter.statuses));
  if (filter?.channels?.length) parts.push(sqlIn(col.channel, filter.channels));
  if (filter?.offenceBasisCodes) parts.push(sqlIn(col.basis, filter.offenceBasisCodes));
  if (filter?.instrumentTypes) parts.push(sqlIn(col.itype, filter.instrumentTypes));
  if (alias === 'c' && filter?.receivedFrom) parts.push({ sql: 'c.received_at >= ?', bindings: [filter.receivedFrom] });
  if (alias === 'c' && filter?.receivedTo) parts.push({ sql: 'c.received_at < ?', bindings: [filter.receivedTo] });
  return { sql: parts.length ? parts.map((p) => p.sql).join(' and ') : 'true', bindings: parts.flatMap((p) => p.bindings) };
}

function toRow(r: Record<string, unknown>, overdue: number): ComplaintStatsRow {
  const received = Number(r.received);
  const closed = Number(r.closed);
  const timed = Number(r.closed_timed ?? 0);
  const avgDays = r.avg_days != null ? Number(r.avg_days) : timed ? Number(r.close_seconds) / timed / 86400 : null;
  return {
    key: String(r.key),
    received,
    open: received - closed,
    closed,
    closureRate: received ? Math.round((closed / received) * 1000) / 1000 : 0,
    averageDaysToClose: avgDays == null ? null : Math.round(avgDays * 10) / 10,
    overdue,
    cases: Number(r.cases),
    finesSatang: Number(r.fines),
  };
}

/** The statistics computed from the complaints and cases themselves (the reference the rollup must equal). */
export async function rawComplaintStats(em: EntityManager, groupBy: ComplaintStatsGroup, filter: ComplaintFilter | undefined, principal: Principal): Promise<ComplaintStatsRow[]> {
  const where = await complaintConditions(em, filter, principal);
  const ids = em.createQueryBuilder(Complaint, 'x').select('x.id').where(where as never);
  const knex = em.getKnex();
  const sql = knex
    .select(
      knex.raw(`${RAW_KEY[groupBy]} as key`),
      knex.raw('count(*)::int as received'),
      knex.raw(`count(*) filter (where c.status = '${ComplaintStatus.CLOSED}')::int as closed`),
      knex.raw(`avg(extract(epoch from (c.closed_at - c.received_at)) / 86400) filter (where c.closed_at is not null) as avg_days`),
      knex.raw(`count(*) filter (where ${OVERDUE})::int as overdue`),
      knex.raw('coalesce(sum(k.cases), 0)::int as cases'),
      knex.raw('coalesce(sum(k.fines), 0)::bigint as fines'),
    )
    .from({ c: 'complaints.complaint' })
    // the cases of each complaint by its index (the raw path serves narrow filters: one respondent, a text search...)
    .joinRaw(
      `left join lateral (select count(*) as cases, sum(case when x.fine_paid_at is not null or x.status = 'FINAL' then x.fine_amount_satang else 0 end) as fines
         from complaints.legal_case x where x.complaint_id = c.id) k on true`,
    )
    .whereIn('c.id', ids.getKnexQuery())
    .groupByRaw('1')
    .orderByRaw('1');
  const rows: Record<string, unknown>[] = await em.getConnection().execute(sql);
  return rows.map((r) => toRow(r, Number(r.overdue)));
}

/**
 * Open complaints that fell due after the overdue rollup's watermark and before now: one index range
 * per status on the partial index of open complaints (complaint_open_sla_index), with the columns the
 * group keys and filters read.
 */
const dueSinceWatermark = (conditions: string) =>
  Object.entries(SLA_HOURS)
    .filter(([, hours]) => hours !== null)
    .map(([status, hours]) => `select c.province_code, c.office_code, c.offence_basis_code, c.status, c.channel, c.instrument_type, c.received_at
      from "complaints"."complaint" c where c.status = '${status}' and c.status_changed_at >= (select w.at from "complaints"."complaint_overdue_watermark" w) - interval '${hours} hours'
        and c.status_changed_at < now() - interval '${hours} hours' and ${conditions}`)
    .join(' union all ');

/**
 * Overdue open complaints per group key, for several groupings of the same filter in one statement: the
 * complaints that fell due before the watermark from complaint_overdue_rollup (kept by triggers, advanced
 * every minute by `advanceOverdueWatermark`), plus those that fell due since, from the partial index of
 * open complaints — so the cost does not grow with the backlog of overdue complaints.
 */
async function overdueByGroup(em: EntityManager, groupings: readonly ComplaintStatsGroup[], filter: ComplaintFilter | undefined, principal: Principal): Promise<Map<string, number>[]> {
  const period = rollupPeriod(filter?.receivedFrom, filter?.receivedTo, 'r');
  if (!period) throw new Error('overdue from the rollup needs a period of whole Thai days');
  const onTable = columnConditions(filter, principal, 'c');
  const onRollup = columnConditions(filter, principal, 'r');
  const statuses = Object.values(SLA_HOURS).filter((h) => h !== null).length;
  const parts: string[] = [];
  const bindings: unknown[] = [...Array.from({ length: statuses }, () => onTable.bindings).flat()];
  groupings.forEach((g, i) => {
    const source = rollupRows('"complaints"."complaint_overdue_rollup"', 'r', period, { sql: `r.dims = ${rollupDims(g, filter) ?? 5} and ${onRollup.sql}`, bindings: onRollup.bindings });
    parts.push(`select ${i} as g, ${ROLLUP_KEY[g]} as key, r.overdue as n from ${source.sql}`);
    bindings.push(...source.bindings);
    parts.push(`select ${i}, ${RAW_KEY[g]}, 1 from due c`);
  });
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `with due as materialized (${dueSinceWatermark(onTable.sql)})
     select x.g, x.key, sum(x.n)::bigint as overdue from (${parts.join(' union all ')}) x group by 1, 2`,
    bindings,
  );
  const byGrouping = groupings.map(() => new Map<string, number>());
  for (const r of rows) byGrouping[Number(r.g)].set(String(r.key), Number(r.overdue));
  return byGrouping;
}

/**
 * Moves the overdue rollup's watermark to the current minute (the complaints that fell due since join the
 * rollup). Its table lock waits at most 100 ms, so writers never queue behind it for long; when it gives
 * up, the next minute's run catches up (the figures stay exact meanwhile, read from the open complaints).
 */
export async function advanceOverdueWatermark(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(`set local lock_timeout = '100ms'`);
    await tx.execute(`select "complaints"."complaint_overdue_advance"(date_trunc('minute', now()))`);
  });
}

/**
 * The statistics read from complaint_rollup (maintained by triggers as complaints and cases change),
 * plus the overdue count from the partial index of open complaints; null when the rollup cannot answer.
 */
export async function rollupComplaintStats(
  em: EntityManager,
  groupBy: ComplaintStatsGroup,
  filter: ComplaintFilter | undefined,
  principal: Principal,
  loaders?: Loaders,
): Promise<ComplaintStatsRow[] | null> {
  const dims = rollupDims(groupBy, filter);
  if (dims === null) return null;
  const period = rollupPeriod(filter?.receivedFrom, filter?.receivedTo, 'r');
  if (!period) return null;
  complaintWhere(filter); // the same checks of the filter as the raw path
  const onRollup = columnConditions(filter, principal, 'r');
  const source = rollupRows('"complaints"."complaint_rollup"', 'r', period, { sql: `r.dims = ${dims} and ${onRollup.sql}`, bindings: onRollup.bindings });
  // the groupings of one filter asked in the same request share one overdue query
  const overdue = loaders
    ? loaders.get<ComplaintStatsGroup, Map<string, number>>(`complaintOverdue:${JSON.stringify(filter ?? {})}`, (groupings) => overdueByGroup(em, groupings, filter, principal)).load(groupBy)
    : overdueByGroup(em, [groupBy], filter, principal).then(([byKey]) => byKey);
  const [rows, overdueByKey] = await Promise.all([
    em.getConnection().execute<Record<string, unknown>[]>(
      `select ${ROLLUP_KEY[groupBy]} as key, sum(r.received) as received, sum(r.closed) as closed, sum(r.closed_timed) as closed_timed,
         sum(r.close_seconds) as close_seconds, sum(r.cases) as cases, sum(r.fines_satang) as fines
       from ${source.sql}
       group by 1 having sum(r.received) > 0 order by 1`,
      source.bindings,
    ),
    overdue,
  ]);
  return rows.map((r) => toRow(r, overdueByKey.get(String(r.key)) ?? 0));
}

/**
 * How many complaints meet the filter, summed from complaint_rollup (exact: the triggers keep it in the
 * same transaction as every change), or null when the rollup cannot answer the filter. A list's
 * totalCount for an office over all time would otherwise count a hundred thousand index entries.
 */
export async function rollupComplaintCount(em: EntityManager, filter: ComplaintFilter | undefined, principal: Principal): Promise<number | null> {
  const dims = rollupDims(ComplaintStatsGroup.TOTAL, filter);
  if (dims === null) return null;
  const period = rollupPeriod(filter?.receivedFrom, filter?.receivedTo, 'r');
  if (!period) return null;
  const onRollup = columnConditions(filter, principal, 'r');
  const source = rollupRows('"complaints"."complaint_rollup"', 'r', period, { sql: `r.dims = ${dims} and ${onRollup.sql}`, bindings: onRollup.bindings });
  const [row] = await em.getConnection().execute<Record<string, unknown>[]>(`select coalesce(sum(r.received), 0)::bigint as n from ${source.sql}`, source.bindings);
  return Number(row.n);
}

/** Complaint KPIs: from the rollup whenever it can answer the filter, else from the complaints. */
export async function complaintStats(em: EntityManager, groupBy: ComplaintStatsGroup, filter: ComplaintFilter | undefined, principal: Principal, loaders?: Loaders): Promise<ComplaintStatsRow[]> {
  return (await rollupComplaintStats(em, groupBy, filter, principal, loaders)) ?? rawComplaintStats(em, groupBy, filter, principal);
}
