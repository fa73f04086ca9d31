import { Migration } from '@mikro-orm/migrations';

export class Migration20261123084035 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "complaints"."surveillance_kind" as enum ('TEST_PURCHASE', 'FESTIVAL');`);
    this.addSql(`create type "complaints"."surveillance_plan_status" as enum ('PLANNED', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create table "complaints"."surveillance_plan" ("id" uuid not null, "plan_no" varchar(30) not null, "kind" "complaints"."surveillance_kind" not null, "title" varchar(300) not null, "office_code" varchar(8) not null, "province_codes" text[] not null, "area_description" text not null, "starts_on" date not null, "ends_on" date not null, "assignee_ids" uuid[] not null default '{}', "status" "complaints"."surveillance_plan_status" not null default 'PLANNED', "created_by" varchar(200) not null, "created_at" timestamptz not null, constraint "surveillance_plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaints"."surveillance_plan" add constraint "surveillance_plan_plan_no_unique" unique ("plan_no");`);
    this.addSql(`create index "surveillance_plan_office_code_starts_on_index" on "complaints"."surveillance_plan" ("office_code", "starts_on");`);

    this.addSql(`create table "complaints"."surveillance_result" ("id" uuid not null, "plan_id" uuid not null, "inspected_at" timestamptz not null, "place_name" varchar(300) not null, "province_code" varchar(2) not null, "lat" double precision null, "lng" double precision null, "respondent_operator_id" uuid null, "respondent_name" varchar(300) not null, "instrument_nos" text[] not null default '{}', "offence_found" boolean not null, "offence_basis_code" varchar(40) null, "summary" text not null, "case_id" uuid null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, "corrected_at" timestamptz null, constraint "surveillance_result_pkey" primary key ("id"));`);
    this.addSql(`create index "surveillance_result_plan_id_inspected_at_index" on "complaints"."surveillance_result" ("plan_id", "inspected_at");`);

    this.addSql(`alter table "complaints"."legal_case" add column "surveillance_result_id" uuid null;`);
    this.addSql(`create index "legal_case_surveillance_result_id_index" on "complaints"."legal_case" ("surveillance_result_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaints"."surveillance_plan" cascade;`);

    this.addSql(`drop table if exists "complaints"."surveillance_result" cascade;`);

    this.addSql(`drop index "complaints"."legal_case_surveillance_result_id_index";`);
    this.addSql(`alter table "complaints"."legal_case" drop column "surveillance_result_id";`);

    this.addSql(`drop type "complaints"."surveillance_kind";`);
    this.addSql(`drop type "complaints"."surveillance_plan_status";`);
  }

}
