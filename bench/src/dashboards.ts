/**
 * Dashboards at scale (issue 8 item 3). Prints its figures.
 *
 * A scratch database on the machine's PostgreSQL (dropped afterwards) gets the migrations and the tiny demo
 * data (reference data: regions, 77 provinces, offices, offence bases, users), then SQL generates on top:
 * 1 M complaints with their legal cases and fines, 2 M payment requests, 250 k operators and 5 M
 * instruments, spread over the provinces (Bangkok heaviest) and three years. The complaint and payment
 * rollups are filled by the same statement-level triggers that maintain them (100 k rows per statement).
 * Then each drill-down level of the executive dashboard — nation, region, province, office, and the
 * complaint/case lists — is requested through the router (all four subgraphs running) 200 times with
 * varying periods and filters, one request at a time, and p50/p95 are printed, with the data sizes.
 *
 *   node bench/dist/dashboards.js            (BENCH_COMPLAINTS, BENCH_PAYMENT_REQUESTS, BENCH_INSTRUMENTS,
 *                                             BENCH_REQUESTS scale it down for a quick run; BENCH_SHOW_SLOW=<ms>
 *                                             prints the requests slower than that)
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { PostgresEventBus, openSubgraphOrm, startSubgraph, type RunningSubgraph } from '@metrograph/kit';
import { openAccess, startRouter, type RunningRouter } from '@metrograph/router';
import { LOCAL_POSTGRES, createDatabase, dropDatabase } from '@metrograph/stack/databases';
import { seedDemo } from '@metrograph/stack/seed';
import { SUBGRAPHS } from '@metrograph/stack/subgraphs';
import { composeSupergraph, currentSubgraphSdls } from '@metrograph/stack/schema';
import { percentile, writeResult, type BenchRow } from './result.js';

const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const PAYMENT_REQUESTS = Number(process.env.BENCH_PAYMENT_REQUESTS ?? 2_000_000);
const INSTRUMENTS = Number(process.env.BENCH_INSTRUMENTS ?? 5_000_000);
const OPERATORS = Math.max(1_000, Math.round(INSTRUMENTS / 20));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const TARGET_MS = 50;
/** BENCH_SHOW_SLOW=<ms>: print every measured request slower than that, with its variables. */
const SHOW_SLOW_MS = process.env.BENCH_SHOW_SLOW ? Number(process.env.BENCH_SHOW_SLOW) : null;

const round = (n: number) => Math.round(n * 10) / 10;
const seconds = (since: number) => round((performance.now() - since) / 1000);

type Execute = (sql: string) => Promise<Record<string, unknown>[]>;

/** Weighted places: one row per weight unit, so a uniform pick is a weighted pick of province and office. */
const PLACES = `create table public.bench_place as
  select row_number() over (order by p.code, k) as i, p.code as province_code, p.region_code,
    coalesce((select min(op.office_code) from identity.office_province op where op.province_code = p.code and op.office_code <> 'HQ'), 'HQ') as office_code
  from identity.province p
  cross join lateral generate_series(1, case when p.code = '10' then 24 when p.code in ('11', '12', '13', '20', '50', '90', '30', '40') then 6 else 1 + (abs(hashtext(p.code)) % 3) end) k`;
const W = `w as (select array_agg(province_code order by i) as ps, array_agg(office_code order by i) as os, count(*)::int as n from public.bench_place)`;

