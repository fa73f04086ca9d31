import { Migration } from '@mikro-orm/migrations';

export class Migration20261123075933 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "payments";`);
    this.addSql(`create type "payments"."payment_status" as enum ('PENDING', 'PAID', 'CANCELLED', 'EXPIRED');`);
    this.addSql(`create table "payments"."payment_request" ("id" uuid not null, "request_no" varchar(30) not null, "ref1" varchar(20) not null, "ref2" varchar(20) not null, "fee_code" varchar(20) not null, "fee_name" varchar(300) not null, "amount_satang" bigint not null, "operator_id" uuid not null, "office_code" varchar(8) not null, "province_code" varchar(2) not null, "due_date" date not null, "status" "payments"."payment_status" not null default 'PENDING', "issued_at" timestamptz not null, "paid_at" timestamptz null, "paid_amount_satang" bigint null, "bank_transaction_id" varchar(64) null, "updated_at" timestamptz not null default now(), constraint "payment_request_pkey" primary key ("id"));`);
    this.addSql(`alter table "payments"."payment_request" add constraint "payment_request_request_no_unique" unique ("request_no");`);
    this.addSql(`create index "payment_request_fee_code_index" on "payments"."payment_request" ("fee_code");`);
    this.addSql(`create index "payment_request_due_date_index" on "payments"."payment_request" ("due_date");`);
    this.addSql(`create index "payment_request_issued_at_index" on "payments"."payment_request" ("issued_at");`);
    this.addSql(`create index "payment_request_operator_id_issued_at_index" on "payments"."payment_request" ("operator_id", "issued_at");`);
    this.addSql(`create index "payment_request_office_code_status_index" on "payments"."payment_request" ("office_code", "status");`);
    this.addSql(`create index "payment_request_province_code_status_index" on "payments"."payment_request" ("province_code", "status");`);
    this.addSql(`alter table "payments"."payment_request" add constraint "payment_request_ref1_ref2_unique" unique ("ref1", "ref2");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payments"."payment_request" cascade;`);

    this.addSql(`drop type "payments"."payment_status";`);
    this.addSql(`drop schema if exists "payments";`);
  }

}
