import type { PageLoad } from './$types';
import { parseLocale } from '../../lib/i18n';
import { toLoadError } from '../../lib/services/graphql';
import { loadDashboard, parseDashboardParams } from '../../lib/services/dashboard';

export const load = (async ({ fetch, url }) => {
	const locale = parseLocale(url.searchParams.get('lang'));
	const params = parseDashboardParams(url.searchParams);
	try {
		return { locale, params, dashboard: await loadDashboard(fetch, params), error: null };
	} catch (cause) {
		console.error('[dashboard] failed to load:', cause);
		return { locale, params, dashboard: null, error: toLoadError(cause) };
	}
}) satisfies PageLoad;
