export { startRouter, type RouterOptions, type RunningRouter } from './server.js';
export { createGateway, subgraphUrlsFromEnv, SubgraphDataSource } from './gateway.js';
export { loadSupergraph, subgraphsOf, DEFAULT_SUPERGRAPH_PATH } from './supergraph.js';
export { EXAMPLE_QUERY } from './graphiql/graphiql.js';
export { openAccess, createAuthenticator, anonymousPrincipal, quotaOf, AuthenticationError, type Authenticate, type AnonymousAccess } from './authenticate.js';
export { MemoryQuotaStore, RedisQuotaStore, quotaStoreFromEnv, chargeCall, type QuotaStore } from './quota.js';
export { DEFAULT_LIMITS, type OperationLimits } from './access/limits.js';
export { OperationGate } from './access/plugin.js';
export { graphFacts, type GraphFacts } from './access/functions.js';
