import type { IncomingMessage } from 'node:http';
import type { Principal } from '@metrograph/kit';

/** Decides who is calling from the HTTP request (session token, API key, ...). */
export type Authenticate = (request: IncomingMessage) => Promise<Principal>;

/**
 * The graph as it stands before sign-in exists: every caller is anonymous and sees every
 * province. The identity-and-access work replaces this with session and API-key checks.
 */
export const openAccess: Authenticate = async () => ({
  kind: 'anonymous',
  id: null,
  name: 'anonymous',
  officeCode: null,
  roles: [],
  provinceCodes: null,
  rights: {},
});
