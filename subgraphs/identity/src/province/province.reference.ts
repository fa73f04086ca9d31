import type { SubgraphContext } from '@metrograph/kit';
import type { Province } from './province.entity.js';
import { referenceData, referenceDataNow } from './reference-cache.js';

/** Resolves Province entities other subgraphs point at by code, from the process's reference data (no SQL, no fork). */
export function resolveProvinceReference(reference: { code: string }, { rootEm }: SubgraphContext): Province | null | Promise<Province | null> {
  const data = referenceDataNow(rootEm);
  if (data) return data.provinces.get(reference.code) ?? null;
  return referenceData(rootEm).then((loaded) => loaded.provinces.get(reference.code) ?? null);
}
