import type { PageLoad } from './$types';
import { parseLocale } from '../../lib/i18n';
import { toLoadError } from '../../lib/services/graphql';
import { loadPaymentList, parsePaymentListParams } from '../../lib/services/payments';

export const load = (async ({ fetch, url, depends }) => {
	// a pay-in changing status (live) reloads the list with invalidate('app:payments')
	depends('app:payments');
	const locale = parseLocale(url.searchParams.get('lang'));
	const params = parsePaymentListParams(url.searchParams);
	try {
		return { locale, params, payments: await loadPaymentList(fetch, params), error: null };
	} catch (cause) {
		const loadError = toLoadError(cause);
		if (loadError.kind !== 'forbidden') console.error('[payments] failed to load:', cause);
		return { locale, params, payments: null, error: loadError };
	}
}) satisfies PageLoad;
