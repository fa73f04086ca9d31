/**
 * `npm start`: the whole stack on one machine.
 *  - DATABASE_URL unset: an embedded PostgreSQL (PGlite, persisted under .data/) on EMBEDDED_DB_PORT;
 *    set: that server. Same code path either way: every service connects with the pg driver.
 *  - migrations and demo data (`--size small` by default, only when the database has none),
 *  - the four subgraphs, the router on :4000 and the web app on :3000, each its own process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-db.js';
import { seedDemo } from './seed.js';
import { SUBGRAPHS } from './subgraphs.js';
import { ROOT } from './schema.js';
import { loadStackSecrets } from './secrets.js';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const portBase = Number(process.env.PORT_BASE ?? 4000);
const webPort = Number(process.env.WEB_PORT ?? 3000);
const dbPort = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
const dataDir = path.resolve(ROOT, process.env.DATA_DIR ?? '.data');
const size = argument('size') ?? process.env.DEMO_SIZE ?? 'small';
const withWeb = !process.argv.includes('--no-web');

const children: ChildProcess[] = [];
let database: EmbeddedDatabase | null = null;
let stopping = false;

function say(message: string): void {
  process.stdout.write(`[metrograph] ${message}\n`);
}

async function waitForHealth(name: string, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become healthy at ${url}: ${last}`);
}

function launch(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) say(`${name} exited (${signal ?? `code ${code}`}); the rest of the stack keeps serving`);
  });
  children.push(child);
  return child;
}

/** How long the stack's processes get to finish their work after SIGTERM. */
const SHUTDOWN_GRACE_MS = 20_000;

async function shutdown(code = 0): Promise<never> {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  // as a container runtime does: a process still running after the grace period is killed, and named
  const grace = setTimeout(() => {
    for (const child of children) {
      if (child.exitCode !== null || child.signalCode) continue;
      say(`${child.spawnargs.slice(1).join(' ')} did not stop within ${SHUTDOWN_GRACE_MS / 1000} s of SIGTERM; killing it`);
      child.kill('SIGKILL');
    }
  }, SHUTDOWN_GRACE_MS);
  await Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode ? null : new Promise((r) => c.once('exit', r)))));
  clearTimeout(grace);
  // the embedded database once never finished stopping (the process then held its port for good)
  if (database) await Promise.race([database.stop(), new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref())]);
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

