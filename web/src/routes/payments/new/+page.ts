import type { PageLoad } from './$types';
import { parseLocale } from '../../../lib/i18n';
import { toLoadError } from '../../../lib/services/graphql';
import { loadFeeRates, loadPaymentPlaces } from '../../../lib/services/payments';

export const load = (async ({ fetch, url }) => {
	const locale = parseLocale(url.searchParams.get('lang'));
	try {
		const [rates, places] = await Promise.all([loadFeeRates(fetch), loadPaymentPlaces(fetch)]);
		return { locale, rates, places, error: null };
	} catch (cause) {
		const loadError = toLoadError(cause);
		if (loadError.kind !== 'forbidden') console.error('[payments/new] failed to load:', cause);
		return { locale, rates: [], places: null, error: loadError };
	}
}) satisfies PageLoad;
