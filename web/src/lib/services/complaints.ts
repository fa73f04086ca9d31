import { graphql } from '../graphql';
import type {
	ComplaintChannel,
	ComplaintFilter,
	ComplaintOrder,
	ComplaintStatus,
	InboxRowFragment,
	ComplaintPageQuery,
	CaseFinePayInsQuery,
	ExportFormat,
	ComplaintReportKind,
	ReportPeriodInput,
	CaseEventKind
} from '../graphql/graphql';
import { createGraphqlClient, runMutation, runQuery, type Fetch } from './graphql';

export const INBOX_PAGE_SIZE = 20;

const STATUSES: readonly ComplaintStatus[] = ['RECEIVED', 'TRIAGED', 'ASSIGNED', 'INVESTIGATING', 'OFFENCE_FOUND', 'NO_OFFENCE', 'CLOSED'];
const CHANNELS: readonly ComplaintChannel[] = ['HOTLINE_1569', 'WEB', 'LINE', 'PHONE', 'WALK_IN', 'LETTER', 'EMAIL'];
export const COMPLAINT_STATUSES = STATUSES;
export const COMPLAINT_CHANNELS = CHANNELS;

export const SORTS = {
	newest: { field: 'RECEIVED_AT', direction: 'DESC' },
	oldest: { field: 'RECEIVED_AT', direction: 'ASC' },
	reference: { field: 'REFERENCE_NO', direction: 'ASC' },
	updated: { field: 'UPDATED_AT', direction: 'DESC' }
} as const satisfies Record<string, ComplaintOrder>;
export type SortKey = keyof typeof SORTS;

/** The inbox's search as it lives in the URL (every value a plain string, '' when unset). */
export interface InboxParams {
	status: string;
	channel: string;
	province: string;
	basis: string;
	from: string;
	to: string;
	q: string;
	caseNo: string;
	sort: SortKey;
	after: string;
	before: string;
}

