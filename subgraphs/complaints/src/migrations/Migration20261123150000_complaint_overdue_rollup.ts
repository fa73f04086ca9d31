import { Migration } from '@mikro-orm/migrations';

/** SLA hours of the open statuses when this migration was written (complaint-status.ts SLA_HOURS; a test checks they agree). */
const SLA: [string, number][] = [
  ['RECEIVED', 24],
  ['TRIAGED', 48],
  ['ASSIGNED', 72],
  ['INVESTIGATING', 360],
  ['OFFENCE_FOUND', 720],
  ['NO_OFFENCE', 168],
];

/** Open complaints (alias c) whose due time falls in [lo, hi): one index range per status on complaint_open_sla_index. */
const dueBetween = (lo: string, hi: string) =>
  `(${SLA.map(([s, h]) => `(c.status = '${s}' and c.status_changed_at >= ${lo} - interval '${h} hours' and c.status_changed_at < ${hi} - interval '${h} hours')`).join(' or ')})`;

/**
 * "Overdue" without walking the backlog: `complaint_overdue_rollup` counts, in the same grouping sets,
 * grains and keys as `complaint_rollup`, the open complaints whose SLA due time is before a watermark
 * (`complaint_overdue_watermark.at`). Statement-level triggers on `complaint` keep it in the same
 * transaction as every change (a complaint counts while it is open and due before the watermark);
 * `complaint_overdue_advance(upto)` moves the watermark forward, adding the complaints that fell due in
 * between (the complaints subgraph calls it every minute). The statistics add the complaints that fell
 * due after the watermark from the partial index of open complaints: a minute or so of them, however
 * large the backlog of overdue complaints is.
 *
 * The advance locks `complaint` against writers (SHARE ROW EXCLUSIVE) for its short range scan, so no
 * change can be counted under the old watermark and again by the advance. `complaint_overdue_rebuild()`
 * recomputes it (backfill, bulk loads, TRUNCATE).
 */
