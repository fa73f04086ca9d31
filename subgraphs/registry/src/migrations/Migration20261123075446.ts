import { Migration } from '@mikro-orm/migrations';

export class Migration20261123075446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "registry";`);
    this.addSql(`create type "registry"."operator_kind" as enum ('INSPECTION_UNIT', 'INSPECTOR', 'PROTOTYPE_TEST_UNIT', 'VOLUNTEER', 'PACKAGED_GOODS_OPERATOR', 'WEIGHTS_AND_MEASURES_BUSINESS');`);
    this.addSql(`create type "registry"."operator_status" as enum ('ACTIVE', 'SUSPENDED', 'REVOKED');`);
    this.addSql(`create type "registry"."instrument_type" as enum ('NON_AUTOMATIC_SCALE', 'RICE_MOISTURE_METER', 'CASSAVA_STARCH_SCALE', 'CORN_MOISTURE_METER', 'VEHICLE_SCALE', 'FUEL_DISPENSER', 'FUEL_PREPAY_DISPENSER', 'DIRECT_MASS_METER', 'LPG_DISPENSER', 'CNG_DISPENSER', 'AUTOMATIC_TANK_GAUGE');`);
    this.addSql(`create type "registry"."measure_unit" as enum ('G', 'KG', 'T', 'L', 'M3', 'PERCENT', 'MM');`);
    this.addSql(`create table "registry"."operator" ("id" uuid not null, "registration_no" varchar(30) not null, "kind" "registry"."operator_kind" not null, "tax_id" varchar(13) null, "name_th" varchar(300) not null, "name_en" varchar(300) null, "responsible_person" varchar(200) not null, "phone" varchar(40) null, "email" varchar(200) null, "address" text not null, "province_code" varchar(2) not null, "status" "registry"."operator_status" not null default 'ACTIVE', "registered_at" timestamptz not null, "updated_at" timestamptz not null default now(), constraint "operator_pkey" primary key ("id"));`);
    this.addSql(`alter table "registry"."operator" add constraint "operator_registration_no_unique" unique ("registration_no");`);
    this.addSql(`create index "operator_kind_index" on "registry"."operator" ("kind");`);
    this.addSql(`create index "operator_tax_id_index" on "registry"."operator" ("tax_id");`);
    this.addSql(`create index "operator_province_code_name_th_index" on "registry"."operator" ("province_code", "name_th");`);

    this.addSql(`create table "registry"."instrument" ("id" uuid not null, "instrument_no" varchar(20) not null, "type" "registry"."instrument_type" not null, "brand" varchar(100) not null, "model" varchar(100) not null, "serial_no" varchar(100) not null, "capacity" double precision not null, "resolution" double precision not null, "unit" "registry"."measure_unit" not null, "software_version" varchar(100) null, "prototype_registration_no" varchar(50) null, "seal_no" varchar(50) null, "certificate_no" varchar(50) null, "certificate_expires_on" date null, "owner_id" uuid not null, "place_name" varchar(300) not null, "address" text not null, "province_code" varchar(2) not null, "lat" double precision null, "lng" double precision null, "created_at" timestamptz not null default now(), constraint "instrument_pkey" primary key ("id"));`);
    this.addSql(`alter table "registry"."instrument" add constraint "instrument_instrument_no_unique" unique ("instrument_no");`);
    this.addSql(`create index "instrument_certificate_expires_on_index" on "registry"."instrument" ("certificate_expires_on");`);
    this.addSql(`create index "instrument_owner_id_index" on "registry"."instrument" ("owner_id");`);
    this.addSql(`create index "instrument_province_code_type_index" on "registry"."instrument" ("province_code", "type");`);
    this.addSql(`create index "instrument_owner_id_instrument_no_index" on "registry"."instrument" ("owner_id", "instrument_no");`);

    this.addSql(`alter table "registry"."instrument" add constraint "instrument_owner_id_foreign" foreign key ("owner_id") references "registry"."operator" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registry"."instrument" drop constraint "instrument_owner_id_foreign";`);

    this.addSql(`drop table if exists "registry"."operator" cascade;`);

    this.addSql(`drop table if exists "registry"."instrument" cascade;`);

    this.addSql(`drop type "registry"."operator_kind";`);
    this.addSql(`drop type "registry"."operator_status";`);
    this.addSql(`drop type "registry"."instrument_type";`);
    this.addSql(`drop type "registry"."measure_unit";`);
    this.addSql(`drop schema if exists "registry";`);
  }

}
