import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { findRows, type BackgroundJob } from '@metrograph/kit';
import { Province } from './province.entity.js';
import { Region } from '../region/region.entity.js';

/**
 * The 77 provinces and 6 regions, read once per process. They are reference data written only by
 * migrations (which run before a subgraph serves; the seeder's reset leaves them alone), so every
 * other subgraph's Province references — several identity requests per deep query, one per
 * depth of the plan — are answered from memory instead of two SQL statements each.
 * They are read-only objects (findRows), not managed entities: resolvers only read them, and
 * once loaded they are handed out synchronously, so resolving a Province costs no promise.
 */
export interface ReferenceData {
  provinces: Map<string, Province>;
  regions: Map<string, Region>;
}

/** Per ORM (its configuration, shared by all its forks): tests run several stacks in one process. */
const loaded = new WeakMap<object, Promise<ReferenceData>>();
const ready = new WeakMap<object, ReferenceData>();

async function load(em: EntityManager): Promise<ReferenceData> {
  const regions = await findRows(em, Region, {}, { orderBy: [{ code: 'asc' }] });
  const provinces = await findRows(em, Province, {}, { orderBy: [{ code: 'asc' }] });
  return { provinces: new Map(provinces.map((p) => [p.code, p])), regions: new Map(regions.map((r) => [r.code, r])) };
}

/** The reference data if it is loaded already (the usual case: it is preloaded at start). */
export function referenceDataNow(em: EntityManager): ReferenceData | undefined {
  return ready.get(em.config);
}

/** Provinces and regions by code (loaded on first use with a fork of `em`, then kept). */
export function referenceData(em: EntityManager): Promise<ReferenceData> {
  const key = em.config;
  let loading = loaded.get(key);
  if (!loading) {
    loading = load(em.fork({ clear: true })).then(
      (data) => {
        ready.set(key, data);
        return data;
      },
      (error) => {
        loaded.delete(key); // try again on the next request
        throw error;
      },
    );
    loaded.set(key, loading);
  }
  return loading;
}

/** Loads the reference data when the subgraph starts, outside any request. */
export function preloadReferenceData(orm: MikroORM): BackgroundJob {
  const done = referenceData(orm.em as EntityManager).catch(() => undefined);
  return { stop: async () => void (await done) };
}
