import type { Handle, HandleFetch } from '@sveltejs/kit/hooks';
import { PUBLIC_GRAPHQL_URL } from '$app/env/public';
import { parseLocale } from './lib/i18n';
import { SESSION_COOKIE } from './lib/services/session';

/**
 * - Sets `<html lang>` from the `?lang=` parameter (Thai unless `lang=en`).
 * - Lets urql read `content-type` from GraphQL responses fetched in `load`
 *   (SvelteKit only exposes serialised headers during server rendering).
 */
export const handle: Handle = ({ event, resolve }) => {
	const locale = parseLocale(event.url.searchParams.get('lang'));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%metrograph.lang%', locale),
		filterSerializedResponseHeaders: (name) => name === 'content-type'
	});
};

/**
 * Server rendering talks to the router on the user's behalf: when the sign-in flow has set
 * the session cookie, its token goes to the router as `Authorization: Bearer`, exactly as
 * the browser sends it (see `lib/services/session.ts`). Nothing is added without a cookie.
 */
export const handleFetch: HandleFetch = ({ event, request, fetch }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	if (token && request.url.startsWith(PUBLIC_GRAPHQL_URL) && !request.headers.has('authorization')) {
		request.headers.set('authorization', `Bearer ${token}`);
	}
	return fetch(request);
};
