import { AccessLevel, requireAccess, type SubgraphContext } from '@metrograph/kit';
import { User } from './user.entity.js';

/** Users a caller may see: those of offices located in the caller's provinces (004 §4.5.1 (12)). */
export function userAreaCondition(ctx: SubgraphContext): Record<string, unknown> | null {
  const codes = ctx.principal.provinceCodes;
  return codes === null ? null : { office: { province: { $in: codes } } };
}

/** One user by id if the caller's area includes them; for _entities as well as queries. */
export async function visibleUser(ctx: SubgraphContext, id: string): Promise<User | null> {
  const { em, loaders } = ctx;
  const area = userAreaCondition(ctx);
  return loaders
    .get<string, User | null>('visibleUserById', async (ids) => {
      const where = area ? { $and: [{ id: { $in: [...ids] } }, area] } : { id: { $in: [...ids] } };
      const rows = await em.find(User, where as never);
      return ids.map((id) => rows.find((u) => u.id === id) ?? null);
    })
    .load(id);
}

export async function resolveUserReference(reference: { id: string }, ctx: SubgraphContext): Promise<User | null> {
  // A user's own record is always theirs to see; everyone else's needs VIEW on users.
  if (ctx.principal.id !== reference.id) requireAccess(ctx.principal, 'users', AccessLevel.VIEW);
  return visibleUser(ctx, reference.id);
}
