import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from './loaders.js';

/** What every resolver of a subgraph receives: its own EntityManager fork and DataLoaders, per request. */
export interface SubgraphContext {
  em: EntityManager;
  loaders: Loaders;
  /** Correlates log lines of one request across router and subgraphs. */
  requestId: string;
}

export function createContext(em: EntityManager, requestId: string): SubgraphContext {
  return { em: em.fork(), loaders: new Loaders(), requestId };
}
