/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The five access levels of a function (002 §4.8.5-4.8.9), each including the ones below it. */
export type AccessLevel =
  /** Create (สิทธิในการสร้าง): also adds new records. */
  | 'CREATE'
  /** Edit (สิทธิในการแก้ไข): also changes existing records. */
  | 'EDIT'
  /** Full Control (สิทธิครบถ้วน): also deletes records; the highest level. */
  | 'FULL_CONTROL'
  /** No Access (ไม่มีสิทธิ): the menu, screen and fields of the function are not even visible. */
  | 'NO_ACCESS'
  /** View (สิทธิในการมองเห็น): sees the function and its data, changes nothing. */
  | 'VIEW';

/** A function of the system that rights are granted on (ฟังก์ชันการใช้งาน). */
export type AppFunction =
  /** Credentials, quotas and usage statistics of integrating agencies (004 §4.5.11). */
  | 'API_CLIENTS'
  /** Audit trail: sign-ins, rights changes, credential use, exports (002 §4.7.6-4.7.10). */
  | 'AUDIT'
  /** Legal cases that follow a complaint: fine settlement, prosecution. */
  | 'CASES'
  /** Complaints and offence bases (004 §4.5.1). */
  | 'COMPLAINTS'
  /** Executive dashboards and reports (004 §4.5.18-19). */
  | 'DASHBOARDS'
  /** Payment requests, pay-in slips and receipts (004 §4.5.10). */
  | 'PAYMENTS'
  /** Reference data: regions, provinces, offices and their jurisdictions. */
  | 'REFERENCE'
  /** Operator registry and instruments (004 §4.5.4, §4.5.14-15). */
  | 'REGISTRY'
  /** Roles and access rights of users (002 §4.7.2-4.7.3, §4.8.5-4.8.9). */
  | 'RIGHTS'
  /** User accounts: create, disable, unlock (002 §4.7.1, §4.8.4). */
  | 'USERS';

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

/** Which case changes to receive; all given conditions must hold (your area always applies). */
export type CaseChangeFilter = {
  /** Only these cases. */
  caseIds?: Array<string | number> | null | undefined;
  /** Only cases of these complaints. */
  complaintIds?: Array<string | number> | null | undefined;
  /** Only cases of these offices. */
  officeCodes?: Array<string | number> | null | undefined;
  /** Only cases in these provinces. */
  provinceCodes?: Array<string | number> | null | undefined;
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

/** A new password for an account, proven by the current one (also for an expired password). */
export type ChangePasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password: long enough, mixed, not one of the recent ones (002 §4.7.5). */
  newPassword: string;
  /** Sign-in name. */
  username: string;
};

/** Close a complaint. */
export type CloseComplaintInput = {
  /** The complaint. */
  complaintId: string | number;
  /** Why; required when closing before investigation. */
  reason?: string | null | undefined;
};

