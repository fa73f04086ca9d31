import type { PageLoad } from './$types';
import { parseLocale } from '../../../lib/i18n';
import { toLoadError } from '../../../lib/services/graphql';
import { loadPaymentRequest } from '../../../lib/services/payments';

export const load = (async ({ fetch, url, params, depends }) => {
	// the live status reloads the whole request (codes, audit trail) with invalidate('app:payment')
	depends('app:payment');
	const locale = parseLocale(url.searchParams.get('lang'));
	try {
		return { locale, id: params.id, request: await loadPaymentRequest(fetch, params.id), error: null };
	} catch (cause) {
		const loadError = toLoadError(cause);
		if (loadError.kind !== 'forbidden') console.error('[payment] failed to load:', cause);
		return { locale, id: params.id, request: null, error: loadError };
	}
}) satisfies PageLoad;
