import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { intEnv, type Principal } from '@metrograph/kit';

export const SESSION_ISSUER = 'metrograph-identity';
export const SESSION_AUDIENCE = 'metrograph-router';

/**
 * The key sessions are signed with (HS256), shared by identity (issues) and the router (verifies):
 * SESSION_SECRET, or else one derived from ROUTER_SIGNING_SECRET so that a stack started with only
 * the signing secret (`npm start`) works; the derivation differs from the principal signature.
 */
export function sessionKey(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const explicit = env.SESSION_SECRET?.trim();
  if (explicit) {
    if (explicit.length < 32) throw new Error('SESSION_SECRET must have at least 32 characters');
    return new TextEncoder().encode(explicit);
  }
  const signing = env.ROUTER_SIGNING_SECRET?.trim();
  if (!signing) throw new Error('Set SESSION_SECRET (or ROUTER_SIGNING_SECRET) to issue sessions');
  return createHmac('sha256', signing).update('metrograph session key v1').digest();
}

export function sessionTtlMinutes(): number {
  return intEnv('SESSION_TTL_MINUTES', 60);
}

/** A signed session token carrying the principal the router will forward (its rights as of sign-in). */
export async function issueSession(principal: Principal, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + sessionTtlMinutes() * 60_000);
  const token = await new SignJWT({
    name: principal.name,
    office: principal.officeCode,
    roles: principal.roles,
    prov: principal.provinceCodes,
    rights: principal.rights,
    // issue time in milliseconds: sessions ended in the same second as a new sign-in stay apart
    iatms: now.getTime(),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.id!)
    .setIssuer(SESSION_ISSUER)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(sessionKey());
  return { token, expiresAt };
}