/** Which complaint changes to receive; all given conditions must hold (your area always applies). */
export type ComplaintChangeFilter = {
  /** Only these complaints. */
  complaintIds?: Array<string | number> | null | undefined;
  /** Only complaints of these offices. */
  officeCodes?: Array<string | number> | null | undefined;
  /** Only complaints in these provinces. */
  provinceCodes?: Array<string | number> | null | undefined;
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
  /** Only complaints about instruments of these types. */
  instrumentTypes?: Array<InstrumentType> | null | undefined;
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

/** A new payment request (pay-in) for an operator; the amount comes from the fee schedule in force today. */
export type CreatePaymentRequestInput = {
  /** Amount in integer satang, only for fees with a variable amount (fines); fixed fees take the schedule's amount. */
  amountSatang?: unknown;
  /** Last day to pay (Thai calendar day); default 15 days after issue. */
  dueDate?: unknown;
  /** Revenue code in the fee schedule (รหัสรายได้). */
  feeCode: string;
  /** Key that makes the call idempotent: a retry with the same key returns the first request instead of a second one. */
  idempotencyKey?: string | null | undefined;
  /** Office that issues the request and collects the payment (any of the 33 offices), e.g. HQ, C1, B07. */
  officeCode: string | number;
  /** Operator who must pay (registry id). */
  operatorId: string | number;
  /** Payer name to print on the pay-in. */
  payerName?: string | null | undefined;
  /** Payer tax id to print on the pay-in (13 digits). */
  payerTaxId?: string | null | undefined;
  /** Province the request counts under (the operator's province), two digits. */
  provinceCode: string | number;
  /** Number of units (e.g. instruments); default 1. */
  quantity?: number | null | undefined;
  /** What the payment settles. */
  source: PaymentSourceInput;
};

/** Which figures of a province changed. */
export type DashboardChangeSource =
  /** Complaints or their cases (received, open, closed, overdue, fines decided). */
  | 'COMPLAINTS'
  /** A payment request changed status (fees and fines collected or outstanding). */
  | 'PAYMENTS';

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

/** Which pay-in to fetch, and why. */
export type ExportPayInInput = {
  /** The payment request. */
  paymentRequestId: string | number;
  /** View or print. */
  purpose?: PayInPurpose;
};

/** A reconciliation report to export as a file. */
export type ExportPaymentReconciliationInput = {
  /** For CSV: the summary or the per-request listing. */
  content?: PaymentReconciliationExportContent;
  /** Which requests. */
  filter: PaymentReconciliationFilter;
  /** CSV or XLSX. */
  format: PaymentReconciliationExportFormat;
  /** Grouping of the summary. */
  groupBy?: Array<PaymentReconciliationDimension>;
};

/** Export a summary report (004 §4.5.1 (17)). */
export type ExportReportInput = {
  /** CSV or PDF. */
  format: ExportFormat;
  /** Which report. */
  kind: ComplaintReportKind;
  /** Period and area. */
  period?: ReportPeriodInput | null | undefined;
};

/** One fee to quote: a revenue code and how many units. */
export type FeeQuoteItemInput = {
  /** Revenue code (รหัสรายได้). */
  feeCode: string;
  /** Number of units (e.g. instruments), 1 to 10000. */
  quantity?: number;
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

/** Why the pay-in is fetched; both are recorded in the audit trail (004 §4.5.10 (8)). */
export type PayInPurpose =
  /** To print or hand to the payer (พิมพ์). */
  | 'PRINT'
  /** To look at it on screen (เรียกดู). */
  | 'VIEW';

/** What happened, in the payments audit trail (ประวัติการดำเนินการ). */
export type PaymentAuditAction =
  /** A refund, cancellation or extra charge was approved or rejected. */
  | 'ADJUSTMENT_DECIDED'
  /** A refund, cancellation or extra charge was requested. */
  | 'ADJUSTMENT_REQUESTED'
  /** The bank was asked for a request's status (Payment Status Inquiry). */
  | 'BANK_INQUIRY'
  /** A bank notification was received (รับผลการชำระเงิน), whatever it did. */
  | 'BANK_NOTIFICATION_RECEIVED'
  /** An event from another domain (e.g. FineSettlementRequested) could not become a payment request; the detail says why, an official issues it by hand. */
  | 'EVENT_REJECTED'
  /** An official set a fee rate. */
  | 'FEE_RATE_SET'
  /** A payment request was created (สร้างรายการชำระเงิน). */
  | 'PAYMENT_REQUEST_CREATED'
  /** Someone downloaded the pay-in to print (พิมพ์ Pay-in). */
  | 'PAY_IN_PRINTED'
  /** Someone viewed the pay-in document (เรียกดู Pay-in). */
  | 'PAY_IN_VIEWED'
  /** A reconciliation report was exported. */
  | 'REPORT_EXPORTED'
  /** A day's payments were compared with the bank's statement (the detail lists the discrepancies). */
  | 'STATEMENT_RECONCILED'
  /** The request's status changed. */
  | 'STATUS_CHANGED';

/** Which time places a request in a period. */
export type PaymentPeriodBasis =
  /** When the request was issued (what was billed). */
  | 'ISSUED'
  /** When the bank received the payment (money received); unpaid requests are left out. */
  | 'PAID';

/** Length of a reporting period (Thai calendar). */
export type PaymentPeriodGranularity =
  /** Calendar day, YYYY-MM-DD. */
  | 'DAY'
  /** Calendar month, YYYY-MM. */
  | 'MONTH'
  /** Calendar year (Common era), YYYY. */
  | 'YEAR';

/** What the reconciliation report groups by. */
export type PaymentReconciliationDimension =
  /** Revenue code (รหัสรายได้). */
  | 'FEE_CODE'
  /** Issuing office (หน่วยงาน). */
  | 'OFFICE'
  /** Thai calendar period of the basis time (day, month or year). */
  | 'PERIOD'
  /** Province the request counts under. */
  | 'PROVINCE'
  /** Service type (ประเภทบริการ). */
  | 'SERVICE_TYPE'
  /** Payment status. */
  | 'STATUS';

/** What a CSV export holds (an XLSX export holds both). */
export type PaymentReconciliationExportContent =
  /** One line per payment request. */
  | 'REQUESTS'
  /** One line per group, with counts and amounts. */
  | 'SUMMARY';

/** File format of a reconciliation export. */
export type PaymentReconciliationExportFormat =
  /** Comma-separated text, UTF-8 with a byte-order mark (opens in Excel with Thai intact). */
  | 'CSV'
  /** Excel workbook: a summary sheet and a per-request sheet. */
  | 'XLSX';

/** Which payment requests a reconciliation report covers; all given conditions must hold. Area scope applies on top. */
export type PaymentReconciliationFilter = {
  /** Count requests when issued or when paid. */
  basis?: PaymentPeriodBasis;
  /** Only these revenue codes. */
  feeCodes?: Array<string> | null | undefined;
  /** Start of the period (inclusive), on the basis time. */
  from?: string | null | undefined;
  /** Length of the PERIOD groups. */
  granularity?: PaymentPeriodGranularity;
  /** Only these issuing offices. */
  officeCodes?: Array<string> | null | undefined;
  /** Only these provinces. */
  provinceCodes?: Array<string> | null | undefined;
  /** Only these services. */
  serviceTypes?: Array<PaymentServiceType> | null | undefined;
  /** Only these statuses. */
  statuses?: Array<PaymentStatus> | null | undefined;
  /** End of the period (inclusive), on the basis time. */
  to?: string | null | undefined;
};

/** Which payment requests to list; all given conditions must hold. */
export type PaymentRequestFilter = {
  /** Only requests due on or after the Thai calendar day of this instant. */
  dueFrom?: string | null | undefined;
  /** Only requests due on or before the Thai calendar day of this instant. */
  dueTo?: string | null | undefined;
  /** Only requests for these revenue codes (รหัสรายได้). */
  feeCodes?: Array<string> | null | undefined;
  /** Only requests issued at or after this instant. */
  issuedFrom?: string | null | undefined;
  /** Only requests issued at or before this instant. */
  issuedTo?: string | null | undefined;
  /** Only requests issued by these offices (codes, e.g. HQ, C1, B07). */
  officeCodes?: Array<string | number> | null | undefined;
  /** Only requests issued to this operator. */
  operatorId?: string | number | null | undefined;
  /** Only requests paid at or after this instant. */
  paidFrom?: string | null | undefined;
  /** Only requests paid at or before this instant. */
  paidTo?: string | null | undefined;
  /** Only requests for operators in these provinces (codes). */
  provinceCodes?: Array<string | number> | null | undefined;
  /** Part of the request number, ref1, ref2 or fee name (case-insensitive substring). */
  search?: string | null | undefined;
  /** Only requests for these services (ประเภทบริการ). */
  serviceTypes?: Array<PaymentServiceType> | null | undefined;
  /** Only requests settling this source id (service request or case id). */
  sourceId?: string | null | undefined;
  /** Only requests settling these kinds of source. */
  sourceTypes?: Array<PaymentSourceType> | null | undefined;
  /** Only requests with these statuses. */
  statuses?: Array<PaymentStatus> | null | undefined;
};

/** Kind of weights-and-measures service a fee is charged for (ประเภทบริการ). */
export type PaymentServiceType =
  /** Accuracy check of an instrument (ตรวจสอบความเที่ยง). */
  | 'ACCURACY_CHECK'
  /** Notification of a business importing instruments (แจ้งประกอบธุรกิจนำเข้า). */
  | 'BUSINESS_IMPORT'
  /** Notification of a business manufacturing instruments (แจ้งประกอบธุรกิจผลิต). */
  | 'BUSINESS_MANUFACTURE'
  /** Notification of a business repairing instruments or offering technician services (แจ้งประกอบธุรกิจซ่อม). */
  | 'BUSINESS_REPAIR'
  /** Notification of a business selling instruments (แจ้งประกอบธุรกิจขาย). */
  | 'BUSINESS_SALE'
  /** Replacement of a business certificate (ใบแทนหนังสือรับรอง). */
  | 'CERTIFICATE_REPLACEMENT'
  /** A fine settled by comparison (ค่าปรับเปรียบเทียบปรับ), requested by the complaints domain. */
  | 'FINE'
  /** A licence (ใบอนุญาต). */
  | 'LICENCE'
  /** Renewal of a licence (ต่ออายุใบอนุญาต). */
  | 'LICENCE_RENEWAL'
  /** Any other fee. */
  | 'OTHER'
  /** Verification and certification of an instrument (ตรวจสอบให้คำรับรอง). */
  | 'VERIFICATION';

/** What settles a payment request in its owning domain. */
export type PaymentSourceInput = {
  /** Id of the service request or case in its owning domain (1 to 64 characters). */
  id?: string | null | undefined;
  /** Service request, case fine, extra charge or other. */
  type: PaymentSourceType;
};

/** What a payment request settles (ที่มาของรายการชำระ). */
export type PaymentSourceType =
  /** A fine settled by comparison in a case (เปรียบเทียบปรับ), requested by the complaints domain. */
  | 'CASE_FINE'
  /** An approved extra charge on another payment request (เรียกเก็บเงินเพิ่ม); the source id is that request. */
  | 'EXTRA_CHARGE'
  /** Anything else an official issues a pay-in for. */
  | 'OTHER'
  /** A service request of an operator (คำขอรับบริการ): verification, notification, licence and so on. */
  | 'SERVICE_REQUEST';

/** Which payment requests the statistics count; all given conditions must hold. Only requests in your area are ever counted. */
export type PaymentStatsFilter = {
  /** Issued at or after this instant (start of the period). */
  issuedFrom?: string | null | undefined;
  /** Issued before this instant (end of the period, exclusive). */
  issuedTo?: string | null | undefined;
  /** Only requests issued by these offices (codes, e.g. HQ, C1, B07). */
  officeCodes?: Array<string | number> | null | undefined;
  /** Only requests for payers in these provinces (codes); a region is the list of its provinces. */
  provinceCodes?: Array<string | number> | null | undefined;
  /** Only requests for these services (ประเภทบริการ). */
  serviceTypes?: Array<PaymentServiceType> | null | undefined;
};

/** Where a payment request stands (สถานะการชำระ). */
export type PaymentStatus =
  /** Withdrawn by an official before payment; must not be paid (ยกเลิก). */
  | 'CANCELLED'
  /** Lapsed unpaid after its due date; a new request is needed (หมดอายุ). */
  | 'EXPIRED'
  /** Paid; the bank confirmed the payment (ชำระแล้ว). */
  | 'PAID'
  /** Paid, and part of the money was refunded after approval (คืนเงินบางส่วน). */
  | 'PARTIALLY_REFUNDED'
  /** Issued and awaiting payment (ค้างชำระ). */
  | 'PENDING'
  /** Paid, and all of the money was refunded after approval (คืนเงินแล้ว). */
  | 'REFUNDED'
  /** Money arrived but not as expected (another amount, or after expiry or cancellation); an official must accept or refund it (รอตรวจสอบ). */
  | 'UNDER_REVIEW';

/** Which payment status changes to receive; all given conditions must hold (your area always applies). */
export type PaymentStatusChangeFilter = {
  /** Only requests of these offices. */
  officeCodes?: Array<string | number> | null | undefined;
  /** Only requests of these operators. */
  operatorIds?: Array<string | number> | null | undefined;
  /** Only these payment requests. */
  paymentRequestIds?: Array<string | number> | null | undefined;
  /** Only requests issued for these sources (e.g. a legal case's id: its fine's pay-in, from the moment it is issued). */
  sourceIds?: Array<string | number> | null | undefined;
};

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

/** Who signs in and how. */
export type SignInInput = {
  /** PASSWORD or LDAP; default: the method set on the account. */
  method?: SignInMethod | null | undefined;
  /** Password (checked by Metrograph, or by the LDAP directory for single sign-on). */
  password: string;
  /** Sign-in name (for LDAP: the directory uid). */
  username: string;
};

/** How a user signs in (002 §4.7.5). */
export type SignInMethod =
  /** Single sign-on against the department's LDAP directory; Metrograph keeps no password. */
  | 'LDAP'
  /** With a password kept (as an argon2 hash) by Metrograph, under the password policy. */
  | 'PASSWORD';

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
  /** Type of the instrument the complaint is about, confirming or correcting the one suggested at intake; omit to keep it. */
  instrumentType?: InstrumentType | null | undefined;
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


export type ComplaintPageQuery = { complaint: { id: string, referenceNo: string, externalRef: string | null, receivedAt: string, channel: ComplaintChannel, complainantName: string, complainantPhone: string | null, complainantEmail: string | null, respondentName: string, placeName: string, placeAddress: string, lat: number | null, lng: number | null, subject: string, details: string, keywords: Array<string>, status: ComplaintStatus, assignedAt: string | null, statusChangedAt: string, closingReason: string | null, closedAt: string | null, slaDueAt: string | null, slaState: SlaState, respondent: { id: string, nameTh: string, registrationNo: string, address: string } | null, province: { code: string, nameTh: string, nameEn: string } | null, office: { code: string, nameTh: string, nameEn: string } | null, offenceBasis: { code: string, titleTh: string, titleEn: string } | null, triageSuggestions: Array<{ confidence: number, matchedTerms: Array<string>, offenceBasis: { code: string, titleTh: string, titleEn: string } }>, possibleDuplicates: Array<{ score: number, complaint: { id: string, referenceNo: string, subject: string, status: ComplaintStatus, receivedAt: string } }>, findings: { id: string, inspectedAt: string, offenceFound: boolean, summary: string, instrumentNos: Array<string>, recordedByName: string, recordedAt: string } | null, duplicateOf: { id: string, referenceNo: string } | null, cases: Array<{ id: string, caseNo: string, status: CaseStatus, fineAmountSatang: unknown, finePaidAt: string | null, outcome: string | null, openedAt: string, closedAt: string | null, offenceBasis: { code: string, titleTh: string, titleEn: string }, events: Array<{ id: string, kind: CaseEventKind, occurredAt: string, statusAfter: CaseStatus, actorName: string, referenceDocuments: Array<string>, appointmentAt: string | null, ruling: string | null, note: string | null, attachments: Array<{ id: string, fileName: string, mimeType: string, sizeBytes: number, linkUrl: string | null }> }> }>, timeline: Array<{ id: string, type: TimelineEventType, at: string, fromStatus: string | null, toStatus: string | null, actorName: string, summary: string }> } | null, offenceBases: Array<{ code: string, section: string | null, titleTh: string, titleEn: string }> };

export type CaseFinePayInsQueryVariables = Exact<{
  caseId: string;
}>;


export type CaseFinePayInsQuery = { paymentRequests: { edges: Array<{ node: { id: string, requestNo: string, amountSatang: unknown, dueDate: unknown, status: PaymentStatus, paidAt: string | null, paidAmountSatang: unknown } }> } };

export type ComplaintAssigneeQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintAssigneeQuery = { complaint: { id: string, assignee: { id: string, displayName: string } | null } | null };

export type InboxChangesSubscriptionVariables = Exact<{
  filter?: ComplaintChangeFilter | null | undefined;
}>;


export type InboxChangesSubscription = { complaintChanged: { eventId: string, change: string, at: string, complaint: { id: string, referenceNo: string, status: ComplaintStatus } | null } };

export type CaseChangesSubscriptionVariables = Exact<{
  filter?: CaseChangeFilter | null | undefined;
}>;


export type CaseChangesSubscription = { caseChanged: { eventId: string, change: string, at: string, legalCase: { id: string, status: CaseStatus } | null } };

export type FinePayInChangesSubscriptionVariables = Exact<{
  filter?: PaymentStatusChangeFilter | null | undefined;
}>;


export type FinePayInChangesSubscription = { paymentStatusChanged: { eventId: string, from: string | null, to: string, at: string, paymentRequest: { id: string, sourceType: PaymentSourceType, sourceId: string | null, status: PaymentStatus } | null } };

export type OfficersQueryVariables = Exact<{
  officeCode: string | number;
}>;


export type OfficersQuery = { officers: Array<{ name: string, isHead: boolean, expertise: Array<string>, active: boolean }> };

export type OfficeUsersQueryVariables = Exact<{
  officeCode: string | number;
}>;


export type OfficeUsersQuery = { users: { edges: Array<{ node: { id: string, displayName: string } }> } };

export type TriageMutationVariables = Exact<{
  input: TriageComplaintInput;
}>;


export type TriageMutation = { triageComplaint: { complaint: { id: string, status: ComplaintStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type AssignMutationVariables = Exact<{
  input: AssignComplaintInput;
}>;


export type AssignMutation = { assignComplaint: { complaint: { id: string, status: ComplaintStatus } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

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


export type DashboardGeoQuery = { viewer: { provinceCodes: Array<string> | null }, regions: Array<{ code: string, nameTh: string, nameEn: string, provinces: Array<{ code: string }> }>, provinces: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string, gridRow: number, gridCol: number, region: { code: string }, servedBy: { code: string } | null } }> }, offices: { edges: Array<{ node: { code: string, kind: OfficeKind, nameTh: string, nameEn: string, servedProvinces: Array<{ code: string }> } }> }, offenceBases: Array<{ code: string, titleTh: string, titleEn: string }> };

export type DashboardStatsQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  withOffices: boolean;
  withList: boolean;
}>;


export type DashboardStatsQuery = { total: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byProvince: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byOffice?: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byMonth: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, byBasis: Array<{ key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown }>, complaints?: { totalCount: number, edges: Array<{ node: { id: string, referenceNo: string, receivedAt: string, status: ComplaintStatus, subject: string, respondentName: string, slaState: SlaState, respondent: { id: string, nameTh: string, registrationNo: string } | null, cases: Array<{ id: string, caseNo: string, status: CaseStatus }> } }> } };

export type DashboardFeesQueryVariables = Exact<{
  fees?: PaymentStatsFilter | null | undefined;
  fines?: PaymentStatsFilter | null | undefined;
  withOffices: boolean;
}>;


export type DashboardFeesQuery = { feesTotal: Array<{ key: string, issued: number, paid: number, collectedSatang: unknown, outstandingSatang: unknown, overdue: number }>, feesByProvince: Array<{ key: string, issued: number, paid: number, collectedSatang: unknown, outstandingSatang: unknown, overdue: number }>, feesByOffice?: Array<{ key: string, issued: number, paid: number, collectedSatang: unknown, outstandingSatang: unknown, overdue: number }>, finesTotal: Array<{ key: string, issued: number, paid: number, collectedSatang: unknown, outstandingSatang: unknown, overdue: number }> };

export type FeeRowFragment = { key: string, issued: number, paid: number, collectedSatang: unknown, outstandingSatang: unknown, overdue: number };

export type DashboardOperatorQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardOperatorQuery = { operator: { id: string, nameTh: string, nameEn: string | null, registrationNo: string, province: { code: string } | null } | null };

export type StatsRowFragment = { key: string, received: number, open: number, closed: number, closureRate: number, averageDaysToClose: number | null, overdue: number, cases: number, finesSatang: unknown };

export type OverviewQueryVariables = Exact<{
  complaintFilter?: ComplaintFilter | null | undefined;
}>;


export type OverviewQuery = { provinces: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string } }> }, complaints: { totalCount: number, edges: Array<{ node: { id: string, referenceNo: string, receivedAt: string, channel: ComplaintChannel, status: ComplaintStatus, respondentName: string, respondent: { id: string, nameTh: string, instruments: { totalCount: number, edges: Array<{ node: { instrumentNo: string, type: InstrumentType } }> } | null } | null, province: { code: string, nameTh: string } | null } }> } };

