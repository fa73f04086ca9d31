import { Migration } from '@mikro-orm/migrations';

export class Migration20261123113335 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "identity"."outbox" ("sequence" bigserial primary key, "id" uuid not null, "type" varchar(100) not null, "aggregate_type" varchar(100) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "actor" varchar(200) not null, "occurred_at" timestamptz not null, "published_at" timestamptz null);`);
    this.addSql(`alter table "identity"."outbox" add constraint "outbox_id_unique" unique ("id");`);
    this.addSql(`create index "outbox_aggregate_id_index" on "identity"."outbox" ("aggregate_id");`);
    this.addSql(`create index "outbox_unpublished_index" on "identity"."outbox" ("published_at", "sequence");`);

    this.addSql(`create table "identity"."inbox" ("consumer" varchar(100) not null, "event_id" uuid not null, "event_type" varchar(100) not null, "processed_at" timestamptz not null, constraint "inbox_pkey" primary key ("consumer", "event_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity"."outbox" cascade;`);

    this.addSql(`drop table if exists "identity"."inbox" cascade;`);
  }

}
