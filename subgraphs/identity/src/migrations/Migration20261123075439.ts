import { Migration } from '@mikro-orm/migrations';

export class Migration20261123075439 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "identity";`);
    this.addSql(`create type "identity"."office_kind" as enum ('HQ', 'CENTRE', 'BRANCH');`);
    this.addSql(`create table "identity"."region" ("code" varchar(4) not null, "name_th" varchar(100) not null, "name_en" varchar(100) not null, constraint "region_pkey" primary key ("code"));`);

    this.addSql(`create table "identity"."province" ("code" varchar(2) not null, "iso_code" varchar(5) not null, "name_th" varchar(100) not null, "name_en" varchar(100) not null, "region_code" varchar(4) not null, "lat" double precision not null, "lng" double precision not null, "grid_row" smallint not null, "grid_col" smallint not null, constraint "province_pkey" primary key ("code"));`);
    this.addSql(`alter table "identity"."province" add constraint "province_iso_code_unique" unique ("iso_code");`);
    this.addSql(`create index "province_name_th_index" on "identity"."province" ("name_th");`);

    this.addSql(`create table "identity"."office" ("code" varchar(8) not null, "kind" "identity"."office_kind" not null, "name_th" varchar(200) not null, "name_en" varchar(200) not null, "province_code" varchar(2) not null, constraint "office_pkey" primary key ("code"));`);

    this.addSql(`create table "identity"."office_province" ("office_code" varchar(8) not null, "province_code" varchar(2) not null, constraint "office_province_pkey" primary key ("office_code", "province_code"));`);

    this.addSql(`create table "identity"."role" ("code" varchar(40) not null, "name_th" varchar(200) not null, "name_en" varchar(200) not null, "description" text not null, constraint "role_pkey" primary key ("code"));`);

    this.addSql(`create table "identity"."app_user" ("id" uuid not null, "username" varchar(100) not null, "display_name" varchar(200) not null, "email" varchar(200) null, "office_code" varchar(8) not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "identity"."app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "identity"."user_role" ("user_id" uuid not null, "role_code" varchar(40) not null, constraint "user_role_pkey" primary key ("user_id", "role_code"));`);

    this.addSql(`alter table "identity"."province" add constraint "province_region_code_foreign" foreign key ("region_code") references "identity"."region" ("code") on update cascade;`);

    this.addSql(`alter table "identity"."office" add constraint "office_province_code_foreign" foreign key ("province_code") references "identity"."province" ("code") on update cascade;`);

    this.addSql(`alter table "identity"."office_province" add constraint "office_province_office_code_foreign" foreign key ("office_code") references "identity"."office" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "identity"."office_province" add constraint "office_province_province_code_foreign" foreign key ("province_code") references "identity"."province" ("code") on update cascade on delete cascade;`);

    this.addSql(`alter table "identity"."app_user" add constraint "app_user_office_code_foreign" foreign key ("office_code") references "identity"."office" ("code") on update cascade;`);

    this.addSql(`alter table "identity"."user_role" add constraint "user_role_user_id_foreign" foreign key ("user_id") references "identity"."app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "identity"."user_role" add constraint "user_role_role_code_foreign" foreign key ("role_code") references "identity"."role" ("code") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "identity"."province" drop constraint "province_region_code_foreign";`);

    this.addSql(`alter table "identity"."office" drop constraint "office_province_code_foreign";`);

    this.addSql(`alter table "identity"."office_province" drop constraint "office_province_province_code_foreign";`);

    this.addSql(`alter table "identity"."office_province" drop constraint "office_province_office_code_foreign";`);

    this.addSql(`alter table "identity"."app_user" drop constraint "app_user_office_code_foreign";`);

    this.addSql(`alter table "identity"."user_role" drop constraint "user_role_role_code_foreign";`);

    this.addSql(`alter table "identity"."user_role" drop constraint "user_role_user_id_foreign";`);

    this.addSql(`drop table if exists "identity"."region" cascade;`);

    this.addSql(`drop table if exists "identity"."province" cascade;`);

    this.addSql(`drop table if exists "identity"."office" cascade;`);

    this.addSql(`drop table if exists "identity"."office_province" cascade;`);

    this.addSql(`drop table if exists "identity"."role" cascade;`);

    this.addSql(`drop table if exists "identity"."app_user" cascade;`);

    this.addSql(`drop table if exists "identity"."user_role" cascade;`);

    this.addSql(`drop type "identity"."office_kind";`);
    this.addSql(`drop schema if exists "identity";`);
  }

}
