import type { EntityManager } from '@mikro-orm/postgresql';
import { loadRoleGraph } from '../access/principal.service.js';

/**
 * Ends the sessions of users issued until now: after sign-out, a disabled account, a reset
 * password or changed rights, the router refuses their older session tokens (it asks identity).
 */
export async function endSessions(em: EntityManager, userIds: string[], at = new Date()): Promise<void> {
  if (userIds.length === 0) return;
  // the identity service's clock, the same that stamps the tokens it issues
  await em.getConnection().execute(
    `update "identity"."app_user" set sessions_valid_after = ?::timestamptz where id in (${userIds.map(() => '?').join(', ')})`,
    [at.toISOString(), ...userIds],
    'run',
    em.getTransactionContext(),
  );
}

/** Ends the sessions of everyone holding a role or any role that inherits from it. */
export async function endSessionsOfRole(em: EntityManager, roleCode: string, at = new Date()): Promise<void> {
  const graph = await loadRoleGraph(em);
  const affected = new Set([roleCode]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of graph.values()) {
      if (node.parentCode && affected.has(node.parentCode) && !affected.has(node.code)) {
        affected.add(node.code);
        grew = true;
      }
    }
  }
  const codes = [...affected];
  await em.getConnection().execute(
    `update "identity"."app_user" set sessions_valid_after = ?::timestamptz
      where id in (select user_id from "identity"."user_role" where role_code in (${codes.map(() => '?').join(', ')}))`,
    [at.toISOString(), ...codes],
    'run',
    em.getTransactionContext(),
  );
}

/** Whether a session issued at `issuedAt` for this user is still good. */
export function sessionStillValid(user: { active: boolean; sessionsValidAfter?: Date | null } | null, issuedAt: Date): boolean {
  if (!user || !user.active) return false;
  return !user.sessionsValidAfter || issuedAt.getTime() > user.sessionsValidAfter.getTime();
}
