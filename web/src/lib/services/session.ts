import { browser } from '$app/env';
import { graphql } from '../graphql';
import type { AppFunction, AccessLevel, ViewerQuery } from '../graphql/graphql';

/**
 * The signed-in user's session.
 *
 * The sign-in page's server action calls identity's `signIn` through the router and keeps the
 * token in the httpOnly cookie `metrograph_session` (SameSite=Lax, path /). On the server,
 * `hooks.server.ts` reads it and every request to the router carries `Authorization: Bearer`.
 * The root layout hands the same token to the browser in its data, where `setSessionToken`
 * keeps it in memory only (never in storage), so urql requests and the graphql-ws socket
 * (`connectionParams.authorization`) carry it too. Sign-out deletes the cookie.
 *
 * The cookie's name is a contract: browser tests sign in over HTTP and add this cookie.
 */
export const SESSION_COOKIE = 'metrograph_session';

let token: string | null = null;

/** The current bearer token in the browser, or null (always null during server rendering). */
export function sessionToken(): string | null {
	return browser ? token : null;
}

/** Called by the root layout with the token of the cookie (null when signed out). */
export function setSessionToken(next: string | null): void {
	if (browser) token = next;
}

/** `Authorization` header for a token, or no header when there is none. */
export function authorizationHeaders(bearer: string | null = sessionToken()): Record<string, string> {
	return bearer ? { Authorization: `Bearer ${bearer}` } : {};
}

/** Where to go after sign-in: a path of this app only (never another site), default the inbox. */
export function safeNext(value: string | null | undefined, fallback = '/'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	if (value.startsWith('/signin')) return fallback;
	return value;
}

// --- operations ------------------------------------------------------------------------------

export const ViewerDocument = graphql(`
	query Viewer {
		viewer {
			kind
			name
			displayName
			officeCode
			roles
			provinceCodes
			rights {
				function
				level
			}
		}
	}
`);

export const OfficeNameDocument = graphql(`
	query OfficeName($code: ID!) {
		office(code: $code) {
			code
			nameTh
			nameEn
		}
	}
`);

export const SignInDocument = graphql(`
	mutation SignIn($input: SignInInput!) {
		signIn(input: $input) {
			token
			expiresAt
			passwordExpiresAt
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const ChangePasswordDocument = graphql(`
	mutation ChangePassword($input: ChangePasswordInput!) {
		changePassword(input: $input) {
			token
			expiresAt
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const SignOutDocument = graphql(`
	mutation SignOut {
		signOut
	}
`);

export type Viewer = ViewerQuery['viewer'];

// --- rights (002 §4.8.5) ---------------------------------------------------------------------

const LEVELS: readonly AccessLevel[] = ['NO_ACCESS', 'VIEW', 'EDIT', 'CREATE', 'FULL_CONTROL'];

/** Whether the viewer holds at least `level` on a function (a function at NO_ACCESS is not shown at all). */
export function can(viewer: Pick<Viewer, 'rights'> | null | undefined, fn: AppFunction, level: AccessLevel = 'VIEW'): boolean {
	const held = viewer?.rights.find((r) => r.function === fn)?.level ?? 'NO_ACCESS';
	return LEVELS.indexOf(held) >= LEVELS.indexOf(level);
}

/** The function a page belongs to: a user without VIEW on it sees a forbidden state instead. */
const ROUTE_FUNCTIONS: readonly { prefix: string; fn: AppFunction }[] = [
	{ prefix: '/complaints', fn: 'COMPLAINTS' },
	{ prefix: '/surveillance', fn: 'COMPLAINTS' },
	{ prefix: '/payments', fn: 'PAYMENTS' },
	{ prefix: '/dashboard', fn: 'DASHBOARDS' }
];

/** The function needed to open a path, or null for pages every signed-in user may open. */
export function functionOfPath(pathname: string): AppFunction | null {
	const hit = ROUTE_FUNCTIONS.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
	return hit?.fn ?? (pathname === '/' ? 'COMPLAINTS' : null);
}

/** The menu of the app: each item shown only to those with VIEW on its function. */
export const NAV_ITEMS: readonly { href: string; id: string; fn: AppFunction }[] = [
	{ href: '/', id: 'overview', fn: 'COMPLAINTS' },
	{ href: '/complaints', id: 'complaints', fn: 'COMPLAINTS' },
	{ href: '/payments', id: 'payments', fn: 'PAYMENTS' },
	{ href: '/dashboard', id: 'dashboard', fn: 'DASHBOARDS' },
	{ href: '/surveillance', id: 'surveillance', fn: 'COMPLAINTS' }
];

/** The first page of the menu the viewer may open ('/' when none: it then shows the forbidden state). */
export function homeOf(viewer: Pick<Viewer, 'rights'> | null | undefined): string {
	return NAV_ITEMS.find((item) => can(viewer, item.fn))?.href ?? '/';
}