const BASES = `array['OUT_OF_TOLERANCE','OUT_OF_TOLERANCE','OUT_OF_TOLERANCE','UNVERIFIED_INSTRUMENT','UNVERIFIED_INSTRUMENT','TAMPERED_INSTRUMENT','FRAUDULENT_USE','FRAUDULENT_USE','PACKAGED_SHORT_QUANTITY','PACKAGED_LABELLING','UNLICENSED_BUSINESS','ILLEGAL_UNIT','OBSTRUCTION']`;
const ITYPES = `array['NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','FUEL_DISPENSER','FUEL_DISPENSER','FUEL_DISPENSER','VEHICLE_SCALE','LPG_DISPENSER','RICE_MOISTURE_METER',null]`;
const SERVICES = `array['VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','VERIFICATION','ACCURACY_CHECK','ACCURACY_CHECK','BUSINESS_SALE','BUSINESS_REPAIR','BUSINESS_MANUFACTURE','BUSINESS_IMPORT','LICENCE','LICENCE_RENEWAL','CERTIFICATE_REPLACEMENT','FINE','FINE','OTHER']`;
const INSTRUMENT_KINDS = `array['NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','NON_AUTOMATIC_SCALE','FUEL_DISPENSER','FUEL_DISPENSER','FUEL_PREPAY_DISPENSER','VEHICLE_SCALE','LPG_DISPENSER','CNG_DISPENSER','RICE_MOISTURE_METER','CORN_MOISTURE_METER','CASSAVA_STARCH_SCALE','AUTOMATIC_TANK_GAUGE','DIRECT_MASS_METER']`;

/** Complaints g in [from, to]: received over three years; after 90 days 99.3 % closed; channels, bases and instrument types skewed as in the demo. */
function complaintChunk(from: number, to: number): string {
  return `with ${W},
  s as (select g, 1 + floor(random() * w.n)::int as i, now() - random() * interval '1095 days' as received_at,
          random() as r1, random() as r2, random() as r3, random() as r4 from generate_series(${from}, ${to}) g cross join w),
  t as (select s.*, w.ps[s.i] as province_code, w.os[s.i] as office_code,
          case when now() - s.received_at > interval '90 days'
            then case when s.r1 < 0.993 then 'CLOSED' when s.r1 < 0.995 then 'NO_OFFENCE' when s.r1 < 0.998 then 'OFFENCE_FOUND' else 'INVESTIGATING' end
            else case when s.r1 < 0.25 then 'CLOSED' when s.r1 < 0.35 then 'RECEIVED' when s.r1 < 0.45 then 'TRIAGED' when s.r1 < 0.6 then 'ASSIGNED'
                      when s.r1 < 0.8 then 'INVESTIGATING' when s.r1 < 0.92 then 'OFFENCE_FOUND' else 'NO_OFFENCE' end end as status
        from s cross join w)
  insert into complaints.complaint (id, reference_no, received_at, channel, complainant_name, respondent_name, place_name, place_address,
    province_code, office_code, subject, details, keywords, offence_basis_code, instrument_type, status, status_changed_at, closed_at, updated_at)
  select gen_random_uuid(), 'CP-BENCH-' || lpad(g::text, 9, '0'), received_at,
    (case when r2 < 0.45 then 'HOTLINE_1569' when r2 < 0.65 then 'WEB' when r2 < 0.8 then 'LINE' when r2 < 0.9 then 'PHONE'
          when r2 < 0.95 then 'WALK_IN' when r2 < 0.98 then 'LETTER' else 'EMAIL' end)::complaints.complaint_channel,
    'ผู้ร้อง ' || g, 'ร้านค้า ' || (g % 50000), 'ตลาด ' || (g % 5000), 'ที่อยู่ ' || g, province_code, office_code,
    'ตาชั่งไม่เที่ยง', 'รายละเอียดเรื่องร้องเรียน ' || g, '{}',
    case when status = 'RECEIVED' then null else (${BASES})[1 + floor(r3 * 13)::int] end,
    (${ITYPES})[1 + floor(r4 * 21)::int],
    status::complaints.complaint_status,
    case when status = 'CLOSED' then least(now(), received_at + (1 + r3 * 59) * interval '1 day') else received_at + r4 * (now() - received_at) end,
    case when status = 'CLOSED' then least(now(), received_at + (1 + r3 * 59) * interval '1 day') end,
    now()
  from t`;
}

