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

type Session = Principal & { issuedAt: Date };

/**
 * verifySession with the tokens it has accepted remembered until they expire: a caller sends the
 * same token with every request, and checking its HMAC through WebCrypto (key import, async job,
 * claim checks) costs more than the rest of the door. A remembered token is the exact string that
 * was verified with this key, its expiry is checked again on every use (as jose does: valid while
 * exp > now in whole seconds), and each request gets its own copy of the principal. Tokens without
 * an expiry or with a not-before time are verified every time; refused tokens are not remembered.
 */
export class SessionVerifier {
  private readonly accepted = new Map<string, { exp: number; session: Session }>();

  constructor(
    private readonly key: Uint8Array,
    private readonly capacity = 10_000,
  ) {}

  async verify(token: string, now = Date.now()): Promise<Session> {
    const seconds = Math.floor(now / 1000);
    const hit = this.accepted.get(token);
    if (hit) {
      if (hit.exp > seconds) return copySession(hit.session);
      this.accepted.delete(token);
    }
    const session = await verifySession(token, this.key);
    const claims = decodeClaims(token);
    if (typeof claims?.exp === 'number' && claims.nbf === undefined && claims.exp > seconds) {
      if (this.accepted.size >= this.capacity) {
        for (const [t, e] of this.accepted) if (e.exp <= seconds) this.accepted.delete(t);
        if (this.accepted.size >= this.capacity) this.accepted.delete(this.accepted.keys().next().value!);
      }
      this.accepted.set(token, { exp: claims.exp, session: copySession(session) });
    }
    return session;
  }
}

function decodeClaims(token: string): { exp?: unknown; nbf?: unknown } | null {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

function copySession(session: Session): Session {
  return {
    ...session,
    roles: [...session.roles],
    provinceCodes: session.provinceCodes === null ? null : [...session.provinceCodes],
    rights: { ...session.rights },
    issuedAt: new Date(session.issuedAt.getTime()),
  };
}
