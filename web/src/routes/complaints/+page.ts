import type { PageLoad } from './$types';
import { parseLocale } from '../../lib/i18n';
import { toLoadError } from '../../lib/services/graphql';
import { loadInbox, parseInboxParams } from '../../lib/services/complaints';

export const load = (async ({ fetch, url }) => {
	const locale = parseLocale(url.searchParams.get('lang'));
	const params = parseInboxParams(url.searchParams);
	try {
		return { locale, params, inbox: await loadInbox(fetch, params), error: null };
	} catch (cause) {
		console.error('[inbox] failed to load complaints:', cause);
		return { locale, params, inbox: null, error: toLoadError(cause) };
	}
}) satisfies PageLoad;
