import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { AccessLevel, type Principal } from '@metrograph/kit';
import { SessionError, SessionVerifier, type verifySession } from './auth/session.js';
import { FUNCTIONS } from './access/functions.js';
import type { IdentityClient } from './auth/identity-client.js';
import type { ClientQuota } from './quota.js';

/** Decides who is calling from the HTTP request (session token, API key, ...). */
export type Authenticate = (request: IncomingMessage) => Promise<Principal>;

/** What identity announced that makes remembered checks stale (from UserChanged / ApiClientChanged on the bus). */
export type IdentityChange = { sessionsOf: string } | { allSessions: true } | { apiClients: true };

/** An authenticator that remembers identity's answers briefly, and forgets them when identity says they changed. */
export type RememberingAuthenticate = Authenticate & { forget(change: IdentityChange): void };

/** Quotas of the API clients the authenticator admitted, by their principal object. */
const quotas = new WeakMap<Principal, ClientQuota>();

/** The quotas of an API client's principal (as returned by the authenticator); undefined for everyone else. */
export function quotaOf(principal: Principal): ClientQuota | undefined {
  return quotas.get(principal);
}

/**
 * No authentication at all: every caller is anonymous with every province and full control of
 * every function, as before sign-in existed. Only for tests and demos that pass it explicitly
 * (`startRouter({ authenticate: openAccess })`); operation limits and the router's rules still apply.
 */
export const openAccess: Authenticate = async () => anonymousPrincipal('demo');

/**
 * What a caller without credentials gets. `none`: public reference data and sign-in only, no
 * province (the default). `demo-read`: also reads every domain (not users, rights, API clients or
 * audit) in every province. `demo`: everything, as openAccess. The demo modes are for a local
 * demo without sign-in; never for a shared installation.
 */
export type AnonymousAccess = 'none' | 'demo-read' | 'demo';

export function anonymousPrincipal(access: AnonymousAccess): Principal {
  if (access === 'demo') return { kind: 'anonymous', id: null, name: 'anonymous', officeCode: null, roles: [], provinceCodes: null, rights: Object.fromEntries(FUNCTIONS.map((fn) => [fn, AccessLevel.FULL_CONTROL])) };
  if (access === 'demo-read') {
    const read = ['reference', 'registry', 'complaints', 'cases', 'payments', 'dashboards'];
    return { kind: 'anonymous', id: null, name: 'anonymous', officeCode: null, roles: [], provinceCodes: null, rights: Object.fromEntries(read.map((fn) => [fn, AccessLevel.VIEW])) };
  }
  return { kind: 'anonymous', id: null, name: 'anonymous', officeCode: null, roles: [], provinceCodes: [], rights: { reference: AccessLevel.VIEW } };
}

export class AuthenticationError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

export interface AuthenticatorOptions {
  sessionKey: Uint8Array;
  /** Checks API credentials; without it API keys are refused. */
  identity?: IdentityClient;
  anonymous?: AnonymousAccess;
  /** How long a check of an API credential or of a session with identity is remembered (ms). */
  cacheMs?: number;
}

const CHECK_SESSION = /* GraphQL */ `
  query RouterCheckSession($input: CheckSessionInput!) { checkSession(input: $input) }
`;

const AUTHENTICATE_API_CLIENT = /* GraphQL */ `
  mutation RouterAuthenticateApiClient($input: AuthenticateApiClientInput!) {
    authenticateApiClient(input: $input) {
      id clientId name agency provinceCodes callsPerHour callsPerDay maxRowsPerRequest
      scopes { function level }
    }
  }
`;

