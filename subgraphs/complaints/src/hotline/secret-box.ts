/**
 * Integration secrets at rest: AES-256-GCM under a key derived (SHA-256) from INTEGRATION_KEY,
 * so a copy of the database alone does not give away the secrets other systems sign with.
 * Each ciphertext is bound to the system it belongs to (additional authenticated data), so a
 * ciphertext copied onto another system's row does not decrypt.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const INTEGRATION_KEY_ENV = 'INTEGRATION_KEY';
const FORMAT = 'v1';

/** The 32-byte encryption key from a passphrase of at least 32 characters. */
export function deriveIntegrationKey(passphrase: string): Buffer {
  if (typeof passphrase !== 'string' || passphrase.length < 32) {
    throw new Error(`${INTEGRATION_KEY_ENV} must be at least 32 characters (it encrypts the secrets of integrated systems)`);
  }
  return createHash('sha256').update(passphrase, 'utf8').digest();
}

/** The key from the environment; throws naming INTEGRATION_KEY when it is missing or short. */
export function integrationKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer {
  const value = env[INTEGRATION_KEY_ENV];
  if (!value) throw new Error(`Environment variable ${INTEGRATION_KEY_ENV} is required to store or check integration secrets`);
  return deriveIntegrationKey(value);
}

/** `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
export function encryptSecret(plain: string, key: Buffer, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** The secret back; throws when the key or context is wrong or the text was altered. */
export function decryptSecret(sealed: string, key: Buffer, context: string): string {
  const [format, iv, tag, body] = sealed.split('.');
  if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('not an encrypted integration secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('integration secret cannot be decrypted: wrong INTEGRATION_KEY or altered data');
  }
}

/** A new random secret for a system: 32 bytes, base64url. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}
