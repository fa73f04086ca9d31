import type { PageLoad } from './$types';
import { parseLocale } from '../../../lib/i18n';
import { toLoadError } from '../../../lib/services/graphql';
import { loadReconciliation, parseReconciliationParams } from '../../../lib/services/payments';

export const load = (async ({ fetch, url, depends }) => {
	// payments changing status (live) refresh the figures with invalidate('app:reconciliation')
	depends('app:reconciliation');
	const locale = parseLocale(url.searchParams.get('lang'));
	const params = parseReconciliationParams(url.searchParams);
	try {
		return { locale, params, reconciliation: await loadReconciliation(fetch, params), error: null };
	} catch (cause) {
		const loadError = toLoadError(cause);
		if (loadError.kind !== 'forbidden') console.error('[reconciliation] failed to load:', cause);
		return { locale, params, reconciliation: null, error: loadError };
	}
}) satisfies PageLoad;
