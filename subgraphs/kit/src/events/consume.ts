import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { DomainEvent } from './domain-event.js';

/** A subgraph's reaction to other subgraphs' events. */
export interface EventConsumer {
  /** Stable name; the subgraph's inbox remembers per name which events it applied. */
  name: string;
  eventTypes: string[];
  /** Runs in one transaction with the inbox record: applied exactly once. */
  handle(em: EntityManager, event: DomainEvent): Promise<void>;
}

/**
 * Applies an event at most once per consumer: the inbox row and the handler's changes
 * commit together, and an event already in the inbox is skipped. Returns whether it ran.
 */
export async function consumeOnce(orm: MikroORM, consumer: string, event: DomainEvent, apply: (em: EntityManager) => Promise<void>): Promise<boolean> {
  const schema = orm.config.get('schema');
  let applied = false;
  await orm.em.fork().transactional(async (tx) => {
    const inserted = await tx
      .getConnection()
      .execute(
        `insert into "${schema}"."inbox" (consumer, event_id, event_type, processed_at) values (?, ?, ?, now()) on conflict do nothing returning event_id`,
        [consumer, event.id, event.type],
        'all',
        tx.getTransactionContext(),
      );
    if (inserted.length === 0) return;
    await apply(tx);
    applied = true;
  });
  return applied;
}
