import type { SubgraphContext } from '@metrograph/kit';
import { Office } from './office.entity.js';

export async function resolveOfficeReference(reference: { code: string }, { em, loaders }: SubgraphContext): Promise<Office | null> {
  return loaders
    .get<string, Office | null>('officeByCode', async (codes) => {
      const rows = await em.find(Office, { code: { $in: [...codes] } });
      return codes.map((c) => rows.find((o) => o.code === c) ?? null);
    })
    .load(reference.code);
}
