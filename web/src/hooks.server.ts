import type { Handle, HandleFetch } from '@sveltejs/kit/hooks';
import { PUBLIC_GRAPHQL_URL } from '$app/env/public';
import { parseLocale } from './lib/i18n';
import { SESSION_COOKIE } from './lib/services/session';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * CSRF: a form submission (sign-in, sign-out) must come from a page of this app, i.e. its
 * `Origin` must be the host and port the request was sent to. (SvelteKit's own check compares
 * with the build-time origin, which is wrong whenever the app runs on another port.)
 */
function isCrossSiteForm(request: Request): boolean {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return false;
	const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
	if (type && !FORM_TYPES.includes(type)) return false;
	const origin = request.headers.get('origin');
	const host = request.headers.get('host');
	if (!origin || !host) return true;
	try {
		return new URL(origin).host !== host;
	} catch {
		return true;
	}
}

/**
 * - Refuses cross-site form submissions.
 * - Reads the session cookie (`metrograph_session`, set by the sign-in page) into `locals`.
 * - Sets `<html lang>` from the `?lang=` parameter (Thai unless `lang=en`).
 * - Lets urql read `content-type` from GraphQL responses fetched in `load`
 *   (SvelteKit only exposes serialised headers during server rendering).
 * Pages without a session are sent to the sign-in page by the root layout's server load.
 */
export const handle: Handle = ({ event, resolve }) => {
	if (isCrossSiteForm(event.request)) {
		return new Response('Cross-site form submissions are forbidden', { status: 403, headers: { 'content-type': 'text/plain' } });
	}
	event.locals.sessionToken = event.cookies.get(SESSION_COOKIE) || null;
	const locale = parseLocale(event.url.searchParams.get('lang'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%metrograph.lang%', locale),
		filterSerializedResponseHeaders: (name) => name === 'content-type'
	});
};

/**
 * Server rendering talks to the router on the user's behalf: the session cookie's token goes to
 * the router as `Authorization: Bearer`, exactly as the browser sends it. Nothing is added
 * without a cookie, nor to any other host.
 */
export const handleFetch: HandleFetch = ({ event, request, fetch }) => {
	const token = event.locals.sessionToken;
	if (token && request.url.startsWith(PUBLIC_GRAPHQL_URL) && !request.headers.has('authorization')) {
		request.headers.set('authorization', `Bearer ${token}`);
	}
	return fetch(request);
};
