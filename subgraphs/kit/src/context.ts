import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from './loaders.js';
import type { Principal } from './principal.js';

/** What every resolver of a subgraph receives: its own EntityManager fork and DataLoaders, per request. */
export interface SubgraphContext {
  /** This request's fork of the EntityManager, made on first use (a request answered from memory makes none). */
  em: EntityManager;
  /**
   * The process's EntityManager, to key process-wide caches of reference data by. Never query or
   * persist with it (MikroORM refuses: the global context is disallowed); use `em`.
   */
  rootEm: EntityManager;
  loaders: Loaders;
  /** Correlates log lines of one request across router and subgraphs. */
  requestId: string;
  /** The caller, as the router authenticated and signed it. */
  principal: Principal;
}

/**
 * The fork is made by a getter on the prototype, not on the object: Apollo Server copies the
 * context's own properties for every operation (Object.assign), which would call an own getter.
 */
class RequestContext implements SubgraphContext {
  private fork: EntityManager | null = null;

  constructor(
    readonly rootEm: EntityManager,
    readonly loaders: Loaders,
    readonly requestId: string,
    readonly principal: Principal,
  ) {}

  get em(): EntityManager {
    return (this.fork ??= this.rootEm.fork());
  }
}

export function createContext(em: EntityManager, requestId: string, principal: Principal): SubgraphContext {
  return new RequestContext(em, new Loaders(), requestId, principal);
}
