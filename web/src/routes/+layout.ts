import type { LayoutLoad } from './$types';
import { parseLocale } from '../lib/i18n';
import { setSessionToken } from '../lib/services/session';

/** The locale of the page, and the session token handed to the browser's GraphQL client and live socket. */
export const load = (({ url, data }) => {
	setSessionToken(data.sessionToken);
	return { ...data, locale: parseLocale(url.searchParams.get('lang')) };
}) satisfies LayoutLoad;
