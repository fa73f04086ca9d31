/**
 * Signed-in browser sessions for the web app's tests. The web app keeps the session token of
 * identity's `signIn` in the httpOnly cookie `metrograph_session` (see web/src/lib/services/session.ts);
 * a test that does not exercise the sign-in page itself signs in over HTTP through the router and
 * hands the cookie to its Playwright context:
 *
 *   await context.addCookies([await signInCookie(ROUTER, WEB, 'executive')]);
 */
import { DEMO_PASSWORD, signIn } from './testkit.js';

/** The name of the web app's session cookie (a contract between the web app and its tests). */
export const SESSION_COOKIE = 'metrograph_session';

/** The cookie as Playwright's `BrowserContext.addCookies` takes it. */
export interface SessionCookie {
  name: string;
  value: string;
  url: string;
  httpOnly: boolean;
  sameSite: 'Lax';
  secure: boolean;
}

/**
 * Signs `username` (a seeded user; every one has the demo password) in through the router's
 * `signIn` and returns the session cookie for the web app at `webOrigin` (e.g. http://localhost:3700).
 */
export async function signInCookie(routerUrl: string, webOrigin: string, username: string, password: string = DEMO_PASSWORD): Promise<SessionCookie> {
  const token = await signIn(routerUrl, username, password);
  const origin = new URL(webOrigin).origin;
  return { name: SESSION_COOKIE, value: token, url: origin, httpOnly: true, sameSite: 'Lax', secure: origin.startsWith('https:') };
}

/** A `Cookie` header with the session, for plain HTTP requests to the web app (server rendering). */
export async function sessionCookieHeader(routerUrl: string, username: string, password: string = DEMO_PASSWORD): Promise<{ cookie: string }> {
  return { cookie: `${SESSION_COOKIE}=${await signIn(routerUrl, username, password)}` };
}
