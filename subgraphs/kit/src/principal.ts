import { createHmac, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

/** Five access levels per function (002 §4.8.5-4.8.9). */
export enum AccessLevel {
  NO_ACCESS = 0,
  VIEW = 1,
  EDIT = 2,
  CREATE = 3,
  FULL_CONTROL = 4,
}

/**
 * Who is calling, as the router authenticated them. Subgraphs trust it only with a valid
 * router signature, and use it to scope data (area) and to record the actor of every change.
 */
export interface Principal {
  kind: 'user' | 'api-client' | 'system' | 'anonymous';
  /** User id or API client id; null for anonymous. */
  id: string | null;
  /** Username or client name, as it appears in audit records. */
  name: string;
  /** Office of a user; null for HQ-wide callers and systems. */
  officeCode: string | null;
  roles: string[];
  /** Province codes the caller may see; null means every province (HQ, executives, auditors). */
  provinceCodes: string[] | null;
  /** Access level per function code, e.g. { complaints: 3 }. */
  rights: Record<string, AccessLevel>;
}

export const PRINCIPAL_HEADER = 'x-metrograph-principal';
const MAX_AGE_SECONDS = 120;

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** The router's signature over a principal, valid for a short time: `<payload>.<hmac>`. */
export function signPrincipal(principal: Principal, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ p: principal, iat: Math.floor(now / 1000) }), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** Verifies the router's signature; throws UNAUTHENTICATED naming the problem. */
export function verifyPrincipal(header: string | undefined, secret: string, now = Date.now()): Principal {
  return verifySigned(header, secret, now).p;
}

function unauthenticated(why: string): GraphQLError {
  return new GraphQLError(`Request refused: ${why}. Call the graph through the router.`, { extensions: { code: 'UNAUTHENTICATED' } });
}

function verifySigned(header: string | undefined, secret: string, now: number): { p: Principal; iat: number } {
  if (!header) throw unauthenticated('no router signature');
  const [payload, signature] = header.split('.');
  if (!payload || !signature) throw unauthenticated('malformed router signature');
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw unauthenticated('invalid router signature');
  const signed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p: Principal; iat: number };
  checkAge(signed.iat, now);
  return signed;
}

function checkAge(iat: number, now: number): void {
  if (Math.abs(Math.floor(now / 1000) - iat) > MAX_AGE_SECONDS) throw unauthenticated('expired router signature');
}

/** A copy a request may use without touching the one remembered for later requests. */
function copyOf(principal: Principal): Principal {
  return { ...principal, roles: [...principal.roles], provinceCodes: principal.provinceCodes && [...principal.provinceCodes], rights: { ...principal.rights } };
}

/**
 * verifyPrincipal for one secret, remembering the router signatures it has already checked:
 * the router signs a caller's principal once per query and sends the same header with every
 * subgraph request of that query's plan, so each signature is checked (HMAC, decode, parse)
 * once per process instead of once per request. Expiry is still checked on every use, and a
 * header is only remembered after its signature was verified with this secret.
 */
export class PrincipalVerifier {
  private readonly verified = new Map<string, { principal: Principal; iat: number }>();

  constructor(
    private readonly secret: string,
    private readonly capacity = 1000,
  ) {}

  verify(header: string | undefined, now = Date.now()): Principal {
    const known = header ? this.verified.get(header) : undefined;
    if (known) {
      checkAge(known.iat, now);
      return copyOf(known.principal);
    }
    const { p, iat } = verifySigned(header, this.secret, now);
    if (this.verified.size >= this.capacity) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(header!, { principal: copyOf(p), iat });
    return p;
  }
}

/** A system process acting on its own (relays, scheduled jobs, seeding). */
export function systemPrincipal(name: string): Principal {
  return { kind: 'system', id: null, name, officeCode: null, roles: ['SYSTEM'], provinceCodes: null, rights: {} };
}

/** Condition limiting rows to the caller's provinces, or null when they see every province. */
export function areaCondition(principal: Principal, field = 'provinceCode'): Record<string, unknown> | null {
  if (principal.provinceCodes === null) return null;
  return { [field]: { $in: principal.provinceCodes } };
}

export function canSeeProvince(principal: Principal, provinceCode: string): boolean {
  return principal.provinceCodes === null || principal.provinceCodes.includes(provinceCode);
}

/** Throws FORBIDDEN unless the caller has at least `level` on `fn`. */
export function requireAccess(principal: Principal, fn: string, level: AccessLevel): void {
  if (principal.kind === 'system') return;
  const granted = principal.rights[fn] ?? AccessLevel.NO_ACCESS;
  if (granted < level) {
    throw new GraphQLError(`Forbidden: ${fn} needs ${AccessLevel[level]}, you have ${AccessLevel[granted]}`, {
      extensions: { code: 'FORBIDDEN', function: fn, required: AccessLevel[level] },
    });
  }
}
