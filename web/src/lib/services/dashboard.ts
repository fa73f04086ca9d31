import { graphql } from '../graphql';
import type {
	ComplaintChannel,
	ComplaintFilter,
	ComplaintStatus,
	DashboardGeoQuery,
	DashboardStatsQuery,
	DashboardFeesQuery,
	InstrumentType,
	PaymentServiceType,
	PaymentStatsFilter
} from '../graphql/graphql';
import { COMPLAINT_CHANNELS, COMPLAINT_STATUSES, bangkokDayEnd, bangkokDayStart } from './complaints';
import { createGraphqlClient, runQuery, toLoadError, type Fetch, type LoadError } from './graphql';
import { SERVICE_TYPES } from './payments';

export const DashboardGeoDocument = graphql(`
	query DashboardGeo {
		viewer {
			provinceCodes
		}
		regions {
			code
			nameTh
			nameEn
			provinces {
				code
			}
		}
		provinces(first: 100) {
			edges {
				node {
					code
					nameTh
					nameEn
					gridRow
					gridCol
					region {
						code
					}
					servedBy {
						code
					}
				}
			}
		}
		offices(first: 100) {
			edges {
				node {
					code
					kind
					nameTh
					nameEn
					servedProvinces {
						code
					}
				}
			}
		}
		offenceBases(includeInactive: true) {
			code
			titleTh
			titleEn
		}
	}
`);

export const DashboardStatsDocument = graphql(`
	query DashboardStats(
		$filter: ComplaintFilter
		$withOffices: Boolean!
		$withList: Boolean!
	) {
		total: complaintStats(groupBy: TOTAL, filter: $filter) {
			...StatsRow
		}
		byProvince: complaintStats(groupBy: PROVINCE, filter: $filter) {
			...StatsRow
		}
		byOffice: complaintStats(groupBy: OFFICE, filter: $filter) @include(if: $withOffices) {
			...StatsRow
		}
		byMonth: complaintStats(groupBy: MONTH, filter: $filter) {
			...StatsRow
		}
		byBasis: complaintStats(groupBy: OFFENCE_BASIS, filter: $filter) {
			...StatsRow
		}
		complaints(first: 50, filter: $filter, orderBy: [{ field: RECEIVED_AT, direction: DESC }]) @include(if: $withList) {
			totalCount
			edges {
				node {
					id
					referenceNo
					receivedAt
					status
					subject
					respondentName
					respondent {
						id
						nameTh
						registrationNo
					}
					slaState
					cases {
						id
						caseNo
						status
					}
				}
			}
		}
	}
`);

/** Fees and fines collected (payments): asked apart, so the complaint figures stand when payments is down. */
export const DashboardFeesDocument = graphql(`
	query DashboardFees($fees: PaymentStatsFilter, $fines: PaymentStatsFilter, $withOffices: Boolean!) {
		feesTotal: paymentStats(groupBy: TOTAL, filter: $fees) {
			...FeeRow
		}
		feesByProvince: paymentStats(groupBy: PROVINCE, filter: $fees) {
			...FeeRow
		}
		feesByOffice: paymentStats(groupBy: OFFICE, filter: $fees) @include(if: $withOffices) {
			...FeeRow
		}
		finesTotal: paymentStats(groupBy: TOTAL, filter: $fines) {
			...FeeRow
		}
	}
`);

export const FeeRowFields = graphql(`
	fragment FeeRow on PaymentStatsRow {
		key
		issued
		paid
		collectedSatang
		outstandingSatang
		overdue
	}
`);

/** The operator of the operator level: its name (the complaints list carries the rest). */
export const DashboardOperatorDocument = graphql(`
	query DashboardOperator($id: ID!) {
		operator(id: $id) {
			id
			nameTh
			nameEn
			registrationNo
			province {
				code
			}
		}
	}
`);

