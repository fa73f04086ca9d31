import { Migration } from '@mikro-orm/migrations';

export class Migration20261123084553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "payments"."audit_action" as enum ('FEE_RATE_SET', 'PAYMENT_REQUEST_CREATED', 'PAY_IN_VIEWED', 'PAY_IN_PRINTED', 'BANK_NOTIFICATION_RECEIVED', 'BANK_INQUIRY', 'STATUS_CHANGED', 'ADJUSTMENT_REQUESTED', 'ADJUSTMENT_DECIDED', 'REPORT_EXPORTED', 'STATEMENT_RECONCILED', 'EVENT_REJECTED');`);
    this.addSql(`create type "payments"."notification_channel" as enum ('CALLBACK', 'INQUIRY', 'STATEMENT');`);
    this.addSql(`create type "payments"."bank_event_type" as enum ('PAYMENT', 'VOID');`);
    this.addSql(`create type "payments"."notification_outcome" as enum ('APPLIED', 'HELD_FOR_REVIEW', 'DUPLICATE', 'DEFERRED', 'REFUSED', 'UNKNOWN_REFERENCE', 'MALFORMED');`);
    this.addSql(`create type "payments"."service_type" as enum ('BUSINESS_MANUFACTURE', 'BUSINESS_IMPORT', 'BUSINESS_SALE', 'BUSINESS_REPAIR', 'VERIFICATION', 'ACCURACY_CHECK', 'CERTIFICATE_REPLACEMENT', 'LICENCE', 'LICENCE_RENEWAL', 'FINE', 'OTHER');`);
    this.addSql(`create type "payments"."adjustment_kind" as enum ('REFUND', 'CANCELLATION', 'EXTRA_CHARGE');`);
    this.addSql(`create type "payments"."adjustment_status" as enum ('REQUESTED', 'APPROVED', 'REJECTED');`);
    this.addSql(`create type "payments"."payment_source_type" as enum ('SERVICE_REQUEST', 'CASE_FINE', 'EXTRA_CHARGE', 'OTHER');`);
    this.addSql(`create table "payments"."audit_record" ("sequence" bigserial primary key, "id" uuid not null, "at" timestamptz not null, "action" "payments"."audit_action" not null, "actor_kind" varchar(20) not null, "actor_id" varchar(64) null, "actor_name" varchar(100) not null, "payment_request_id" uuid null, "request_no" varchar(30) null, "ref1" varchar(20) null, "ref2" varchar(20) null, "from_status" "payments"."payment_status" null, "to_status" "payments"."payment_status" null, "detail" jsonb null);`);
    this.addSql(`alter table "payments"."audit_record" add constraint "audit_record_id_unique" unique ("id");`);
    this.addSql(`create index "audit_record_at_index" on "payments"."audit_record" ("at");`);
    this.addSql(`create index "audit_record_payment_request_id_sequence_index" on "payments"."audit_record" ("payment_request_id", "sequence");`);

    this.addSql(`create table "payments"."bank_notification" ("sequence" bigserial primary key, "id" uuid not null, "received_at" timestamptz not null, "channel" "payments"."notification_channel" not null, "raw_body" text not null, "signature" varchar(200) null, "bank_event_id" varchar(100) null, "event_type" "payments"."bank_event_type" null, "ref1" varchar(20) null, "ref2" varchar(20) null, "amount_satang" bigint null, "bank_transaction_id" varchar(64) null, "occurred_at" timestamptz null, "outcome" "payments"."notification_outcome" not null, "outcome_detail" text not null, "payment_request_id" uuid null, "applied_later_at" timestamptz null);`);
    this.addSql(`alter table "payments"."bank_notification" add constraint "bank_notification_id_unique" unique ("id");`);
    this.addSql(`create index "bank_notification_received_at_index" on "payments"."bank_notification" ("received_at");`);
    this.addSql(`create index "bank_notification_payment_request_id_sequence_index" on "payments"."bank_notification" ("payment_request_id", "sequence");`);
    this.addSql(`create index "bank_notification_ref1_ref2_index" on "payments"."bank_notification" ("ref1", "ref2");`);

    this.addSql(`create table "payments"."fee_rate" ("id" uuid not null, "fee_code" varchar(20) not null, "service_type" "payments"."service_type" not null, "name_th" varchar(300) not null, "name_en" varchar(300) null, "amount_satang" bigint not null, "variable_amount" boolean not null default false, "effective_from" date not null, "effective_to" date null, "created_by" varchar(100) not null, "created_at" timestamptz not null, constraint "fee_rate_pkey" primary key ("id"));`);
    this.addSql(`create index "fee_rate_fee_code_index" on "payments"."fee_rate" ("fee_code");`);
    this.addSql(`alter table "payments"."fee_rate" add constraint "fee_rate_fee_code_effective_from_unique" unique ("fee_code", "effective_from");`);

    this.addSql(`create table "payments"."number_series" ("series" varchar(40) not null, "year" int not null, "last" int not null, constraint "number_series_pkey" primary key ("series", "year"));`);

    this.addSql(`create table "payments"."outbox" ("sequence" bigserial primary key, "id" uuid not null, "type" varchar(100) not null, "aggregate_type" varchar(100) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "actor" varchar(200) not null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`);
    this.addSql(`alter table "payments"."outbox" add constraint "outbox_id_unique" unique ("id");`);
    this.addSql(`create index "outbox_aggregate_id_index" on "payments"."outbox" ("aggregate_id");`);
    this.addSql(`create index "outbox_unpublished_index" on "payments"."outbox" ("published_at", "sequence");`);

    this.addSql(`create table "payments"."payment_adjustment" ("id" uuid not null, "payment_request_id" uuid not null, "kind" "payments"."adjustment_kind" not null, "status" "payments"."adjustment_status" not null default 'REQUESTED', "amount_satang" bigint null, "reason" text not null, "documents" jsonb not null, "requested_by" varchar(100) not null, "requested_by_id" varchar(64) null, "requested_at" timestamptz not null, "decided_by" varchar(100) null, "decided_at" timestamptz null, "decision_note" text null, "result_payment_request_id" uuid null, constraint "payment_adjustment_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_adjustment_status_index" on "payments"."payment_adjustment" ("status");`);
    this.addSql(`create index "payment_adjustment_payment_request_id_requested_at_index" on "payments"."payment_adjustment" ("payment_request_id", "requested_at");`);

    this.addSql(`create table "payments"."inbox" ("consumer" varchar(100) not null, "event_id" uuid not null, "event_type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`alter type "payments"."payment_status" add value if not exists 'UNDER_REVIEW' after 'EXPIRED';`);

    this.addSql(`alter type "payments"."payment_status" add value if not exists 'PARTIALLY_REFUNDED' after 'UNDER_REVIEW';`);

    this.addSql(`alter type "payments"."payment_status" add value if not exists 'REFUNDED' after 'PARTIALLY_REFUNDED';`);

    this.addSql(`alter table "payments"."payment_request" add column "service_type" "payments"."service_type" not null default 'OTHER', add column "source_type" "payments"."payment_source_type" not null default 'SERVICE_REQUEST', add column "source_id" varchar(64) null, add column "quantity" int not null default 1, add column "unit_amount_satang" bigint null, add column "payer_name" varchar(300) null, add column "payer_tax_id" varchar(13) null, add column "refunded_amount_satang" bigint not null default 0, add column "review_reason" text null, add column "idempotency_key" varchar(100) null, add column "created_by" varchar(100) not null default 'system', add column "last_inquiry_at" timestamptz null;`);
    this.addSql(`alter table "payments"."payment_request" alter column "operator_id" drop not null;`);
    this.addSql(`alter table "payments"."payment_request" add constraint "payment_request_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "payment_request_paid_at_index" on "payments"."payment_request" ("paid_at");`);
    this.addSql(`create index "payment_request_status_issued_at_index" on "payments"."payment_request" ("status", "issued_at");`);
    this.addSql(`create index "payment_request_source_type_source_id_index" on "payments"."payment_request" ("source_type", "source_id");`);
    this.addSql(`alter table "payments"."payment_request" add constraint payment_request_refund_within_paid check(refunded_amount_satang >= 0 and refunded_amount_satang <= coalesce(paid_amount_satang, 0));`);
    this.addSql(`alter table "payments"."payment_request" add constraint payment_request_amount_positive check(amount_satang > 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payments"."audit_record" cascade;`);

    this.addSql(`drop table if exists "payments"."bank_notification" cascade;`);

    this.addSql(`drop table if exists "payments"."fee_rate" cascade;`);

    this.addSql(`drop table if exists "payments"."number_series" cascade;`);

    this.addSql(`drop table if exists "payments"."outbox" cascade;`);

    this.addSql(`drop table if exists "payments"."payment_adjustment" cascade;`);

    this.addSql(`drop table if exists "payments"."inbox" cascade;`);

    this.addSql(`alter table "payments"."payment_request" drop constraint "payment_request_idempotency_key_unique";`);
    this.addSql(`drop index "payments"."payment_request_paid_at_index";`);
    this.addSql(`drop index "payments"."payment_request_status_issued_at_index";`);
    this.addSql(`drop index "payments"."payment_request_source_type_source_id_index";`);
    this.addSql(`alter table "payments"."payment_request" drop constraint payment_request_refund_within_paid;`);
    this.addSql(`alter table "payments"."payment_request" drop constraint payment_request_amount_positive;`);
    this.addSql(`alter table "payments"."payment_request" drop column "service_type", drop column "source_type", drop column "source_id", drop column "quantity", drop column "unit_amount_satang", drop column "payer_name", drop column "payer_tax_id", drop column "refunded_amount_satang", drop column "review_reason", drop column "idempotency_key", drop column "created_by", drop column "last_inquiry_at";`);

    this.addSql(`alter table "payments"."payment_request" alter column "operator_id" set not null;`);

    this.addSql(`drop type "payments"."audit_action";`);
    this.addSql(`drop type "payments"."notification_channel";`);
    this.addSql(`drop type "payments"."bank_event_type";`);
    this.addSql(`drop type "payments"."notification_outcome";`);
    this.addSql(`drop type "payments"."service_type";`);
    this.addSql(`drop type "payments"."adjustment_kind";`);
    this.addSql(`drop type "payments"."adjustment_status";`);
    this.addSql(`drop type "payments"."payment_source_type";`);
  }

}
