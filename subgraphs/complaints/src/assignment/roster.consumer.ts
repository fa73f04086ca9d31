/**
 * UserChanged (identity → complaints): keeps the complaints roster in step with the accounts
 * identity holds. A new account with the OFFICIAL or OFFICE_HEAD role joins the roster of its
 * office; disabling an account takes it off assignments (kept on the roster for history);
 * enabling it puts it back; a change of roles makes it head, official or neither. Expertise is
 * the complaints domain's own (set with upsertOfficer) and is never touched here.
 */
import { recordEvent, type DomainEvent, type EventConsumer } from '@metrograph/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Officer } from './officer.entity.js';

const HANDLES_COMPLAINTS = ['OFFICIAL', 'OFFICE_HEAD'];

interface UserChange {
  change?: string;
  userId?: string;
  detail?: { username?: string; displayName?: string; officeCode?: string; roles?: string[] | { before?: string[]; after?: string[] } };
}

/** What the roster should become for one identity change, or null when it does not concern the roster. */
export function rosterChange(
  change: UserChange,
  current: Pick<Officer, 'active' | 'isHead'> | null,
): { create?: { name: string; officeCode: string; isHead: boolean }; active?: boolean; isHead?: boolean } | null {
  const detail = change.detail ?? {};
  switch (change.change) {
    case 'USER_CREATED': {
      const roles = Array.isArray(detail.roles) ? detail.roles : [];
      if (current || !detail.officeCode || !roles.some((r) => HANDLES_COMPLAINTS.includes(r))) return null;
      return { create: { name: detail.displayName ?? detail.username ?? 'unknown', officeCode: detail.officeCode, isHead: roles.includes('OFFICE_HEAD') } };
    }
    case 'USER_DISABLED':
      return current?.active ? { active: false } : null;
    case 'USER_ENABLED':
      return current && !current.active ? { active: true } : null;
    case 'RIGHTS_CHANGED': {
      if (!current || Array.isArray(detail.roles) || !detail.roles?.after) return null;
      const after = detail.roles.after;
      const handles = after.some((r) => HANDLES_COMPLAINTS.includes(r));
      const isHead = after.includes('OFFICE_HEAD');
      return handles === current.active && isHead === current.isHead ? null : { active: handles, isHead };
    }
    default:
      return null;
  }
}

export async function applyUserChanged(em: EntityManager, event: DomainEvent): Promise<void> {
  const change = event.payload as UserChange;
  const userId = change.userId ?? event.aggregateId;
  const officer = await em.findOne(Officer, { userId });
  const next = rosterChange(change, officer);
  if (!next) return;
  let target = officer;
  if (next.create) {
    target = em.create(Officer, { userId, ...next.create, expertise: [], active: true });
  } else {
    Object.assign(target!, { ...(next.active === undefined ? {} : { active: next.active }), ...(next.isHead === undefined ? {} : { isHead: next.isHead }) });
  }
  em.persist(target!);
  recordEvent(em, {
    type: 'OfficerChanged',
    aggregateType: 'Officer',
    aggregateId: userId,
    payload: { userId, officeCode: target!.officeCode, active: target!.active, isHead: target!.isHead, cause: { eventId: event.id, change: change.change } },
    actor: `complaints:roster (${event.actor})`.slice(0, 200),
  });
}

export const officerRosterConsumer: EventConsumer = {
  name: 'officer-roster',
  eventTypes: ['UserChanged'],
  handle: (em, event) => applyUserChanged(em as EntityManager, event),
};
