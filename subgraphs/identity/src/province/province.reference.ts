import type { SubgraphContext } from '@metrograph/kit';
import { Province } from './province.entity.js';

/** Resolves Province entities other subgraphs point at by code, batched per request. */
export async function resolveProvinceReference(reference: { code: string }, { em, loaders }: SubgraphContext): Promise<Province | null> {
  return loaders
    .get<string, Province | null>('provinceByCode', async (codes) => {
      const rows = await em.find(Province, { code: { $in: [...codes] } });
      return codes.map((c) => rows.find((p) => p.code === c) ?? null);
    })
    .load(reference.code);
}
