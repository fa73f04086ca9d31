import type { PageLoad } from './$types';
import { parseLocale } from '../lib/i18n';
import { GraphqlRequestError, type GraphqlErrorKind } from '../lib/services/graphql';
import { loadOverview, type Overview } from '../lib/services/overview';
import { can } from '../lib/services/session';

export interface OverviewLoadError {
	kind: GraphqlErrorKind;
	message: string;
}

/** Province codes are short identifiers such as "10" or "50"; anything else is ignored. */
const PROVINCE_CODE = /^[0-9A-Za-z_-]{1,16}$/;

export const load = (async ({ fetch, url, parent }) => {
	const locale = parseLocale(url.searchParams.get('lang'));
	const requested = url.searchParams.get('province')?.trim() ?? '';
	const provinceCode = PROVINCE_CODE.test(requested) ? requested : null;
	// The layout sends who may not see complaints to their own home page: do not ask the router for
	// complaints on their behalf meanwhile (it would refuse, and log the refusal).
	const { viewer } = await parent();
	if (viewer && !can(viewer, 'COMPLAINTS')) {
		const error: OverviewLoadError = { kind: 'forbidden', message: 'No access to complaints (COMPLAINTS)' };
		return { locale, provinceCode, overview: null, error };
	}

	try {
		const overview: Overview = await loadOverview(fetch, provinceCode ?? undefined);
		return { locale, provinceCode, overview, error: null };
	} catch (cause) {
		// Keep the page alive when the router is down or failing: render an error state instead.
		const error: OverviewLoadError =
			cause instanceof GraphqlRequestError
				? { kind: cause.kind, message: cause.message }
				: { kind: 'network', message: cause instanceof Error ? cause.message : String(cause) };
		console.error('[overview] failed to load complaints overview:', cause);
		return { locale, provinceCode, overview: null, error };
	}
}) satisfies PageLoad;
