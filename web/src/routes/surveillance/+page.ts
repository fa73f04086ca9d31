import type { PageLoad } from './$types';
import { parseLocale } from '../../lib/i18n';
import { toLoadError } from '../../lib/services/graphql';
import { loadSurveillancePlans } from '../../lib/services/surveillance';

export const load = (async ({ fetch, url }) => {
	const locale = parseLocale(url.searchParams.get('lang'));
	const after = url.searchParams.get('after') ?? undefined;
	try {
		return { locale, plans: await loadSurveillancePlans(fetch, after), error: null };
	} catch (cause) {
		console.error('[surveillance] failed to load:', cause);
		return { locale, plans: null, error: toLoadError(cause) };
	}
}) satisfies PageLoad;
