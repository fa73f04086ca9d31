import type { PageLoad } from './$types';
import { parseLocale } from '../../lib/i18n';
import { toLoadError } from '../../lib/services/graphql';
import { loadDashboard, parseDashboardParams } from '../../lib/services/dashboard';

export const load = (async ({ fetch, url, depends }) => {
	// the live feed (dashboardChanged) refreshes every number with invalidate('app:dashboard')
	depends('app:dashboard');
	const locale = parseLocale(url.searchParams.get('lang'));
	const params = parseDashboardParams(url.searchParams);
	try {
		return { locale, params, dashboard: await loadDashboard(fetch, params), error: null };
	} catch (cause) {
		const loadError = toLoadError(cause);
		if (loadError.kind !== 'forbidden') console.error('[dashboard] failed to load:', cause);
		return { locale, params, dashboard: null, error: loadError };
	}
}) satisfies PageLoad;
