import { createEventBus } from '@metrograph/kit';
import { loadSupergraph, startRouter, subgraphUrlsFromEnv } from './index.js';

const router = await startRouter({
  supergraphSdl: loadSupergraph(process.env.SUPERGRAPH_PATH),
  subgraphUrls: subgraphUrlsFromEnv(),
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
  signingSecret: process.env.ROUTER_SIGNING_SECRET ?? '',
  // subscriptions are fed by the event bus: Redis when REDIS_URL is set, else the database
  bus: process.env.REDIS_URL || process.env.DATABASE_URL ? createEventBus({ databaseUrl: process.env.DATABASE_URL ?? '', redisUrl: process.env.REDIS_URL || null }) : undefined,
  corsOrigins: process.env.CORS_ORIGINS?.split(',').map((s) => s.trim()).filter(Boolean),
});
const shutdown = async () => {
  await router.stop();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
