import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../principal.js';
import { OutboxEvent } from './outbox.entity.js';

export interface NewEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  actor: Principal | string;
}

/**
 * Records an event in the outbox of the current unit of work: it is inserted by the same
 * flush (and transaction) as the business change, never on its own.
 */
export function recordEvent(em: EntityManager, event: NewEvent): OutboxEvent {
  const row = em.create(OutboxEvent, {
    id: randomUUID(),
    type: event.type,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    payload: event.payload,
    actor: typeof event.actor === 'string' ? event.actor : event.actor.name,
    occurredAt: new Date(),
    publishedAt: null,
  } as never);
  em.persist(row);
  return row;
}
