import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
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

/**
 * Router processes: ROUTER_WORKERS, default one per core in production and one otherwise (a local
 * demo). The workers share the port (node:cluster); each is a whole router — its own gateway and
 * query-plan cache, and its own subscription server fed by the shared event bus (Redis or the
 * database), so a WebSocket client gets every event whichever worker it landed on. API quotas are
 * shared through Redis when REDIS_URL is set (in memory they would count per worker).
 */
function workerCount(env: NodeJS.ProcessEnv): number {
  const explicit = env.ROUTER_WORKERS?.trim();
  if (explicit) {
    const n = Number(explicit);
    if (!Number.isInteger(n) || n < 1) throw new Error(`ROUTER_WORKERS must be a whole number ≥ 1, got "${explicit}"`);
    return n;
  }
  return env.NODE_ENV === 'production' ? availableParallelism() : 1;
}

const workers = workerCount(process.env);
if (workers > 1 && cluster.isPrimary) {
  let stopping = false;
  const fork = () => {
    let listening = false;
    cluster
      .fork()
      .once('listening', () => (listening = true))
      .on('exit', (code, signal) => {
        if (stopping) return;
        if (!listening) {
          // it could not even start (configuration, port): starting it again would fail the same way
          process.stderr.write(`router: a worker failed to start (${signal ?? `code ${code}`})\n`);
          stopAll(1);
          return;
        }
        process.stderr.write(`router: a worker exited (${signal ?? `code ${code}`}); starting another\n`);
        fork();
      });
  };
  const stopAll = (code = 0) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.disconnect(() => process.exit(code));
  };
  for (let i = 0; i < workers; i++) fork();
  process.once('SIGTERM', () => stopAll());
  process.once('SIGINT', () => stopAll());
} else {
  await serve();
}

async function serve(): Promise<void> {
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
}
