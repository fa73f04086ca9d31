import { Migration } from '@mikro-orm/migrations';

/**
 * Dashboard rollups of complaints, kept by the database in the same transaction as every change.
 *
 * `complaint_rollup` holds the complaint KPIs (received, closed, time to close, cases, fines) per
 * Thai-time day ('D') and month ('M') of receipt, province and office, in six grouping sets (`dims`):
 *   0 none · 1 offence basis · 2 status · 3 channel · 4 instrument type · 5 all four.
 * `complaint_rollup_read_index` carries the measures too, so the statistics are read by index-only scans.
 * A dimension outside a set holds '*'; a missing offence basis or instrument type is ''.
 *
 * Statement-level triggers with transition tables on `complaint` and `legal_case` turn each statement's
 * changes into signed deltas and add them with one upsert (`complaint_rollup_add`), so a bulk insert of
 * a million complaints costs one aggregate per statement, and a status change costs a few row updates.
 * A case locks its complaint's row (FOR SHARE) before reading its dimensions, so a case and a concurrent
 * change of its complaint cannot count the case under the complaint's old dimensions.
 *
 * `complaint_rollup_rebuild()` is the one-off backfill: it recomputes the table from the complaints with
 * the same function (this migration runs it for data that existed before the rollup).
 *
 * "Overdue" depends on the clock, so it is not rolled up: `complaint_open_sla_index` is a covering
 * partial index of the open complaints that the statistics query for it.
 */