/** Cases of the complaints with an offence found and of about one closed complaint in eight, with fines. */
const CASES = `insert into complaints.legal_case (id, case_no, complaint_id, respondent_name, province_code, office_code, offence_basis_code, status,
    fine_amount_satang, fine_paid_at, opened_at, closed_at, updated_at)
  select gen_random_uuid(), 'CS-BENCH-' || lpad((row_number() over ())::text, 9, '0'), c.id, c.respondent_name, c.province_code, c.office_code,
    coalesce(c.offence_basis_code, 'OUT_OF_TOLERANCE'), c.case_status::complaints.case_status,
    case when c.case_status in ('FINAL', 'FINE_PAID', 'FINE_PROPOSED') then (10 + floor(c.r * 190))::bigint * 10000 end,
    case when c.case_status in ('FINAL', 'FINE_PAID') then coalesce(c.closed_at, now()) end,
    c.received_at + interval '5 days', case when c.case_status = 'FINAL' then c.closed_at end, now()
  from (select c.*, case when c.status = 'CLOSED' then case when r < 0.8 then 'FINAL' else 'FINE_PAID' end
                             else case when r < 0.4 then 'OPEN' when r < 0.7 then 'FINE_PROPOSED' else 'REFERRED' end end as case_status
        from (select c.*, random() as r from complaints.complaint c
              where c.reference_no like 'CP-BENCH-%' and (c.status = 'OFFENCE_FOUND' or (c.status = 'CLOSED' and abs(hashtext(c.id::text)) % 100 < 12))) c) c`;

/** Payment requests g in [from, to]: issued over three years, due 15 days later; most past ones paid. */
function paymentChunk(from: number, to: number): string {
  return `with ${W},
  s as (select g, 1 + floor(random() * w.n)::int as i, now() - random() * interval '1095 days' as issued_at,
          random() as r1, random() as r2, (5 + floor(random() * 495))::bigint * 1000 as amount from generate_series(${from}, ${to}) g cross join w),
  t as (select s.*, w.ps[s.i] as province_code, w.os[s.i] as office_code, (s.issued_at at time zone 'Asia/Bangkok')::date + 15 as due_date from s cross join w),
  u as (select t.*, case when t.due_date < (now() at time zone 'Asia/Bangkok')::date
            then case when r1 < 0.88 then 'PAID' when r1 < 0.95 then 'EXPIRED' when r1 < 0.97 then 'CANCELLED' when r1 < 0.98 then 'REFUNDED'
                      when r1 < 0.99 then 'PARTIALLY_REFUNDED' when r1 < 0.995 then 'UNDER_REVIEW' else 'PENDING' end
            else case when r1 < 0.45 then 'PAID' when r1 < 0.95 then 'PENDING' else 'CANCELLED' end end as status from t)
  insert into payments.payment_request (id, request_no, ref1, ref2, fee_code, fee_name, amount_satang, office_code, province_code, due_date, status,
    issued_at, paid_at, paid_amount_satang, refunded_amount_satang, service_type, source_type, quantity, created_by, updated_at)
  select gen_random_uuid(), 'PR-BENCH-' || lpad(g::text, 9, '0'), 'B' || lpad(g::text, 12, '0'), office_code || to_char(due_date, 'YYYYMMDD'),
    'WM-BENCH', 'ค่าธรรมเนียม (ข้อมูลทดสอบ)', amount, office_code, province_code, due_date, status::payments.payment_status, issued_at,
    case when status in ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'UNDER_REVIEW') then issued_at + r2 * interval '14 days' end,
    case when status in ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'UNDER_REVIEW') then amount end,
    case when status = 'REFUNDED' then amount when status = 'PARTIALLY_REFUNDED' then amount / 2 else 0 end,
    ((${SERVICES})[1 + floor(r2 * 23)::int])::payments.service_type, 'SERVICE_REQUEST', 1, 'bench', now()
  from u`;
}

/** Operator k: id and province derived from k, so instruments can name their owner without a lookup. */
const OPERATOR_ID = (k: string) => `md5('bench-operator-' || ${k})::uuid`;
const OPERATOR_PROVINCE = (k: string) => `w.ps[1 + abs(hashtext('bench-operator-' || ${k})) % w.n]`;

function operatorChunk(from: number, to: number): string {
  return `with ${W}
  insert into registry.operator (id, registration_no, kind, name_th, responsible_person, address, province_code, registered_at)
  select ${OPERATOR_ID('g')}, 'OP-BENCH-' || lpad(g::text, 9, '0'),
    (case when random() < 0.85 then 'WEIGHTS_AND_MEASURES_BUSINESS' else 'PACKAGED_GOODS_OPERATOR' end)::registry.operator_kind,
    'ร้าน ' || g, 'ผู้รับผิดชอบ ' || g, 'ที่อยู่ ' || g, ${OPERATOR_PROVINCE('g')}, now() - random() * interval '3650 days'
  from generate_series(${from}, ${to}) g cross join w`;
}

