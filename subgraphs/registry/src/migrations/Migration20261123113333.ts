import { Migration } from '@mikro-orm/migrations';

export class Migration20261123113333 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "registry"."outbox" ("sequence" bigserial primary key, "id" uuid not null, "type" varchar(100) not null, "aggregate_type" varchar(100) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "actor" varchar(200) not null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`);
    this.addSql(`alter table "registry"."outbox" add constraint "outbox_id_unique" unique ("id");`);
    this.addSql(`create index "outbox_aggregate_id_index" on "registry"."outbox" ("aggregate_id");`);
    this.addSql(`create index "outbox_unpublished_index" on "registry"."outbox" ("published_at", "sequence");`);

    this.addSql(`create table "registry"."inbox" ("consumer" varchar(100) not null, "event_id" uuid not null, "event_type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_pkey" primary key ("consumer", "event_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "registry"."outbox" cascade;`);

    this.addSql(`drop table if exists "registry"."inbox" cascade;`);
  }

}
