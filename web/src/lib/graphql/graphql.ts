/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Assign a complaint to an official (004 §4.5.1 (7)). */
export type AssignComplaintInput = {
  /** The official (user id); omit to let the system choose by expertise, then workload. */
  assigneeId?: string | number | null | undefined;
  /** The complaint. */
  complaintId: string | number;
};

/** A file (PDF or image, base64) or a video link attached to a legal activity. */
export type AttachmentInput = {
  /** Content, base64-encoded (PDF, JPEG or PNG, at most 10 MB). */
  contentBase64?: string | null | undefined;
  /** File name, e.g. คำสั่งศาล.pdf. */
  fileName: string;
  /** Link to a video instead of content (http or https). */
  linkUrl?: string | null | undefined;
};

/** A legal activity recorded on a case. */
export type CaseEventKind =
  /** An appointment (กำหนดนัดหมาย), e.g. a hearing. */
  | 'APPOINTMENT'
  /** File sent to the inquiry official (ส่งสำนวน). */
  | 'FILE_SENT'
  /** The case became final (คดีถึงที่สุด). */
  | 'FINAL'
  /** The fine was paid (recorded when payments reports it). */
  | 'FINE_PAID'
  /** Fine settlement offered (เปรียบเทียบปรับ): creates a payment request. */
  | 'FINE_SETTLEMENT'
  /** A note on the file. */
  | 'NOTE'
  /** Prosecution ordered (สั่งฟ้อง). */
  | 'PROSECUTION'
  /** A ruling or court order (คำตัดสิน/คำสั่งศาล). */
  | 'RULING';

/** Where a legal case stands (004 §4.5.1 (9)). */
export type CaseStatus =
  /** The case is final (คดีถึงที่สุด). */
  | 'FINAL'
  /** The settlement fine was paid. */
  | 'FINE_PAID'
  /** Fine settlement offered; a payment request is waiting (เปรียบเทียบปรับ). */
  | 'FINE_PROPOSED'
  /** Opened after an offence was found (เปิดคดี). */
  | 'OPEN'
  /** The prosecutor ordered prosecution (สั่งฟ้อง). */
  | 'PROSECUTED'
  /** The file was sent to the inquiry official / police (ส่งสำนวน). */
  | 'REFERRED';

/** Close a complaint. */
export type CloseComplaintInput = {
  /** The complaint. */
  complaintId: string | number;
  /** Why; required when closing before investigation. */
  reason?: string | null | undefined;
};

/** How a complaint reached the regulator (ช่องทาง). */
export type ComplaintChannel =
  /** E-mail. */
  | 'EMAIL'
  /** The 1569 consumer complaint centre of the Department of Internal Trade, system to system. */
  | 'HOTLINE_1569'
  /** Letter by post. */
  | 'LETTER'
  /** LINE official account. */
  | 'LINE'
  /** Telephone call to an office, recorded by an official. */
  | 'PHONE'
  /** In person at an office, recorded by an official. */
  | 'WALK_IN'
  /** Web form. */
  | 'WEB';

/** Which complaints to list; all given conditions must hold. */
export type ComplaintFilter = {
  /** Only complaints assigned to this official. */
  assigneeId?: string | number | null | undefined;
  /** Only complaints whose legal case number contains this text. */
  caseNo?: string | null | undefined;
  /** Only complaints with a legal case in one of these statuses. */
  caseStatuses?: Array<CaseStatus> | null | undefined;
  /** Only complaints from these channels. */
  channels?: Array<ComplaintChannel> | null | undefined;
  /** Only complaints tagged with this keyword (exact). */
  keyword?: string | null | undefined;
  /** Only complaints with these offence bases (codes). */
  offenceBasisCodes?: Array<string | number> | null | undefined;
  /** Only complaints handled by these offices (codes). */
  officeCodes?: Array<string | number> | null | undefined;
  /** Only complaints whose place is in these provinces (codes). */
  provinceCodes?: Array<string | number> | null | undefined;
  /** Received at or after this time. */
  receivedFrom?: string | null | undefined;
  /** Received before this time. */
  receivedTo?: string | null | undefined;
  /** Only complaints against this registered operator. */
  respondentId?: string | number | null | undefined;
  /** Part of the respondent's name (Thai substrings work). */
  respondentName?: string | null | undefined;
  /** Part of the reference number, subject, details, respondent, complainant or place (Thai substrings work). */
  search?: string | null | undefined;
  /** Only complaints with these statuses. */
  statuses?: Array<ComplaintStatus> | null | undefined;
};

