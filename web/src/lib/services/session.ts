import { browser } from '$app/env';

/**
 * The seam between the app and sign-in. The sign-in page (built with the access work) calls
 * `setSessionToken(token)` after a successful sign-in and `setSessionToken(null)` on sign-out;
 * every GraphQL request made in the browser then carries `Authorization: Bearer <token>`.
 *
 * For server rendering, `hooks.server.ts` forwards the same token from the
 * `SESSION_COOKIE` cookie (when the sign-in flow sets it) to the router in `handleFetch`.
 * The token is never held in server memory: this module only stores it in the browser.
 */
export const SESSION_COOKIE = 'metrograph_session';
const STORAGE_KEY = 'metrograph.session';

let token: string | null = null;
let loaded = false;

/** The current bearer token in the browser, or null (always null during server rendering). */
export function sessionToken(): string | null {
	if (!browser) return null;
	if (!loaded) {
		loaded = true;
		try {
			token = window.sessionStorage.getItem(STORAGE_KEY);
		} catch {
			token = null;
		}
	}
	return token;
}

/** Stores (or with null, forgets) the bearer token for this browser tab. */
export function setSessionToken(next: string | null): void {
	if (!browser) throw new Error('setSessionToken is for the browser; the server reads the session cookie');
	token = next;
	loaded = true;
	try {
		if (next) window.sessionStorage.setItem(STORAGE_KEY, next);
		else window.sessionStorage.removeItem(STORAGE_KEY);
	} catch {
		// storage unavailable (private mode): the token lives in memory for this page only
	}
}

/** `Authorization` header for a token, or no header when there is none. */
export function authorizationHeaders(bearer: string | null = sessionToken()): Record<string, string> {
	return bearer ? { Authorization: `Bearer ${bearer}` } : {};
}
