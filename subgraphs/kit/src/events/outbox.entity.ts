import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The transactional outbox: an event is written in the same transaction as the change it
 * describes, so either both happen or neither; the relay publishes it afterwards.
 * Each subgraph has its own `outbox` table in its own schema.
 */
@Entity({ tableName: 'outbox' })
@Index({ name: 'outbox_unpublished_index', properties: ['publishedAt', 'sequence'] })
export class OutboxEvent {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  sequence!: number;

  @Property({ type: 'uuid', unique: true })
  id!: string;

  @Property({ type: 'string', length: 100 })
  type!: string;

  @Property({ type: 'string', length: 100 })
  aggregateType!: string;

  @Property({ type: 'string', length: 100 })
  @Index()
  aggregateId!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'string', length: 200 })
  actor!: string;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;
}

/** The inbox: which events each consumer of this subgraph has already applied. */
@Entity({ tableName: 'inbox' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'string', length: 100 })
  consumer!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 100 })
  eventType!: string;

  @Property({ type: 'datetime' })
  processedAt!: Date;
}
