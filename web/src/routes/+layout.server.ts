import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { createGraphqlClient, runQuery, GraphqlRequestError, toLoadError } from '../lib/services/graphql';
import { OfficeNameDocument, SESSION_COOKIE, ViewerDocument, can, homeOf, type Viewer } from '../lib/services/session';
import type { OfficeNameQuery } from '../lib/graphql/graphql';

type OfficeName = OfficeNameQuery['office'];

/** Pages that need no session. */
function isPublic(pathname: string): boolean {
	return pathname === '/signin' || pathname.startsWith('/signin/');
}

/**
 * Who is signed in, for every page: the viewer (name, office, rights that build the menus) and
 * the session token for the browser's GraphQL client and live socket. Without a session, or
 * when the router no longer accepts it (expired, signed out elsewhere), the user is sent to the
 * sign-in page with `next` pointing back here.
 */
export const load = (async ({ fetch, locals, cookies, url }) => {
	const token = locals.sessionToken;
	const toSignIn = (reason?: string) => {
		const next = `${url.pathname}${url.search}`;
		const params = new URLSearchParams({ next });
		if (reason) params.set('reason', reason);
		const lang = url.searchParams.get('lang');
		if (lang === 'en') params.set('lang', 'en');
		return redirect(303, `/signin?${params}`);
	};
	if (!token) {
		if (isPublic(url.pathname)) return { viewer: null, office: null, sessionToken: null, sessionError: null };
		toSignIn();
	}
	const client = createGraphqlClient(fetch);
	let viewer: Viewer;
	let office: OfficeName | null;
	try {
		viewer = (await runQuery(client, ViewerDocument, {})).viewer;
		if (viewer.kind !== 'user') throw new GraphqlRequestError('The session is no longer valid', 'unauthenticated');
		office = viewer.officeCode && can(viewer, 'REFERENCE') ? (await runQuery(client, OfficeNameDocument, { code: viewer.officeCode })).office : null;
	} catch (cause) {
		if (cause instanceof GraphqlRequestError && cause.kind === 'unauthenticated') {
			cookies.delete(SESSION_COOKIE, { path: '/' });
			locals.sessionToken = null;
			if (isPublic(url.pathname)) return { viewer: null, office: null, sessionToken: null, sessionError: null };
			toSignIn('expired');
		}
		// The router is down or failing: pages show their own error states; the header says so.
		console.error('[session] could not read the signed-in user:', cause);
		return { viewer: null, office: null, sessionToken: token, sessionError: toLoadError(cause) };
	}
	// the overview is about complaints: who may not see them starts on their own home page
	if (url.pathname === '/' && !can(viewer, 'COMPLAINTS')) {
		const home = homeOf(viewer);
		if (home !== '/') redirect(303, `${home}${url.search}`);
	}
	return { viewer, office, sessionToken: token, sessionError: null };
}) satisfies LayoutServerLoad;
