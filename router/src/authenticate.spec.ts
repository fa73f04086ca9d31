import type { IncomingMessage } from 'node:http';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, createAuthenticator, credentialsOf } from './authenticate.js';
import { SESSION_AUDIENCE, SESSION_ISSUER, SessionVerifier, sessionKey } from './auth/session.js';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const key = sessionKey(undefined, 'a-router-signing-secret-for-tests');

async function token(claims: Record<string, unknown>, options: { key?: Uint8Array; expiresIn?: number; issuer?: string } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('11111111-1111-4111-8111-111111111111')
    .setIssuer(options.issuer ?? SESSION_ISSUER)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 600))
    .sign(options.key ?? key);
}

describe('credentials in a request', () => {
  it('reads an API key, Basic client id/secret and a Bearer session', () => {
    expect(credentialsOf(request({ 'x-api-key': 'mgc_abc.s3cr3t.with.dots' }))).toEqual({ kind: 'api', clientId: 'mgc_abc', secret: 's3cr3t.with.dots' });
    expect(credentialsOf(request({ authorization: `Basic ${Buffer.from('mgc_abc:pa:ss').toString('base64')}` }))).toEqual({ kind: 'api', clientId: 'mgc_abc', secret: 'pa:ss' });
    expect(credentialsOf(request({ authorization: 'Bearer abc.def.ghi' }))).toEqual({ kind: 'session', token: 'abc.def.ghi' });
    expect(credentialsOf(request({}))).toEqual({ kind: 'none' });
    expect(credentialsOf(request({ authorization: 'Digest x' })).kind).toBe('malformed');
    expect(credentialsOf(request({ 'x-api-key': 'no-dot' })).kind).toBe('malformed');
  });
});

describe('the authenticator', () => {
  const authenticate = createAuthenticator({ sessionKey: key });

  it('turns a valid session into the principal it carries', async () => {
    const principal = await authenticate(request({ authorization: `Bearer ${await token({ name: 'somchai', office: 'B07', roles: ['OFFICIAL'], prov: ['57', '58'], rights: { complaints: 3 } })}` }));
    expect(principal).toEqual({ kind: 'user', id: '11111111-1111-4111-8111-111111111111', name: 'somchai', officeCode: 'B07', roles: ['OFFICIAL'], provinceCodes: ['57', '58'], rights: { complaints: 3 } });
  });

  it('refuses a session signed with another key, from another issuer, or expired', async () => {
    const other = sessionKey('another-session-secret-of-32-characters!', 'x');
    for (const bad of [await token({}, { key: other }), await token({}, { issuer: 'someone-else' }), await token({}, { expiresIn: -10 })]) {
      await expect(authenticate(request({ authorization: `Bearer ${bad}` }))).rejects.toBeInstanceOf(AuthenticationError);
    }
    await expect(authenticate(request({ authorization: `Bearer ${await token({}, { expiresIn: -10 })}` }))).rejects.toThrow(/expired/);
  });

  it('lets anonymous callers see reference data only, in no province', async () => {
    expect(await authenticate(request({}))).toEqual({ kind: 'anonymous', id: null, name: 'anonymous', officeCode: null, roles: [], provinceCodes: [], rights: { reference: 1 } });
    // API keys need identity to check them
    await expect(authenticate(request({ 'x-api-key': 'mgc_abc.secret' }))).rejects.toThrow(/unknown, revoked or expired/);
  });
});

describe('remembered session tokens', () => {
  it('verifies a token once, gives every request its own copy, and stops accepting it when it expires', async () => {
    const verifier = new SessionVerifier(key);
    const now = Math.floor(Date.now() / 1000);
    const shortLived = await new SignJWT({ name: 'somchai', roles: ['OFFICIAL'], prov: ['57'], rights: { complaints: 3 } })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('11111111-1111-4111-8111-111111111111')
      .setIssuer(SESSION_ISSUER)
      .setAudience(SESSION_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .sign(key);
    const first = await verifier.verify(shortLived);
    first.roles.push('ADMIN');
    first.provinceCodes!.push('10');
    first.rights.payments = 4;
    const second = await verifier.verify(shortLived);
    expect(second).toMatchObject({ roles: ['OFFICIAL'], provinceCodes: ['57'], rights: { complaints: 3 } });
    // remembered: a forged copy of the token with another signature is still checked
    await expect(verifier.verify(`${shortLived.slice(0, shortLived.lastIndexOf('.'))}.AAAA`)).rejects.toThrow(/not valid/);
    // past its expiry, the remembered token is refused (checked again by jose, which finds it expired)
    await new Promise((r) => setTimeout(r, (now + 2) * 1000 - Date.now() + 50));
    await expect(verifier.verify(shortLived)).rejects.toThrow(/expired/);
  });
});