/** A complaint to act on. */
export type ComplaintIdInput = {
  /** The complaint. */
  complaintId: string | number;
};

/** One sort key for Complaint lists. */
export type ComplaintOrder = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** Property to sort by. */
  field: ComplaintOrderField;
};

/** Property complaints can be sorted by. */
export type ComplaintOrderField =
  /** When the complaint was received. */
  | 'RECEIVED_AT'
  /** Reference number. */
  | 'REFERENCE_NO'
  /** When the complaint last changed. */
  | 'UPDATED_AT';

/** Summary reports of 004 §4.5.1 (17). */
export type ComplaintReportKind =
  /** Cases by offence basis with outcomes. */
  | 'CASES_BY_OFFENCE'
  /** Complaints received and closed, closure rate and average days to close, by province. */
  | 'CLOSURE_BY_PROVINCE'
  /** Settlement fines by province and offence basis. */
  | 'FINES_BY_AREA'
  /** Open and closed complaints by status. */
  | 'STATUS_SUMMARY';

/** Where a complaint stands, from intake to closure. */
export type ComplaintStatus =
  /** Assigned to an official (มอบหมายแล้ว). */
  | 'ASSIGNED'
  /** Closed (ยุติเรื่อง). */
  | 'CLOSED'
  /** Under investigation (อยู่ระหว่างตรวจสอบ). */
  | 'INVESTIGATING'
  /** Investigation found no offence (ไม่พบการกระทำความผิด). */
  | 'NO_OFFENCE'
  /** Investigation found an offence; a legal case follows (พบการกระทำความผิด). */
  | 'OFFENCE_FOUND'
  /** Received, not yet screened (รับเรื่อง). */
  | 'RECEIVED'
  /** Screened and categorised by offence basis (คัดกรองแล้ว). */
  | 'TRIAGED';

/** Export a complaint search result (004 §4.5.1 (13)). */
export type ExportComplaintsInput = {
  /** The search. */
  filter?: ComplaintFilter | null | undefined;
  /** CSV or PDF. */
  format: ExportFormat;
  /** At most this many rows (at most 5000; PDF at most 2000). */
  limit?: number;
  /** Sort keys. */
  orderBy?: Array<ComplaintOrder> | null | undefined;
};

/** File format of an export. */
export type ExportFormat =
  /** CSV, UTF-8 with BOM (opens in Excel with Thai intact). */
  | 'CSV'
  /** PDF, A4 landscape, Thai, watermarked. */
  | 'PDF';

/** Export a summary report (004 §4.5.1 (17)). */
export type ExportReportInput = {
  /** CSV or PDF. */
  format: ExportFormat;
  /** Which report. */
  kind: ComplaintReportKind;
  /** Period and area. */
  period?: ReportPeriodInput | null | undefined;
};

/** Type of weighing or measuring instrument (004 §4.5.15 (6)). */
export type InstrumentType =
  /** Automatic tank gauge (ATG), เครื่องวัดระดับความสูงอัตโนมัติ. */
  | 'AUTOMATIC_TANK_GAUGE'
  /** Scale measuring the starch percentage of cassava roots, เครื่องชั่งวัดอัตราส่วนร้อยละของแป้งในหัวมัน. */
  | 'CASSAVA_STARCH_SCALE'
  /** Direct mass meter for gas in vapour state (NGV/CNG) at service stations, มาตรวัดมวลโดยตรงที่ใช้วัดก๊าซที่มีสถานะเป็นไอ. */
  | 'CNG_DISPENSER'
  /** Maize moisture meter, เครื่องวัดความชื้นข้าวโพด. */
  | 'CORN_MOISTURE_METER'
  /** Direct mass flow meter, มาตรวัดมวลโดยตรง. */
  | 'DIRECT_MASS_METER'
  /** Fuel dispenser volume meter, มาตรวัดปริมาตรน้ำมันเชื้อเพลิง. */
  | 'FUEL_DISPENSER'
  /** Pre-set (pay-before-fill) fuel meter, มาตรวัดน้ำมันเชื้อเพลิงจ่ายก่อนเติม. */
  | 'FUEL_PREPAY_DISPENSER'
  /** LPG volume meter at service stations, มาตรวัดปริมาตรก๊าซปิโตรเลียมเหลวตามสถานีบริการ. */
  | 'LPG_DISPENSER'
  /** Non-automatic weighing instrument used in shops and markets, เครื่องชั่งไม่อัตโนมัติ. */
  | 'NON_AUTOMATIC_SCALE'
  /** Rice moisture meter, เครื่องวัดความชื้นข้าว. */
  | 'RICE_MOISTURE_METER'
  /** Weighbridge for vehicles, เครื่องชั่งรถยนต์. */
  | 'VEHICLE_SCALE';

