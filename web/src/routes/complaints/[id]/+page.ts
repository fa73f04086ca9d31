import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';
import { parseLocale } from '../../../lib/i18n';
import { toLoadError } from '../../../lib/services/graphql';
import { loadComplaint } from '../../../lib/services/complaints';

export const load = (async ({ fetch, url, params }) => {
	const locale = parseLocale(url.searchParams.get('lang'));
	let data;
	try {
		data = await loadComplaint(fetch, params.id);
	} catch (cause) {
		console.error('[complaint] failed to load:', cause);
		return { locale, complaint: null, offenceBases: [], error: toLoadError(cause) };
	}
	if (!data.complaint) error(404, 'complaint not found');
	return { locale, complaint: data.complaint, offenceBases: data.offenceBases, error: null };
}) satisfies PageLoad;
