import type { Handle } from '@sveltejs/kit/hooks';
import { parseLocale } from './lib/i18n';

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