export type PaymentRowFragment = { id: string, requestNo: string, ref1: string, ref2: string, feeCode: string, feeName: string, serviceType: PaymentServiceType, amountSatang: unknown, status: PaymentStatus, dueDate: unknown, issuedAt: string, paidAt: string | null, overdue: boolean, payerName: string | null, office: { code: string, nameTh: string, nameEn: string } | null, province: { code: string, nameTh: string, nameEn: string } | null };

export type PaymentPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentPlacesQuery = { viewer: { officeCode: string | null, provinceCodes: Array<string> | null }, offices: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string } }> }, provinces: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string } }> } };

export type PaymentRequestListQueryVariables = Exact<{
  filter?: PaymentRequestFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentRequestListQuery = { paymentRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, requestNo: string, ref1: string, ref2: string, feeCode: string, feeName: string, serviceType: PaymentServiceType, amountSatang: unknown, status: PaymentStatus, dueDate: unknown, issuedAt: string, paidAt: string | null, overdue: boolean, payerName: string | null, office: { code: string, nameTh: string, nameEn: string } | null, province: { code: string, nameTh: string, nameEn: string } | null } }> } };

export type PaymentRequestDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentRequestDetailQuery = { paymentRequest: { quantity: number, unitAmountSatang: unknown, paidAmountSatang: unknown, bankTransactionId: string | null, payerTaxId: string | null, sourceType: PaymentSourceType, sourceId: string | null, createdBy: string, refundedAmountSatang: unknown, reviewReason: string | null, id: string, requestNo: string, ref1: string, ref2: string, feeCode: string, feeName: string, serviceType: PaymentServiceType, amountSatang: unknown, status: PaymentStatus, dueDate: unknown, issuedAt: string, paidAt: string | null, overdue: boolean, payerName: string | null, billPayment: { billerId: string, qrPayload: string, barcodeText: string } | null, operator: { id: string, nameTh: string, registrationNo: string } | null, auditTrail: { edges: Array<{ node: { id: string, at: string, action: PaymentAuditAction, actorName: string, fromStatus: PaymentStatus | null, toStatus: PaymentStatus | null } }> }, office: { code: string, nameTh: string, nameEn: string } | null, province: { code: string, nameTh: string, nameEn: string } | null } | null };

