import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from './loaders.js';
import type { Principal } from './principal.js';

/** What every resolver of a subgraph receives: its own EntityManager fork and DataLoaders, per request. */
export interface SubgraphContext {
  em: EntityManager;
  loaders: Loaders;
  /** Correlates log lines of one request across router and subgraphs. */
  requestId: string;
  /** The caller, as the router authenticated and signed it. */
  principal: Principal;
}

export function createContext(em: EntityManager, requestId: string, principal: Principal): SubgraphContext {
  return { em: em.fork(), loaders: new Loaders(), requestId, principal };
}