export const StatsRowFields = graphql(`
	fragment StatsRow on ComplaintStatsRow {
		key
		received
		open
		closed
		closureRate
		averageDaysToClose
		overdue
		cases
		finesSatang
	}
`);

export type Geo = DashboardGeoQuery;
export type Stats = DashboardStatsQuery;
export type StatsRow = Stats['total'][number];
export type Fees = DashboardFeesQuery;
export type FeeRow = Fees['feesTotal'][number];
export type Level = 'nation' | 'region' | 'province' | 'office' | 'operator';

export const MEASURES = ['received', 'open', 'closed', 'closureRate', 'overdue', 'finesSatang', 'feesSatang'] as const;
export type Measure = (typeof MEASURES)[number];

/** The dashboard's state as it lives in the URL. */
export interface DashboardParams {
	region: string;
	province: string;
	office: string;
	/** Operator (respondent) id: the level below an office. */
	operator: string;
	from: string;
	to: string;
	basis: string;
	status: string;
	channel: string;
	/** Service the fees are for (payments). */
	service: PaymentServiceType | '';
	/** Type of the instrument complained about (complaints). */
	instrument: InstrumentType | '';
	measure: Measure;
}

export const INSTRUMENT_TYPES: readonly InstrumentType[] = [
	'NON_AUTOMATIC_SCALE',
	'VEHICLE_SCALE',
	'RICE_MOISTURE_METER',
	'CASSAVA_STARCH_SCALE',
	'CORN_MOISTURE_METER',
	'FUEL_DISPENSER',
	'FUEL_PREPAY_DISPENSER',
	'DIRECT_MASS_METER',
	'LPG_DISPENSER',
	'CNG_DISPENSER',
	'AUTOMATIC_TANK_GAUGE'
];

const ID = /^[0-9a-fA-F-]{36}$/;

