import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@metrograph/kit';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditRecord {
  kind: string;
  success: boolean;
  actor: Pick<Principal, 'kind' | 'id' | 'name'>;
  subjectType?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
}

/** Adds an audit event to the unit of work of `em` (flushed with the change it records). */
export function audit(em: EntityManager, record: AuditRecord): AuditEvent {
  const event = em.create(AuditEvent, {
    id: randomUUID(),
    at: new Date(),
    kind: record.kind,
    success: record.success,
    actorKind: record.actor.kind,
    actorId: record.actor.id,
    actorName: record.actor.name.slice(0, 200),
    subjectType: record.subjectType ?? null,
    subjectId: record.subjectId ?? null,
    detail: record.detail ?? {},
  });
  em.persist(event);
  return event;
}

/** Records an event on its own, independent of any other change (e.g. a failed sign-in that rolls nothing back). */
export async function auditNow(em: EntityManager, record: AuditRecord): Promise<void> {
  const fork = em.fork();
  audit(fork, record);
  await fork.flush();
}
