import { describe, expect, it } from 'vitest';
import { AccessLevel, areaCondition, requireAccess, signPrincipal, systemPrincipal, verifyPrincipal, type Principal } from './principal.js';

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