const CODE = /^[0-9A-Za-z_-]{1,40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseInboxParams(search: URLSearchParams): InboxParams {
	const get = (name: string) => search.get(name)?.trim() ?? '';
	const code = (name: string) => (CODE.test(get(name)) ? get(name) : '');
	const day = (name: string) => (DAY.test(get(name)) ? get(name) : '');
	const sort = get('sort');
	return {
		status: STATUSES.includes(get('status') as ComplaintStatus) ? get('status') : '',
		channel: CHANNELS.includes(get('channel') as ComplaintChannel) ? get('channel') : '',
		province: code('province'),
		basis: code('basis'),
		from: day('from'),
		to: day('to'),
		q: get('q').slice(0, 200),
		caseNo: get('caseNo').slice(0, 40),
		sort: sort in SORTS ? (sort as SortKey) : 'newest',
		after: get('after').slice(0, 200),
		before: get('before').slice(0, 200)
	};
}

/** Start of a Bangkok calendar day as an ISO instant. */
export function bangkokDayStart(day: string): string {
	return new Date(`${day}T00:00:00+07:00`).toISOString();
}
/** End of a Bangkok calendar day as an ISO instant. */
export function bangkokDayEnd(day: string): string {
	return new Date(`${day}T23:59:59.999+07:00`).toISOString();
}

export function inboxFilter(p: InboxParams): ComplaintFilter {
	const filter: ComplaintFilter = {};
	if (p.status) filter.statuses = [p.status as ComplaintStatus];
	if (p.channel) filter.channels = [p.channel as ComplaintChannel];
	if (p.province) filter.provinceCodes = [p.province];
	if (p.basis) filter.offenceBasisCodes = [p.basis];
	if (p.from) filter.receivedFrom = bangkokDayStart(p.from);
	if (p.to) filter.receivedTo = bangkokDayEnd(p.to);
	if (p.q) filter.search = p.q;
	if (p.caseNo) filter.caseNo = p.caseNo;
	return filter;
}

/** The URL search string of inbox params (defaults left out, so links stay short). */
export function inboxSearch(p: Partial<InboxParams>, lang: 'th' | 'en'): string {
	const params = new URLSearchParams();
	if (lang === 'en') params.set('lang', 'en');
	for (const [key, value] of Object.entries(p)) {
		if (!value || (key === 'sort' && value === 'newest')) continue;
		params.set(key, value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

export const ReferenceDataDocument = graphql(`
	query ReferenceData {
		provinces(first: 100) {
			edges {
				node {
					code
					nameTh
					nameEn
				}
			}
		}
		offenceBases {
			code
			section
			titleTh
			titleEn
		}
	}
`);

export const InboxRowFields = graphql(`
	fragment InboxRow on Complaint {
		id
		referenceNo
		receivedAt
		channel
		status
		subject
		respondentName
		slaState
		province {
			code
			nameTh
			nameEn
		}
		offenceBasis {
			code
			titleTh
			titleEn
		}
	}
`);

export const InboxDocument = graphql(`
	query Inbox(
		$filter: ComplaintFilter
		$orderBy: [ComplaintOrder!]
		$first: Int
		$after: String
		$last: Int
		$before: String
	) {
		complaints(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
			totalCount
			pageInfo {
				hasNextPage
				hasPreviousPage
				startCursor
				endCursor
			}
			edges {
				node {
					...InboxRow
				}
			}
		}
	}
`);

export type InboxRow = InboxRowFragment;

export async function loadInbox(fetchFn: Fetch, p: InboxParams) {
	const client = createGraphqlClient(fetchFn);
	const paging = p.before
		? { last: INBOX_PAGE_SIZE, before: p.before }
		: { first: INBOX_PAGE_SIZE, ...(p.after ? { after: p.after } : {}) };
	const [reference, inbox] = await Promise.all([
		runQuery(client, ReferenceDataDocument, {}),
		runQuery(client, InboxDocument, { filter: inboxFilter(p), orderBy: [SORTS[p.sort]], ...paging })
	]);
	return {
		provinces: reference.provinces.edges.map((e) => e.node),
		offenceBases: reference.offenceBases,
		connection: inbox.complaints
	};
}

// --- saved searches (need a signed-in user) ----------------------------------------------

export const SavedSearchesDocument = graphql(`
	query SavedSearches {
		savedSearches {
			id
			name
			filter
			createdAt
			lastRunAt
		}
	}
`);

export const SaveSearchDocument = graphql(`
	mutation SaveSearch($input: SaveSearchInput!) {
		saveSearch(input: $input) {
			savedSearch {
				id
				name
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const RunSavedSearchDocument = graphql(`
	query RunSavedSearch($id: ID!, $first: Int) {
		runSavedSearch(id: $id, first: $first) {
			totalCount
			edges {
				node {
					...InboxRow
				}
			}
		}
	}
`);

export async function listSavedSearches() {
	return (await runQuery(createGraphqlClient(), SavedSearchesDocument, {})).savedSearches;
}

export async function saveSearch(name: string, filter: ComplaintFilter, orderBy: ComplaintOrder[]) {
	return (await runMutation(SaveSearchDocument, { input: { name, filter, orderBy } })).saveSearch;
}

export async function runSavedSearch(id: string) {
	return (await runQuery(createGraphqlClient(), RunSavedSearchDocument, { id, first: INBOX_PAGE_SIZE })).runSavedSearch;
}

// --- exports -------------------------------------------------------------------------------

export const ExportComplaintsDocument = graphql(`
	mutation ExportComplaints($input: ExportComplaintsInput!) {
		exportComplaints(input: $input) {
			referenceNo
			fileName
			contentType
			rowCount
			contentBase64
		}
	}
`);

export const ExportReportDocument = graphql(`
	mutation ExportReport($input: ExportReportInput!) {
		exportComplaintReport(input: $input) {
			referenceNo
			fileName
			contentType
			rowCount
			contentBase64
		}
	}
`);

export async function exportComplaints(filter: ComplaintFilter, orderBy: ComplaintOrder[], format: ExportFormat) {
	return (await runMutation(ExportComplaintsDocument, { input: { filter, orderBy, format, limit: 1000 } })).exportComplaints;
}

export async function exportReport(kind: ComplaintReportKind, period: ReportPeriodInput, format: ExportFormat) {
	return (await runMutation(ExportReportDocument, { input: { kind, period, format } })).exportComplaintReport;
}

// --- one complaint --------------------------------------------------------------------------

export const ComplaintPageDocument = graphql(`
	query ComplaintPage($id: ID!) {
		complaint(id: $id) {
			id
			referenceNo
			externalRef
			receivedAt
			channel
			complainantName
			complainantPhone
			complainantEmail
			respondentName
			placeName
			placeAddress
			lat
			lng
			subject
			details
			keywords
			status
			assignedAt
			statusChangedAt
			closingReason
			closedAt
			slaDueAt
			slaState
			respondent {
				id
				nameTh
				registrationNo
				address
			}
			province {
				code
				nameTh
				nameEn
			}
			office {
				code
				nameTh
				nameEn
			}
			offenceBasis {
				code
				titleTh
				titleEn
			}
			triageSuggestions {
				confidence
				matchedTerms
				offenceBasis {
					code
					titleTh
					titleEn
				}
			}
			possibleDuplicates {
				score
				complaint {
					id
					referenceNo
					subject
					status
					receivedAt
				}
			}
			findings {
				id
				inspectedAt
				offenceFound
				summary
				instrumentNos
				recordedByName
				recordedAt
			}
			duplicateOf {
				id
				referenceNo
			}
			cases {
				id
				caseNo
				status
				fineAmountSatang
				finePaidAt
				outcome
				openedAt
				closedAt
				offenceBasis {
					code
					titleTh
					titleEn
				}
				events {
					id
					kind
					occurredAt
					statusAfter
					actorName
					referenceDocuments
					appointmentAt
					ruling
					note
					attachments {
						id
						fileName
						mimeType
						sizeBytes
						linkUrl
					}
				}
			}
			timeline {
				id
				type
				at
				fromStatus
				toStatus
				actorName
				summary
			}
		}
		offenceBases {
			code
			section
			titleTh
			titleEn
		}
	}
`);

export type ComplaintDetail = NonNullable<ComplaintPageQuery['complaint']>;
export type LegalCaseDetail = ComplaintDetail['cases'][number];

/** Pay-ins issued for case fines (payments creates them from the settlement event). */
export const CaseFinePayInsDocument = graphql(`
	query CaseFinePayIns($caseId: String!) {
		paymentRequests(first: 5, filter: { sourceTypes: [CASE_FINE], sourceId: $caseId }) {
			edges {
				node {
					id
					requestNo
					amountSatang
					dueDate
					status
					paidAt
					paidAmountSatang
				}
			}
		}
	}
`);

export type FinePayIn = CaseFinePayInsQuery['paymentRequests']['edges'][number]['node'];

/**
 * One complaint with its cases and, for users who may see payments, the pay-ins of each case's
 * fine (keyed by case id).
 */
/** Who a complaint is assigned to: a user account, so only for those who may see users. */
export const ComplaintAssigneeDocument = graphql(`
	query ComplaintAssignee($id: ID!) {
		complaint(id: $id) {
			id
			assignee {
				id
				displayName
			}
		}
	}
`);

/**
 * One complaint with its cases; what the user's rights allow besides: the assignee (users) and
 * the pay-ins of each case's fine (payments, keyed by case id). The router refuses a whole query
 * that names a type the caller may not see, so those parts are asked separately.
 */
export async function loadComplaint(fetchFn: Fetch, id: string, rights: { payments: boolean; users: boolean }) {
	const client = createGraphqlClient(fetchFn);
	const [data, assigned] = await Promise.all([
		runQuery(client, ComplaintPageDocument, { id }),
		rights.users ? runQuery(client, ComplaintAssigneeDocument, { id }) : null
	]);
	const payIns: Record<string, FinePayIn[]> = {};
	if (rights.payments && data.complaint) {
		const fined = data.complaint.cases.filter((c) => c.fineAmountSatang != null);
		const pages = await Promise.all(fined.map((c) => runQuery(client, CaseFinePayInsDocument, { caseId: c.id })));
		fined.forEach((c, i) => (payIns[c.id] = pages[i]!.paymentRequests.edges.map((e) => e.node)));
	}
	return { ...data, assignee: assigned?.complaint?.assignee ?? null, payIns };
}

// --- live (graphql-ws through the router; see live-feed.ts) ---------------------------------

export const InboxChangesDocument = graphql(`
	subscription InboxChanges($filter: ComplaintChangeFilter) {
		complaintChanged(filter: $filter) {
			eventId
			change
			at
			complaint {
				id
				referenceNo
				status
			}
		}
	}
`);

export const CaseChangesDocument = graphql(`
	subscription CaseChanges($filter: CaseChangeFilter) {
		caseChanged(filter: $filter) {
			eventId
			change
			at
			legalCase {
				id
				status
			}
		}
	}
`);

export const FinePayInChangesDocument = graphql(`
	subscription FinePayInChanges($filter: PaymentStatusChangeFilter) {
		paymentStatusChanged(filter: $filter) {
			eventId
			from
			to
			at
			paymentRequest {
				id
				sourceType
				sourceId
				status
			}
		}
	}
`);

/** Calls `fn` once, `ms` after the last of a burst of calls (live events often come in bursts). */
export function debounce(fn: () => void, ms = 250): { (): void; cancel(): void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const call = () => {
		clearTimeout(timer);
		timer = setTimeout(fn, ms);
	};
	call.cancel = () => clearTimeout(timer);
	return call;
}

export const OfficersDocument = graphql(`
	query Officers($officeCode: ID!) {
		officers(officeCode: $officeCode) {
			name
			isHead
			expertise
			active
		}
	}
`);

export const OfficeUsersDocument = graphql(`
	query OfficeUsers($officeCode: ID!) {
		users(first: 100, filter: { officeCode: $officeCode, active: true }) {
			edges {
				node {
					id
					displayName
				}
			}
		}
	}
`);

/**
 * The complaints officials of an office with their user ids. `officers` does not expose the
 * user id that `assignComplaint` takes, so it is matched to identity's users of the office by name
 * — for those who may see users; others get no ids (the system then chooses the assignee).
 */
export async function loadOfficers(officeCode: string, canSeeUsers: boolean) {
	const client = createGraphqlClient();
	const [data, users] = await Promise.all([
		runQuery(client, OfficersDocument, { officeCode }),
		canSeeUsers ? runQuery(client, OfficeUsersDocument, { officeCode }) : null
	]);
	const ids = new Map((users?.users.edges ?? []).map((e) => [e.node.displayName, e.node.id]));
	return data.officers
		.filter((o) => o.active)
		.map((o) => ({ ...o, userId: ids.get(o.name) ?? null }));
}


export const TriageDocument = graphql(`
	mutation Triage($input: TriageComplaintInput!) {
		triageComplaint(input: $input) {
			complaint {
				id
				status
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const AssignDocument = graphql(`
	mutation Assign($input: AssignComplaintInput!) {
		assignComplaint(input: $input) {
			complaint {
				id
				status
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const StartInvestigationDocument = graphql(`
	mutation StartInvestigation($input: ComplaintIdInput!) {
		startInvestigation(input: $input) {
			complaint {
				id
				status
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const RecordFindingsDocument = graphql(`
	mutation RecordFindings($input: RecordFindingsInput!) {
		recordFindings(input: $input) {
			complaint {
				id
				status
			}
			legalCase {
				id
				caseNo
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const CloseComplaintDocument = graphql(`
	mutation CloseComplaint($input: CloseComplaintInput!) {
		closeComplaint(input: $input) {
			complaint {
				id
				status
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const MergeComplaintDocument = graphql(`
	mutation MergeComplaint($input: MergeComplaintInput!) {
		mergeComplaint(input: $input) {
			complaint {
				id
				referenceNo
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const RecordCaseEventDocument = graphql(`
	mutation RecordCaseEvent($input: RecordCaseEventInput!) {
		recordCaseEvent(input: $input) {
			legalCase {
				id
				status
			}
			caseEvent {
				id
			}
			userErrors {
				field
				code
				message
			}
		}
	}
`);

export const CASE_EVENT_KINDS: readonly CaseEventKind[] = ['FINE_SETTLEMENT', 'FILE_SENT', 'PROSECUTION', 'APPOINTMENT', 'RULING', 'FINAL', 'NOTE'];

/** Reads a chosen file as base64 (without the `data:` prefix). */
export function fileToBase64(file: File): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => {
			const result = String(reader.result);
			resolve(result.slice(result.indexOf(',') + 1));
		};
		reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
		reader.readAsDataURL(file);
	});
}

/** Saves a base64 file returned by the API through the browser's download. */
export function downloadBase64(fileName: string, contentType: string, base64: string): void {
	const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
	downloadBlob(fileName, new Blob([bytes], { type: contentType }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
