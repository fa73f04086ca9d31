import { graphql } from '../graphql';
import type {
	CreatePaymentRequestInput,
	PaymentReconciliationDimension,
	PaymentReconciliationExportFormat,
	PaymentReconciliationFilter,
	PaymentRequestDetailQuery,
	PaymentRequestFilter,
	PaymentRequestListQuery,
	PaymentServiceType,
	PaymentSourceType,
	PaymentStatus,
	ReconciliationQuery
} from '../graphql/graphql';
import { bangkokDayEnd, bangkokDayStart } from './complaints';
import { createGraphqlClient, runMutation, runQuery, type Fetch } from './graphql';

export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['PENDING', 'PAID', 'UNDER_REVIEW', 'CANCELLED', 'EXPIRED', 'PARTIALLY_REFUNDED', 'REFUNDED'];
export const SERVICE_TYPES: readonly PaymentServiceType[] = [
	'VERIFICATION',
	'ACCURACY_CHECK',
	'BUSINESS_MANUFACTURE',
	'BUSINESS_IMPORT',
	'BUSINESS_SALE',
	'BUSINESS_REPAIR',
	'CERTIFICATE_REPLACEMENT',
	'LICENCE',
	'LICENCE_RENEWAL',
	'FINE',
	'OTHER'
];
export const SOURCE_TYPES: readonly PaymentSourceType[] = ['SERVICE_REQUEST', 'CASE_FINE', 'OTHER'];
export const RECONCILIATION_DIMENSIONS: readonly PaymentReconciliationDimension[] = ['OFFICE', 'PROVINCE', 'SERVICE_TYPE', 'FEE_CODE', 'STATUS', 'PERIOD'];
export const PAYMENTS_PAGE_SIZE = 20;

