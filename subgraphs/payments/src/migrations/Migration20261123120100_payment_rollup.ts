import { Migration } from '@mikro-orm/migrations';

/**
 * Dashboard rollup of payment requests, kept by the database in the same transaction as every change.
 *
 * `payment_rollup` holds, per Thai-time day ('D') and month ('M') of issue, province and office, in two
 * grouping sets (`dims` 0: all services together, service_type '*'; 1: by service type) (`payment_rollup_read_index` carries the measures too, so the statistics are read by index-only scans): requests issued and their amount, paid requests and the money collected (paid less refunded),
 * unpaid (PENDING) requests and their amount, and lapsed (CANCELLED or EXPIRED) requests. Statement-level
 * triggers with transition tables add each statement's signed deltas with one upsert
 * (`payment_rollup_add`). `payment_rollup_rebuild()` is the one-off backfill with the same function (run
 * here for data that existed before the rollup, and on TRUNCATE).
 *
 * "Overdue" depends on today, so it is not rolled up: `payment_request_pending_due_index` is a covering
 * partial index of the unpaid requests that the statistics query for it.
 */
export class Migration20261123120100_payment_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "payments"."payment_rollup" (
      "dims" smallint not null,
      "grain" char(1) not null,
      "bucket" date not null,
      "province_code" varchar(2) not null,
      "office_code" varchar(8) not null,
      "service_type" varchar(40) not null,
      "issued" bigint not null default 0,
      "issued_satang" bigint not null default 0,
      "paid" bigint not null default 0,
      "collected_satang" bigint not null default 0,
      "unpaid" bigint not null default 0,
      "outstanding_satang" bigint not null default 0,
      "lapsed" bigint not null default 0,
      constraint "payment_rollup_pkey" primary key ("dims", "grain", "bucket", "province_code", "office_code", "service_type")
    );`);
    this.addSql(`create index "payment_rollup_read_index" on "payments"."payment_rollup" ("dims", "grain", "bucket", "province_code", "office_code", "service_type")
      include ("issued", "issued_satang", "paid", "collected_satang", "unpaid", "outstanding_satang", "lapsed");`);

    this.addSql(`create type "payments"."payment_rollup_delta" as (
      "issued_at" timestamptz, "province_code" varchar(2), "office_code" varchar(8), "service_type" varchar(40),
      "issued" bigint, "issued_satang" bigint, "paid" bigint, "collected_satang" bigint, "unpaid" bigint, "outstanding_satang" bigint, "lapsed" bigint
    );`);

    this.addSql(`create function "payments"."payment_rollup_add"(deltas "payments"."payment_rollup_delta"[]) returns void language sql as $$
      insert into "payments"."payment_rollup" as r
        ("dims", "grain", "bucket", "province_code", "office_code", "service_type", "issued", "issued_satang", "paid", "collected_satang", "unpaid", "outstanding_satang", "lapsed")
      select s.dims, g.grain, g.bucket, d.province_code, d.office_code, case when s.dims = 1 then d.service_type else '*' end,
        sum(d.issued), sum(d.issued_satang), sum(d.paid), sum(d.collected_satang), sum(d.unpaid), sum(d.outstanding_satang), sum(d.lapsed)
      from unnest(deltas) d
      cross join lateral (values
        ('D', (d.issued_at at time zone 'Asia/Bangkok')::date),
        ('M', date_trunc('month', d.issued_at at time zone 'Asia/Bangkok')::date)) g(grain, bucket)
      cross join (values (0), (1)) s(dims)
      group by 1, 2, 3, 4, 5, 6
      on conflict ("dims", "grain", "bucket", "province_code", "office_code", "service_type") do update set
        "issued" = r."issued" + excluded."issued",
        "issued_satang" = r."issued_satang" + excluded."issued_satang",
        "paid" = r."paid" + excluded."paid",
        "collected_satang" = r."collected_satang" + excluded."collected_satang",
        "unpaid" = r."unpaid" + excluded."unpaid",
        "outstanding_satang" = r."outstanding_satang" + excluded."outstanding_satang",
        "lapsed" = r."lapsed" + excluded."lapsed"
    $$;`);

    this.addSql(`create function "payments"."payment_delta"(p "payments"."payment_request", sign int) returns "payments"."payment_rollup_delta" language sql stable as $$
      select row(
        p.issued_at, p.province_code, p.office_code, p.service_type::text,
        sign, sign * p.amount_satang,
        case when p.status::text in ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') then sign else 0 end,
        case when p.status::text in ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') then sign * (coalesce(p.paid_amount_satang, 0) - p.refunded_amount_satang) else 0 end,
        case when p.status::text = 'PENDING' then sign else 0 end,
        case when p.status::text = 'PENDING' then sign * p.amount_satang else 0 end,
        case when p.status::text in ('CANCELLED', 'EXPIRED') then sign else 0 end
      )::"payments"."payment_rollup_delta"
    $$;`);

    const changed = `(o.issued_at, o.province_code, o.office_code, o.service_type, o.status, o.amount_satang, o.paid_amount_satang, o.refunded_amount_satang)
      is distinct from (n.issued_at, n.province_code, n.office_code, n.service_type, n.status, n.amount_satang, n.paid_amount_satang, n.refunded_amount_satang)`;
    this.addSql(`create function "payments"."payment_rollup_on_change"() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform "payments"."payment_rollup_add"((select array_agg("payments"."payment_delta"(n, 1)) from new_rows n));
      elsif tg_op = 'DELETE' then
        perform "payments"."payment_rollup_add"((select array_agg("payments"."payment_delta"(o, -1)) from old_rows o));
      else
        perform "payments"."payment_rollup_add"((select array_agg(d) from old_rows o join new_rows n on n.id = o.id
          cross join lateral (values ("payments"."payment_delta"(o, -1)), ("payments"."payment_delta"(n, 1))) v(d)
          where ${changed}));
      end if;
      return null;
    end $$;`);

    this.addSql(`create function "payments"."payment_rollup_rebuild"() returns void language plpgsql as $$
    declare
      m timestamptz;
    begin
      truncate "payments"."payment_rollup";
      for m in select distinct date_trunc('month', issued_at) from "payments"."payment_request" loop
        perform "payments"."payment_rollup_add"((select array_agg("payments"."payment_delta"(p, 1)) from "payments"."payment_request" p
          where p.issued_at >= m and p.issued_at < m + interval '1 month'));
      end loop;
    end $$;`);

    this.addSql(`create function "payments"."payment_rollup_on_truncate"() returns trigger language plpgsql as $$
    begin
      truncate "payments"."payment_rollup";
      return null;
    end $$;`);

    for (const op of ['insert', 'update', 'delete']) {
      const tables = op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      this.addSql(`create trigger "payment_rollup_${op}" after ${op} on "payments"."payment_request" referencing ${tables}
        for each statement execute function "payments"."payment_rollup_on_change"();`);
    }
    this.addSql(`create trigger "payment_rollup_truncate" after truncate on "payments"."payment_request" for each statement execute function "payments"."payment_rollup_on_truncate"();`);

    this.addSql(`create index "payment_request_pending_due_index" on "payments"."payment_request" ("due_date")
      include ("province_code", "office_code", "service_type", "issued_at", "amount_satang") where "status" = 'PENDING';`);

    this.addSql(`select "payments"."payment_rollup_rebuild"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "payments"."payment_request_pending_due_index";`);
    for (const op of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "payment_rollup_${op}" on "payments"."payment_request";`);
    this.addSql(`drop function if exists "payments"."payment_rollup_on_truncate"();`);
    this.addSql(`drop function if exists "payments"."payment_rollup_rebuild"();`);
    this.addSql(`drop function if exists "payments"."payment_rollup_on_change"();`);
    this.addSql(`drop function if exists "payments"."payment_delta"("payments"."payment_request", int);`);
    this.addSql(`drop function if exists "payments"."payment_rollup_add"("payments"."payment_rollup_delta"[]);`);
    this.addSql(`drop type if exists "payments"."payment_rollup_delta";`);
    this.addSql(`drop table if exists "payments"."payment_rollup";`);
  }
}