interface Grant {
  id: string;
  clientId: string;
  name: string;
  agency: string;
  provinceCodes: string[] | null;
  callsPerHour: number;
  callsPerDay: number;
  maxRowsPerRequest: number;
  scopes: { function: string; level: string }[];
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Credentials in a request: API key header, Basic client id/secret, or a Bearer session token. */
export function credentialsOf(request: IncomingMessage): { kind: 'session'; token: string } | { kind: 'api'; clientId: string; secret: string } | { kind: 'none' } | { kind: 'malformed'; reason: string } {
  const apiKey = header(request, 'x-api-key');
  const authorization = header(request, 'authorization');
  if (apiKey) {
    const dot = apiKey.indexOf('.');
    if (dot <= 0) return { kind: 'malformed', reason: 'the API key is malformed' };
    return { kind: 'api', clientId: apiKey.slice(0, dot), secret: apiKey.slice(dot + 1) };
  }
  if (!authorization) return { kind: 'none' };
  const [scheme, value] = authorization.split(/\s+/, 2);
  if (/^bearer$/i.test(scheme) && value) return { kind: 'session', token: value };
  if (/^basic$/i.test(scheme) && value) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return { kind: 'malformed', reason: 'Basic credentials must be client id:secret' };
    return { kind: 'api', clientId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  }
  return { kind: 'malformed', reason: 'the Authorization header must be Bearer <session token> or Basic <client id:secret>' };
}

const LEVELS: Record<string, AccessLevel> = { NO_ACCESS: 0, VIEW: 1, EDIT: 2, CREATE: 3, FULL_CONTROL: 4 };

/** The router's authenticator: session tokens from identity's signIn, API credentials checked by identity. */
export function createAuthenticator(options: AuthenticatorOptions): RememberingAuthenticate {
  const anonymous = anonymousPrincipal(options.anonymous ?? 'none');
  const cacheMs = options.cacheMs ?? 30_000;
  const sessions = new SessionVerifier(options.sessionKey);
  const cache = new Map<string, { until: number; value: Promise<unknown> }>();
  /** Answers of identity, remembered briefly (failures are not remembered). */
  const remembered = <T>(key: string, ask: () => Promise<T>): Promise<T> => {
    const now = Date.now();
    let entry = cache.get(key);
    if (!entry || entry.until <= now) {
      entry = { until: now + cacheMs, value: ask() };
      cache.set(key, entry);
      entry.value.catch(() => cache.delete(key));
      if (cache.size > 10_000) for (const [k, e] of cache) if (e.until <= now) cache.delete(k);
    }
    return entry.value as Promise<T>;
  };
  const checkApiClient = async (clientId: string, secret: string): Promise<Principal | null> => {
    if (!options.identity) return null;
    const data = await options.identity.call<{ authenticateApiClient: Grant | null }>(AUTHENTICATE_API_CLIENT, { input: { clientId, secret } });
    const grant = data.authenticateApiClient;
    if (!grant) return null;
    const principal: Principal = {
      kind: 'api-client',
      id: grant.id,
      name: grant.name,
      officeCode: null,
      roles: [],
      provinceCodes: grant.provinceCodes,
      rights: Object.fromEntries(grant.scopes.map((s) => [s.function.toLowerCase().replace(/_/g, '-'), LEVELS[s.level] ?? 0])),
    };
    quotas.set(principal, { callsPerHour: grant.callsPerHour, callsPerDay: grant.callsPerDay, maxRowsPerRequest: grant.maxRowsPerRequest });
    return principal;
  };
  const forget = (change: IdentityChange): void => {
    const prefix = 'sessionsOf' in change ? `session:${change.sessionsOf}:` : 'allSessions' in change ? 'session:' : 'api:';
    for (const key of cache.keys()) if (key.startsWith(prefix)) cache.delete(key);
  };
  const authenticate: Authenticate = async (request) => {
    const credentials = credentialsOf(request);
    switch (credentials.kind) {
      case 'none':
        return { ...anonymous };
      case 'malformed':
        throw new AuthenticationError(`Not signed in: ${credentials.reason}.`);
      case 'session': {
        let session: Awaited<ReturnType<typeof verifySession>>;
        try {
          session = await sessions.verify(credentials.token);
        } catch (error) {
          if (error instanceof SessionError) throw new AuthenticationError(`Not signed in: ${error.message}.`);
          throw error;
        }
        const { issuedAt, ...principal } = session;
        // Signed out, disabled or rights changed since the token was issued: identity knows.
        if (options.identity) {
          const valid = await remembered(`session:${principal.id}:${issuedAt.getTime()}`, async () => {
            const data = await options.identity!.call<{ checkSession: boolean }>(CHECK_SESSION, { input: { userId: principal.id, issuedAt: issuedAt.toISOString() } });
            return data.checkSession;
          });
          if (!valid) throw new AuthenticationError('Not signed in: the session has ended (signed out, account disabled or rights changed); sign in again.');
        }
        return principal;
      }
      case 'api': {
        const key = createHash('sha256').update(`${credentials.clientId}\u0000${credentials.secret}`).digest('base64url');
        const principal = await remembered(`api:${key}`, () => checkApiClient(credentials.clientId, credentials.secret));
        if (!principal) throw new AuthenticationError('Not signed in: the API credentials are unknown, revoked or expired.');
        return principal;
      }
    }
  };
  return Object.assign(authenticate, { forget });
}
