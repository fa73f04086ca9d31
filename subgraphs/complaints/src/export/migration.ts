import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/**
 * The download audit trail of exports (004 §4.5.1 (13)). The reference numbers come from the
 * complaints schema's `number_series` (series 'export'), which an earlier migration created.
 * The SQL is what MikroORM generates for ExportDownload (a test checks that the schema diff is empty).
 */
export class Migration20261123090000_export_download extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "complaints"."export_download" ("id" uuid not null, "reference_no" varchar(30) not null, "report" varchar(60) not null, "format" text check ("format" in ('CSV', 'PDF')) not null, "filters" jsonb not null, "row_count" int not null, "actor_id" varchar(100) null, "actor_name" varchar(200) not null, "office_code" varchar(8) null, "created_at" timestamptz not null, constraint "export_download_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "complaints"."export_download" add constraint "export_download_reference_no_unique" unique ("reference_no");`);
    this.addSql(`create index "export_download_created_at_index" on "complaints"."export_download" ("created_at");`);
    this.addSql(`create index "export_download_actor_id_created_at_index" on "complaints"."export_download" ("actor_id", "created_at");`);
    this.addSql(`create index "export_download_report_created_at_index" on "complaints"."export_download" ("report", "created_at");`);
    this.addSql(`create index "export_download_office_code_created_at_index" on "complaints"."export_download" ("office_code", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaints"."export_download" cascade;`);
  }
}

/** List it last in `src/migrations/index.ts` (after the migration that creates `number_series`). */
export const exportMigration: MigrationObject = {
  name: 'Migration20261123090000_export_download',
  class: Migration20261123090000_export_download,
};