const CODE = /^[0-9A-Za-z_-]{1,40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDashboardParams(search: URLSearchParams): DashboardParams {
	const get = (name: string) => search.get(name)?.trim() ?? '';
	const code = (name: string) => (CODE.test(get(name)) ? get(name) : '');
	const day = (name: string) => (DAY.test(get(name)) ? get(name) : '');
	const measure = get('measure') as Measure;
	return {
		region: code('region'),
		province: code('province'),
		office: code('office'),
		operator: ID.test(get('operator')) ? get('operator') : '',
		from: day('from'),
		to: day('to'),
		basis: code('basis'),
		status: COMPLAINT_STATUSES.includes(get('status') as ComplaintStatus) ? get('status') : '',
		channel: COMPLAINT_CHANNELS.includes(get('channel') as ComplaintChannel) ? get('channel') : '',
		service: SERVICE_TYPES.includes(get('service') as PaymentServiceType) ? (get('service') as PaymentServiceType) : '',
		instrument: INSTRUMENT_TYPES.includes(get('instrument') as InstrumentType) ? (get('instrument') as InstrumentType) : '',
		measure: MEASURES.includes(measure) ? measure : 'received'
	};
}

export function dashboardSearch(p: Partial<DashboardParams>, lang: 'th' | 'en'): string {
	const params = new URLSearchParams();
	if (lang === 'en') params.set('lang', 'en');
	for (const key of ['region', 'province', 'office', 'operator', 'from', 'to', 'basis', 'status', 'channel', 'service', 'instrument', 'measure'] as const) {
		const value = p[key];
		if (!value || (key === 'measure' && value === 'received')) continue;
		params.set(key, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

export function levelOf(p: DashboardParams): Level {
	if (p.operator) return 'operator';
	if (p.office) return 'office';
	if (p.province) return 'province';
	if (p.region) return 'region';
	return 'nation';
}

/** The complaint filter of the current view: the drill-down area plus the chosen filters. */
export function dashboardFilter(p: DashboardParams, geo: Geo): ComplaintFilter {
	const filter: ComplaintFilter = {};
	if (p.from) filter.receivedFrom = bangkokDayStart(p.from);
	if (p.to) filter.receivedTo = bangkokDayEnd(p.to);
	if (p.basis) filter.offenceBasisCodes = [p.basis];
	if (p.status) filter.statuses = [p.status as ComplaintStatus];
	if (p.channel) filter.channels = [p.channel as ComplaintChannel];
	if (p.instrument) filter.instrumentTypes = [p.instrument];
	if (p.operator) filter.respondentId = p.operator;
	if (p.province) filter.provinceCodes = [p.province];
	else if (p.region) filter.provinceCodes = geo.regions.find((r) => r.code === p.region)?.provinces.map((x) => x.code) ?? [];
	if (p.office) filter.officeCodes = [p.office];
	return filter;
}

/**
 * The payments filter of the current view: the same period (by issue date) and area; fees are
 * every service but fines unless a service is chosen, fines are the FINE service.
 */
export function feeFilters(p: DashboardParams, filter: ComplaintFilter): { fees: PaymentStatsFilter; fines: PaymentStatsFilter } {
	const common: PaymentStatsFilter = {};
	if (filter.receivedFrom) common.issuedFrom = filter.receivedFrom;
	if (filter.receivedTo) common.issuedTo = filter.receivedTo;
	if (filter.provinceCodes) common.provinceCodes = filter.provinceCodes;
	if (filter.officeCodes) common.officeCodes = filter.officeCodes;
	return {
		fees: { ...common, serviceTypes: p.service ? [p.service] : SERVICE_TYPES.filter((s) => s !== 'FINE') },
		fines: { ...common, serviceTypes: ['FINE'] }
	};
}

export async function loadDashboard(fetchFn: Fetch, p: DashboardParams) {
	const client = createGraphqlClient(fetchFn);
	const geo = await runQuery(client, DashboardGeoDocument, {});
	const level = levelOf(p);
	const filter = dashboardFilter(p, geo);
	const [stats, fees, operator] = await Promise.all([
		runQuery(client, DashboardStatsDocument, {
			filter,
			withOffices: level === 'province',
			withList: level === 'office' || level === 'operator'
		}),
		runQuery(client, DashboardFeesDocument, { ...feeFilters(p, filter), withOffices: level === 'province' }).then(
			(data): { data: Fees; error: null } => ({ data, error: null }),
			(cause: unknown): { data: null; error: LoadError } => ({ data: null, error: toLoadError(cause) })
		),
		p.operator ? runQuery(client, DashboardOperatorDocument, { id: p.operator }).then((d) => d.operator) : Promise.resolve(null)
	]);
	return { geo, stats, fees: fees.data, feesError: fees.error, level, filter, operator };
}

/** Adds up stats rows (a region = the sum of its provinces). Rates and averages are re-derived. */
export function sumRows(key: string, rows: readonly StatsRow[]): StatsRow {
	const total = rows.reduce(
		(acc, r) => {
			acc.received += r.received;
			acc.open += r.open;
			acc.closed += r.closed;
			acc.overdue += r.overdue;
			acc.cases += r.cases;
			acc.finesSatang += Number(r.finesSatang);
			if (r.averageDaysToClose != null) {
				acc.daysWeighted += r.averageDaysToClose * r.closed;
				acc.daysCount += r.closed;
			}
			return acc;
		},
		{ received: 0, open: 0, closed: 0, overdue: 0, cases: 0, finesSatang: 0, daysWeighted: 0, daysCount: 0 }
	);
	return {
		key,
		received: total.received,
		open: total.open,
		closed: total.closed,
		overdue: total.overdue,
		cases: total.cases,
		finesSatang: total.finesSatang,
		closureRate: total.received ? total.closed / total.received : 0,
		averageDaysToClose: total.daysCount ? total.daysWeighted / total.daysCount : null
	};
}

/** CSV text with a UTF-8 BOM (so Excel opens Thai correctly); cells quoted when needed. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	const cell = (v: string | number) => {
		const s = String(v);
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
