import type { SubgraphContext } from '@metrograph/kit';
import { User } from './user.entity.js';

export async function resolveUserReference(reference: { id: string }, { em, loaders }: SubgraphContext): Promise<User | null> {
  return loaders
    .get<string, User | null>('userById', async (ids) => {
      const rows = await em.find(User, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((u) => u.id === id) ?? null);
    })
    .load(reference.id);
}
