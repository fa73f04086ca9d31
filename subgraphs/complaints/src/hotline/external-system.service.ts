/**
 * Registering integrated systems and rotating their secrets (used by the seed, tests and
 * operations scripts). Secrets are returned once, in plain text, to hand to the other side.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ExternalSystem } from './external-system.entity.js';
import { decryptSecret, encryptSecret, generateSecret, integrationKeyFromEnv } from './secret-box.js';

/** The code the 1569 complaint centre signs its requests with. */
export const HOTLINE_SYSTEM_CODE = '1569';
const MIN_SECRET_LENGTH = 32;
/** How long the previous secret stays valid after a rotation, by default. */
export const DEFAULT_ROTATION_GRACE_SECONDS = 24 * 3600;

export interface RegisterSystemInput {
  code: string;
  name: string;
  /** Agreed secret; a random one is generated when omitted. */
  secret?: string;
  active?: boolean;
}

function checkSecret(secret: string): void {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`an integration secret must be at least ${MIN_SECRET_LENGTH} characters`);
}

function checkCode(code: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code)) throw new Error(`system code "${code}" must be 1-40 letters, digits, dots, dashes or underscores`);
}

/** Registers a system; throws if its code is taken. Returns the system and its secret (plain, once). */
export async function registerExternalSystem(
  em: EntityManager,
  input: RegisterSystemInput,
  key: Buffer = integrationKeyFromEnv(),
): Promise<{ system: ExternalSystem; secret: string }> {
  checkCode(input.code);
  if (await em.count(ExternalSystem, { code: input.code })) throw new Error(`external system ${input.code} is already registered`);
  const secret = input.secret ?? generateSecret();
  checkSecret(secret);
  const system = em.create(ExternalSystem, {
    id: randomUUID(),
    code: input.code,
    name: input.name,
    secretEncrypted: encryptSecret(secret, key, input.code),
    previousSecretEncrypted: null,
    previousSecretExpiresAt: null,
    active: input.active ?? true,
    createdAt: new Date(),
    rotatedAt: null,
  });
  await em.persistAndFlush(system);
  return { system, secret };
}

/**
 * Registers a system, or, when it exists, sets its name and (if given and different) its secret
 * without a grace period. For seeding and demos, where the secret is agreed in configuration.
 */
export async function ensureExternalSystem(
  em: EntityManager,
  input: RegisterSystemInput & { secret: string },
  key: Buffer = integrationKeyFromEnv(),
): Promise<ExternalSystem> {
  const existing = await em.findOne(ExternalSystem, { code: input.code });
  if (!existing) return (await registerExternalSystem(em, input, key)).system;
  checkSecret(input.secret);
  existing.name = input.name;
  if (input.active !== undefined) existing.active = input.active;
  let stored: string | null;
  try {
    stored = decryptSecret(existing.secretEncrypted, key, existing.code);
  } catch {
    stored = null; // stored under another INTEGRATION_KEY: the given secret replaces it
  }
  if (stored !== input.secret) {
    existing.secretEncrypted = encryptSecret(input.secret, key, existing.code);
    existing.previousSecretEncrypted = null;
    existing.previousSecretExpiresAt = null;
    existing.rotatedAt = new Date();
  }
  await em.flush();
  return existing;
}

/**
 * Replaces a system's secret; the old one stays valid for `graceSeconds` (default 24 h) so the
 * other side can switch over. Returns the new secret (plain, once).
 */
export async function rotateExternalSystemSecret(
  em: EntityManager,
  code: string,
  options: { secret?: string; graceSeconds?: number; now?: Date } = {},
  key: Buffer = integrationKeyFromEnv(),
): Promise<{ system: ExternalSystem; secret: string }> {
  const system = await em.findOne(ExternalSystem, { code });
  if (!system) throw new Error(`external system ${code} is not registered`);
  const secret = options.secret ?? generateSecret();
  checkSecret(secret);
  const now = options.now ?? new Date();
  const grace = options.graceSeconds ?? DEFAULT_ROTATION_GRACE_SECONDS;
  system.previousSecretEncrypted = grace > 0 ? system.secretEncrypted : null;
  system.previousSecretExpiresAt = grace > 0 ? new Date(now.getTime() + grace * 1000) : null;
  system.secretEncrypted = encryptSecret(secret, key, system.code);
  system.rotatedAt = now;
  await em.flush();
  return { system, secret };
}

/** Switches a system on or off (an inactive system's requests are refused). */
export async function setExternalSystemActive(em: EntityManager, code: string, active: boolean): Promise<void> {
  const changed = await em.nativeUpdate(ExternalSystem, { code }, { active });
  if (changed === 0) throw new Error(`external system ${code} is not registered`);
}

/**
 * The secrets an active system may currently sign with (current first), or null when the code
 * is unknown or the system is inactive.
 */
export async function signingSecretsOf(em: EntityManager, code: string, key: Buffer, now = new Date()): Promise<string[] | null> {
  const system = await em.findOne(ExternalSystem, { code });
  if (!system || !system.active) return null;
  const secrets = [decryptSecret(system.secretEncrypted, key, system.code)];
  if (system.previousSecretEncrypted && system.previousSecretExpiresAt && system.previousSecretExpiresAt > now) {
    secrets.push(decryptSecret(system.previousSecretEncrypted, key, system.code));
  }
  return secrets;
}
