import { loadSupergraph, startRouter, subgraphUrlsFromEnv } from './index.js';

const router = await startRouter({
  supergraphSdl: loadSupergraph(process.env.SUPERGRAPH_PATH),
  subgraphUrls: subgraphUrlsFromEnv(),
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
  signingSecret: process.env.ROUTER_SIGNING_SECRET ?? '',
  corsOrigins: process.env.CORS_ORIGINS?.split(',').map((s) => s.trim()).filter(Boolean),
});
const shutdown = async () => {
  await router.stop();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
