import type { SubgraphContext } from '@metrograph/kit';
import type { Province } from './province.entity.js';
import { referenceData } from './reference-cache.js';

/** Resolves Province entities other subgraphs point at by code, from the process's reference data (no SQL). */
export async function resolveProvinceReference(reference: { code: string }, { em }: SubgraphContext): Promise<Province | null> {
  return (await referenceData(em)).provinces.get(reference.code) ?? null;
}