export type PaymentFilePartsFragment = { fileName: string, contentType: string, contentBase64: string };

export type PaymentUserErrorFragment = { field: Array<string>, code: string, message: string };

export type ExportPayInMutationVariables = Exact<{
  input: ExportPayInInput;
}>;


export type ExportPayInMutation = { exportPayIn: { document: { fileName: string, contentType: string, contentBase64: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type PaymentStatusChangedSubscriptionVariables = Exact<{
  filter?: PaymentStatusChangeFilter | null | undefined;
}>;


export type PaymentStatusChangedSubscription = { paymentStatusChanged: { eventId: string, from: string | null, to: string, at: string, paymentRequest: { id: string, status: PaymentStatus, paidAt: string | null, paidAmountSatang: unknown, bankTransactionId: string | null, overdue: boolean } | null } };

export type PayInFormQueryVariables = Exact<{
  today: unknown;
}>;


export type PayInFormQuery = { feeRates: { edges: Array<{ node: { id: string, feeCode: string, serviceType: PaymentServiceType, nameTh: string, nameEn: string | null, amountSatang: unknown, variableAmount: boolean, effectiveFrom: unknown, effectiveTo: unknown } }> } };

export type PayInOperatorsQueryVariables = Exact<{
  search: string;
}>;


export type PayInOperatorsQuery = { operators: { edges: Array<{ node: { id: string, nameTh: string, registrationNo: string, taxId: string | null, province: { code: string, nameTh: string, nameEn: string } | null } }> } };

export type FeeQuoteQueryVariables = Exact<{
  items: Array<FeeQuoteItemInput> | FeeQuoteItemInput;
}>;


export type FeeQuoteQuery = { feeQuote: { on: unknown, totalSatang: unknown, lines: Array<{ feeCode: string, nameTh: string, unitAmountSatang: unknown, quantity: number, amountSatang: unknown }> } };

export type CreatePaymentRequestMutationVariables = Exact<{
  input: CreatePaymentRequestInput;
}>;


export type CreatePaymentRequestMutation = { createPaymentRequest: { created: boolean, paymentRequest: { id: string, requestNo: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ReconciliationRowFragment = { officeCode: string | null, provinceCode: string | null, serviceType: PaymentServiceType | null, feeCode: string | null, status: PaymentStatus | null, period: string | null, requestCount: number, paidCount: number, unpaidCount: number, overdueCount: number, underReviewCount: number, cancelledCount: number, expiredCount: number, refundedCount: number, amountDueSatang: unknown, paidAmountSatang: unknown, refundedAmountSatang: unknown, netReceivedSatang: unknown, outstandingSatang: unknown };

export type ReconciliationQueryVariables = Exact<{
  groupBy: Array<PaymentReconciliationDimension> | PaymentReconciliationDimension;
  filter?: PaymentReconciliationFilter | null | undefined;
}>;


export type ReconciliationQuery = { paymentReconciliation: { groupBy: Array<PaymentReconciliationDimension>, rows: Array<{ officeCode: string | null, provinceCode: string | null, serviceType: PaymentServiceType | null, feeCode: string | null, status: PaymentStatus | null, period: string | null, requestCount: number, paidCount: number, unpaidCount: number, overdueCount: number, underReviewCount: number, cancelledCount: number, expiredCount: number, refundedCount: number, amountDueSatang: unknown, paidAmountSatang: unknown, refundedAmountSatang: unknown, netReceivedSatang: unknown, outstandingSatang: unknown }>, total: { officeCode: string | null, provinceCode: string | null, serviceType: PaymentServiceType | null, feeCode: string | null, status: PaymentStatus | null, period: string | null, requestCount: number, paidCount: number, unpaidCount: number, overdueCount: number, underReviewCount: number, cancelledCount: number, expiredCount: number, refundedCount: number, amountDueSatang: unknown, paidAmountSatang: unknown, refundedAmountSatang: unknown, netReceivedSatang: unknown, outstandingSatang: unknown } } };

export type ExportReconciliationMutationVariables = Exact<{
  input: ExportPaymentReconciliationInput;
}>;


export type ExportReconciliationMutation = { exportPaymentReconciliation: { file: { fileName: string, contentType: string, contentBase64: string } | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: string, name: string, displayName: string | null, officeCode: string | null, roles: Array<string>, provinceCodes: Array<string> | null, rights: Array<{ function: AppFunction, level: AccessLevel }> } };

export type OfficeNameQueryVariables = Exact<{
  code: string | number;
}>;


export type OfficeNameQuery = { office: { code: string, nameTh: string, nameEn: string } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { token: string | null, expiresAt: string | null, passwordExpiresAt: string | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { token: string | null, expiresAt: string | null, userErrors: Array<{ field: Array<string>, code: string, message: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SurveillancePlansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SurveillancePlansQuery = { surveillancePlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, planNo: string, kind: SurveillanceKind, title: string, officeCode: string, provinceCodes: Array<string>, areaDescription: string, startsOn: unknown, endsOn: unknown, status: SurveillancePlanStatus, results: Array<{ id: string, offenceFound: boolean }> } }> } };

export type DashboardLiveSubscriptionVariables = Exact<{
  provinceCodes?: Array<string | number> | string | number | null | undefined;
}>;


export type DashboardLiveSubscription = { dashboardChanged: { eventId: string, source: DashboardChangeSource, provinceCode: string } };

export const InboxRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<InboxRowFragment, unknown>;
export const FeeRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"collectedSatang"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingSatang"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<FeeRowFragment, unknown>;
export const StatsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToClose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"finesSatang"}}]}}]} as unknown as DocumentNode<StatsRowFragment, unknown>;
export const PaymentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNo"}},{"kind":"Field","name":{"kind":"Name","value":"ref1"}},{"kind":"Field","name":{"kind":"Name","value":"ref2"}},{"kind":"Field","name":{"kind":"Name","value":"feeCode"}},{"kind":"Field","name":{"kind":"Name","value":"feeName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"amountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PaymentRowFragment, unknown>;
export const PaymentFilePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]} as unknown as DocumentNode<PaymentFilePartsFragment, unknown>;
export const PaymentUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<PaymentUserErrorFragment, unknown>;
export const ReconciliationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReconciliationRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"feeCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"paidCount"}},{"kind":"Field","name":{"kind":"Name","value":"unpaidCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"underReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiredCount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedCount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDueSatang"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"netReceivedSatang"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingSatang"}}]}}]} as unknown as DocumentNode<ReconciliationRowFragment, unknown>;
export const ReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const SavedSearchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"filter"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}}]}}]}}]} as unknown as DocumentNode<SavedSearchesQuery, SavedSearchesQueryVariables>;
export const SaveSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SaveSearchMutation, SaveSearchMutationVariables>;
export const RunSavedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RunSavedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runSavedSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<RunSavedSearchQuery, RunSavedSearchQueryVariables>;
export const ExportComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportComplaintsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportComplaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportComplaintsMutation, ExportComplaintsMutationVariables>;
export const ExportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportComplaintReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ExportReportMutation, ExportReportMutationVariables>;
export const ComplaintPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"externalRef"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"complainantEmail"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"placeName"}},{"kind":"Field","name":{"kind":"Name","value":"placeAddress"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNo"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"triageSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"matchedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offenceFound"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentNos"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"finePaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"offenceBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentAt"}},{"kind":"Field","name":{"kind":"Name","value":"ruling"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"linkUrl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<ComplaintPageQuery, ComplaintPageQueryVariables>;
export const CaseFinePayInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseFinePayIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sourceTypes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CASE_FINE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNo"}},{"kind":"Field","name":{"kind":"Name","value":"amountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountSatang"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseFinePayInsQuery, CaseFinePayInsQueryVariables>;
export const ComplaintAssigneeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintAssignee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintAssigneeQuery, ComplaintAssigneeQueryVariables>;
export const InboxChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InboxChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InboxChangesSubscription, InboxChangesSubscriptionVariables>;
export const CaseChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CaseChangesSubscription, CaseChangesSubscriptionVariables>;
export const FinePayInChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FinePayInChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStatusChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FinePayInChangesSubscription, FinePayInChangesSubscriptionVariables>;
export const OfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Officers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isHead"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OfficersQuery, OfficersQueryVariables>;
export const OfficeUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"officeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officeCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficeUsersQuery, OfficeUsersQueryVariables>;
export const TriageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Triage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TriageMutation, TriageMutationVariables>;
export const AssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Assign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignMutation, AssignMutationVariables>;
export const StartInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartInvestigationMutation, StartInvestigationMutationVariables>;
export const RecordFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFindingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFindingsMutation, RecordFindingsMutationVariables>;
export const CloseComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const MergeComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MergeComplaintMutation, MergeComplaintMutationVariables>;
export const RecordCaseEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCaseEventMutation, RecordCaseEventMutationVariables>;
export const DashboardGeoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardGeo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gridRow"}},{"kind":"Field","name":{"kind":"Name","value":"gridCol"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"servedProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenceBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"titleTh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]} as unknown as DocumentNode<DashboardGeoQuery, DashboardGeoQueryVariables>;
export const DashboardStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOffices"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withList"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byProvince"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byOffice"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"OFFICE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOffices"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byBasis"},"name":{"kind":"Name","value":"complaintStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"OFFENCE_BASIS"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatsRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RECEIVED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withList"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaState"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToClose"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"finesSatang"}}]}}]} as unknown as DocumentNode<DashboardStatsQuery, DashboardStatsQueryVariables>;
export const DashboardFeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fees"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStatsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fines"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStatsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOffices"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"feesTotal"},"name":{"kind":"Name","value":"paymentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"feesByProvince"},"name":{"kind":"Name","value":"paymentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"feesByOffice"},"name":{"kind":"Name","value":"paymentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"OFFICE"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fees"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOffices"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeRow"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"finesTotal"},"name":{"kind":"Name","value":"paymentStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOTAL"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeeRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeeRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStatsRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"collectedSatang"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingSatang"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<DashboardFeesQuery, DashboardFeesQueryVariables>;
export const DashboardOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNo"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOperatorQuery, DashboardOperatorQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const PaymentPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentPlacesQuery, PaymentPlacesQueryVariables>;
export const PaymentRequestListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentRequestList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ISSUED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNo"}},{"kind":"Field","name":{"kind":"Name","value":"ref1"}},{"kind":"Field","name":{"kind":"Name","value":"ref2"}},{"kind":"Field","name":{"kind":"Name","value":"feeCode"}},{"kind":"Field","name":{"kind":"Name","value":"feeName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"amountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PaymentRequestListQuery, PaymentRequestListQueryVariables>;
export const PaymentRequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentRequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentRow"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"bankTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"payerTaxId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"billPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billerId"}},{"kind":"Field","name":{"kind":"Name","value":"qrPayload"}},{"kind":"Field","name":{"kind":"Name","value":"barcodeText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNo"}},{"kind":"Field","name":{"kind":"Name","value":"ref1"}},{"kind":"Field","name":{"kind":"Name","value":"ref2"}},{"kind":"Field","name":{"kind":"Name","value":"feeCode"}},{"kind":"Field","name":{"kind":"Name","value":"feeName"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"amountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PaymentRequestDetailQuery, PaymentRequestDetailQueryVariables>;
export const ExportPayInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportPayIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportPayInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportPayIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFileParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ExportPayInMutation, ExportPayInMutationVariables>;
export const PaymentStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PaymentStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentStatusChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"bankTransactionId"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentStatusChangedSubscription, PaymentStatusChangedSubscriptionVariables>;
export const PayInFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayInForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"effectiveOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feeCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"amountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"variableAmount"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayInFormQuery, PayInFormQueryVariables>;
export const PayInOperatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PayInOperators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNo"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PayInOperatorsQuery, PayInOperatorsQueryVariables>;
export const FeeQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeeQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeeQuoteItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"totalSatang"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amountSatang"}}]}}]}}]}}]} as unknown as DocumentNode<FeeQuoteQuery, FeeQuoteQueryVariables>;
export const CreatePaymentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePaymentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaymentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPaymentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreatePaymentRequestMutation, CreatePaymentRequestMutationVariables>;
export const ReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReconciliationDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReconciliationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReconciliationRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReconciliationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentReconciliationRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"feeCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}},{"kind":"Field","name":{"kind":"Name","value":"paidCount"}},{"kind":"Field","name":{"kind":"Name","value":"unpaidCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"underReviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledCount"}},{"kind":"Field","name":{"kind":"Name","value":"expiredCount"}},{"kind":"Field","name":{"kind":"Name","value":"refundedCount"}},{"kind":"Field","name":{"kind":"Name","value":"amountDueSatang"}},{"kind":"Field","name":{"kind":"Name","value":"paidAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAmountSatang"}},{"kind":"Field","name":{"kind":"Name","value":"netReceivedSatang"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingSatang"}}]}}]} as unknown as DocumentNode<ReconciliationQuery, ReconciliationQueryVariables>;
export const ExportReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportPaymentReconciliationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportPaymentReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFileParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ExportReconciliationMutation, ExportReconciliationMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"rights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const OfficeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficeName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<OfficeNameQuery, OfficeNameQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SurveillancePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveillancePlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveillancePlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"areaDescription"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenceFound"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveillancePlansQuery, SurveillancePlansQueryVariables>;
export const DashboardLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]} as unknown as DocumentNode<DashboardLiveSubscription, DashboardLiveSubscriptionVariables>;