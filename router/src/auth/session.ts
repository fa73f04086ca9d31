import { createHmac } from 'node:crypto';
import { jwtVerify, errors as joseErrors } from 'jose';
import type { AccessLevel, Principal } from '@metrograph/kit';

export const SESSION_ISSUER = 'metrograph-identity';
export const SESSION_AUDIENCE = 'metrograph-router';

/**
 * The key identity signs sessions with: SESSION_SECRET, or one derived from the router signing
 * secret (the same derivation as identity's), so `npm start` needs no extra secret.
 */
export function sessionKey(sessionSecret: string | undefined, signingSecret: string): Uint8Array {
  const explicit = sessionSecret?.trim();
  if (explicit) {
    if (explicit.length < 32) throw new Error('SESSION_SECRET must have at least 32 characters');
    return new TextEncoder().encode(explicit);
  }
  return createHmac('sha256', signingSecret).update('metrograph session key v1').digest();
}

export class SessionError extends Error {}

/** The principal a session token carries, after checking its signature, issuer, audience and expiry. */
export async function verifySession(token: string, key: Uint8Array): Promise<Principal & { issuedAt: Date }> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: SESSION_ISSUER, audience: SESSION_AUDIENCE, algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string') throw new SessionError('session token has no subject');
    return {
      kind: 'user',
      id: payload.sub,
      name: String(payload.name ?? ''),
      officeCode: (payload.office as string | null) ?? null,
      roles: Array.isArray(payload.roles) ? (payload.roles as string[]) : [],
      provinceCodes: payload.prov === null ? null : Array.isArray(payload.prov) ? (payload.prov as string[]) : [],
      rights: (payload.rights ?? {}) as Record<string, AccessLevel>,
      issuedAt: new Date(typeof payload.iatms === 'number' ? payload.iatms : (payload.iat ?? 0) * 1000),
    };
  } catch (error) {
    if (error instanceof SessionError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new SessionError('the session has expired; sign in again');
    throw new SessionError('the session token is not valid');
  }
}
