import { describe, expect, it } from 'vitest';
import { hashPassword, passwordExpired, passwordPolicy, passwordProblems, verifyPassword } from './password-policy.js';

const policy = passwordPolicy({});

describe('password policy', () => {
  it('has the documented defaults', () => {
    expect(policy).toEqual({ minLength: 10, maxAgeDays: 90, historySize: 5, maxFailedAttempts: 5, lockoutMinutes: 15 });
    expect(passwordPolicy({ LOCKOUT_ATTEMPTS: '3' }).maxFailedAttempts).toBe(3);
  });

  it('refuses short, simple and username-containing passwords', () => {
    expect(passwordProblems('Ab1!', policy).map((p) => p.code)).toEqual(['TOO_SHORT']);
    expect(passwordProblems('abcdefghijkl', policy).map((p) => p.code)).toEqual(['TOO_SIMPLE']);
    expect(passwordProblems('Somchai-2569x', policy, 'somchai').map((p) => p.code)).toEqual(['CONTAINS_USERNAME']);
    expect(passwordProblems('ชั่งตวงวัด-2569', policy)).toEqual([]);
  });

  it('expires a password after the policy period', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(passwordExpired(new Date('2026-09-01T00:00:00Z'), policy, now)).toBe(false);
    expect(passwordExpired(new Date('2026-08-01T00:00:00Z'), policy, now)).toBe(true);
    expect(passwordExpired(null, policy, now)).toBe(true);
    expect(passwordExpired(null, { ...policy, maxAgeDays: 0 }, now)).toBe(false);
  });

  it('hashes with argon2 and verifies only the right password', async () => {
    const hashed = await hashPassword('Correct-Horse-9');
    expect(hashed).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hashed, 'Correct-Horse-9')).toBe(true);
    expect(await verifyPassword(hashed, 'correct-horse-9')).toBe(false);
    expect(await verifyPassword(null, 'x')).toBe(false);
  });
});
