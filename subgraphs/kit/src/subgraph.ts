import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { Options } from '@mikro-orm/postgresql';
import { migrateToLatest, openOrm } from './orm.js';
import { startSubgraphServer, type RunningService } from './server.js';
import { intEnv, requireEnv } from './env.js';
import { log } from './log.js';
import { inRequest } from './server.js';
import type express from 'express';
import type { IncomingMessage } from 'node:http';
import { PRINCIPAL_HEADER, verifyPrincipal, type Principal } from './principal.js';
import { OutboxEvent } from './events/outbox.entity.js';
import { createEventBus } from './events/create-bus.js';
import { startRelay, type Relay } from './events/relay.js';
import { consumeOnce, type EventConsumer } from './events/consume.js';
import type { EventBus, Subscription } from './events/bus.js';

/** Everything that makes a subgraph; each subgraph exports one of these from its index. */
export interface SubgraphDefinition {
  /** Service and subgraph name, as in schema/<name>.graphql and the supergraph. */
  name: string;
  /** Port used when PORT is not set. */
  defaultPort: number;
  entities: Options['entities'];
  migrations: MigrationObject[];
  buildSchema(): Promise<GraphQLSchema>;
  /** Reactions to other subgraphs' events, applied once each. */
  consumers?: EventConsumer[];
  /**
   * Extra HTTP endpoints (e.g. callbacks from external systems). `callerOf` verifies the router's
   * signature on a request the router forwarded for a signed-in caller and returns that caller.
   */
  routes?: (app: express.Express, orm: MikroORM, callerOf: (req: IncomingMessage) => Principal) => void;
  /** Background work of the subgraph (schedules, senders), started with it and stopped with it. */
  jobs?: ((orm: MikroORM) => BackgroundJob)[];
}

export interface BackgroundJob {
  stop(): Promise<void>;
}

/** Runs `work` every `intervalMs` until stopped; a failure is logged and retried next time. */
export function every(name: string, intervalMs: number, work: () => Promise<unknown>): BackgroundJob {
  let running = true;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (!running) return;
    current = work()
      .catch((error) => log(name, 'warn', 'background job failed', { error: String(error) }))
      .finally(() => {
        if (running) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}

export interface StartOptions {
  databaseUrl: string;
  port?: number;
  host?: string;
  poolMax?: number;
  /** Secret shared with the router (ROUTER_SIGNING_SECRET). */
  signingSecret: string;
  /** Apply pending migrations before serving (default true). */
  migrate?: boolean;
  /** Redis for the event bus; without it events travel through the database. */
  redisUrl?: string | null;
}

export interface RunningSubgraph extends RunningService {
  orm: MikroORM;
  bus: EventBus;
  /** Publishes this subgraph's outbox (null when it records no events). */
  relay: Relay | null;
  /** SQL statements this subgraph sent while serving GraphQL requests (background jobs excluded), to check lists stay N+1-free. */
  sqlStatements(): number;
}

export async function openSubgraphOrm(
  definition: SubgraphDefinition,
  databaseUrl: string,
  poolMax?: number,
  migrationsPath?: string,
): Promise<MikroORM> {
  return openOrm({
    schema: definition.name,
    databaseUrl,
    entities: definition.entities,
    migrations: definition.migrations,
    poolMax,
    migrationsPath,
  });
}

export async function startSubgraph(definition: SubgraphDefinition, options: StartOptions): Promise<RunningSubgraph> {
  const orm = await openSubgraphOrm(definition, options.databaseUrl, options.poolMax);
  try {
    if (options.migrate !== false) {
      const applied = await migrateToLatest(orm);
      if (applied.length > 0) log(definition.name, 'info', 'migrations applied', { applied });
    }
    const schema = await definition.buildSchema();
    let statements = 0;
    orm.em.getConnection().getKnex().on('query', () => {
      if (inRequest()) statements++;
    });
    const bus = createEventBus({ databaseUrl: options.databaseUrl, redisUrl: options.redisUrl });
    const recordsEvents = (definition.entities as unknown[]).includes(OutboxEvent);
    const relay = recordsEvents ? startRelay(orm, bus, definition.name) : null;
    // publish right after a commit instead of at the next poll (the poll stays as a safety net)
    if (relay) orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: async () => relay.kick() });
    const subscriptions: Subscription[] = [];
    for (const consumer of definition.consumers ?? []) {
      subscriptions.push(
        await bus.subscribe(
          `${definition.name}.${consumer.name}`,
          async (event) => {
            await consumeOnce(orm, consumer.name, event, (tx) => consumer.handle(tx, event));
          },
          consumer.eventTypes,
        ),
      );
    }
    const jobs = (definition.jobs ?? []).map((start) => start(orm));
    const server = await startSubgraphServer({
      name: definition.name,
      schema,
      orm,
      port: options.port ?? definition.defaultPort,
      host: options.host,
      signingSecret: options.signingSecret,
      routes: definition.routes
        ? (app) =>
            definition.routes!(app, orm, (req) => {
              const header = req.headers[PRINCIPAL_HEADER];
              return verifyPrincipal(typeof header === 'string' ? header : undefined, options.signingSecret);
            })
        : undefined,
    });
    return {
      ...server,
      orm,
      bus,
      relay,
      sqlStatements: () => statements,
      async stop() {
        await server.stop();
        for (const job of jobs) await job.stop();
        for (const subscription of subscriptions) await subscription.stop();
        await relay?.stop();
        await bus.close();
        await orm.close(true);
      },
    };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}

/** Entry point of a subgraph process: settings from the environment, stop on SIGTERM/SIGINT. */
export async function runSubgraphFromEnv(definition: SubgraphDefinition): Promise<void> {
  const service = await startSubgraph(definition, {
    databaseUrl: requireEnv('DATABASE_URL'),
    port: intEnv('PORT', definition.defaultPort),
    host: process.env.HOST ?? '127.0.0.1',
    poolMax: intEnv('DB_POOL_MAX', 10),
    signingSecret: requireEnv('ROUTER_SIGNING_SECRET'),
    redisUrl: process.env.REDIS_URL || null,
  });
  const shutdown = async () => {
    await service.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
