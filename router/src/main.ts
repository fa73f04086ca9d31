import { createEventBus } from '@metrograph/kit';
import { loadSupergraph, quotaStoreFromEnv, startRouter, subgraphUrlsFromEnv, type AnonymousAccess } from './index.js';

/**
 * Callers without credentials see public reference data only. A local demo (`npm start`: no
 * NODE_ENV=production and no SESSION_SECRET) lets them do everything, so the web app works before
 * it has a sign-in page; ANONYMOUS_ACCESS=none|demo-read|demo decides explicitly.
 */
function anonymousAccess(env: NodeJS.ProcessEnv): AnonymousAccess {
  const explicit = env.ANONYMOUS_ACCESS?.trim();
  if (explicit === 'none' || explicit === 'demo-read' || explicit === 'demo') return explicit;
  if (explicit) throw new Error(`ANONYMOUS_ACCESS must be none, demo-read or demo, got "${explicit}"`);
  return env.NODE_ENV !== 'production' && !env.SESSION_SECRET ? 'demo' : 'none';
}

const anonymous = anonymousAccess(process.env);
if (anonymous !== 'none' && process.env.METROGRAPH_QUIET !== '1') {
  process.stderr.write(`router: anonymous callers get the ${anonymous} access of a local demo (no SESSION_SECRET, not production); set ANONYMOUS_ACCESS=none to require sign-in\n`);
}
const router = await startRouter({
  supergraphSdl: loadSupergraph(process.env.SUPERGRAPH_PATH),
  subgraphUrls: subgraphUrlsFromEnv(),
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
  signingSecret: process.env.ROUTER_SIGNING_SECRET ?? '',
  sessionSecret: process.env.SESSION_SECRET,
  anonymous,
  quotas: quotaStoreFromEnv(),
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
