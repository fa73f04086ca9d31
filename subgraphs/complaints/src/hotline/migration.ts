import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/**
 * Tables of the 1569 integration: registered external systems (encrypted secrets) and the queue
 * of results sent back to the centre. SQL as MikroORM's schema generator emits it for
 * ExternalSystem and HotlineResult, so a later generated migration finds nothing to change.
 */
export class Migration20261123090000_hotline extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "complaints"."hotline_result_kind" as enum ('RESULT', 'AMENDMENT', 'WITHDRAWAL');`);
    this.addSql(`create type "complaints"."hotline_delivery_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create table "complaints"."external_system" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(200) not null, "secret_encrypted" text not null, "previous_secret_encrypted" text null, "previous_secret_expires_at" timestamptz null, "active" boolean not null default true, "created_at" timestamptz not null, "rotated_at" timestamptz null, constraint "external_system_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaints"."external_system" add constraint "external_system_code_unique" unique ("code");`);

    this.addSql(`create table "complaints"."hotline_result" ("id" uuid not null, "complaint_id" uuid not null, "external_ref" varchar(40) not null, "revision" int not null, "kind" "complaints"."hotline_result_kind" not null, "payload" jsonb not null, "status" "complaints"."hotline_delivery_status" not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_error" text null, "sent_at" timestamptz null, "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "hotline_result_pkey" primary key ("id"));`);
    this.addSql(`create index "hotline_result_status_next_attempt_at_index" on "complaints"."hotline_result" ("status", "next_attempt_at");`);
    this.addSql(`alter table "complaints"."hotline_result" add constraint "hotline_result_complaint_id_revision_unique" unique ("complaint_id", "revision");`);
    this.addSql(`alter table "complaints"."hotline_result" add constraint "hotline_result_complaint_id_foreign" foreign key ("complaint_id") references "complaints"."complaint" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaints"."hotline_result" cascade;`);
    this.addSql(`drop table if exists "complaints"."external_system" cascade;`);
    this.addSql(`drop type "complaints"."hotline_result_kind";`);
    this.addSql(`drop type "complaints"."hotline_delivery_status";`);
  }
}

export const hotlineMigration: MigrationObject = { name: 'Migration20261123090000_hotline', class: Migration20261123090000_hotline };
