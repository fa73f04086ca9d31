import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';
import { parseLocale } from '../../../lib/i18n';
import { toLoadError } from '../../../lib/services/graphql';
import { loadComplaint, type FinePayIn } from '../../../lib/services/complaints';
import { can } from '../../../lib/services/session';

export const load = (async ({ fetch, url, params, parent, depends }) => {
	// live updates (complaint, case and pay-in changes) refresh this page with invalidate('app:complaint')
	depends('app:complaint');
	const locale = parseLocale(url.searchParams.get('lang'));
	const { viewer } = await parent();
	const canSeePayments = can(viewer, 'PAYMENTS');
	const canSeeUsers = can(viewer, 'USERS');
	if (!can(viewer, 'COMPLAINTS')) {
		return { locale, complaint: null, offenceBases: [], assignee: null, payIns: {} as Record<string, FinePayIn[]>, canSeePayments, canSeeUsers, error: { kind: 'forbidden' as const, message: 'COMPLAINTS: NO_ACCESS' } };
	}
	let data;
	try {
		data = await loadComplaint(fetch, params.id, { payments: canSeePayments, users: canSeeUsers });
	} catch (cause) {
		const loadError = toLoadError(cause);
		if (loadError.kind !== 'forbidden') console.error('[complaint] failed to load:', cause);
		return { locale, complaint: null, offenceBases: [], assignee: null, payIns: {} as Record<string, FinePayIn[]>, canSeePayments, canSeeUsers, error: loadError };
	}
	if (!data.complaint) error(404, 'complaint not found');
	return { locale, complaint: data.complaint, offenceBases: data.offenceBases, assignee: data.assignee, payIns: data.payIns, canSeePayments, canSeeUsers, error: null };
}) satisfies PageLoad;