/** Merge a duplicate complaint into the one that stays open. */
export type MergeComplaintInput = {
  /** The duplicate, which will be closed. */
  complaintId: string | number;
  /** The complaint it repeats, which stays open. */
  intoComplaintId: string | number;
};

/** Kind of weights-and-measures office. */
export type OfficeKind =
  /** A branch office, สำนักงานสาขาชั่งตวงวัด. */
  | 'BRANCH'
  /** A regional weights-and-measures centre, ศูนย์ชั่งตวงวัดเขต. */
  | 'CENTRE'
  /** The Central Bureau of Weights and Measures, กองชั่งตวงวัด (ส่วนกลาง). */
  | 'HQ';

/** A legal activity on a case (004 §4.5.1 (9)). */
export type RecordCaseEventInput = {
  /** Appointment date and time (for APPOINTMENT). */
  appointmentAt?: string | null | undefined;
  /** Files and links to attach. */
  attachments?: Array<AttachmentInput> | null | undefined;
  /** The case. */
  caseId: string | number;
  /** Payment due date YYYY-MM-DD (for FINE_SETTLEMENT; default 15 days). */
  dueDate?: string | null | undefined;
  /** The fine in satang (for FINE_SETTLEMENT). */
  fineAmountSatang?: unknown;
  /** Which activity. */
  kind: CaseEventKind;
  /** Free-text note. */
  note?: string | null | undefined;
  /** When it took place (default: now). */
  occurredAt?: string | null | undefined;
  /** Final outcome (for FINAL). */
  outcome?: string | null | undefined;
  /** Reference documents (letter numbers, orders). */
  referenceDocuments?: Array<string> | null | undefined;
  /** Ruling or order text (for RULING; optional for FINAL). */
  ruling?: string | null | undefined;
};

/** Findings of the investigation (004 §4.5.1 (8)). */
export type RecordFindingsInput = {
  /** The complaint under investigation. */
  complaintId: string | number;
  /** When the inspection took place. */
  inspectedAt: string;
  /** 20-digit numbers of the instruments inspected. */
  instrumentNos?: Array<string> | null | undefined;
  /** Latitude where the inspection took place. */
  lat?: number | null | undefined;
  /** Longitude where the inspection took place. */
  lng?: number | null | undefined;
  /** Offence basis of the offence (defaults to the triaged one). */
  offenceBasisCode?: string | number | null | undefined;
  /** Whether an offence was found; true opens a legal case. */
  offenceFound: boolean;
  /** What the official found. */
  summary: string;
};

/** Period and area of a summary report; your own area always applies too. */
export type ReportPeriodInput = {
  /** From (inclusive). */
  from?: string | null | undefined;
  /** Only these offices. */
  officeCodes?: Array<string | number> | null | undefined;
  /** Only these provinces. */
  provinceCodes?: Array<string | number> | null | undefined;
  /** To (exclusive). */
  to?: string | null | undefined;
};

/** Save a complaint search under a name to run again later. */
export type SaveSearchInput = {
  /** The filter to keep. */
  filter: ComplaintFilter;
  /** Name, unique among your saved searches. */
  name: string;
  /** The sort keys to keep. */
  orderBy?: Array<ComplaintOrder> | null | undefined;
};