export class Migration20261123150000_complaint_overdue_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "complaints"."complaint_overdue_watermark" (
      "id" boolean not null default true, "at" timestamptz not null,
      constraint "complaint_overdue_watermark_pkey" primary key ("id")
    );`);
    this.addSql(`insert into "complaints"."complaint_overdue_watermark" ("id", "at") values (true, date_trunc('minute', now()));`);
    this.addSql(`create table "complaints"."complaint_overdue_rollup" (
      "dims" smallint not null,
      "grain" char(1) not null,
      "bucket" date not null,
      "province_code" varchar(2) not null,
      "office_code" varchar(8) not null,
      "offence_basis" varchar(40) not null,
      "status" varchar(20) not null,
      "channel" varchar(20) not null,
      "instrument_type" varchar(40) not null,
      "overdue" bigint not null default 0,
      constraint "complaint_overdue_rollup_pkey" primary key ("dims", "grain", "bucket", "province_code", "office_code", "offence_basis", "status", "channel", "instrument_type")
    ) with (fillfactor = 80);`);

    this.addSql(`create function "complaints"."complaint_due_at"(status text, since timestamptz) returns timestamptz language sql immutable as $$
      select since + case status ${SLA.map(([s, h]) => `when '${s}' then interval '${h} hours'`).join(' ')} end
    $$;`);

    // deltas: (received_at, province, office, basis, status, channel, instrument type, overdue)
    this.addSql(`create function "complaints"."complaint_overdue_add"(c "complaints"."complaint"[], signs int[]) returns void language sql as $$
      insert into "complaints"."complaint_overdue_rollup" as r
        ("dims", "grain", "bucket", "province_code", "office_code", "offence_basis", "status", "channel", "instrument_type", "overdue")
      select s.dims, g.grain, g.bucket, d.province_code, d.office_code,
        case when s.basis then coalesce(d.offence_basis_code, '') else '*' end,
        case when s.status then d.status::text else '*' end,
        case when s.channel then d.channel::text else '*' end,
        case when s.itype then coalesce(d.instrument_type, '') else '*' end,
        sum(d.sign)
      from (select u.*, signs[u.ordinality] as sign from unnest(c) with ordinality u) d
      cross join lateral (values
        ('D', (d.received_at at time zone 'Asia/Bangkok')::date),
        ('M', date_trunc('month', d.received_at at time zone 'Asia/Bangkok')::date)) g(grain, bucket)
      cross join (values
        (0, false, false, false, false), (1, true, false, false, false), (2, false, true, false, false),
        (3, false, false, true, false), (4, false, false, false, true), (5, true, true, true, true)
      ) s(dims, basis, status, channel, itype)
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9
      having sum(d.sign) <> 0
      on conflict ("dims", "grain", "bucket", "province_code", "office_code", "offence_basis", "status", "channel", "instrument_type") do update set
        "overdue" = r."overdue" + excluded."overdue"
    $$;`);

    const counted = (row: string) => `${row}.status::text <> 'CLOSED' and "complaints"."complaint_due_at"(${row}.status::text, ${row}.status_changed_at) < w`;
    const changed = `(o.received_at, o.province_code, o.office_code, o.offence_basis_code, o.status, o.channel, o.instrument_type, o.status_changed_at)
      is distinct from (n.received_at, n.province_code, n.office_code, n.offence_basis_code, n.status, n.channel, n.instrument_type, n.status_changed_at)`;
    this.addSql(`create function "complaints"."complaint_overdue_on_complaint"() returns trigger language plpgsql as $$
    declare
      w timestamptz;
      rows "complaints"."complaint"[];
      signs int[];
    begin
      select at into w from "complaints"."complaint_overdue_watermark";
      if tg_op = 'INSERT' then
        select array_agg(n), array_agg(1) into rows, signs from new_rows n where ${counted('n')};
      elsif tg_op = 'DELETE' then
        select array_agg(o), array_agg(-1) into rows, signs from old_rows o where ${counted('o')};
      else
        select array_agg(v.c), array_agg(v.sign) into rows, signs from old_rows o join new_rows n on n.id = o.id
          cross join lateral (select o, -1 where ${counted('o')} union all select n, 1 where ${counted('n')}) v(c, sign)
          where ${changed};
      end if;
      if rows is not null then perform "complaints"."complaint_overdue_add"(rows, signs); end if;
      return null;
    end $$;`);

    this.addSql(`create function "complaints"."complaint_overdue_advance"(upto timestamptz) returns void language plpgsql as $$
    declare
      w timestamptz;
      rows "complaints"."complaint"[];
    begin
      lock table "complaints"."complaint" in share row exclusive mode;
      select at into w from "complaints"."complaint_overdue_watermark" for update;
      if upto <= w then return; end if;
      select array_agg(c) into rows from "complaints"."complaint" c where c.status <> 'CLOSED' and ${dueBetween('w', 'upto')};
      if rows is not null then perform "complaints"."complaint_overdue_add"(rows, array_fill(1, array[cardinality(rows)])); end if;
      update "complaints"."complaint_overdue_watermark" set at = upto;
    end $$;`);

    this.addSql(`create function "complaints"."complaint_overdue_rebuild"() returns void language plpgsql as $$
    declare
      w timestamptz;
      rows "complaints"."complaint"[];
    begin
      lock table "complaints"."complaint" in share row exclusive mode;
      -- the watermark never moves back
      select greatest(at, date_trunc('minute', now())) into w from "complaints"."complaint_overdue_watermark" for update;
      truncate "complaints"."complaint_overdue_rollup";
      select array_agg(c) into rows from "complaints"."complaint" c where c.status <> 'CLOSED' and "complaints"."complaint_due_at"(c.status::text, c.status_changed_at) < w;
      if rows is not null then perform "complaints"."complaint_overdue_add"(rows, array_fill(1, array[cardinality(rows)])); end if;
      update "complaints"."complaint_overdue_watermark" set at = w;
    end $$;`);

    this.addSql(`create function "complaints"."complaint_overdue_on_truncate"() returns trigger language plpgsql as $$
    begin
      truncate "complaints"."complaint_overdue_rollup";
      return null;
    end $$;`);

    for (const op of ['insert', 'update', 'delete']) {
      const tables = op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      this.addSql(`create trigger "complaint_overdue_${op}" after ${op} on "complaints"."complaint" referencing ${tables}
        for each statement execute function "complaints"."complaint_overdue_on_complaint"();`);
    }
    this.addSql(`create trigger "complaint_overdue_truncate" after truncate on "complaints"."complaint" for each statement execute function "complaints"."complaint_overdue_on_truncate"();`);
    this.addSql(`select "complaints"."complaint_overdue_rebuild"();`);
  }

  override async down(): Promise<void> {
    for (const op of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "complaint_overdue_${op}" on "complaints"."complaint";`);
    this.addSql(`drop function if exists "complaints"."complaint_overdue_on_truncate"();`);
    this.addSql(`drop function if exists "complaints"."complaint_overdue_rebuild"();`);
    this.addSql(`drop function if exists "complaints"."complaint_overdue_advance"(timestamptz);`);
    this.addSql(`drop function if exists "complaints"."complaint_overdue_on_complaint"();`);
    this.addSql(`drop function if exists "complaints"."complaint_overdue_add"("complaints"."complaint"[], int[]);`);
    this.addSql(`drop function if exists "complaints"."complaint_due_at"(text, timestamptz);`);
    this.addSql(`drop table if exists "complaints"."complaint_overdue_rollup";`);
    this.addSql(`drop table if exists "complaints"."complaint_overdue_watermark";`);
  }
}
