/**
 * Demo data: `pnpm seed -- --size small [--seed metrograph] [--anchor 2026-11-23] [--reset]`.
 * Deterministic for a given seed and anchor day; writes every subgraph's own tables through
 * that subgraph's seeder, passing facts (ids, provinces) between them as plain data.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrateToLatest, openSubgraphOrm, log } from '@metrograph/kit';
import { demoSize } from '@metrograph/kit/demo';
import { User, identity } from '@metrograph/identity';
import { registry } from '@metrograph/registry';
import { complaints } from '@metrograph/complaints';
import { payments } from '@metrograph/payments';
import { identityIsSeeded, resetIdentity, seedIdentity } from '@metrograph/identity/seed';
import { resetRegistry, seedRegistry } from '@metrograph/registry/seed';
import { resetComplaints, seedComplaints } from '@metrograph/complaints/seed';
import { resetPayments, seedPayments } from '@metrograph/payments/seed';
import { SUBGRAPHS } from './subgraphs.js';

export interface SeedRequest {
  size: string;
  seed?: string;
  /** Day the data is anchored on (default: today, UTC). */
  anchor?: Date;
  /** Delete existing demo data first. */
  reset?: boolean;
  /** Do nothing when demo data already exists (what `npm start` uses). */
  onlyIfEmpty?: boolean;
}

export async function migrateAll(databaseUrl: string): Promise<void> {
  for (const subgraph of SUBGRAPHS) {
    const orm = await openSubgraphOrm(subgraph, databaseUrl, 2);
    try {
      await migrateToLatest(orm);
    } finally {
      await orm.close(true);
    }
  }
}

export async function seedDemo(databaseUrl: string, request: SeedRequest): Promise<{ seeded: boolean; millis: number }> {
  const started = Date.now();
  const size = demoSize(request.size);
  const seed = request.seed ?? 'metrograph';
  const anchor = request.anchor ?? new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 + 3 * 3_600_000);
  const orms: Record<string, MikroORM> = {};
  try {
    for (const subgraph of [identity, registry, complaints, payments]) {
      orms[subgraph.name] = await openSubgraphOrm(subgraph, databaseUrl, 2);
      await migrateToLatest(orms[subgraph.name]);
    }
    const em = (name: string) => orms[name].em.fork();
    if (request.onlyIfEmpty && (await identityIsSeeded(em('identity')))) {
      return { seeded: false, millis: Date.now() - started };
    }
    if (request.reset || !request.onlyIfEmpty) {
      await resetPayments(em('payments'));
      await resetComplaints(em('complaints'));
      await resetRegistry(em('registry'));
      await resetIdentity(em('identity'));
    }
    const places = await seedIdentity(em('identity'), { seed, size });
    log('seed', 'info', 'identity seeded');
    const operators = await seedRegistry(em('registry'), { seed, size, anchor, provinces: places.provinces });
    log('seed', 'info', 'registry seeded', { operators: operators.length });
    const staff = await em('identity').find(User, {}, { populate: ['roles', 'office'] as never, orderBy: { username: 'asc' } });
    const officers = staff
      .filter((u) => u.roles.getItems().some((r) => r.code === 'OFFICIAL' || r.code === 'OFFICE_HEAD'))
      .map((u) => ({ userId: u.id, name: u.displayName, officeCode: u.office.code, isHead: u.roles.getItems().some((r) => r.code === 'OFFICE_HEAD') }));
    await seedComplaints(em('complaints'), { seed, size, anchor, provinces: places.provinces, operators, officers });
    log('seed', 'info', 'complaints seeded', { complaints: size.complaints });
    await seedPayments(em('payments'), { seed, size, anchor, provinces: places.provinces, operators });
    log('seed', 'info', 'payments seeded', { paymentRequests: size.paymentRequests });
    return { seeded: true, millis: Date.now() - started };
  } finally {
    for (const orm of Object.values(orms)) await orm.close(true);
  }
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('seed: set DATABASE_URL (the stack started by `npm start` prints it)');
    process.exit(2);
  }
  const anchorArg = argument('anchor');
  const result = await seedDemo(databaseUrl, {
    size: argument('size') ?? 'small',
    seed: argument('seed'),
    anchor: anchorArg ? new Date(`${anchorArg}T03:00:00Z`) : undefined,
    reset: true,
  });
  console.log(`seed: done in ${(result.millis / 1000).toFixed(1)} s`);
}