/** Whether a complaint is within the time allowed for its current status. */
export type SlaState =
  /** In the last fifth of the time allowed. */
  | 'DUE_SOON'
  /** No clock runs in this status (closed). */
  | 'NONE'
  /** Within the time allowed. */
  | 'ON_TRACK'
  /** Past the time allowed; escalated to the office head. */
  | 'OVERDUE';

/** Order of a sort key. */
export type SortDirection =
  /** Smallest, oldest or alphabetically first value first. */
  | 'ASC'
  /** Largest, newest or alphabetically last value first. */
  | 'DESC';

/** Kind of special field inspection (004 §4.5.2 (1)-(2)). */
export type SurveillanceKind =
  /** Festival-season inspection (ตรวจเฉพาะกิจตามเทศกาล). */
  | 'FESTIVAL'
  /** Undercover test purchase (ตรวจเฉพาะกิจ ล่อซื้อ). */
  | 'TEST_PURCHASE';

/** Where a surveillance plan stands. */
export type SurveillancePlanStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Finished; no more results. */
  | 'COMPLETED'
  /** Planned or under way; results can be recorded. */
  | 'PLANNED';

/** Kind of step in the life of a complaint and its case. */
export type TimelineEventType =
  /** Assigned to an official (มอบหมาย). */
  | 'ASSIGNED'
  /** A legal activity on the case: fine settlement, file sent, prosecution, final, appointment, ruling. */
  | 'CASE_EVENT'
  /** A legal case was opened (เปิดคดี). */
  | 'CASE_OPENED'
  /** The complaint was closed (ยุติเรื่อง). */
  | 'CLOSED'
  /** Escalated to the office head for being overdue. */
  | 'ESCALATED'
  /** Findings of the investigation were recorded (บันทึกผลตรวจสอบ). */
  | 'FINDINGS_RECORDED'
  /** Merged into another complaint as a duplicate. */
  | 'MERGED'
  /** The complaint was received (รับเรื่อง). */
  | 'RECEIVED'
  /** The status changed. */
  | 'STATUS_CHANGED'
  /** An official confirmed or corrected the offence basis (คัดกรอง). */
  | 'TRIAGED';

/** Confirm or correct the offence basis of a complaint (004 §4.5.1 (6)). */
export type TriageComplaintInput = {
  /** The complaint. */
  complaintId: string | number;
  /** Keywords to keep on the complaint (replaces the current ones when given). */
  keywords?: Array<string> | null | undefined;
  /** The offence basis the official settles on (the suggestion or another). */
  offenceBasisCode: string | number;
};

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { provinces: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string } }> }, offenceBases: Array<{ code: string, section: string | null, titleTh: string, titleEn: string }> };

export type InboxRowFragment = { id: string, referenceNo: string, receivedAt: string, channel: ComplaintChannel, status: ComplaintStatus, subject: string, respondentName: string, slaState: SlaState, province: { code: string, nameTh: string, nameEn: string } | null, offenceBasis: { code: string, titleTh: string, titleEn: string } | null };

export type InboxQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  orderBy?: Array<ComplaintOrder> | ComplaintOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type InboxQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, referenceNo: string, receivedAt: string, channel: ComplaintChannel, status: ComplaintStatus, subject: string, respondentName: string, slaState: SlaState, province: { code: string, nameTh: string, nameEn: string } | null, offenceBasis: { code: string, titleTh: string, titleEn: string } | null } }> } };

export type SavedSearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedSearchesQuery = { savedSearches: Array<{ id: string, name: string, filter: unknown, createdAt: string, lastRunAt: string | null }> };

export type SaveSearchMutationVariables = Exact<{
  input: SaveSearchInput;
}>;


