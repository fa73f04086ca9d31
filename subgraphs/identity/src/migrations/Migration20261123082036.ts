import { Migration } from '@mikro-orm/migrations';

/** Sign-in (passwords, lockout, LDAP), role inheritance and rights, API clients and their usage, the audit trail. */
export class Migration20261123082036 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "identity"."api_client_status" as enum ('ACTIVE', 'REVOKED');`);
    this.addSql(`create type "identity"."sign_in_method" as enum ('PASSWORD', 'LDAP');`);
    this.addSql(`create table "identity"."api_client" ("id" uuid not null, "client_id" varchar(32) not null, "name" varchar(200) not null, "agency" varchar(200) not null, "secret_hash" varchar(64) not null, "scopes" jsonb not null, "office_code" varchar(8) null, "calls_per_hour" int not null, "calls_per_day" int not null, "max_rows_per_request" int not null, "status" "identity"."api_client_status" not null default 'ACTIVE', "created_at" timestamptz not null, "secret_issued_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_client_pkey" primary key ("id"));`);
    this.addSql(`alter table "identity"."api_client" add constraint "api_client_client_id_unique" unique ("client_id");`);

    this.addSql(`create table "identity"."api_usage" ("client_id" uuid not null, "hour" timestamptz not null, "service" varchar(40) not null, "calls" int not null default 0, "errors" int not null default 0, "rejected" int not null default 0, constraint "api_usage_pkey" primary key ("client_id", "hour", "service"));`);
    this.addSql(`create index "api_usage_hour_index" on "identity"."api_usage" ("hour");`);

    this.addSql(`create table "identity"."audit_event" ("id" uuid not null, "at" timestamptz not null, "kind" varchar(40) not null, "success" boolean not null, "actor_kind" varchar(20) not null, "actor_id" varchar(64) null, "actor_name" varchar(200) not null, "subject_type" varchar(40) null, "subject_id" varchar(200) null, "detail" jsonb not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_kind_at_index" on "identity"."audit_event" ("kind", "at");`);
    this.addSql(`create index "audit_event_at_index" on "identity"."audit_event" ("at");`);

    this.addSql(`create table "identity"."role_right" ("role_code" varchar(40) not null, "function_code" varchar(40) not null, "level" smallint not null, constraint "role_right_pkey" primary key ("role_code", "function_code"));`);

    this.addSql(`create table "identity"."password_history" ("id" uuid not null, "user_id" uuid not null, "hash" text not null, "created_at" timestamptz not null, constraint "password_history_pkey" primary key ("id"));`);
    this.addSql(`create index "password_history_user_id_index" on "identity"."password_history" ("user_id");`);

    this.addSql(`create table "identity"."user_right" ("user_id" uuid not null, "function_code" varchar(40) not null, "level" smallint not null, constraint "user_right_pkey" primary key ("user_id", "function_code"));`);

    this.addSql(`alter table "identity"."role_right" add constraint "role_right_role_code_foreign" foreign key ("role_code") references "identity"."role" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."password_history" add constraint "password_history_user_id_foreign" foreign key ("user_id") references "identity"."app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."user_right" add constraint "user_right_user_id_foreign" foreign key ("user_id") references "identity"."app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."role" add column "parent_code" varchar(40) null;`);
    this.addSql(`alter table "identity"."role" add constraint "role_parent_code_foreign" foreign key ("parent_code") references "identity"."role" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "identity"."app_user" add column "phone" varchar(40) null, add column "sign_in_method" "identity"."sign_in_method" not null default 'PASSWORD', add column "password_hash" text null, add column "password_changed_at" timestamptz null, add column "must_change_password" boolean not null default false, add column "failed_attempts" smallint not null default 0, add column "locked_until" timestamptz null, add column "last_sign_in_at" timestamptz null, add column "sessions_valid_after" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."api_client" cascade;`);

    this.addSql(`drop table if exists "identity"."api_usage" cascade;`);

    this.addSql(`drop table if exists "identity"."audit_event" cascade;`);

    this.addSql(`drop table if exists "identity"."role_right" cascade;`);

    this.addSql(`drop table if exists "identity"."password_history" cascade;`);

    this.addSql(`drop table if exists "identity"."user_right" cascade;`);

    this.addSql(`alter table "identity"."role" drop constraint "role_parent_code_foreign";`);

    this.addSql(`alter table "identity"."app_user" drop column "phone", drop column "sign_in_method", drop column "password_hash", drop column "password_changed_at", drop column "must_change_password", drop column "failed_attempts", drop column "locked_until", drop column "last_sign_in_at", drop column "sessions_valid_after";`);

    this.addSql(`alter table "identity"."role" drop column "parent_code";`);

    this.addSql(`drop type "identity"."api_client_status";`);
    this.addSql(`drop type "identity"."sign_in_method";`);
  }

}