try {
  const secrets = await loadStackSecrets(dataDir);
  // Shared by the router (signs each caller) and the subgraphs (refuse anything unsigned).
  const signingSecret = secrets.routerSigningSecret;
  const hotlinePort = portBase + 569;
  const bankPort = portBase + 90;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    database = await startEmbeddedDatabase(path.join(dataDir, 'pglite'), dbPort);
    databaseUrl = database.url;
    say(`embedded PostgreSQL (PGlite) at ${databaseUrl}, data in ${path.relative(ROOT, dataDir)}/pglite`);
  } else {
    say(`using PostgreSQL at ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}`);
  }

  const seeded = await seedDemo(databaseUrl, { size, onlyIfEmpty: true });
  say(seeded.seeded ? `demo data (${size}) seeded in ${(seeded.millis / 1000).toFixed(1)} s` : 'demo data already present');

  const embedded = database !== null;
  const subgraphUrls: Record<string, string> = {};
  for (const [i, subgraph] of SUBGRAPHS.entries()) {
    const port = portBase + i + 1;
    subgraphUrls[`SUBGRAPH_${subgraph.name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
    launch(subgraph.name, path.join(ROOT, 'subgraphs', subgraph.name, 'dist', 'main.js'), {
      DATABASE_URL: databaseUrl,
      ROUTER_SIGNING_SECRET: signingSecret,
      PORT: String(port),
      DB_POOL_MAX: embedded ? '3' : '10',
      ...(subgraph.name === 'complaints'
        ? {
            INTEGRATION_KEY: secrets.integrationKey,
            HOTLINE_INTAKE_SECRET: secrets.hotlineIntakeSecret,
            HOTLINE_SECRET: secrets.hotlineSecret,
            HOTLINE_SYSTEM_ID: 'dit-wm',
            HOTLINE_URL: `http://127.0.0.1:${hotlinePort}/results`,
          }
        : {}),
      ...(subgraph.name === 'payments'
        ? { BANK_URL: `http://127.0.0.1:${bankPort}`, BANK_SHARED_SECRET: secrets.bankSharedSecret, INQUIRY_INTERVAL_SECONDS: '60' }
        : {}),
    });
  }
  await Promise.all(SUBGRAPHS.map((s, i) => waitForHealth(s.name, `http://127.0.0.1:${portBase + i + 1}/health`)));

  launch('router', path.join(ROOT, 'router', 'dist', 'main.js'), {
    ...subgraphUrls,
    ROUTER_SIGNING_SECRET: signingSecret,
    DATABASE_URL: databaseUrl,
    PORT: String(portBase),
    // everyone signs in (the web app has a sign-in page; the seeded users are in the README)
    ANONYMOUS_ACCESS: 'none',
    // the web app's build-time origin (SSR requests) and where it actually listens (browser requests)
    CORS_ORIGINS: [process.env.WEB_ORIGIN ?? 'http://localhost:3000', `http://localhost:${webPort}`, `http://127.0.0.1:${webPort}`].join(','),
  });
  await waitForHealth('router', `http://127.0.0.1:${portBase}/health`);

  // The bank's bill-payment direct link, simulated: `curl -d '{"ref1":"…","ref2":"…"}' localhost:4090/sim/pay` pays a pay-in.
  launch('bank simulator', path.join(ROOT, 'subgraphs', 'payments', 'bank-simulator', 'bank-simulator.mjs'), {
    PORT: String(bankPort),
    BANK_SHARED_SECRET: secrets.bankSharedSecret,
    BILLER_ID: '099400000000101',
    // through the router, the only public door
    CALLBACK_URL: `http://127.0.0.1:${portBase}/bank/payment-callback`,
  });

  // The 1569 complaint centre simulator: receives results; `npm run hotline -- post 5` posts complaints.
  launch('1569 simulator', path.join(ROOT, 'subgraphs', 'complaints', 'hotline-simulator', 'main.mjs'), {
    SIM_PORT: String(hotlinePort),
    SIM_SECRET: secrets.hotlineIntakeSecret,
    HOTLINE_SECRET: secrets.hotlineSecret,
    HOTLINE_SYSTEM_ID: 'dit-wm',
    INTAKE_URL: `http://127.0.0.1:${portBase}/integrations/1569/complaints`,
  });
  await waitForHealth('1569 simulator', `http://127.0.0.1:${hotlinePort}/health`);

  const webEntry = path.join(ROOT, 'web', 'build', 'index.js');
  if (withWeb && existsSync(webEntry)) {
    launch('web', webEntry, {
      PORT: String(webPort),
      HOST: '127.0.0.1',
      ORIGIN: `http://localhost:${webPort}`,
      PUBLIC_GRAPHQL_URL: `http://localhost:${portBase}/graphql`,
    });
    await waitForHealth('web', `http://127.0.0.1:${webPort}/`);
  }

  say('ready:');
  say(`  GraphQL (router)  http://localhost:${portBase}/graphql`);
  say(`  GraphiQL          http://localhost:${portBase}/graphiql`);
  if (withWeb && existsSync(webEntry)) say(`  web app           http://localhost:${webPort}/`);
  SUBGRAPHS.forEach((s, i) => say(`  subgraph ${s.name.padEnd(10)} http://127.0.0.1:${portBase + i + 1}/graphql`));
  say(`  1569 simulator    http://127.0.0.1:${hotlinePort}/results`);
  say(`  bank simulator    http://127.0.0.1:${bankPort}/sim/state`);
  say('press Ctrl+C to stop');
} catch (error) {
  console.error(`[metrograph] start failed: ${(error as Error).stack ?? error}`);
  await shutdown(1);
}