export type SaveSearchMutation = { saveSearch: { savedSearch: { id: string, name: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type RunSavedSearchQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type RunSavedSearchQuery = { runSavedSearch: { totalCount: number, edges: Array<{ node: { id: string, referenceNo: string, receivedAt: string, channel: ComplaintChannel, status: ComplaintStatus, subject: string, respondentName: string, slaState: SlaState, province: { code: string, nameTh: string, nameEn: string } | null, offenceBasis: { code: string, titleTh: string, titleEn: string } | null } }> } };

export type ExportComplaintsMutationVariables = Exact<{
  input: ExportComplaintsInput;
}>;


export type ExportComplaintsMutation = { exportComplaints: { referenceNo: string, fileName: string, contentType: string, rowCount: number, contentBase64: string } };

export type ExportReportMutationVariables = Exact<{
  input: ExportReportInput;
}>;


export type ExportReportMutation = { exportComplaintReport: { referenceNo: string, fileName: string, contentType: string, rowCount: number, contentBase64: string } };

export type ComplaintPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintPageQuery = { complaint: { id: string, referenceNo: string, externalRef: string | null, receivedAt: string, channel: ComplaintChannel, complainantName: string, complainantPhone: string | null, complainantEmail: string | null, respondentName: string, placeName: string, placeAddress: string, lat: number | null, lng: number | null, subject: string, details: string, keywords: Array<string>, status: ComplaintStatus, assignedAt: string | null, statusChangedAt: string, closingReason: string | null, closedAt: string | null, slaDueAt: string | null, slaState: SlaState, respondent: { id: string, nameTh: string, registrationNo: string, address: string } | null, province: { code: string, nameTh: string, nameEn: string } | null, office: { code: string, nameTh: string, nameEn: string } | null, offenceBasis: { code: string, titleTh: string, titleEn: string } | null, triageSuggestions: Array<{ confidence: number, matchedTerms: Array<string>, offenceBasis: { code: string, titleTh: string, titleEn: string } }>, possibleDuplicates: Array<{ score: number, complaint: { id: string, referenceNo: string, subject: string, status: ComplaintStatus, receivedAt: string } }>, assignee: { id: string, displayName: string } | null, findings: { id: string, inspectedAt: string, offenceFound: boolean, summary: string, instrumentNos: Array<string>, recordedByName: string, recordedAt: string } | null, duplicateOf: { id: string, referenceNo: string } | null, cases: Array<{ id: string, caseNo: string, status: CaseStatus, fineAmountSatang: unknown, finePaidAt: string | null, outcome: string | null, openedAt: string, closedAt: string | null, offenceBasis: { code: string, titleTh: string, titleEn: string }, events: Array<{ id: string, kind: CaseEventKind, occurredAt: string, statusAfter: CaseStatus, actorName: string, referenceDocuments: Array<string>, appointmentAt: string | null, ruling: string | null, note: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, sizeBytes: number, linkUrl: string | null }> }> }>, timeline: Array<{ id: string, type: TimelineEventType, at: string, fromStatus: string | null, toStatus: string | null, actorName: string, summary: string }> } | null, offenceBases: Array<{ code: string, section: string | null, titleTh: string, titleEn: string }> };

export type OfficersQueryVariables = Exact<{
  officeCode: string | number;
}>;


export type OfficersQuery = { officers: Array<{ name: string, isHead: boolean, expertise: Array<string>, active: boolean }>, users: { edges: Array<{ node: { id: string, displayName: string } }> } };

export type TriageMutationVariables = Exact<{
  input: TriageComplaintInput;
}>;


export type TriageMutation = { triageComplaint: { complaint: { id: string, status: ComplaintStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type AssignMutationVariables = Exact<{
  input: AssignComplaintInput;
}>;


export type AssignMutation = { assignComplaint: { complaint: { id: string, status: ComplaintStatus, assignee: { displayName: string } | null } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type StartInvestigationMutationVariables = Exact<{
  input: ComplaintIdInput;
}>;


export type StartInvestigationMutation = { startInvestigation: { complaint: { id: string, status: ComplaintStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type RecordFindingsMutationVariables = Exact<{
  input: RecordFindingsInput;
}>;


export type RecordFindingsMutation = { recordFindings: { complaint: { id: string, status: ComplaintStatus } | null, legalCase: { id: string, caseNo: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type CloseComplaintMutationVariables = Exact<{
  input: CloseComplaintInput;
}>;


export type CloseComplaintMutation = { closeComplaint: { complaint: { id: string, status: ComplaintStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type MergeComplaintMutationVariables = Exact<{
  input: MergeComplaintInput;
}>;


export type MergeComplaintMutation = { mergeComplaint: { complaint: { id: string, referenceNo: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type RecordCaseEventMutationVariables = Exact<{
  input: RecordCaseEventInput;
}>;


export type RecordCaseEventMutation = { recordCaseEvent: { legalCase: { id: string, status: CaseStatus } | null, caseEvent: { id: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type DashboardGeoQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardGeoQuery = { regions: Array<{ code: string, nameTh: string, nameEn: string, provinces: Array<{ code: string }> }>, provinces: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string, gridRow: number, gridCol: number, region: { code: string }, servedBy: { code: string } | null } }> }, offices: { edges: Array<{ node: { code: string, kind: OfficeKind, nameTh: string, nameEn: string, servedProvinces: Array<{ code: string }> } }> }, offenceBases: Array<{ code: string, titleTh: string, titleEn: string }> };

export type DashboardStatsQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  withOffices: boolean;
  withList: boolean;
}>;


export type DashboardStatsQuery = { total: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byProvince: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byOffice?: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byMonth: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byBasis: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, complaints?: { totalCount: number, edges: Array<{ node: { id: string, referenceNo: string, receivedAt: string, status: ComplaintStatus, subject: string, respondentName: string, slaState: SlaState } }> } };

export type StatsRowFragment = { key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown };

export type OverviewQueryVariables = Exact<{
  complaintFilter?: ComplaintFilter | null | undefined;
}>;


export type OverviewQuery = { provinces: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string } }> }, complaints: { totalCount: number, edges: Array<{ node: { id: string, referenceNo: string, receivedAt: string, channel: ComplaintChannel, status: ComplaintStatus, respondentName: string, respondent: { id: string, nameTh: string, instruments: { totalCount: number, edges: Array<{ node: { instrumentNo: string, type: InstrumentType } }> } | null } | null, province: { code: string, nameTh: string } | null } }> } };

export type SurveillancePlansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SurveillancePlansQuery = { surveillancePlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, planNo: string, kind: SurveillanceKind, title: string, officeCode: string, provinceCodes: Array<string>, areaDescription: string, startsOn: unknown, endsOn: unknown, status: SurveillancePlanStatus, results: Array<{ id: string, offenceFound: boolean }> } }> } };

export const InboxRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<InboxRowFragment, unknown>;
export const StatsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToClose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"finesSatang"}}]}}]} as unknown as DocumentNode<StatsRowFragment, unknown>;
export const ReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const SavedSearchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}}]}}]}}]} as unknown as DocumentNode<SavedSearchesQuery, SavedSearchesQueryVariables>;
export const SaveSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveSearchMutation, SaveSearchMutationVariables>;
export const RunSavedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunSavedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSavedSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<RunSavedSearchQuery, RunSavedSearchQueryVariables>;
export const ExportComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportComplaintsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportComplaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportComplaintsMutation, ExportComplaintsMutationVariables>;
export const ExportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportComplaintReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportReportMutation, ExportReportMutationVariables>;
export const ComplaintPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"complainantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNo"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triageSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offenceFound"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentNos"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"finePaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"ruling"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<ComplaintPageQuery, ComplaintPageQueryVariables>;
export const OfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Officers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficersQuery, OfficersQueryVariables>;
export const TriageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Triage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TriageMutation, TriageMutationVariables>;
export const AssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Assign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignMutation, AssignMutationVariables>;
export const StartInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartInvestigationMutation, StartInvestigationMutationVariables>;
export const RecordFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFindingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFindingsMutation, RecordFindingsMutationVariables>;
export const CloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const MergeComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MergeComplaintMutation, MergeComplaintMutationVariables>;
export const RecordCaseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCaseEventMutation, RecordCaseEventMutationVariables>;
export const DashboardGeoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardGeo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gridRow"}},{"kind":"Field","name":{"kind":"Name","value":"gridCol"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"servedProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<DashboardGeoQuery, DashboardGeoQueryVariables>;
export const DashboardStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOffices"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withList"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byProvince"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byOffice"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"OFFICE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOffices"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byBasis"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"OFFENCE_BASIS"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RECEIVED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withList"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToClose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"finesSatang"}}]}}]} as unknown as DocumentNode<DashboardStatsQuery, DashboardStatsQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const SurveillancePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveillancePlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveillancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"areaDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenceFound"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveillancePlansQuery, SurveillancePlansQueryVariables>;