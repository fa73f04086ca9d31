import { Migration } from '@mikro-orm/migrations';

export class Migration20261123121131 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "registry"."instrument_import_status" as enum ('PROCESSING', 'REJECTED', 'VALIDATED', 'COMPLETED', 'FAILED');`);
    this.addSql(`create type "registry"."instrument_import_format" as enum ('CSV', 'XLSX');`);
    this.addSql(`create table "registry"."instrument_import" ("id" uuid not null, "status" "registry"."instrument_import_status" not null default 'PROCESSING', "format" "registry"."instrument_import_format" not null, "file_name" varchar(255) not null, "file_bytes" int not null, "validate_only" boolean not null, "total_rows" int not null default 0, "error_rows" int not null default 0, "error_count" int not null default 0, "inserted_rows" int not null default 0, "created_by_id" varchar(100) null, "created_by" varchar(200) not null, "office_code" varchar(20) null, "province_codes" jsonb null, "created_at" timestamptz not null default now(), "heartbeat_at" timestamptz not null default now(), "finished_at" timestamptz null, "failure_reason" varchar(1000) null, constraint "instrument_import_pkey" primary key ("id"));`);
    this.addSql(`create index "instrument_import_status_index" on "registry"."instrument_import" ("status");`);
    this.addSql(`create index "instrument_import_created_by_id_created_at_index" on "registry"."instrument_import" ("created_by_id", "created_at");`);

    this.addSql(`create table "registry"."instrument_import_error" ("sequence" bigserial primary key, "import_id" uuid not null, "row_number" int not null, "column" varchar(300) null, "field" varchar(50) null, "code" varchar(40) not null, "value" varchar(100) null, "message_th" text not null, "message_en" text not null);`);
    this.addSql(`create index "instrument_import_error_import_id_row_number_index" on "registry"."instrument_import_error" ("import_id", "row_number");`);

    this.addSql(`alter table "registry"."instrument_import_error" add constraint "instrument_import_error_import_id_foreign" foreign key ("import_id") references "registry"."instrument_import" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registry"."instrument_import_error" drop constraint "instrument_import_error_import_id_foreign";`);

    this.addSql(`drop table if exists "registry"."instrument_import" cascade;`);

    this.addSql(`drop table if exists "registry"."instrument_import_error" cascade;`);

    this.addSql(`drop type "registry"."instrument_import_status";`);
    this.addSql(`drop type "registry"."instrument_import_format";`);
  }

}
