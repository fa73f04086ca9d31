import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent, type Principal } from '@metrograph/kit';
import { AuditEvent } from './audit-event.entity.js';

/**
 * Audited kinds that change identity's state, by the domain event they announce on the bus
 * (`UserChanged`, `RoleChanged`, `ApiClientChanged`; payload `change` is the kind). Refused
 * attempts, exports and key uses change nothing other subgraphs could care about.
 */
const STATE_CHANGES: Record<string, 'User' | 'Role' | 'ApiClient'> = {
  USER_CREATED: 'User',
  USER_ENABLED: 'User',
  USER_DISABLED: 'User',
  SIGN_IN: 'User',
  SIGN_OUT: 'User',
  LOCKED: 'User',
  UNLOCKED: 'User',
  PASSWORD_CHANGED: 'User',
  PASSWORD_RESET: 'User',
  RIGHTS_CHANGED: 'User',
  ROLE_CREATED: 'Role',
  API_CLIENT_ISSUED: 'ApiClient',
  API_CLIENT_RENEWED: 'ApiClient',
  API_CLIENT_REVOKED: 'ApiClient',
  API_CLIENT_CHANGED: 'ApiClient',
};

/** The aggregate a successful audited change is about, or null when it changes no state. */
export function changedAggregate(record: Pick<AuditRecord, 'kind' | 'success' | 'subjectType' | 'subjectId'>): string | null {
  if (!record.success || !record.subjectId || !(record.kind in STATE_CHANGES)) return null;
  return record.subjectType ?? STATE_CHANGES[record.kind];
}

export interface AuditRecord {
  kind: string;
  success: boolean;
  actor: Pick<Principal, 'kind' | 'id' | 'name'>;
  subjectType?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
}

/**
 * Adds an audit event to the unit of work of `em` (flushed with the change it records) and,
 * for a state change, its domain event to the outbox of the same transaction.
 */
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
  const aggregateType = changedAggregate(record);
  if (aggregateType) {
    recordEvent(em, {
      type: `${aggregateType}Changed`,
      aggregateType,
      aggregateId: record.subjectId!,
      payload: { change: record.kind, [`${aggregateType[0].toLowerCase()}${aggregateType.slice(1)}Id`]: record.subjectId, detail: record.detail ?? {}, auditEventId: event.id },
      actor: record.actor.name.slice(0, 200),
    });
  }
  return event;
}

/** Records an event on its own, independent of any other change (e.g. a failed sign-in that rolls nothing back). */
export async function auditNow(em: EntityManager, record: AuditRecord): Promise<void> {
  const fork = em.fork();
  audit(fork, record);
  await fork.flush();
}