function instrumentChunk(from: number, to: number): string {
  return `with ${W}
  insert into registry.instrument (id, instrument_no, type, brand, model, serial_no, capacity, resolution, unit, certificate_no, certificate_expires_on,
    owner_id, place_name, address, province_code)
  select gen_random_uuid(), '99' || lpad(g::text, 18, '0'), ((${INSTRUMENT_KINDS})[1 + floor(random() * 17)::int])::registry.instrument_type,
    'BRAND-' || (g % 40), 'M-' || (g % 300), 'SN' || g, 30, 0.01, 'KG'::registry.measure_unit, 'CERT-' || g,
    (now() + (random() * 1460 - 365) * interval '1 day')::date,
    ${OPERATOR_ID(`(((g - 1) % ${OPERATORS}) + 1)`)}, 'สถานที่ ' || g, 'ที่อยู่ ' || g, ${OPERATOR_PROVINCE(`(((g - 1) % ${OPERATORS}) + 1)`)}
  from generate_series(${from}, ${to}) g cross join w`;
}

/**
 * Bulk statements run as a restore of historic data would: `session_replication_role = replica` skips the
 * rollup triggers (and the foreign-key checks: the generator derives every reference from existing rows),
 * so the rows go in without a per-statement aggregate; the rollups are built afterwards by their rebuild
 * functions in one aggregate pass. Every later change fires the triggers as usual.
 */
const BULK = `set session_replication_role = replica; set work_mem = '256MB'; set maintenance_work_mem = '1GB'; `;

async function inChunks(execute: Execute, label: string, total: number, chunk: number, sql: (from: number, to: number) => string): Promise<number> {
  const started = performance.now();
  for (let from = 1; from <= total; from += chunk) {
    await execute(BULK + sql(from, Math.min(total, from + chunk - 1)));
    process.stdout.write(`\r  ${label}: ${Math.min(total, from + chunk - 1).toLocaleString('en')} / ${total.toLocaleString('en')}   `);
  }
  const took = seconds(started);
  process.stdout.write(`\r  ${label}: ${total.toLocaleString('en')} in ${took} s${' '.repeat(20)}\n`);
  return took;
}

/** The tables the generator fills; their secondary indexes are dropped before the load and built after it. */
const LOADED = ['complaints.complaint', 'complaints.legal_case', 'payments.payment_request', 'registry.operator', 'registry.instrument'];
/** The rollups the rebuild functions fill after the load. */
const ROLLUPS = ['complaints.complaint_rollup', 'complaints.complaint_overdue_rollup', 'payments.payment_rollup'];

/** Drops the indexes of these tables that back no constraint and returns their definitions, to build them again after the load. */
async function dropSecondaryIndexes(execute: Execute, tables: string[]): Promise<string[]> {
  const rows = await execute(`select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
    where i.indrelid in (${tables.map((t) => `'${t}'::regclass`).join(', ')}) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`);
  for (const r of rows) await execute(`drop index ${String(r.name)}`);
  return rows.map((r) => String(r.def));
}

interface Place {
  regions: Map<string, string[]>;
  provinces: string[];
  offices: string[];
}

