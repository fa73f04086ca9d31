import { describe, expect, it } from 'vitest';
import { decryptSecret, deriveIntegrationKey, encryptSecret, generateSecret, integrationKeyFromEnv } from './secret-box.js';

const KEY = deriveIntegrationKey('x'.repeat(32));

describe('integration secrets at rest', () => {
  it('round-trips through AES-256-GCM without the plain text in the stored form', () => {
    const secret = generateSecret();
    const sealed = encryptSecret(secret, KEY, '1569');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(secret);
    expect(decryptSecret(sealed, KEY, '1569')).toBe(secret);
    expect(encryptSecret(secret, KEY, '1569')).not.toBe(sealed); // fresh IV each time
  });

  it('does not decrypt under another key, for another system, or after tampering', () => {
    const sealed = encryptSecret('s'.repeat(40), KEY, '1569');
    expect(() => decryptSecret(sealed, deriveIntegrationKey('y'.repeat(32)), '1569')).toThrow(/wrong INTEGRATION_KEY/);
    expect(() => decryptSecret(sealed, KEY, 'bank')).toThrow(/cannot be decrypted/);
    const parts = sealed.split('.');
    parts[3] = Buffer.from('t'.repeat(40)).toString('base64url');
    expect(() => decryptSecret(parts.join('.'), KEY, '1569')).toThrow(/cannot be decrypted/);
  });

  it('needs an INTEGRATION_KEY of at least 32 characters', () => {
    expect(() => deriveIntegrationKey('short')).toThrow(/at least 32 characters/);
    expect(() => integrationKeyFromEnv({})).toThrow(/INTEGRATION_KEY is required/);
    expect(integrationKeyFromEnv({ INTEGRATION_KEY: 'k'.repeat(32) })).toHaveLength(32);
  });
});