const CODE = /^[0-9A-Za-z_-]{1,40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function reader(search: URLSearchParams) {
	const get = (name: string) => search.get(name)?.trim() ?? '';
	return {
		get,
		code: (name: string) => (CODE.test(get(name)) ? get(name) : ''),
		day: (name: string) => (DAY.test(get(name)) ? get(name) : ''),
		oneOf: <T extends string>(name: string, values: readonly T[]): T | '' => (values.includes(get(name) as T) ? (get(name) as T) : '')
	};
}

function toSearch(values: Record<string, string | undefined>, lang: 'th' | 'en'): string {
	const params = new URLSearchParams();
	if (lang === 'en') params.set('lang', 'en');
	for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
	const query = params.toString();
	return query ? `?${query}` : '';
}

// ---------------------------------------------------------------------------------------------
// The list of payment requests

/** The list's search as it lives in the URL (shareable; the back button restores it). */
export interface PaymentListParams {
	q: string;
	status: PaymentStatus | '';
	service: PaymentServiceType | '';
	office: string;
	province: string;
	from: string;
	to: string;
	after: string;
}

export function parsePaymentListParams(search: URLSearchParams): PaymentListParams {
	const r = reader(search);
	return {
		q: r.get('q').slice(0, 100),
		status: r.oneOf('status', PAYMENT_STATUSES),
		service: r.oneOf('service', SERVICE_TYPES),
		office: r.code('office'),
		province: r.code('province'),
		from: r.day('from'),
		to: r.day('to'),
		after: r.get('after').slice(0, 200)
	};
}

export function paymentListSearch(p: Partial<PaymentListParams>, lang: 'th' | 'en'): string {
	return toSearch({ q: p.q, status: p.status, service: p.service, office: p.office, province: p.province, from: p.from, to: p.to, after: p.after }, lang);
}

export function paymentListFilter(p: PaymentListParams): PaymentRequestFilter {
	const filter: PaymentRequestFilter = {};
	if (p.q) filter.search = p.q;
	if (p.status) filter.statuses = [p.status];
	if (p.service) filter.serviceTypes = [p.service];
	if (p.office) filter.officeCodes = [p.office];
	if (p.province) filter.provinceCodes = [p.province];
	if (p.from) filter.issuedFrom = bangkokDayStart(p.from);
	if (p.to) filter.issuedTo = bangkokDayEnd(p.to);
	return filter;
}

export const PaymentRowFields = graphql(`
	fragment PaymentRow on PaymentRequest {
		id
		requestNo
		ref1
		ref2
		feeCode
		feeName
		serviceType
		amountSatang
		status
		dueDate
		issuedAt
		paidAt
		overdue
		payerName
		office {
			code
			nameTh
			nameEn
		}
		province {
			code
			nameTh
			nameEn
		}
	}
`);

export const PaymentPlacesDocument = graphql(`
	query PaymentPlaces {
		viewer {
			officeCode
			provinceCodes
		}
		offices(first: 100) {
			edges {
				node {
					code
					nameTh
					nameEn
				}
			}
		}
		provinces(first: 100) {
			edges {
				node {
					code
					nameTh
					nameEn
				}
			}
		}
	}
`);

export const PaymentRequestListDocument = graphql(`
	query PaymentRequestList($filter: PaymentRequestFilter, $after: String) {
		paymentRequests(first: 20, after: $after, filter: $filter, orderBy: [{ field: ISSUED_AT, direction: DESC }]) {
			totalCount
			pageInfo {
				hasNextPage
				endCursor
			}
			edges {
				node {
					...PaymentRow
				}
			}
		}
	}
`);

export type PaymentRow = PaymentRequestListQuery['paymentRequests']['edges'][number]['node'];

export async function loadPaymentPlaces(fetchFn: Fetch) {
	return runQuery(createGraphqlClient(fetchFn), PaymentPlacesDocument, {});
}

export async function loadPaymentList(fetchFn: Fetch, p: PaymentListParams) {
	const client = createGraphqlClient(fetchFn);
	const [places, list] = await Promise.all([
		runQuery(client, PaymentPlacesDocument, {}),
		runQuery(client, PaymentRequestListDocument, { filter: paymentListFilter(p), after: p.after || null })
	]);
	return { places, list: list.paymentRequests };
}

// ---------------------------------------------------------------------------------------------
// One pay-in

export const PaymentRequestDetailDocument = graphql(`
	query PaymentRequestDetail($id: ID!) {
		paymentRequest(id: $id) {
			...PaymentRow
			quantity
			unitAmountSatang
			paidAmountSatang
			bankTransactionId
			payerTaxId
			sourceType
			sourceId
			createdBy
			refundedAmountSatang
			reviewReason
			billPayment {
				billerId
				qrPayload
				barcodeText
			}
			operator {
				id
				nameTh
				registrationNo
			}
			auditTrail(first: 50) {
				edges {
					node {
						id
						at
						action
						actorName
						fromStatus
						toStatus
					}
				}
			}
		}
	}
`);

export type PaymentDetail = NonNullable<PaymentRequestDetailQuery['paymentRequest']>;

export async function loadPaymentRequest(fetchFn: Fetch, id: string) {
	const data = await runQuery(createGraphqlClient(fetchFn), PaymentRequestDetailDocument, { id });
	return data.paymentRequest;
}

export const PaymentFileFields = graphql(`
	fragment PaymentFileParts on PaymentFile {
		fileName
		contentType
		contentBase64
	}
`);

export const PaymentUserErrorFields = graphql(`
	fragment PaymentUserError on UserError {
		field
		code
		message
	}
`);

export const ExportPayInDocument = graphql(`
	mutation ExportPayIn($input: ExportPayInInput!) {
		exportPayIn(input: $input) {
			document {
				...PaymentFileParts
			}
			userErrors {
				...PaymentUserError
			}
		}
	}
`);

export async function exportPayIn(paymentRequestId: string, purpose: 'VIEW' | 'PRINT') {
	const data = await runMutation(ExportPayInDocument, { input: { paymentRequestId, purpose } });
	return data.exportPayIn;
}

/** Live status of pay-ins (the router filters by the caller's area). */
export const PaymentStatusChangedDocument = graphql(`
	subscription PaymentStatusChanged($filter: PaymentStatusChangeFilter) {
		paymentStatusChanged(filter: $filter) {
			eventId
			from
			to
			at
			paymentRequest {
				id
				status
				paidAt
				paidAmountSatang
				bankTransactionId
				overdue
			}
		}
	}
`);

// ---------------------------------------------------------------------------------------------
// Issuing a pay-in

export const PayInFormDocument = graphql(`
	query PayInForm($today: LocalDate!) {
		feeRates(first: 100, filter: { effectiveOn: $today }) {
			edges {
				node {
					id
					feeCode
					serviceType
					nameTh
					nameEn
					amountSatang
					variableAmount
					effectiveFrom
					effectiveTo
				}
			}
		}
	}
`);

export type FeeRateOption = Awaited<ReturnType<typeof loadFeeRates>>[number];

/** Today's Thai calendar day, `YYYY-MM-DD`. */
export function bangkokToday(): string {
	return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The fee schedule in force today (one rate per revenue code), by code. */
export async function loadFeeRates(fetchFn: Fetch) {
	const data = await runQuery(createGraphqlClient(fetchFn), PayInFormDocument, { today: bangkokToday() });
	return data.feeRates.edges.map((e) => e.node).sort((a, b) => a.feeCode.localeCompare(b.feeCode));
}

export const OperatorSearchDocument = graphql(`
	query PayInOperators($search: String!) {
		operators(first: 10, filter: { search: $search }) {
			edges {
				node {
					id
					nameTh
					registrationNo
					taxId
					province {
						code
						nameTh
						nameEn
					}
				}
			}
		}
	}
`);

export async function searchOperators(search: string) {
	const data = await runQuery(createGraphqlClient(), OperatorSearchDocument, { search });
	return data.operators.edges.map((e) => e.node);
}

export const FeeQuoteDocument = graphql(`
	query FeeQuote($items: [FeeQuoteItemInput!]!) {
		feeQuote(items: $items) {
			on
			totalSatang
			lines {
				feeCode
				nameTh
				unitAmountSatang
				quantity
				amountSatang
			}
		}
	}
`);

export async function quoteFee(feeCode: string, quantity: number) {
	const data = await runQuery(createGraphqlClient(), FeeQuoteDocument, { items: [{ feeCode, quantity }] });
	return data.feeQuote;
}

export const CreatePaymentRequestDocument = graphql(`
	mutation CreatePaymentRequest($input: CreatePaymentRequestInput!) {
		createPaymentRequest(input: $input) {
			created
			paymentRequest {
				id
				requestNo
			}
			userErrors {
				...PaymentUserError
			}
		}
	}
`);

export async function createPaymentRequest(input: CreatePaymentRequestInput) {
	const data = await runMutation(CreatePaymentRequestDocument, { input });
	return data.createPaymentRequest;
}

// ---------------------------------------------------------------------------------------------
// Reconciliation

export interface ReconciliationParams {
	from: string;
	to: string;
	basis: 'ISSUED' | 'PAID';
	granularity: 'DAY' | 'MONTH' | 'YEAR';
	groupBy: PaymentReconciliationDimension[];
	office: string;
	province: string;
	service: PaymentServiceType | '';
	status: PaymentStatus | '';
}

export function parseReconciliationParams(search: URLSearchParams): ReconciliationParams {
	const r = reader(search);
	const groupBy = r
		.get('group')
		.split(',')
		.filter((g): g is PaymentReconciliationDimension => RECONCILIATION_DIMENSIONS.includes(g as PaymentReconciliationDimension));
	return {
		from: r.day('from'),
		to: r.day('to'),
		basis: r.oneOf('basis', ['ISSUED', 'PAID'] as const) || 'ISSUED',
		granularity: r.oneOf('granularity', ['DAY', 'MONTH', 'YEAR'] as const) || 'MONTH',
		groupBy: search.has('group') ? [...new Set(groupBy)] : ['OFFICE', 'STATUS'],
		office: r.code('office'),
		province: r.code('province'),
		service: r.oneOf('service', SERVICE_TYPES),
		status: r.oneOf('status', PAYMENT_STATUSES)
	};
}

export function reconciliationSearch(p: ReconciliationParams, lang: 'th' | 'en'): string {
	return toSearch(
		{
			from: p.from,
			to: p.to,
			basis: p.basis === 'ISSUED' ? '' : p.basis,
			granularity: p.granularity === 'MONTH' ? '' : p.granularity,
			group: p.groupBy.join(','),
			office: p.office,
			province: p.province,
			service: p.service,
			status: p.status
		},
		lang
	);
}

export function reconciliationFilter(p: ReconciliationParams): PaymentReconciliationFilter {
	const filter: PaymentReconciliationFilter = { basis: p.basis, granularity: p.granularity };
	if (p.from) filter.from = bangkokDayStart(p.from);
	if (p.to) filter.to = bangkokDayEnd(p.to);
	if (p.office) filter.officeCodes = [p.office];
	if (p.province) filter.provinceCodes = [p.province];
	if (p.service) filter.serviceTypes = [p.service];
	if (p.status) filter.statuses = [p.status];
	return filter;
}

export const ReconciliationRowFields = graphql(`
	fragment ReconciliationRow on PaymentReconciliationRow {
		officeCode
		provinceCode
		serviceType
		feeCode
		status
		period
		requestCount
		paidCount
		unpaidCount
		overdueCount
		underReviewCount
		cancelledCount
		expiredCount
		refundedCount
		amountDueSatang
		paidAmountSatang
		refundedAmountSatang
		netReceivedSatang
		outstandingSatang
	}
`);

export const ReconciliationDocument = graphql(`
	query Reconciliation($groupBy: [PaymentReconciliationDimension!]!, $filter: PaymentReconciliationFilter) {
		paymentReconciliation(groupBy: $groupBy, filter: $filter) {
			groupBy
			rows {
				...ReconciliationRow
			}
			total {
				...ReconciliationRow
			}
		}
	}
`);

export type ReconciliationReport = ReconciliationQuery['paymentReconciliation'];

export async function loadReconciliation(fetchFn: Fetch, p: ReconciliationParams) {
	const client = createGraphqlClient(fetchFn);
	const [places, report] = await Promise.all([
		runQuery(client, PaymentPlacesDocument, {}),
		runQuery(client, ReconciliationDocument, { groupBy: p.groupBy, filter: reconciliationFilter(p) })
	]);
	return { places, report: report.paymentReconciliation };
}

export async function refetchReconciliation(p: ReconciliationParams) {
	const data = await runQuery(createGraphqlClient(), ReconciliationDocument, { groupBy: p.groupBy, filter: reconciliationFilter(p) });
	return data.paymentReconciliation;
}

export const ExportReconciliationDocument = graphql(`
	mutation ExportReconciliation($input: ExportPaymentReconciliationInput!) {
		exportPaymentReconciliation(input: $input) {
			file {
				...PaymentFileParts
			}
			userErrors {
				...PaymentUserError
			}
		}
	}
`);

export async function exportReconciliation(p: ReconciliationParams, format: PaymentReconciliationExportFormat) {
	const data = await runMutation(ExportReconciliationDocument, {
		input: { filter: reconciliationFilter(p), groupBy: p.groupBy, format, content: 'SUMMARY' }
	});
	return data.exportPaymentReconciliation;
}