/** A Thai midnight, `daysBack` days before now. */
function thaiMidnight(daysBack: number): Date {
  const day = new Date(Date.now() + 7 * 3_600_000 - daysBack * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00+07:00`);
}
function thaiMonthStart(monthsBack: number): Date {
  const d = new Date(Date.now() + 7 * 3_600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - monthsBack);
  return new Date(`${d.toISOString().slice(0, 10)}T00:00:00+07:00`);
}

/** Periods a dashboard offers: last 30 days, this fiscal year (from 1 October), last 12 months, a quarter, a custom range, all time. */
function randomPeriod(): { from?: Date; to?: Date } {
  const pick = Math.floor(Math.random() * 6);
  const now = new Date(Date.now() + 7 * 3_600_000);
  if (pick === 0) return { from: thaiMidnight(30) };
  if (pick === 1) {
    const year = now.getUTCMonth() >= 9 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    return { from: new Date(`${year}-10-01T00:00:00+07:00`) };
  }
  if (pick === 2) return { from: thaiMonthStart(12), to: thaiMonthStart(0) };
  if (pick === 3) {
    const back = 3 * Math.floor(Math.random() * 10);
    return { from: thaiMonthStart(back + 3), to: thaiMonthStart(back) };
  }
  if (pick === 4) {
    const start = 20 + Math.floor(Math.random() * 900);
    return { from: thaiMidnight(start), to: thaiMidnight(start - 10 - Math.floor(Math.random() * 200)) };
  }
  return {};
}

const any = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];
const BASIS_CODES = ['OUT_OF_TOLERANCE', 'UNVERIFIED_INSTRUMENT', 'FRAUDULENT_USE', 'TAMPERED_INSTRUMENT'];
const TYPE_CODES = ['NON_AUTOMATIC_SCALE', 'FUEL_DISPENSER', 'VEHICLE_SCALE'];
const SERVICE_CODES = ['VERIFICATION', 'ACCURACY_CHECK', 'FINE'];

/** One extra filter in about a third of the requests: offence basis, instrument type, status or service type. */
function extraFilters(): { complaint: Record<string, unknown>; payment: Record<string, unknown> } {
  const pick = Math.floor(Math.random() * 9);
  if (pick === 0) return { complaint: { offenceBasisCodes: [any(BASIS_CODES)] }, payment: {} };
  if (pick === 1) return { complaint: { instrumentTypes: [any(TYPE_CODES)] }, payment: {} };
  if (pick === 2) return { complaint: { statuses: ['RECEIVED', 'TRIAGED', 'ASSIGNED', 'INVESTIGATING'] }, payment: { serviceTypes: [any(SERVICE_CODES)] } };
  return { complaint: {}, payment: {} };
}

const ROW = 'key received open closed closureRate averageDaysToClose overdue cases finesSatang';
const PAY = 'key issued issuedSatang paid collectedSatang unpaid outstandingSatang overdue overdueSatang';

interface Level {
  name: string;
  request(place: Place): { query: string; variables: Record<string, unknown> };
}

function filters(area: Record<string, unknown>, options: { midnight?: boolean } = {}) {
  const period = randomPeriod();
  if (options.midnight === false) period.from = new Date((period.from ?? thaiMidnight(400)).getTime() + 3_600_000 * 10);
  const extra = extraFilters();
  return {
    complaint: { ...area, ...extra.complaint, receivedFrom: period.from, receivedTo: period.to },
    payment: { ...area, ...extra.payment, issuedFrom: period.from, issuedTo: period.to },
  };
}

const STATS_QUERY = (complaintGroups: string[], paymentGroups: string[]) => `query Level($c: ComplaintFilter, $p: PaymentStatsFilter) {
  ${complaintGroups.map((g) => `${g.toLowerCase()}: complaintStats(groupBy: ${g}, filter: $c) { ${ROW} }`).join('\n  ')}
  ${paymentGroups.map((g) => `fees_${g.toLowerCase()}: paymentStats(groupBy: ${g}, filter: $p) { ${PAY} }`).join('\n  ')}
}`;

const LEVELS: Level[] = [
  {
    name: 'nation',
    request: () => {
      const f = filters({});
      return { query: STATS_QUERY(['TOTAL', 'PROVINCE', 'MONTH'], ['TOTAL', 'PROVINCE']), variables: { c: f.complaint, p: f.payment } };
    },
  },
  {
    name: 'region',
    request: (place) => {
      const provinces = any([...place.regions.values()]);
      const f = filters({ provinceCodes: provinces });
      return { query: STATS_QUERY(['TOTAL', 'PROVINCE', 'MONTH'], ['TOTAL', 'PROVINCE']), variables: { c: f.complaint, p: f.payment } };
    },
  },
  {
    name: 'province',
    request: (place) => {
      const f = filters({ provinceCodes: [any(place.provinces)] });
      return { query: STATS_QUERY(['TOTAL', 'OFFICE', 'OFFENCE_BASIS', 'MONTH'], ['TOTAL', 'OFFICE', 'SERVICE_TYPE']), variables: { c: f.complaint, p: f.payment } };
    },
  },
  {
    name: 'office',
    request: (place) => {
      const f = filters({ officeCodes: [any(place.offices)] });
      return { query: STATS_QUERY(['TOTAL', 'OFFENCE_BASIS', 'STATUS', 'INSTRUMENT_TYPE', 'MONTH'], ['TOTAL', 'SERVICE_TYPE', 'MONTH']), variables: { c: f.complaint, p: f.payment } };
    },
  },
  {
    name: 'complaint and case lists (office)',
    request: (place) => {
      const office = any(place.offices);
      const period = randomPeriod();
      return {
        query: `query Lists($c: ComplaintFilter, $k: LegalCaseFilter) {
          complaints(first: 20, filter: $c, orderBy: [{ field: RECEIVED_AT, direction: DESC }]) { totalCount edges { node { id referenceNo status receivedAt subject instrumentType } } }
          legalCases(first: 20, filter: $k) { totalCount edges { node { id caseNo status fineAmountSatang openedAt } } }
        }`,
        variables: {
          c: { officeCodes: [office], receivedFrom: period.from, receivedTo: period.to, ...(Math.random() < 0.5 ? { statuses: ['RECEIVED', 'TRIAGED', 'ASSIGNED', 'INVESTIGATING'] } : {}) },
          k: { officeCodes: [office], openedFrom: period.from, openedTo: period.to },
        },
      };
    },
  },
];

/** The nation view with a period that does not start at a Thai midnight: computed from the raw rows (the fallback). */
const RAW_NATION: Level = {
  name: 'nation, raw fallback (period not at a Thai midnight)',
  request: () => {
    const f = filters({}, { midnight: false });
    return { query: STATS_QUERY(['TOTAL', 'PROVINCE', 'MONTH'], ['TOTAL', 'PROVINCE']), variables: { c: f.complaint, p: f.payment } };
  },
};

async function measure(router: RunningRouter, place: Place, level: Level, count: number, warmup = 10): Promise<number[]> {
  const times: number[] = [];
  for (let n = 0; n < warmup + count; n++) {
    const { query, variables } = level.request(place);
    const started = performance.now();
    const response = await fetch(router.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown[] };
    const took = performance.now() - started;
    if (body.errors) throw new Error(`${level.name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
    if (n >= warmup) times.push(took);
    if (n >= warmup && SHOW_SLOW_MS !== null && took > SHOW_SLOW_MS) console.log(`  slow: ${level.name} ${took.toFixed(1)} ms ${JSON.stringify(variables)}`);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  process.env.METROGRAPH_QUIET = '1';
  // BENCH_REUSE_DB=<name>: measure again on a database an earlier run kept (BENCH_KEEP_DB), without generating
  const reuse = process.env.BENCH_REUSE_DB;
  const dbName = reuse ?? process.env.BENCH_DB_NAME ?? `metrograph_bench_dashboards_${process.pid}`;
  const databaseUrl = reuse ? LOCAL_POSTGRES.replace(/\/[^/]*$/, `/${reuse}`) : await createDatabase(LOCAL_POSTGRES, dbName);
  const signingSecret = randomBytes(24).toString('base64url');
  const subgraphs: Record<string, RunningSubgraph> = {};
  let router: RunningRouter | null = null;
  let bus: PostgresEventBus | null = null;
  const complaintsDefinition = SUBGRAPHS.find((s) => s.name === 'complaints')!;
  const orm = await openSubgraphOrm(complaintsDefinition, databaseUrl, 1);
  const execute: Execute = (sql) => orm.em.getConnection().execute(sql);
  const figures: BenchRow[] = [];
  const notes: string[] = [];
  try {
    console.log(`Dashboards at scale: ${COMPLAINTS.toLocaleString('en')} complaints, ${PAYMENT_REQUESTS.toLocaleString('en')} payment requests, ${INSTRUMENTS.toLocaleString('en')} instruments`);
    const generation: Record<string, number> = {};
    if (!reuse) {
      const total = performance.now();
      await seedDemo(databaseUrl, { size: 'tiny', seed: 'bench', reset: true });
      await execute(PLACES);
      console.log('generating (set-based SQL with the rollup triggers off, indexes built after the load, rollups rebuilt in one pass):');
      const indexes = await dropSecondaryIndexes(execute, LOADED);
      // the rollups' covering indexes too: built once after the rebuild instead of updated row by row
      const rollupIndexes = await dropSecondaryIndexes(execute, ROLLUPS);
      generation.complaints = await inChunks(execute, 'complaints', COMPLAINTS, 250_000, complaintChunk);
      let started = performance.now();
      await execute(BULK + CASES);
      generation.cases = seconds(started);
      console.log(`  legal cases in ${generation.cases} s`);
      generation.payments = await inChunks(execute, 'payment requests', PAYMENT_REQUESTS, 500_000, paymentChunk);
      generation.operators = await inChunks(execute, 'operators', OPERATORS, 250_000, operatorChunk);
      generation.instruments = await inChunks(execute, 'instruments', INSTRUMENTS, 1_000_000, instrumentChunk);
      started = performance.now();
      for (const def of indexes) await execute(BULK + def);
      generation.indexes = seconds(started);
      console.log(`  ${indexes.length} indexes built in ${generation.indexes} s`);
      started = performance.now();
      for (const table of LOADED) await execute(`analyze ${table}`);
      await execute(BULK + 'select complaints.complaint_rollup_rebuild()');
      await execute(BULK + 'select complaints.complaint_overdue_rebuild()');
      generation.complaintRollup = seconds(started);
      console.log(`  complaint rollups rebuilt in ${generation.complaintRollup} s`);
      started = performance.now();
      await execute(BULK + 'select payments.payment_rollup_rebuild()');
      generation.paymentRollup = seconds(started);
      console.log(`  payment rollups rebuilt in ${generation.paymentRollup} s`);
      started = performance.now();
      for (const def of rollupIndexes) await execute(BULK + def);
      generation.rollupIndexes = seconds(started);
      console.log(`  ${rollupIndexes.length} rollup indexes built in ${generation.rollupIndexes} s`);
      await execute('set session_replication_role = origin');
      generation.total = seconds(total);
      notes.push(`generation (rollup triggers off, indexes after the load, rollups rebuilt): complaints ${generation.complaints} s, cases ${generation.cases} s, payment requests ${generation.payments} s, operators ${generation.operators} s, instruments ${generation.instruments} s, indexes ${generation.indexes} s, complaint rollups ${generation.complaintRollup} s, payment rollups ${generation.paymentRollup} s, rollup indexes ${generation.rollupIndexes} s`);
    }
    const started = performance.now();
    for (const table of ['complaints.complaint', 'complaints.legal_case', 'complaints.complaint_rollup', 'complaints.complaint_overdue_rollup', 'complaints.complaint_overdue_watermark', 'payments.payment_request', 'payments.payment_rollup', 'registry.operator', 'registry.instrument']) {
      // a kept database was vacuumed when it was generated; BENCH_VACUUM=1 does it again (after changes to it)
      if (!reuse || process.env.BENCH_VACUUM) await execute(`vacuum analyze ${table}`);
    }
    // the load leaves gigabytes of dirty pages: write them now, so a background checkpoint's writes do not
    // land inside the measurement (a steady-state server has long since written its data)
    await execute('checkpoint').catch((e: Error) => console.log(`  (no checkpoint: ${e.message})`));
    generation.vacuum = seconds(started);
    console.log(`  vacuum analyze and checkpoint in ${generation.vacuum} s`);
    if (generation.total) {
      generation.total = round(generation.total + generation.vacuum);
      console.log(`  whole generation (seed, load, indexes, rollups, vacuum) in ${generation.total} s`);
      figures.push({ measure: 'dashboards data generation (1 M / 2 M / 5 M rows)', value: generation.total, unit: 's' });
    }

    const sizes = await execute(`select n.nspname || '.' || c.relname as "table", c.reltuples::bigint as rows,
        pg_size_pretty(pg_total_relation_size(c.oid)) as size, pg_total_relation_size(c.oid) as bytes
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and (n.nspname, c.relname) in (('complaints', 'complaint'), ('complaints', 'legal_case'), ('complaints', 'complaint_rollup'),
        ('complaints', 'complaint_overdue_rollup'), ('payments', 'payment_request'), ('payments', 'payment_rollup'), ('registry', 'operator'), ('registry', 'instrument'))
      order by 1`);
    console.log('\ndata sizes (rows estimated by ANALYZE; size with indexes):');
    console.log('| table | rows | size |\n|---|---:|---:|');
    for (const s of sizes) {
      console.log(`| ${s.table} | ${Number(s.rows).toLocaleString('en')} | ${s.size} |`);
      notes.push(`${s.table}: ${Number(s.rows).toLocaleString('en')} rows, ${s.size}`);
    }
    const [rollupRows] = await execute(`select count(*) filter (where dims = 0 and grain = 'M')::int as nation_months, count(*)::int as total from complaints.complaint_rollup`);
    const places = await execute(`select p.code, p.region_code, b.office_code from identity.province p
      join (select distinct province_code, office_code from public.bench_place) b on b.province_code = p.code order by p.code`);
    const place: Place = { regions: new Map(), provinces: [], offices: [] };
    for (const p of places) {
      const region = String(p.region_code);
      place.regions.set(region, [...(place.regions.get(region) ?? []), String(p.code)]);
      place.provinces.push(String(p.code));
      if (!place.offices.includes(String(p.office_code))) place.offices.push(String(p.office_code));
    }

    for (const definition of SUBGRAPHS) {
      subgraphs[definition.name] = await startSubgraph(definition, { databaseUrl, port: 0, poolMax: 8, signingSecret });
    }
    const { supergraphSdl } = composeSupergraph(SUBGRAPHS, await currentSubgraphSdls(SUBGRAPHS));
    bus = new PostgresEventBus(databaseUrl, 20);
    router = await startRouter({
      supergraphSdl,
      port: 0,
      signingSecret,
      bus,
      // the dashboards are measured, not sign-in: an open-access caller sees the whole country (HQ)
      authenticate: openAccess,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.url])),
    });

    console.log(`\nthrough the router, ${REQUESTS} requests per level one at a time (after 10 warm-up), varying period, area and filters:`);
    console.log('| level | p50 ms | p95 ms | max ms | target p95 |\n|---|---:|---:|---:|---|');
    for (const level of [...LEVELS, RAW_NATION]) {
      const raw = level === RAW_NATION;
      const times = await measure(router, place, level, raw ? Math.min(REQUESTS, 10) : REQUESTS, raw ? 2 : 10);
      const p50 = round(percentile(times, 50));
      const p95 = round(percentile(times, 95));
      console.log(`| ${level.name} | ${p50} | ${p95} | ${round(times.at(-1)!)} | ${raw ? 'for comparison' : `≤ ${TARGET_MS} ms ${p95 <= TARGET_MS ? 'met' : 'NOT met'}`} |`);
      figures.push({ measure: `dashboard ${level.name} p50`, value: p50, unit: 'ms' });
      figures.push(raw ? { measure: `dashboard ${level.name} p95`, value: p95, unit: 'ms' } : { measure: `dashboard ${level.name} p95`, value: p95, unit: 'ms', target: `≤ ${TARGET_MS} ms`, met: p95 <= TARGET_MS });
    }
    notes.push(`complaint_rollup: ${Number(rollupRows.total).toLocaleString('en')} rows (${Number(rollupRows.nation_months).toLocaleString('en')} month rows in the plain province/office set)`);
    notes.push('each level is one GraphQL request through the router with the complaint and fee KPIs of that view (3-8 aggregates); periods: last 30 days, fiscal year, last 12 months, a quarter, a custom day range, all time; a third with an offence basis, instrument type or status filter');
    writeResult({ title: 'Dashboards at scale', rows: figures, notes });
  } finally {
    await router?.stop();
    await bus?.close();
    for (const service of Object.values(subgraphs)) await service.stop();
    await orm.close(true);
    if (reuse || process.env.BENCH_KEEP_DB) console.log(`kept the database ${dbName} (BENCH_KEEP_DB)`);
    else await dropDatabase(LOCAL_POSTGRES, dbName);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
