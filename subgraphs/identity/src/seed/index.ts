import type { EntityManager } from '@mikro-orm/postgresql';
import { Rng, personName, stableUuid, type DemoSize } from '@metrograph/kit/demo';
import { Office } from '../office/office.entity.js';
import { Province } from '../province/province.entity.js';
import { SignInMethod, User } from '../user/user.entity.js';
import { hashPassword } from '../auth/password-policy.js';

/** The password of every demo user (documented in the README); change it on any shared installation. */
export const DEMO_PASSWORD = 'Metrograph-2569';

export interface SeedOptions {
  seed: string;
  size: DemoSize;
}

/** What other subgraphs' seeders need to know about places, handed over as plain data. */
export interface PlaceFacts {
  provinces: { code: string; nameTh: string; lat: number; lng: number; officeCode: string; regionCode: string }[];
  offices: { code: string; kind: string; provinceCode: string }[];
}

export async function placeFacts(em: EntityManager): Promise<PlaceFacts> {
  const offices = await em.find(Office, {}, { populate: ['servedProvinces'], orderBy: { code: 'asc' } });
  const provinces = await em.find(Province, {}, { orderBy: { code: 'asc' } });
  const officeOf = new Map<string, string>();
  for (const office of offices) for (const p of office.servedProvinces) officeOf.set(p.code, office.code);
  return {
    provinces: provinces.map((p) => ({
      code: p.code,
      nameTh: p.nameTh,
      lat: p.lat,
      lng: p.lng,
      officeCode: officeOf.get(p.code) ?? 'HQ',
      regionCode: p.region.code,
    })),
    offices: offices.map((o) => ({ code: o.code, kind: o.kind, provinceCode: o.province.code })),
  };
}

/** Demo staff: per office one head and officials; at HQ also executives, an analyst, an auditor and an administrator. */
export async function seedIdentity(em: EntityManager, options: SeedOptions): Promise<PlaceFacts> {
  const facts = await placeFacts(em);
  // One argon2 hash for all demo users: hashing hundreds of times would only slow seeding.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const passwordChangedAt = new Date();
  const users: Record<string, unknown>[] = [];
  const roles: { user_id: string; role_code: string }[] = [];
  const add = (username: string, officeCode: string, roleCodes: string[], index: number) => {
    const rng = new Rng(`${options.seed}|user|${username}`);
    const name = personName(rng);
    const id = stableUuid(options.seed, 'user', index);
    users.push({ id, username, displayName: name.full, email: `${username}@dit.go.th`, office: officeCode, active: true, createdAt: new Date('2025-10-01T02:00:00Z'), signInMethod: SignInMethod.PASSWORD, passwordHash, passwordChangedAt, mustChangePassword: false, failedAttempts: 0 });
    for (const code of roleCodes) roles.push({ user_id: id, role_code: code });
  };
  let index = 0;
  add('admin', 'HQ', ['ADMIN'], index++);
  add('executive', 'HQ', ['EXECUTIVE'], index++);
  add('analyst', 'HQ', ['ANALYST'], index++);
  add('auditor', 'HQ', ['AUDITOR'], index++);
  add('policy', 'HQ', ['POLICY'], index++);
  for (const office of facts.offices) {
    const slug = office.code.toLowerCase();
    add(`head.${slug}`, office.code, ['OFFICE_HEAD', 'OFFICIAL'], index++);
    for (let i = 1; i <= options.size.usersPerOffice; i++) add(`official${i}.${slug}`, office.code, ['OFFICIAL'], index++);
  }
  await em.transactional(async (tx) => {
    await tx.insertMany(User, users as never[]);
    await tx.getConnection().execute(
      tx.getKnex().withSchema('identity').table('user_role').insert(roles).transacting(tx.getTransactionContext()!),
    );
  });
  return facts;
}

/** Removes demo users (reference data stays). */
export async function resetIdentity(em: EntityManager): Promise<void> {
  await em.getConnection().execute('truncate "identity"."user_role", "identity"."user_right", "identity"."password_history", "identity"."app_user", "identity"."api_usage", "identity"."api_client", "identity"."audit_event"');
}

export async function identityIsSeeded(em: EntityManager): Promise<boolean> {
  return (await em.count(User, {})) > 0;
}
