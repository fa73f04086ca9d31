import { Migration } from '@mikro-orm/migrations';

export class Migration20261123075612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "complaints";`);
    this.addSql(`create type "complaints"."complaint_channel" as enum ('HOTLINE_1569', 'WEB', 'LINE', 'PHONE', 'WALK_IN', 'LETTER', 'EMAIL');`);
    this.addSql(`create type "complaints"."complaint_status" as enum ('RECEIVED', 'TRIAGED', 'ASSIGNED', 'INVESTIGATING', 'OFFENCE_FOUND', 'NO_OFFENCE', 'CLOSED');`);
    this.addSql(`create table "complaints"."offence_basis" ("code" varchar(40) not null, "section" varchar(100) null, "title_th" varchar(300) not null, "title_en" varchar(300) not null, "active" boolean not null default true, constraint "offence_basis_pkey" primary key ("code"));`);

    this.addSql(`create table "complaints"."complaint" ("id" uuid not null, "reference_no" varchar(30) not null, "external_ref" varchar(40) null, "received_at" timestamptz not null, "channel" "complaints"."complaint_channel" not null, "complainant_name" varchar(200) not null, "complainant_phone" varchar(40) null, "complainant_email" varchar(200) null, "respondent_name" varchar(300) not null, "respondent_operator_id" uuid null, "place_name" varchar(300) not null, "place_address" text not null, "province_code" varchar(2) not null, "office_code" varchar(8) not null, "lat" double precision null, "lng" double precision null, "subject" varchar(300) not null, "details" text not null, "keywords" text[] not null default '{}', "offence_basis_code" varchar(40) null, "status" "complaints"."complaint_status" not null default 'RECEIVED', "updated_at" timestamptz not null default now(), constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaints"."complaint" add constraint "complaint_reference_no_unique" unique ("reference_no");`);
    this.addSql(`alter table "complaints"."complaint" add constraint "complaint_external_ref_unique" unique ("external_ref");`);
    this.addSql(`create index "complaint_received_at_index" on "complaints"."complaint" ("received_at");`);
    this.addSql(`create index "complaint_status_index" on "complaints"."complaint" ("status");`);
    this.addSql(`create index "complaint_respondent_operator_id_received_at_index" on "complaints"."complaint" ("respondent_operator_id", "received_at");`);
    this.addSql(`create index "complaint_office_code_status_index" on "complaints"."complaint" ("office_code", "status");`);
    this.addSql(`create index "complaint_province_code_received_at_index" on "complaints"."complaint" ("province_code", "received_at");`);

    this.addSql(`alter table "complaints"."complaint" add constraint "complaint_offence_basis_code_foreign" foreign key ("offence_basis_code") references "complaints"."offence_basis" ("code") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaints"."complaint" drop constraint "complaint_offence_basis_code_foreign";`);

    this.addSql(`drop table if exists "complaints"."offence_basis" cascade;`);

    this.addSql(`drop table if exists "complaints"."complaint" cascade;`);

    this.addSql(`drop type "complaints"."complaint_channel";`);
    this.addSql(`drop type "complaints"."complaint_status";`);
    this.addSql(`drop schema if exists "complaints";`);
  }

}
