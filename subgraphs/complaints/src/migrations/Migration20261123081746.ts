import { Migration } from '@mikro-orm/migrations';

export class Migration20261123081746 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "complaints"."number_series" ("series" varchar(40) not null, "year" int not null, "last" int not null, constraint "number_series_pkey" primary key ("series", "year"));`);

    this.addSql(`create table "complaints"."outbox" ("sequence" bigserial primary key, "id" uuid not null, "type" varchar(100) not null, "aggregate_type" varchar(100) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "actor" varchar(200) not null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`);
    this.addSql(`alter table "complaints"."outbox" add constraint "outbox_id_unique" unique ("id");`);
    this.addSql(`create index "outbox_aggregate_id_index" on "complaints"."outbox" ("aggregate_id");`);
    this.addSql(`create index "outbox_unpublished_index" on "complaints"."outbox" ("published_at", "sequence");`);

    this.addSql(`create table "complaints"."inbox" ("consumer" varchar(100) not null, "event_id" uuid not null, "event_type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_pkey" primary key ("consumer", "event_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaints"."number_series" cascade;`);

    this.addSql(`drop table if exists "complaints"."outbox" cascade;`);

    this.addSql(`drop table if exists "complaints"."inbox" cascade;`);
  }

}
