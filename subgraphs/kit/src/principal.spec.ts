import { describe, expect, it } from 'vitest';
import { AccessLevel, PrincipalVerifier, areaCondition, requireAccess, signPrincipal, systemPrincipal, verifyPrincipal, type Principal } from './principal.js';

const officer: Principal = {
  kind: 'user', id: 'u1', name: 'official1.b07', officeCode: 'B07', roles: ['OFFICIAL'], provinceCodes: ['47', '38'],
  rights: { complaints: AccessLevel.CREATE },
};

describe('router-signed principal', () => {
  it('round-trips with the right secret', () => {
    expect(verifyPrincipal(signPrincipal(officer, 's3cret'), 's3cret')).toEqual(officer);
  });

  it('is refused when missing, tampered, signed with another secret or stale', () => {
    expect(() => verifyPrincipal(undefined, 's')).toThrow(/no router signature/);
    const token = signPrincipal(officer, 's');
    const [payload, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ p: { ...officer, provinceCodes: null }, iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect(() => verifyPrincipal(`${forged}.${mac}`, 's')).toThrow(/invalid router signature/);
    expect(() => verifyPrincipal(`${payload}.${mac}`, 'other')).toThrow(/invalid router signature/);
    expect(() => verifyPrincipal(signPrincipal(officer, 's', Date.now() - 10 * 60_000), 's')).toThrow(/expired/);
  });
});

describe('a subgraph remembering the signatures it has checked', () => {
  it('accepts a remembered signature only while it is fresh, and never a forged one', () => {
    const verifier = new PrincipalVerifier('s');
    const now = Date.now();
    const token = signPrincipal(officer, 's', now);
    expect(verifier.verify(token, now)).toEqual(officer);
    expect(verifier.verify(token, now + 1000)).toEqual(officer);
    expect(() => verifier.verify(token, now + 10 * 60_000)).toThrow(/expired/);
    const [, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ p: { ...officer, provinceCodes: null }, iat: Math.floor(now / 1000) })).toString('base64url');
    expect(() => verifier.verify(`${forged}.${mac}`, now)).toThrow(/invalid router signature/);
    expect(() => new PrincipalVerifier('other').verify(token, now)).toThrow(/invalid router signature/);
    expect(() => verifier.verify(undefined, now)).toThrow(/no router signature/);
  });

  it('gives each request its own copy, so one request cannot change what the next one sees', () => {
    const verifier = new PrincipalVerifier('s');
    const token = signPrincipal(officer, 's');
    verifier.verify(token).provinceCodes!.push('10');
    verifier.verify(token).rights.payments = AccessLevel.FULL_CONTROL;
    expect(verifier.verify(token)).toEqual(officer);
  });

  it('keeps at most its capacity of signatures', () => {
    const verifier = new PrincipalVerifier('s', 2);
    const now = Date.now();
    const tokens = [0, 1, 2].map((i) => signPrincipal({ ...officer, id: `u${i}` }, 's', now - i * 1000));
    for (const t of tokens) verifier.verify(t, now);
    expect((verifier as unknown as { verified: Map<string, unknown> }).verified.size).toBe(2);
    expect(verifier.verify(tokens[0], now).id).toBe('u0');
  });
});

describe('area scope and rights', () => {
  it('limits a branch officer to their provinces and lets HQ see all', () => {
    expect(areaCondition(officer)).toEqual({ provinceCode: { $in: ['47', '38'] } });
    expect(areaCondition(systemPrincipal('relay'))).toBeNull();
  });

  it('refuses a level the caller lacks', () => {
    expect(() => requireAccess(officer, 'complaints', AccessLevel.CREATE)).not.toThrow();
    expect(() => requireAccess(officer, 'complaints', AccessLevel.FULL_CONTROL)).toThrow(/FULL_CONTROL/);
    expect(() => requireAccess(officer, 'payments', AccessLevel.VIEW)).toThrow(/NO_ACCESS/);
  });
});
