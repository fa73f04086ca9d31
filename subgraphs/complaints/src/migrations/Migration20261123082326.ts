import { Migration } from '@mikro-orm/migrations';

export class Migration20261123082326 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "complaints"."case_event_kind" as enum ('FINE_SETTLEMENT', 'FINE_PAID', 'FILE_SENT', 'PROSECUTION', 'FINAL', 'APPOINTMENT', 'RULING', 'NOTE');`);
    this.addSql(`create type "complaints"."timeline_event_type" as enum ('RECEIVED', 'TRIAGED', 'ASSIGNED', 'STATUS_CHANGED', 'ESCALATED', 'MERGED', 'FINDINGS_RECORDED', 'CASE_OPENED', 'CASE_EVENT', 'CLOSED');`);
    this.addSql(`create type "complaints"."case_status" as enum ('OPEN', 'FINE_PROPOSED', 'FINE_PAID', 'REFERRED', 'PROSECUTED', 'FINAL');`);
    this.addSql(`create table "complaints"."case_attachment" ("id" uuid not null, "case_event_id" uuid not null, "file_name" varchar(300) not null, "mime_type" varchar(100) not null, "size_bytes" int not null, "content" bytea null, "sha256" varchar(64) null, "link_url" text null, "uploaded_at" timestamptz not null, "uploaded_by" varchar(200) not null, constraint "case_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "case_attachment_case_event_id_index" on "complaints"."case_attachment" ("case_event_id");`);

    this.addSql(`create table "complaints"."case_event" ("id" uuid not null, "case_id" uuid not null, "kind" "complaints"."case_event_kind" not null, "occurred_at" timestamptz not null, "status_after" varchar(40) not null, "actor_id" uuid null, "actor_name" varchar(200) not null, "reference_documents" text[] not null default '{}', "appointment_at" timestamptz null, "ruling" text null, "note" text null, constraint "case_event_pkey" primary key ("id"));`);
    this.addSql(`create index "case_event_case_id_occurred_at_index" on "complaints"."case_event" ("case_id", "occurred_at");`);

    this.addSql(`create table "complaints"."complaint_event" ("id" uuid not null, "complaint_id" uuid null, "case_id" uuid null, "type" "complaints"."timeline_event_type" not null, "at" timestamptz not null, "from_status" varchar(40) null, "to_status" varchar(40) null, "actor_id" uuid null, "actor_name" varchar(200) not null, "summary" text not null, "details" jsonb not null, constraint "complaint_event_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_event_case_id_at_index" on "complaints"."complaint_event" ("case_id", "at");`);
    this.addSql(`create index "complaint_event_complaint_id_at_index" on "complaints"."complaint_event" ("complaint_id", "at");`);

    this.addSql(`create table "complaints"."findings" ("id" uuid not null, "complaint_id" uuid not null, "inspected_at" timestamptz not null, "lat" double precision null, "lng" double precision null, "offence_found" boolean not null, "summary" text not null, "instrument_nos" text[] not null default '{}', "recorded_by_id" uuid null, "recorded_by_name" varchar(200) not null, "recorded_at" timestamptz not null, constraint "findings_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaints"."findings" add constraint "findings_complaint_id_unique" unique ("complaint_id");`);

    this.addSql(`create table "complaints"."notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" varchar(40) not null, "complaint_id" uuid null, "message" text not null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "complaints"."notification" ("recipient_id", "created_at");`);

    this.addSql(`create table "complaints"."legal_case" ("id" uuid not null, "case_no" varchar(30) not null, "complaint_id" uuid null, "respondent_operator_id" uuid null, "respondent_name" varchar(300) not null, "province_code" varchar(2) not null, "office_code" varchar(8) not null, "offence_basis_code" varchar(40) not null, "status" "complaints"."case_status" not null default 'OPEN', "fine_amount_satang" bigint null, "fine_payment_request_id" uuid null, "fine_paid_at" timestamptz null, "outcome" text null, "opened_at" timestamptz not null, "closed_at" timestamptz null, "updated_at" timestamptz not null default now(), constraint "legal_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaints"."legal_case" add constraint "legal_case_case_no_unique" unique ("case_no");`);
    this.addSql(`create index "legal_case_complaint_id_index" on "complaints"."legal_case" ("complaint_id");`);
    this.addSql(`create index "legal_case_respondent_operator_id_index" on "complaints"."legal_case" ("respondent_operator_id");`);
    this.addSql(`create index "legal_case_office_code_status_index" on "complaints"."legal_case" ("office_code", "status");`);
    this.addSql(`create index "legal_case_province_code_opened_at_index" on "complaints"."legal_case" ("province_code", "opened_at");`);

    this.addSql(`create table "complaints"."officer" ("user_id" uuid not null, "name" varchar(200) not null, "office_code" varchar(8) not null, "is_head" boolean not null default false, "expertise" text[] not null default '{}', "active" boolean not null default true, constraint "officer_pkey" primary key ("user_id"));`);
    this.addSql(`create index "officer_office_code_index" on "complaints"."officer" ("office_code");`);

    this.addSql(`create table "complaints"."saved_search" ("id" uuid not null, "owner_id" varchar(100) not null, "name" varchar(200) not null, "filter" jsonb not null, "order_by" jsonb not null, "created_at" timestamptz not null, "last_run_at" timestamptz null, constraint "saved_search_pkey" primary key ("id"));`);
    this.addSql(`create index "saved_search_owner_id_name_index" on "complaints"."saved_search" ("owner_id", "name");`);

    this.addSql(`alter table "complaints"."legal_case" add constraint "legal_case_offence_basis_code_foreign" foreign key ("offence_basis_code") references "complaints"."offence_basis" ("code") on update cascade;`);

    this.addSql(`alter table "complaints"."complaint" add column "assignee_id" uuid null, add column "assigned_at" timestamptz null, add column "status_changed_at" timestamptz not null default now(), add column "escalated_at" timestamptz null, add column "duplicate_of_id" uuid null, add column "closing_reason" text null, add column "closed_at" timestamptz null;`);
    this.addSql(`create index "complaint_assignee_id_index" on "complaints"."complaint" ("assignee_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaints"."case_attachment" cascade;`);

    this.addSql(`drop table if exists "complaints"."case_event" cascade;`);

    this.addSql(`drop table if exists "complaints"."complaint_event" cascade;`);

    this.addSql(`drop table if exists "complaints"."findings" cascade;`);

    this.addSql(`drop table if exists "complaints"."notification" cascade;`);

    this.addSql(`drop table if exists "complaints"."legal_case" cascade;`);

    this.addSql(`drop table if exists "complaints"."officer" cascade;`);

    this.addSql(`drop table if exists "complaints"."saved_search" cascade;`);

    this.addSql(`drop index "complaints"."complaint_assignee_id_index";`);
    this.addSql(`alter table "complaints"."complaint" drop column "assignee_id", drop column "assigned_at", drop column "status_changed_at", drop column "escalated_at", drop column "duplicate_of_id", drop column "closing_reason", drop column "closed_at";`);

    this.addSql(`drop type "complaints"."case_event_kind";`);
    this.addSql(`drop type "complaints"."timeline_event_type";`);
    this.addSql(`drop type "complaints"."case_status";`);
  }

}