export class Migration20261123120000_complaint_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "complaints"."complaint_rollup" (
      "dims" smallint not null,
      "grain" char(1) not null,
      "bucket" date not null,
      "province_code" varchar(2) not null,
      "office_code" varchar(8) not null,
      "offence_basis" varchar(40) not null,
      "status" varchar(20) not null,
      "channel" varchar(20) not null,
      "instrument_type" varchar(40) not null,
      "received" bigint not null default 0,
      "closed" bigint not null default 0,
      "closed_timed" bigint not null default 0,
      "close_seconds" numeric not null default 0,
      "cases" bigint not null default 0,
      "fines_satang" bigint not null default 0,
      constraint "complaint_rollup_pkey" primary key ("dims", "grain", "bucket", "province_code", "office_code", "offence_basis", "status", "channel", "instrument_type")
    );`);
    this.addSql(`create index "complaint_rollup_read_index" on "complaints"."complaint_rollup" ("dims", "grain", "bucket", "province_code", "office_code", "offence_basis", "status", "channel", "instrument_type")
      include ("received", "closed", "closed_timed", "close_seconds", "cases", "fines_satang");`);

    this.addSql(`create type "complaints"."complaint_rollup_delta" as (
      "received_at" timestamptz, "province_code" varchar(2), "office_code" varchar(8), "offence_basis" varchar(40),
      "status" varchar(20), "channel" varchar(20), "instrument_type" varchar(40),
      "received" bigint, "closed" bigint, "closed_timed" bigint, "close_seconds" numeric, "cases" bigint, "fines_satang" bigint
    );`);

    this.addSql(`create function "complaints"."complaint_rollup_add"(deltas "complaints"."complaint_rollup_delta"[]) returns void language sql as $$
      insert into "complaints"."complaint_rollup" as r
        ("dims", "grain", "bucket", "province_code", "office_code", "offence_basis", "status", "channel", "instrument_type",
         "received", "closed", "closed_timed", "close_seconds", "cases", "fines_satang")
      select s.dims, g.grain, g.bucket, d.province_code, d.office_code,
        case when s.basis then d.offence_basis else '*' end,
        case when s.status then d.status else '*' end,
        case when s.channel then d.channel else '*' end,
        case when s.itype then d.instrument_type else '*' end,
        sum(d.received), sum(d.closed), sum(d.closed_timed), sum(d.close_seconds), sum(d.cases), sum(d.fines_satang)
      from unnest(deltas) d
      cross join lateral (values
        ('D', (d.received_at at time zone 'Asia/Bangkok')::date),
        ('M', date_trunc('month', d.received_at at time zone 'Asia/Bangkok')::date)) g(grain, bucket)
      cross join (values
        (0, false, false, false, false), (1, true, false, false, false), (2, false, true, false, false),
        (3, false, false, true, false), (4, false, false, false, true), (5, true, true, true, true)
      ) s(dims, basis, status, channel, itype)
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9
      on conflict ("dims", "grain", "bucket", "province_code", "office_code", "offence_basis", "status", "channel", "instrument_type") do update set
        "received" = r."received" + excluded."received",
        "closed" = r."closed" + excluded."closed",
        "closed_timed" = r."closed_timed" + excluded."closed_timed",
        "close_seconds" = r."close_seconds" + excluded."close_seconds",
        "cases" = r."cases" + excluded."cases",
        "fines_satang" = r."fines_satang" + excluded."fines_satang"
    $$;`);

    // A case's fine counts once it is paid or the case is final (as the statistics always counted it).
    this.addSql(`create function "complaints"."case_fine_satang"(k "complaints"."legal_case") returns bigint language sql stable as $$
      select case when k.fine_paid_at is not null or k.status::text = 'FINAL' then coalesce(k.fine_amount_satang, 0) else 0 end
    $$;`);

    // The signed delta of one complaint row given its cases and fines (a plain expression, inlined by the planner).
    this.addSql(`create function "complaints"."complaint_delta"(c "complaints"."complaint", sign int, cases bigint, fines bigint) returns "complaints"."complaint_rollup_delta" language sql stable as $$
      select row(
        c.received_at, c.province_code, c.office_code, coalesce(c.offence_basis_code, ''), c.status::text, c.channel::text, coalesce(c.instrument_type, ''),
        sign, case when c.status::text = 'CLOSED' then sign else 0 end, case when c.closed_at is not null then sign else 0 end,
        case when c.closed_at is not null then sign * extract(epoch from (c.closed_at - c.received_at)) else 0 end,
        sign * coalesce(cases, 0), sign * coalesce(fines, 0)
      )::"complaints"."complaint_rollup_delta"
    $$;`);

    // The signed delta of one case: one case and its fine under its complaint's current dimensions.
    this.addSql(`create function "complaints"."case_delta"(k "complaints"."legal_case", sign int) returns "complaints"."complaint_rollup_delta" language sql stable as $$
      select row(
        c.received_at, c.province_code, c.office_code, coalesce(c.offence_basis_code, ''), c.status::text, c.channel::text, coalesce(c.instrument_type, ''),
        0, 0, 0, 0, sign, sign * "complaints"."case_fine_satang"(k)
      )::"complaints"."complaint_rollup_delta"
      from "complaints"."complaint" c where c.id = k.complaint_id
    $$;`);

    // Rows whose rolled-up dimensions or measures changed (assignments, escalations... change none).
    const complaintChanged = `(o.received_at, o.province_code, o.office_code, o.offence_basis_code, o.status, o.channel, o.instrument_type, o.closed_at)
      is distinct from (n.received_at, n.province_code, n.office_code, n.offence_basis_code, n.status, n.channel, n.instrument_type, n.closed_at)`;
    this.addSql(`create function "complaints"."complaint_rollup_on_complaint"() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform "complaints"."complaint_rollup_add"((select array_agg("complaints"."complaint_delta"(n, 1, kn.cases, kn.fines)) from new_rows n
          left join lateral (select count(*) as cases, sum("complaints"."case_fine_satang"(x))::bigint as fines from "complaints"."legal_case" x where x.complaint_id = n.id) kn on true));
      elsif tg_op = 'DELETE' then
        perform "complaints"."complaint_rollup_add"((select array_agg("complaints"."complaint_delta"(o, -1, ko.cases, ko.fines)) from old_rows o
          left join lateral (select count(*) as cases, sum("complaints"."case_fine_satang"(x))::bigint as fines from "complaints"."legal_case" x where x.complaint_id = o.id) ko on true));
      else
        perform "complaints"."complaint_rollup_add"((select array_agg(d) from old_rows o join new_rows n on n.id = o.id
          left join lateral (select count(*) as cases, sum("complaints"."case_fine_satang"(x))::bigint as fines from "complaints"."legal_case" x where x.complaint_id = n.id) kn on true
          cross join lateral (values ("complaints"."complaint_delta"(o, -1, kn.cases, kn.fines)), ("complaints"."complaint_delta"(n, 1, kn.cases, kn.fines))) v(d)
          where ${complaintChanged}));
      end if;
      return null;
    end $$;`);

    const caseChanged = `(o.complaint_id, "complaints"."case_fine_satang"(o)) is distinct from (n.complaint_id, "complaints"."case_fine_satang"(n))`;
    this.addSql(`create function "complaints"."complaint_rollup_on_case"() returns trigger language plpgsql as $$
    declare
      deltas "complaints"."complaint_rollup_delta"[];
    begin
      if tg_op = 'INSERT' then
        perform 1 from "complaints"."complaint" c where c.id in (select n.complaint_id from new_rows n) for share;
        select array_agg("complaints"."case_delta"(n, 1)) into deltas from new_rows n where n.complaint_id is not null;
      elsif tg_op = 'DELETE' then
        perform 1 from "complaints"."complaint" c where c.id in (select o.complaint_id from old_rows o) for share;
        select array_agg("complaints"."case_delta"(o, -1)) into deltas from old_rows o where o.complaint_id is not null;
      else
        perform 1 from "complaints"."complaint" c
          where c.id in (select o.complaint_id from old_rows o join new_rows n on n.id = o.id where ${caseChanged}
                         union select n.complaint_id from old_rows o join new_rows n on n.id = o.id where ${caseChanged}) for share;
        select array_agg(d) into deltas from old_rows o join new_rows n on n.id = o.id
          cross join lateral (values ("complaints"."case_delta"(o, -1)), ("complaints"."case_delta"(n, 1))) v(d)
          where ${caseChanged} and v.d is not null;
      end if;
      perform "complaints"."complaint_rollup_add"(deltas);
      return null;
    end $$;`);

    // One-off backfill (and the answer to TRUNCATE): recompute everything with the same function, a month at a time.
    this.addSql(`create function "complaints"."complaint_rollup_rebuild"() returns void language plpgsql as $$
    declare
      m timestamptz;
    begin
      truncate "complaints"."complaint_rollup";
      for m in select distinct date_trunc('month', received_at) from "complaints"."complaint" loop
        perform "complaints"."complaint_rollup_add"((select array_agg("complaints"."complaint_delta"(c, 1, kc.cases, kc.fines)) from "complaints"."complaint" c
          left join lateral (select count(*) as cases, sum("complaints"."case_fine_satang"(x))::bigint as fines from "complaints"."legal_case" x where x.complaint_id = c.id) kc on true
          where c.received_at >= m and c.received_at < m + interval '1 month'));
      end loop;
    end $$;`);

    this.addSql(`create function "complaints"."complaint_rollup_on_truncate"() returns trigger language plpgsql as $$
    begin
      perform "complaints"."complaint_rollup_rebuild"();
      return null;
    end $$;`);

    for (const op of ['insert', 'update', 'delete']) {
      const tables = op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      this.addSql(`create trigger "complaint_rollup_${op}" after ${op} on "complaints"."complaint" referencing ${tables}
        for each statement execute function "complaints"."complaint_rollup_on_complaint"();`);
      this.addSql(`create trigger "case_rollup_${op}" after ${op} on "complaints"."legal_case" referencing ${tables}
        for each statement execute function "complaints"."complaint_rollup_on_case"();`);
    }
    this.addSql(`create trigger "complaint_rollup_truncate" after truncate on "complaints"."complaint" for each statement execute function "complaints"."complaint_rollup_on_truncate"();`);
    this.addSql(`create trigger "case_rollup_truncate" after truncate on "complaints"."legal_case" for each statement execute function "complaints"."complaint_rollup_on_truncate"();`);

    this.addSql(`create index "complaint_open_sla_index" on "complaints"."complaint" ("status", "status_changed_at")
      include ("province_code", "office_code", "received_at", "offence_basis_code", "channel", "instrument_type") where "status" <> 'CLOSED';`);

    this.addSql(`select "complaints"."complaint_rollup_rebuild"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "complaints"."complaint_open_sla_index";`);
    for (const op of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger if exists "complaint_rollup_${op}" on "complaints"."complaint";`);
      this.addSql(`drop trigger if exists "case_rollup_${op}" on "complaints"."legal_case";`);
    }
    this.addSql(`drop function if exists "complaints"."complaint_rollup_on_truncate"();`);
    this.addSql(`drop function if exists "complaints"."complaint_rollup_rebuild"();`);
    this.addSql(`drop function if exists "complaints"."complaint_rollup_on_case"();`);
    this.addSql(`drop function if exists "complaints"."case_delta"("complaints"."legal_case", int);`);
    this.addSql(`drop function if exists "complaints"."complaint_rollup_on_complaint"();`);
    this.addSql(`drop function if exists "complaints"."complaint_delta"("complaints"."complaint", int, bigint, bigint);`);
    this.addSql(`drop function if exists "complaints"."case_fine_satang"("complaints"."legal_case");`);
    this.addSql(`drop function if exists "complaints"."complaint_rollup_add"("complaints"."complaint_rollup_delta"[]);`);
    this.addSql(`drop type if exists "complaints"."complaint_rollup_delta";`);
    this.addSql(`drop table if exists "complaints"."complaint_rollup";`);
  }
}
