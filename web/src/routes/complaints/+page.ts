import type { PageLoad } from './$types';
import { parseLocale } from '../../lib/i18n';
import { toLoadError } from '../../lib/services/graphql';
import { loadInbox, parseInboxParams } from '../../lib/services/complaints';
import { can } from '../../lib/services/session';

export const load = (async ({ fetch, url, depends, parent }) => {
	// new and changed complaints (live) reload the inbox with invalidate('app:inbox')
	depends('app:inbox');
	const locale = parseLocale(url.searchParams.get('lang'));
	const params = parseInboxParams(url.searchParams);
	// without rights on complaints the layout shows a forbidden state: nothing to ask the router
	if (!can((await parent()).viewer, 'COMPLAINTS')) return { locale, params, inbox: null, error: { kind: 'forbidden' as const, message: 'COMPLAINTS: NO_ACCESS' } };
	try {
		return { locale, params, inbox: await loadInbox(fetch, params), error: null };
	} catch (cause) {
		const loadError = toLoadError(cause);
		if (loadError.kind !== 'forbidden') console.error('[inbox] failed to load complaints:', cause);
		return { locale, params, inbox: null, error: loadError };
	}
}) satisfies PageLoad;
