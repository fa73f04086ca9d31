export { startRouter, type RouterOptions, type RunningRouter } from './server.js';
export { createGateway, subgraphUrlsFromEnv, SubgraphDataSource } from './gateway.js';
export { loadSupergraph, subgraphsOf, DEFAULT_SUPERGRAPH_PATH } from './supergraph.js';
export { EXAMPLE_QUERY } from './graphiql/graphiql.js';
export { openAccess, type Authenticate } from './authenticate.js';
