/**
 * A tiny Thai-first dictionary (no i18n library). Thai is the default; English
 * is chosen with `?lang=en` so that a link carries its language.
 */
import type {
	CaseEventKind,
	CaseStatus,
	ComplaintChannel,
	ComplaintStatus,
	InstrumentType,
	PaymentAuditAction,
	PaymentReconciliationDimension,
	PaymentServiceType,
	PaymentSourceType,
	PaymentStatus,
	SlaState,
	TimelineEventType
} from './graphql/graphql';

export const LOCALES = ['th', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'th';

/** Reads the `lang` search parameter; anything other than `en` means Thai. */
export function parseLocale(value: string | null | undefined): Locale {
	return value === 'en' ? 'en' : DEFAULT_LOCALE;
}

export interface Messages {
	/** Native name of the language, for the language switch. */
	languageName: string;
	languageSwitchLabel: string;
	pageTitle: string;
	pageIntro: string;
	filterLegend: string;
	provinceLabel: string;
	allProvinces: string;
	apply: string;
	loading: string;
	totalLabel: string;
	complaintsUnit: string;
	caption: (province: string | null, shown: number, total: number) => string;
	empty: string;
	columns: {
		referenceNo: string;
		receivedAt: string;
		channel: string;
		status: string;
		respondent: string;
		instruments: string;
		province: string;
	};
	registeredAs: string;
	notInRegistry: string;
	noInstruments: string;
	moreInstruments: (count: number) => string;
	errorTitle: string;
	errorNetwork: string;
	errorGraphql: string;
	errorDetail: string;
	retry: string;
}

const th: Messages = {
	languageName: 'ไทย',
	languageSwitchLabel: 'ภาษา',
	pageTitle: 'ภาพรวมเรื่องร้องเรียน',
	pageIntro: 'เรื่องร้องเรียนด้านมาตรวิทยาล่าสุดจากทุกช่องทาง เลือกจังหวัดเพื่อกรองรายการ',
	filterLegend: 'ตัวกรอง',
	provinceLabel: 'จังหวัด',
	allProvinces: 'ทุกจังหวัด',
	apply: 'แสดงผล',
	loading: 'กำลังโหลดข้อมูล…',
	totalLabel: 'เรื่องร้องเรียนทั้งหมด',
	complaintsUnit: 'เรื่อง',
	caption: (province, shown, total) =>
		`เรื่องร้องเรียนล่าสุด — ${province ?? 'ทุกจังหวัด'} (แสดง ${shown} จาก ${total} เรื่อง)`,
	empty: 'ไม่พบเรื่องร้องเรียน',
	columns: {
		referenceNo: 'เลขที่เรื่อง',
		receivedAt: 'วันที่รับเรื่อง',
		channel: 'ช่องทาง',
		status: 'สถานะ',
		respondent: 'ผู้ถูกร้องเรียน',
		instruments: 'เครื่องชั่งตวงวัด',
		province: 'จังหวัด'
	},
	registeredAs: 'ในทะเบียน',
	notInRegistry: 'ไม่พบในทะเบียนผู้ประกอบการ',
	noInstruments: 'ไม่มีเครื่องในทะเบียน',
	moreInstruments: (count) => `และอีก ${count} เครื่อง`,
	errorTitle: 'ไม่สามารถโหลดข้อมูลได้',
	errorNetwork: 'ไม่สามารถติดต่อเซิร์ฟเวอร์ GraphQL ได้ กรุณาลองใหม่อีกครั้งในภายหลัง',
	errorGraphql: 'เซิร์ฟเวอร์ GraphQL ตอบกลับข้อผิดพลาด',
	errorDetail: 'รายละเอียดทางเทคนิค',
	retry: 'ลองอีกครั้ง'
};

const en: Messages = {
	languageName: 'English',
	languageSwitchLabel: 'Language',
	pageTitle: 'Complaints overview',
	pageIntro: 'The latest legal-metrology complaints from every channel. Choose a province to filter the list.',
	filterLegend: 'Filter',
	provinceLabel: 'Province',
	allProvinces: 'All provinces',
	apply: 'Show',
	loading: 'Loading…',
	totalLabel: 'Total complaints',
	complaintsUnit: '',
	caption: (province, shown, total) =>
		`Latest complaints — ${province ?? 'all provinces'} (showing ${shown} of ${total})`,
	empty: 'No complaints found',
	columns: {
		referenceNo: 'Reference no.',
		receivedAt: 'Received',
		channel: 'Channel',
		status: 'Status',
		respondent: 'Respondent',
		instruments: 'Instruments',
		province: 'Province'
	},
	registeredAs: 'Registered as',
	notInRegistry: 'Not matched to the operator registry',
	noInstruments: 'No registered instruments',
	moreInstruments: (count) => `and ${count} more`,
	errorTitle: 'The data could not be loaded',
	errorNetwork: 'The GraphQL server could not be reached. Please try again later.',
	errorGraphql: 'The GraphQL server returned an error.',
	errorDetail: 'Technical details',
	retry: 'Try again'
};

const dictionaries: Record<Locale, Messages> = { th, en };

export function messages(locale: Locale): Messages {
	return dictionaries[locale];
}

type Labels<T extends string> = Record<Locale, Record<T, string>>;

export const channelLabels: Labels<ComplaintChannel> = {
	th: {
		HOTLINE_1569: 'สายด่วน 1569',
		WEB: 'เว็บไซต์',
		LINE: 'LINE',
		PHONE: 'โทรศัพท์',
		WALK_IN: 'ยื่นด้วยตนเอง',
		LETTER: 'หนังสือ',
		EMAIL: 'อีเมล'
	},
	en: {
		HOTLINE_1569: '1569 hotline',
		WEB: 'Website',
		LINE: 'LINE',
		PHONE: 'Telephone',
		WALK_IN: 'Walk-in',
		LETTER: 'Letter',
		EMAIL: 'Email'
	}
};

export const statusLabels: Labels<ComplaintStatus> = {
	th: {
		RECEIVED: 'รับเรื่องแล้ว',
		TRIAGED: 'คัดกรองแล้ว',
		ASSIGNED: 'มอบหมายผู้รับผิดชอบแล้ว',
		INVESTIGATING: 'อยู่ระหว่างตรวจสอบ',
		OFFENCE_FOUND: 'พบการกระทำความผิด',
		NO_OFFENCE: 'ไม่พบการกระทำความผิด',
		CLOSED: 'ยุติเรื่อง'
	},
	en: {
		RECEIVED: 'Received',
		TRIAGED: 'Triaged',
		ASSIGNED: 'Assigned',
		INVESTIGATING: 'Investigating',
		OFFENCE_FOUND: 'Offence found',
		NO_OFFENCE: 'No offence',
		CLOSED: 'Closed'
	}
};

export const instrumentTypeLabels: Labels<InstrumentType> = {
	th: {
		NON_AUTOMATIC_SCALE: 'เครื่องชั่งที่ไม่ทำงานอัตโนมัติ',
		RICE_MOISTURE_METER: 'เครื่องวัดความชื้นข้าว',
		CASSAVA_STARCH_SCALE: 'เครื่องชั่งหาเปอร์เซ็นต์แป้งมันสำปะหลัง',
		CORN_MOISTURE_METER: 'เครื่องวัดความชื้นข้าวโพด',
		VEHICLE_SCALE: 'เครื่องชั่งรถยนต์',
		FUEL_DISPENSER: 'มาตรวัดน้ำมันเชื้อเพลิง',
		FUEL_PREPAY_DISPENSER: 'มาตรวัดน้ำมันเชื้อเพลิงแบบชำระเงินล่วงหน้า',
		DIRECT_MASS_METER: 'มาตรวัดมวลโดยตรง',
		LPG_DISPENSER: 'มาตรวัดก๊าซปิโตรเลียมเหลว (LPG)',
		CNG_DISPENSER: 'มาตรวัดก๊าซธรรมชาติอัด (CNG)',
		AUTOMATIC_TANK_GAUGE: 'เครื่องวัดระดับของเหลวในถังอัตโนมัติ'
	},
	en: {
		NON_AUTOMATIC_SCALE: 'Non-automatic weighing instrument',
		RICE_MOISTURE_METER: 'Rice moisture meter',
		CASSAVA_STARCH_SCALE: 'Cassava starch scale',
		CORN_MOISTURE_METER: 'Corn moisture meter',
		VEHICLE_SCALE: 'Vehicle scale',
		FUEL_DISPENSER: 'Fuel dispenser',
		FUEL_PREPAY_DISPENSER: 'Prepay fuel dispenser',
		DIRECT_MASS_METER: 'Direct mass flow meter',
		LPG_DISPENSER: 'LPG dispenser',
		CNG_DISPENSER: 'CNG dispenser',
		AUTOMATIC_TANK_GAUGE: 'Automatic tank gauge'
	}
};

/**
 * Looks a label up, falling back to the raw enum value so that a value added to
 * the schema before this dictionary learns it still renders.
 */
function label<T extends string>(labels: Labels<T>, locale: Locale, value: T): string {
	return (labels[locale] as Partial<Record<string, string>>)[value] ?? value;
}

export const channelLabel = (locale: Locale, value: ComplaintChannel): string =>
	label(channelLabels, locale, value);
export const statusLabel = (locale: Locale, value: ComplaintStatus): string =>
	label(statusLabels, locale, value);
export const instrumentTypeLabel = (locale: Locale, value: InstrumentType): string =>
	label(instrumentTypeLabels, locale, value);

const dateTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
	// Thai with the Buddhist-era year, e.g. "1 มี.ค. 2568 17:05"
	th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Bangkok'
	}),
	en: new Intl.DateTimeFormat('en-GB', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Bangkok'
	})
};

const numberFormats: Record<Locale, Intl.NumberFormat> = {
	th: new Intl.NumberFormat('th-TH'),
	en: new Intl.NumberFormat('en-GB')
};

/** Formats an ISO 8601 timestamp in Bangkok time; unparsable input is returned as is. */
export function formatDateTime(locale: Locale, iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : dateTimeFormats[locale].format(date);
}

export function formatNumber(locale: Locale, value: number): string {
	return numberFormats[locale].format(value);
}

/** Compares names in the locale's collation order (for sorting province lists). */
export function compareNames(locale: Locale): (a: string, b: string) => number {
	return new Intl.Collator(locale === 'th' ? 'th' : 'en').compare;
}

// ---------------------------------------------------------------------------------------------
// The application shell, the complaint inbox and page, and the dashboard.
// ---------------------------------------------------------------------------------------------


const thUi = {
	appName: 'Metrograph',
	appSubtitle: 'ระบบงานชั่งตวงวัด',
	skipToContent: 'ข้ามไปยังเนื้อหา',
	mainNav: 'เมนูหลัก',
	menu: 'เมนู',
	navOverview: 'ภาพรวม',
	navComplaints: 'เรื่องร้องเรียน',
	navDashboard: 'แดชบอร์ดผู้บริหาร',
	navSurveillance: 'แผนตรวจเฉพาะกิจ',
	signedOut: 'ยังไม่ได้เข้าสู่ระบบ',
	loading: 'กำลังโหลดข้อมูล…',
	saving: 'กำลังบันทึก…',
	errorTitle: 'ไม่สามารถโหลดข้อมูลได้',
	errorNetwork: 'ไม่สามารถติดต่อเซิร์ฟเวอร์ GraphQL ได้ กรุณาลองใหม่อีกครั้งในภายหลัง',
	errorGraphql: 'เซิร์ฟเวอร์ GraphQL ตอบกลับข้อผิดพลาด',
	errorUnauthenticated: 'กรุณาเข้าสู่ระบบก่อนใช้งานส่วนนี้',
	errorForbidden: 'คุณไม่มีสิทธิ์ใช้งานส่วนนี้',
	errorDetail: 'รายละเอียดทางเทคนิค',
	retry: 'ลองอีกครั้ง',
	notFound: 'ไม่พบข้อมูลที่ต้องการ',
	// inbox
	inboxTitle: 'กล่องเรื่องร้องเรียน',
	inboxIntro: 'ค้นหา คัดกรอง และติดตามเรื่องร้องเรียนด้านชั่งตวงวัดจากทุกช่องทาง',
	filters: 'ตัวกรอง',
	status: 'สถานะ',
	channel: 'ช่องทาง',
	province: 'จังหวัด',
	offenceBasis: 'ฐานความผิด',
	receivedFrom: 'รับเรื่องตั้งแต่วันที่',
	receivedTo: 'ถึงวันที่',
	search: 'ค้นหาข้อความ',
	searchHint: 'ชื่อผู้ร้อง ผู้ถูกร้อง สถานที่ หรือรายละเอียด (ภาษาไทยได้)',
	caseNo: 'เลขที่คดี',
	sort: 'เรียงตาม',
	sortNewest: 'รับเรื่องล่าสุดก่อน',
	sortOldest: 'รับเรื่องเก่าสุดก่อน',
	sortReference: 'เลขที่เรื่อง',
	sortUpdated: 'ปรับปรุงล่าสุดก่อน',
	all: 'ทั้งหมด',
	apply: 'ค้นหา',
	clear: 'ล้างตัวกรอง',
	resultsCaption: (shown: number, total: number) => `ผลการค้นหา ${shown} จาก ${total} เรื่อง`,
	noResults: 'ไม่พบเรื่องร้องเรียนตามเงื่อนไข',
	previous: 'ก่อนหน้า',
	next: 'ถัดไป',
	pagination: 'เลื่อนหน้า',
	referenceNo: 'เลขที่เรื่อง',
	receivedAt: 'วันที่รับเรื่อง',
	respondent: 'ผู้ถูกร้องเรียน',
	subject: 'เรื่อง',
	sla: 'กำหนดเวลา',
	savedSearches: 'การค้นหาที่บันทึกไว้',
	saveSearchName: 'ชื่อการค้นหา',
	saveSearch: 'บันทึกการค้นหานี้',
	runSearch: 'เรียกใช้',
	noSavedSearches: 'ยังไม่มีการค้นหาที่บันทึกไว้',
	savedSearchNeedsSignIn: 'การบันทึกการค้นหาใช้ได้เมื่อเข้าสู่ระบบแล้ว (เป็นของผู้ใช้แต่ละคน)',
	savedSearchSaved: (name: string) => `บันทึกการค้นหา “${name}” แล้ว`,
	savedSearchResults: (name: string, total: number) => `ผลของการค้นหา “${name}”: ${total} เรื่อง`,
	export: 'ส่งออก',
	exportCsv: 'ส่งออก CSV',
	exportPdf: 'ส่งออก PDF',
	exporting: 'กำลังสร้างไฟล์…',
	exported: (file: string, rows: number) => `สร้างไฟล์ ${file} แล้ว (${rows} แถว)`,
	// complaint page
	complaintTitle: (ref: string) => `เรื่องร้องเรียน ${ref}`,
	backToInbox: 'กลับไปกล่องเรื่องร้องเรียน',
	details: 'รายละเอียดเรื่อง',
	externalRef: 'เลขที่ 1569',
	complainant: 'ผู้ร้องเรียน',
	phone: 'โทรศัพท์',
	email: 'อีเมล',
	place: 'สถานที่เกิดเหตุ',
	position: 'พิกัด',
	keywords: 'คำสำคัญ',
	office: 'สำนักงาน',
	assignee: 'ผู้รับผิดชอบ',
	slaDue: 'ครบกำหนด',
	registered: 'ข้อมูลในทะเบียน',
	notInRegistry: 'ไม่พบในทะเบียนผู้ประกอบการ',
	none: '—',
	triage: 'คัดกรองเรื่อง',
	suggestions: 'ฐานความผิดที่ระบบเสนอ',
	noSuggestions: 'ระบบไม่พบคำที่ตรงกับฐานความผิด',
	confidence: 'ความเชื่อมั่น',
	matchedTerms: 'คำที่พบ',
	confirmSuggestion: 'ยืนยันตามที่ระบบเสนอ',
	chooseOtherBasis: 'เลือกฐานความผิดอื่น',
	saveBasis: 'บันทึกฐานความผิด',
	currentBasis: 'ฐานความผิดปัจจุบัน',
	duplicates: 'เรื่องที่อาจซ้ำกัน',
	noDuplicates: 'ไม่พบเรื่องที่อาจซ้ำกัน',
	similarity: 'ความคล้าย',
	mergeInto: 'รวมเรื่องนี้เข้ากับเรื่องดังกล่าว',
	mergeConfirm: 'ยืนยันการรวมเรื่อง? เรื่องนี้จะถูกยุติและคำสำคัญจะย้ายไปยังเรื่องที่เลือก',
	assignment: 'มอบหมายผู้รับผิดชอบ',
	assignAuto: 'ให้ระบบเลือก (ตามความเชี่ยวชาญและภาระงาน)',
	assignTo: 'ผู้รับผิดชอบ',
	assign: 'มอบหมาย',
	head: 'หัวหน้า',
	expertise: 'ความเชี่ยวชาญ',
	noOfficers: 'สำนักงานนี้ยังไม่มีเจ้าหน้าที่ในทะเบียนผู้รับเรื่อง',
	startInvestigation: 'เริ่มการตรวจสอบ',
	investigation: 'การตรวจสอบ',
	findings: 'ผลการตรวจสอบ',
	inspectedAt: 'วันเวลาที่ตรวจ',
	offenceFound: 'ผลการตรวจ',
	offenceFoundYes: 'พบการกระทำความผิด',
	offenceFoundNo: 'ไม่พบการกระทำความผิด',
	summary: 'สรุปผลการตรวจ',
	instrumentNos: 'เลขประจำเครื่อง (20 หลัก คั่นด้วยจุลภาคหรือขึ้นบรรทัดใหม่)',
	lat: 'ละติจูด',
	lng: 'ลองจิจูด',
	recordFindings: 'บันทึกผลการตรวจสอบ',
	recordedBy: 'ผู้บันทึก',
	formHasErrors: 'กรุณาแก้ไขข้อมูลที่ระบุ',
	close: 'ยุติเรื่อง',
	closeReason: 'เหตุผลการยุติเรื่อง',
	legalCases: 'คดี',
	caseStatus: 'สถานะคดี',
	fine: 'ค่าปรับ',
	finePaidAt: 'ชำระค่าปรับเมื่อ',
	openedAt: 'เปิดคดีเมื่อ',
	caseEvents: 'การดำเนินการทางคดี',
	noCaseEvents: 'ยังไม่มีการดำเนินการทางคดี',
	recordCaseEvent: 'บันทึกการดำเนินการทางคดี',
	eventKind: 'ประเภทการดำเนินการ',
	occurredAt: 'วันเวลาที่ดำเนินการ',
	fineBaht: 'ค่าปรับ (บาท)',
	dueDate: 'กำหนดชำระ',
	appointmentAt: 'วันเวลานัดหมาย',
	ruling: 'คำวินิจฉัย / คำพิพากษา',
	note: 'หมายเหตุ',
	outcome: 'ผลคดี',
	referenceDocuments: 'เอกสารอ้างอิง (บรรทัดละรายการ)',
	attachments: 'ไฟล์แนบ (PDF, JPEG, PNG)',
	videoLink: 'ลิงก์วิดีโอ',
	save: 'บันทึก',
	timeline: 'ลำดับเหตุการณ์',
	noTimeline: 'ยังไม่มีเหตุการณ์',
	actor: 'ผู้ดำเนินการ',
	at: 'เมื่อ',
	type: 'ประเภท',
	reports: 'รายงานสรุป',
	reportKind: 'รายงาน',
	done: 'บันทึกเรียบร้อย',
	// dashboard
	dashboardTitle: 'แดชบอร์ดเรื่องร้องเรียนและคดี',
	dashboardIntro: 'เจาะลึกจากภาพรวมประเทศ สู่ภาค จังหวัด สำนักงาน และเรื่องร้องเรียนรายเรื่อง',
	nation: 'ทั้งประเทศ',
	region: 'ภาค',
	level: 'ระดับ',
	periodFrom: 'ช่วงเวลา ตั้งแต่',
	periodTo: 'ถึง',
	measure: 'ตัวชี้วัดบนแผนที่',
	kpiReceived: 'รับเรื่อง',
	kpiOpen: 'อยู่ระหว่างดำเนินการ',
	kpiClosed: 'ยุติแล้ว',
	kpiClosureRate: 'อัตราการยุติ',
	kpiDays: 'ระยะเวลาเฉลี่ยถึงยุติ (วัน)',
	kpiOverdue: 'เกินกำหนดเวลา (SLA)',
	kpiCases: 'คดี',
	kpiFines: 'ค่าปรับ',
	days: 'วัน',
	perMonth: 'รับเรื่องและยุติรายเดือน',
	byBasis: 'เรื่องร้องเรียนตามฐานความผิด',
	map: 'แผนที่จังหวัด',
	mapHint: 'สีเข้มหมายถึงค่าสูง กดที่จังหวัดเพื่อดูรายละเอียด',
	table: 'ตาราง',
	name: 'ชื่อ',
	complaintsList: 'รายการเรื่องร้องเรียน',
	drillTo: (name: string) => `ดูรายละเอียด ${name}`,
	filtersPrinted: 'เงื่อนไข',
	noData: 'ไม่มีข้อมูลในช่วงนี้',
	// surveillance
	surveillanceTitle: 'แผนการตรวจเฉพาะกิจ',
	planNo: 'เลขที่แผน',
	kind: 'ประเภท',
	title: 'ชื่อแผน',
	area: 'พื้นที่',
	period: 'ช่วงเวลา',
	results: 'ผลการตรวจ'
};

export type Ui = typeof thUi;

const enUi: Ui = {
	appName: 'Metrograph',
	appSubtitle: 'Weights and measures',
	skipToContent: 'Skip to content',
	mainNav: 'Main menu',
	menu: 'Menu',
	navOverview: 'Overview',
	navComplaints: 'Complaints',
	navDashboard: 'Executive dashboard',
	navSurveillance: 'Surveillance plans',
	signedOut: 'Not signed in',
	loading: 'Loading…',
	saving: 'Saving…',
	errorTitle: 'The data could not be loaded',
	errorNetwork: 'The GraphQL server could not be reached. Please try again later.',
	errorGraphql: 'The GraphQL server returned an error.',
	errorUnauthenticated: 'Please sign in to use this part.',
	errorForbidden: 'You do not have the rights for this part.',
	errorDetail: 'Technical details',
	retry: 'Try again',
	notFound: 'Not found',
	inboxTitle: 'Complaint inbox',
	inboxIntro: 'Search, triage and follow legal-metrology complaints from every channel.',
	filters: 'Filters',
	status: 'Status',
	channel: 'Channel',
	province: 'Province',
	offenceBasis: 'Offence basis',
	receivedFrom: 'Received from',
	receivedTo: 'to',
	search: 'Search text',
	searchHint: 'Complainant, respondent, place or details (Thai works)',
	caseNo: 'Case no.',
	sort: 'Sort by',
	sortNewest: 'Newest first',
	sortOldest: 'Oldest first',
	sortReference: 'Reference no.',
	sortUpdated: 'Recently updated',
	all: 'All',
	apply: 'Search',
	clear: 'Clear filters',
	resultsCaption: (shown, total) => `Showing ${shown} of ${total} complaints`,
	noResults: 'No complaints match',
	previous: 'Previous',
	next: 'Next',
	pagination: 'Pages',
	referenceNo: 'Reference no.',
	receivedAt: 'Received',
	respondent: 'Respondent',
	subject: 'Subject',
	sla: 'SLA',
	savedSearches: 'Saved searches',
	saveSearchName: 'Search name',
	saveSearch: 'Save this search',
	runSearch: 'Run',
	noSavedSearches: 'No saved searches yet',
	savedSearchNeedsSignIn: 'Saved searches are available once you are signed in (each user has their own).',
	savedSearchSaved: (name) => `Search “${name}” saved`,
	savedSearchResults: (name, total) => `Results of “${name}”: ${total}`,
	export: 'Export',
	exportCsv: 'Export CSV',
	exportPdf: 'Export PDF',
	exporting: 'Creating the file…',
	exported: (file, rows) => `Created ${file} (${rows} rows)`,
	complaintTitle: (ref) => `Complaint ${ref}`,
	backToInbox: 'Back to the inbox',
	details: 'Details',
	externalRef: '1569 ticket',
	complainant: 'Complainant',
	phone: 'Phone',
	email: 'Email',
	place: 'Place',
	position: 'Position',
	keywords: 'Keywords',
	office: 'Office',
	assignee: 'Assigned to',
	slaDue: 'Due',
	registered: 'In the registry',
	notInRegistry: 'Not matched to the operator registry',
	none: '—',
	triage: 'Triage',
	suggestions: 'Suggested offence bases',
	noSuggestions: 'No terms matched an offence basis',
	confidence: 'Confidence',
	matchedTerms: 'Matched terms',
	confirmSuggestion: 'Confirm the suggestion',
	chooseOtherBasis: 'Choose another offence basis',
	saveBasis: 'Save offence basis',
	currentBasis: 'Current offence basis',
	duplicates: 'Possible duplicates',
	noDuplicates: 'No possible duplicates',
	similarity: 'Similarity',
	mergeInto: 'Merge this complaint into it',
	mergeConfirm: 'Merge? This complaint will be closed and its keywords moved to the chosen one.',
	assignment: 'Assignment',
	assignAuto: 'Let the system choose (expertise and workload)',
	assignTo: 'Assign to',
	assign: 'Assign',
	head: 'head',
	expertise: 'Expertise',
	noOfficers: 'This office has no complaints officials on its roster',
	startInvestigation: 'Start investigation',
	investigation: 'Investigation',
	findings: 'Findings',
	inspectedAt: 'Inspected at',
	offenceFound: 'Result',
	offenceFoundYes: 'Offence found',
	offenceFoundNo: 'No offence',
	summary: 'Summary of findings',
	instrumentNos: 'Instrument numbers (20 digits, separated by commas or new lines)',
	lat: 'Latitude',
	lng: 'Longitude',
	recordFindings: 'Record findings',
	recordedBy: 'Recorded by',
	formHasErrors: 'Please correct the fields marked',
	close: 'Close complaint',
	closeReason: 'Reason for closing',
	legalCases: 'Legal cases',
	caseStatus: 'Case status',
	fine: 'Fine',
	finePaidAt: 'Fine paid',
	openedAt: 'Opened',
	caseEvents: 'Legal events',
	noCaseEvents: 'No legal events yet',
	recordCaseEvent: 'Record a legal event',
	eventKind: 'Event',
	occurredAt: 'Took place at',
	fineBaht: 'Fine (baht)',
	dueDate: 'Due date',
	appointmentAt: 'Appointment',
	ruling: 'Ruling',
	note: 'Note',
	outcome: 'Outcome',
	referenceDocuments: 'Reference documents (one per line)',
	attachments: 'Attachments (PDF, JPEG, PNG)',
	videoLink: 'Video link',
	save: 'Save',
	timeline: 'Timeline',
	noTimeline: 'No events yet',
	actor: 'By',
	at: 'At',
	type: 'Type',
	reports: 'Summary reports',
	reportKind: 'Report',
	done: 'Saved',
	dashboardTitle: 'Complaints and cases dashboard',
	dashboardIntro: 'Drill down from the whole country to regions, provinces, offices and single complaints.',
	nation: 'Whole country',
	region: 'Region',
	level: 'Level',
	periodFrom: 'Period from',
	periodTo: 'to',
	measure: 'Map measure',
	kpiReceived: 'Received',
	kpiOpen: 'Open',
	kpiClosed: 'Closed',
	kpiClosureRate: 'Closure rate',
	kpiDays: 'Average days to close',
	kpiOverdue: 'Overdue (SLA)',
	kpiCases: 'Cases',
	kpiFines: 'Fines',
	days: 'days',
	perMonth: 'Received and closed per month',
	byBasis: 'Complaints by offence basis',
	map: 'Province map',
	mapHint: 'Darker means higher. Select a province to drill down.',
	table: 'Table',
	name: 'Name',
	complaintsList: 'Complaints',
	drillTo: (name) => `Drill down to ${name}`,
	filtersPrinted: 'Filters',
	noData: 'No data for this period',
	surveillanceTitle: 'Surveillance plans',
	planNo: 'Plan no.',
	kind: 'Kind',
	title: 'Title',
	area: 'Area',
	period: 'Period',
	results: 'Results'
};

export function ui(locale: Locale): Ui {
	return locale === 'en' ? enUi : thUi;
}

export const caseStatusLabels: Labels<CaseStatus> = {
	th: {
		OPEN: 'เปิดคดี',
		FINE_PROPOSED: 'เปรียบเทียบปรับ รอชำระ',
		FINE_PAID: 'ชำระค่าปรับแล้ว',
		REFERRED: 'ส่งสำนวนแล้ว',
		PROSECUTED: 'สั่งฟ้องแล้ว',
		FINAL: 'ถึงที่สุด'
	},
	en: {
		OPEN: 'Open',
		FINE_PROPOSED: 'Fine proposed',
		FINE_PAID: 'Fine paid',
		REFERRED: 'Referred',
		PROSECUTED: 'Prosecuted',
		FINAL: 'Final'
	}
};

export const caseEventKindLabels: Labels<CaseEventKind> = {
	th: {
		FINE_SETTLEMENT: 'เปรียบเทียบปรับ',
		FINE_PAID: 'ชำระค่าปรับ',
		FILE_SENT: 'ส่งสำนวน',
		PROSECUTION: 'สั่งฟ้อง',
		FINAL: 'คดีถึงที่สุด',
		APPOINTMENT: 'นัดหมาย',
		RULING: 'คำวินิจฉัย/คำพิพากษา',
		NOTE: 'บันทึก'
	},
	en: {
		FINE_SETTLEMENT: 'Fine settlement',
		FINE_PAID: 'Fine paid',
		FILE_SENT: 'File sent to police/prosecutor',
		PROSECUTION: 'Prosecution',
		FINAL: 'Final',
		APPOINTMENT: 'Appointment',
		RULING: 'Ruling',
		NOTE: 'Note'
	}
};

export const timelineTypeLabels: Labels<TimelineEventType> = {
	th: {
		RECEIVED: 'รับเรื่อง',
		TRIAGED: 'คัดกรอง',
		ASSIGNED: 'มอบหมาย',
		STATUS_CHANGED: 'เปลี่ยนสถานะ',
		ESCALATED: 'แจ้งเตือนเกินกำหนด',
		MERGED: 'รวมเรื่อง',
		FINDINGS_RECORDED: 'บันทึกผลตรวจ',
		CASE_OPENED: 'เปิดคดี',
		CASE_EVENT: 'ดำเนินการทางคดี',
		CLOSED: 'ยุติเรื่อง'
	},
	en: {
		RECEIVED: 'Received',
		TRIAGED: 'Triaged',
		ASSIGNED: 'Assigned',
		STATUS_CHANGED: 'Status changed',
		ESCALATED: 'Escalated',
		MERGED: 'Merged',
		FINDINGS_RECORDED: 'Findings recorded',
		CASE_OPENED: 'Case opened',
		CASE_EVENT: 'Legal event',
		CLOSED: 'Closed'
	}
};

export const slaLabels: Labels<SlaState> = {
	th: { ON_TRACK: 'ตามกำหนด', DUE_SOON: 'ใกล้ครบกำหนด', OVERDUE: 'เกินกำหนด', NONE: '—' },
	en: { ON_TRACK: 'On track', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', NONE: '—' }
};

export const caseStatusLabel = (locale: Locale, value: CaseStatus): string =>
	label(caseStatusLabels, locale, value);
export const caseEventKindLabel = (locale: Locale, value: CaseEventKind): string =>
	label(caseEventKindLabels, locale, value);
export const timelineTypeLabel = (locale: Locale, value: TimelineEventType): string =>
	label(timelineTypeLabels, locale, value);
export const slaLabel = (locale: Locale, value: SlaState): string => label(slaLabels, locale, value);

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
	th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { dateStyle: 'medium', timeZone: 'Asia/Bangkok' }),
	en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Bangkok' })
};

const monthFormats: Record<Locale, Intl.DateTimeFormat> = {
	th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
	en: new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' })
};

/** A date (ISO timestamp or `YYYY-MM-DD`) in Bangkok time, Buddhist era in Thai. */
export function formatDate(locale: Locale, value: string): string {
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00+07:00`) : new Date(value);
	return Number.isNaN(date.getTime()) ? value : dateFormats[locale].format(date);
}

/** A `YYYY-MM` month key as a short month name, e.g. "พ.ย. 69" / "Nov 26". */
export function formatMonth(locale: Locale, key: string): string {
	const date = new Date(`${key}-01T00:00:00Z`);
	return Number.isNaN(date.getTime()) ? key : monthFormats[locale].format(date);
}

const bahtFormats: Record<Locale, Intl.NumberFormat> = {
	th: new Intl.NumberFormat('th-TH', { style: 'currency', currency: 'THB' }),
	en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'THB' })
};

/** Integer satang as baht for the locale, e.g. 1250000 → "฿12,500.00". */
export function formatBaht(locale: Locale, satang: number): string {
	return bahtFormats[locale].format(satang / 100);
}

export function formatPercent(locale: Locale, ratio: number): string {
	return new Intl.NumberFormat(locale === 'th' ? 'th-TH' : 'en-GB', {
		style: 'percent',
		maximumFractionDigits: 1
	}).format(ratio);
}

export function formatDecimal(locale: Locale, value: number, digits = 1): string {
	return new Intl.NumberFormat(locale === 'th' ? 'th-TH' : 'en-GB', {
		maximumFractionDigits: digits,
		minimumFractionDigits: digits
	}).format(value);
}

/** Baht typed by a user ("1,250.50") as integer satang, or null when it is not an amount. */
export function bahtToSatang(input: string): number | null {
	const cleaned = input.replace(/[,\s฿]/g, '');
	if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
	const [whole, fraction = ''] = cleaned.split('.');
	return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Adds (or replaces) `lang=en` on a path, leaving Thai URLs clean. */
export function withLang(href: string, locale: Locale): string {
	const url = new URL(href, 'http://x');
	if (locale === 'en') url.searchParams.set('lang', 'en');
	else url.searchParams.delete('lang');
	const query = url.searchParams.toString();
	return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

const userErrorTexts: Record<string, string> = {
	REQUIRED: 'กรุณากรอกข้อมูลนี้',
	IN_FUTURE: 'วันเวลาต้องไม่อยู่ในอนาคต',
	BEFORE_RECEIVED: 'วันเวลาตรวจต้องไม่ก่อนวันที่รับเรื่อง',
	INVALID_FORMAT: 'รูปแบบไม่ถูกต้อง (เลขประจำเครื่องต้องเป็นตัวเลข 20 หลัก)',
	OUT_OF_RANGE: 'พิกัดไม่อยู่ในประเทศไทย',
	UNKNOWN_OFFENCE_BASIS: 'ไม่พบฐานความผิดนี้',
	INVALID_TRANSITION: 'ไม่สามารถดำเนินการนี้ในสถานะปัจจุบันได้',
	NOT_FOUND: 'ไม่พบข้อมูล หรืออยู่นอกพื้นที่ของคุณ',
	UNKNOWN_OFFICER: 'ไม่พบเจ้าหน้าที่ผู้นี้ในทะเบียนผู้รับเรื่อง',
	WRONG_OFFICE: 'เจ้าหน้าที่ผู้นี้อยู่ต่างสำนักงานกับเรื่องร้องเรียน',
	NO_OFFICER: 'สำนักงานนี้ยังไม่มีเจ้าหน้าที่ผู้รับเรื่อง',
	INVALID_ATTACHMENT: 'ไฟล์แนบไม่ถูกต้อง (รับเฉพาะ PDF, JPEG, PNG ไม่เกิน 10 MB หรือลิงก์วิดีโอ)',
	CASE_OPEN: 'ยุติเรื่องได้เมื่อคดีถึงที่สุดแล้ว',
	SAME_COMPLAINT: 'ไม่สามารถรวมเรื่องเข้ากับตัวเองได้',
	CLOSED: 'เรื่องที่เลือกยุติแล้ว'
};

/**
 * The text to show for a user error: Thai for the codes the app knows (the API's messages are
 * English), with the API's own message kept after it; English shows the API's message.
 */
export function userErrorText(locale: Locale, error: { code: string; message: string }): string {
	if (locale === 'en') return error.message;
	const thai = userErrorTexts[error.code];
	return thai ? `${thai} (${error.message})` : error.message;
}

/** Now (or an ISO instant) as a `datetime-local` value in Bangkok time ("2026-11-23T15:04"). */
export function bangkokLocalInput(iso: string = new Date().toISOString()): string {
	const shifted = new Date(new Date(iso).getTime() + 7 * 3_600_000);
	return shifted.toISOString().slice(0, 16);
}

/** A `datetime-local` value typed in Bangkok time as an ISO instant, or null when empty/invalid. */
export function bangkokInputToIso(value: string): string | null {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
	const date = new Date(`${value.slice(0, 16)}:00+07:00`);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// --- sign-in, session, menus by rights and live status (helper A's block) -------------------

const thSession = {
	signInTitle: 'เข้าสู่ระบบ',
	signInIntro: 'สำหรับเจ้าหน้าที่และผู้บริหารกองชั่งตวงวัด ใช้ชื่อผู้ใช้และรหัสผ่านของหน่วยงาน',
	username: 'ชื่อผู้ใช้',
	password: 'รหัสผ่าน',
	signIn: 'เข้าสู่ระบบ',
	signingIn: 'กำลังเข้าสู่ระบบ…',
	signOut: 'ออกจากระบบ',
	signedInAs: 'ผู้ใช้งาน',
	office: 'สำนักงาน',
	changePasswordTitle: 'เปลี่ยนรหัสผ่าน',
	changePasswordIntro: 'รหัสผ่านของคุณหมดอายุหรือต้องเปลี่ยนก่อนใช้งาน กรุณาตั้งรหัสผ่านใหม่',
	currentPassword: 'รหัสผ่านปัจจุบัน',
	newPassword: 'รหัสผ่านใหม่',
	confirmPassword: 'ยืนยันรหัสผ่านใหม่',
	passwordHint: 'อย่างน้อย 10 ตัวอักษร ผสมอย่างน้อย 3 แบบจาก ตัวพิมพ์เล็ก ตัวพิมพ์ใหญ่ ตัวเลข สัญลักษณ์ และไม่มีชื่อผู้ใช้',
	changePassword: 'เปลี่ยนรหัสผ่านและเข้าสู่ระบบ',
	passwordsDiffer: 'รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน',
	required: 'กรุณากรอกข้อมูลนี้',
	signInErrors: {
		INVALID_CREDENTIALS: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
		LOCKED: 'บัญชีถูกล็อกชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง กรุณารอแล้วลองใหม่ หรือติดต่อผู้ดูแลระบบเพื่อปลดล็อก',
		ACCOUNT_DISABLED: 'บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลระบบ',
		PASSWORD_EXPIRED: 'รหัสผ่านหมดอายุหรือต้องเปลี่ยนก่อนใช้งาน กรุณาตั้งรหัสผ่านใหม่',
		WRONG_METHOD: 'บัญชีนี้เข้าสู่ระบบด้วยวิธีอื่น (เช่น LDAP)',
		LDAP_UNAVAILABLE: 'ไม่สามารถติดต่อระบบยืนยันตัวตน (LDAP) ได้ กรุณาลองใหม่ภายหลัง',
		TOO_SHORT: 'รหัสผ่านใหม่สั้นเกินไป',
		TOO_LONG: 'รหัสผ่านใหม่ยาวเกินไป',
		TOO_SIMPLE: 'รหัสผ่านใหม่ต้องผสมตัวอักษรอย่างน้อย 3 แบบ',
		CONTAINS_USERNAME: 'รหัสผ่านใหม่ต้องไม่มีชื่อผู้ใช้',
		REUSED: 'รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านที่เคยใช้ล่าสุด',
		NETWORK: 'ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ กรุณาลองใหม่อีกครั้ง'
	} as Record<string, string>,
	signedOutNotice: 'ออกจากระบบเรียบร้อยแล้ว',
	expiredNotice: 'เซสชันหมดอายุ กรุณาเข้าสู่ระบบอีกครั้ง',
	forbiddenTitle: 'ไม่มีสิทธิ์เข้าถึงหน้านี้',
	forbiddenText: 'บัญชีของคุณไม่มีสิทธิ์ใช้งานส่วนนี้ หากจำเป็นต้องใช้ กรุณาติดต่อผู้ดูแลระบบ',
	goHome: 'ไปหน้าแรกของคุณ',
	navPayments: 'การชำระเงิน',
	live: 'อัปเดตสด',
	liveConnecting: 'กำลังเชื่อมต่อการอัปเดตสด…',
	liveReconnecting: 'การอัปเดตสดขาดการเชื่อมต่อ กำลังเชื่อมต่อใหม่…',
	liveUpdated: (ref: string) => `อัปเดต: ${ref}`,
	finePayIn: 'ใบแจ้งชำระค่าปรับ',
	payInNo: 'เลขที่ใบแจ้งชำระ',
	payInStatus: 'สถานะการชำระ',
	payInWaiting: 'กำลังออกใบแจ้งชำระค่าปรับ…',
	assignedOn: (when: string) => `มอบหมายแล้วเมื่อ ${when}`,
	paidAt: 'ชำระเมื่อ',
	dueDate: 'ครบกำหนดชำระ'
};

export type SessionUi = typeof thSession;

const enSession: SessionUi = {
	signInTitle: 'Sign in',
	signInIntro: 'For officials and executives of the Central Bureau of Weights and Measures. Use your agency username and password.',
	username: 'Username',
	password: 'Password',
	signIn: 'Sign in',
	signingIn: 'Signing in…',
	signOut: 'Sign out',
	signedInAs: 'Signed in as',
	office: 'Office',
	changePasswordTitle: 'Change your password',
	changePasswordIntro: 'Your password has expired or must be changed before you continue. Choose a new one.',
	currentPassword: 'Current password',
	newPassword: 'New password',
	confirmPassword: 'Confirm the new password',
	passwordHint: 'At least 10 characters, mixing three of: lower case, capitals, digits, symbols; not containing your username.',
	changePassword: 'Change password and sign in',
	passwordsDiffer: 'The two new passwords differ',
	required: 'Please fill in this field',
	signInErrors: {
		INVALID_CREDENTIALS: 'Wrong username or password.',
		LOCKED: 'The account is locked for a while after too many wrong passwords. Wait and try again, or ask an administrator to unlock it.',
		ACCOUNT_DISABLED: 'This account is disabled. Please contact an administrator.',
		PASSWORD_EXPIRED: 'Your password has expired or must be changed. Choose a new one.',
		WRONG_METHOD: 'This account signs in another way (e.g. LDAP).',
		LDAP_UNAVAILABLE: 'The directory (LDAP) cannot be reached. Please try again later.',
		TOO_SHORT: 'The new password is too short.',
		TOO_LONG: 'The new password is too long.',
		TOO_SIMPLE: 'The new password must mix at least three kinds of characters.',
		CONTAINS_USERNAME: 'The new password must not contain the username.',
		REUSED: 'The new password must differ from your recent ones.',
		NETWORK: 'The server cannot be reached. Please try again.'
	},
	signedOutNotice: 'You have signed out.',
	expiredNotice: 'Your session has ended. Please sign in again.',
	forbiddenTitle: 'You may not open this page',
	forbiddenText: 'Your account has no rights on this part of the system. Ask an administrator if you need it.',
	goHome: 'Go to your home page',
	navPayments: 'Payments',
	live: 'Live',
	liveConnecting: 'Connecting live updates…',
	liveReconnecting: 'Live updates lost their connection; reconnecting…',
	liveUpdated: (ref: string) => `Updated: ${ref}`,
	finePayIn: 'Fine pay-in',
	payInNo: 'Pay-in no.',
	payInStatus: 'Payment status',
	payInWaiting: 'Issuing the fine pay-in…',
	assignedOn: (when: string) => `Assigned on ${when}`,
	paidAt: 'Paid at',
	dueDate: 'Due date'
};

/** Texts of sign-in, the session header, forbidden pages and live status. */
export function sessionUi(locale: Locale): SessionUi {
	return locale === 'en' ? enSession : thSession;
}

/** A sign-in or password-change error in the user's language (the API's message as a fallback). */
export function signInErrorText(locale: Locale, error: { code: string; message: string }): string {
	return sessionUi(locale).signInErrors[error.code] ?? error.message;
}

// ---------------------------------------------------------------------------------------------
// Payments (pay-ins, reconciliation) and the dashboard's drill-down, filters and exports.
// (One block, kept apart from the shell's dictionary above so the two can change independently.)
// ---------------------------------------------------------------------------------------------

export const paymentStatusLabels: Labels<PaymentStatus> = {
	th: {
		PENDING: 'รอชำระ',
		PAID: 'ชำระแล้ว',
		CANCELLED: 'ยกเลิก',
		EXPIRED: 'หมดอายุ',
		UNDER_REVIEW: 'รอตรวจสอบ',
		PARTIALLY_REFUNDED: 'คืนเงินบางส่วน',
		REFUNDED: 'คืนเงินแล้ว'
	},
	en: {
		PENDING: 'Awaiting payment',
		PAID: 'Paid',
		CANCELLED: 'Cancelled',
		EXPIRED: 'Expired',
		UNDER_REVIEW: 'Under review',
		PARTIALLY_REFUNDED: 'Partly refunded',
		REFUNDED: 'Refunded'
	}
};

export const serviceTypeLabels: Labels<PaymentServiceType> = {
	th: {
		BUSINESS_MANUFACTURE: 'แจ้งประกอบธุรกิจผลิต',
		BUSINESS_IMPORT: 'แจ้งประกอบธุรกิจนำเข้า',
		BUSINESS_SALE: 'แจ้งประกอบธุรกิจขาย',
		BUSINESS_REPAIR: 'แจ้งประกอบธุรกิจซ่อม',
		VERIFICATION: 'ตรวจสอบให้คำรับรอง',
		ACCURACY_CHECK: 'ตรวจสอบความเที่ยง',
		CERTIFICATE_REPLACEMENT: 'ใบแทนหนังสือรับรอง',
		LICENCE: 'ใบอนุญาต',
		LICENCE_RENEWAL: 'ต่ออายุใบอนุญาต',
		FINE: 'ค่าปรับเปรียบเทียบปรับ',
		OTHER: 'อื่น ๆ'
	},
	en: {
		BUSINESS_MANUFACTURE: 'Manufacturing notification',
		BUSINESS_IMPORT: 'Import notification',
		BUSINESS_SALE: 'Sale notification',
		BUSINESS_REPAIR: 'Repair notification',
		VERIFICATION: 'Verification',
		ACCURACY_CHECK: 'Accuracy check',
		CERTIFICATE_REPLACEMENT: 'Certificate replacement',
		LICENCE: 'Licence',
		LICENCE_RENEWAL: 'Licence renewal',
		FINE: 'Settlement fine',
		OTHER: 'Other'
	}
};

export const sourceTypeLabels: Labels<PaymentSourceType> = {
	th: { SERVICE_REQUEST: 'คำขอรับบริการ', CASE_FINE: 'ค่าปรับในคดี', EXTRA_CHARGE: 'เรียกเก็บเงินเพิ่ม', OTHER: 'อื่น ๆ' },
	en: { SERVICE_REQUEST: 'Service request', CASE_FINE: 'Case fine', EXTRA_CHARGE: 'Extra charge', OTHER: 'Other' }
};

export const reconciliationDimensionLabels: Labels<PaymentReconciliationDimension> = {
	th: { OFFICE: 'สำนักงาน', PROVINCE: 'จังหวัด', SERVICE_TYPE: 'ประเภทบริการ', FEE_CODE: 'รหัสรายได้', STATUS: 'สถานะ', PERIOD: 'ช่วงเวลา' },
	en: { OFFICE: 'Office', PROVINCE: 'Province', SERVICE_TYPE: 'Service', FEE_CODE: 'Revenue code', STATUS: 'Status', PERIOD: 'Period' }
};

export const paymentAuditActionLabels: Labels<PaymentAuditAction> = {
	th: {
		FEE_RATE_SET: 'กำหนดอัตราค่าธรรมเนียม',
		PAYMENT_REQUEST_CREATED: 'สร้างรายการชำระเงิน',
		PAY_IN_VIEWED: 'เรียกดูใบแจ้งชำระ',
		PAY_IN_PRINTED: 'พิมพ์ใบแจ้งชำระ',
		BANK_NOTIFICATION_RECEIVED: 'รับผลการชำระเงินจากธนาคาร',
		BANK_INQUIRY: 'สอบถามสถานะกับธนาคาร',
		STATUS_CHANGED: 'เปลี่ยนสถานะ',
		ADJUSTMENT_REQUESTED: 'ขอคืนเงิน/ยกเลิก/เรียกเก็บเพิ่ม',
		ADJUSTMENT_DECIDED: 'อนุมัติ/ไม่อนุมัติคำขอ',
		REPORT_EXPORTED: 'ส่งออกรายงาน',
		STATEMENT_RECONCILED: 'กระทบยอดกับรายการเดินบัญชี',
		EVENT_REJECTED: 'ไม่สามารถสร้างรายการจากเหตุการณ์'
	},
	en: {
		FEE_RATE_SET: 'Fee rate set',
		PAYMENT_REQUEST_CREATED: 'Payment request created',
		PAY_IN_VIEWED: 'Pay-in viewed',
		PAY_IN_PRINTED: 'Pay-in printed',
		BANK_NOTIFICATION_RECEIVED: 'Bank notification received',
		BANK_INQUIRY: 'Bank status inquiry',
		STATUS_CHANGED: 'Status changed',
		ADJUSTMENT_REQUESTED: 'Adjustment requested',
		ADJUSTMENT_DECIDED: 'Adjustment decided',
		REPORT_EXPORTED: 'Report exported',
		STATEMENT_RECONCILED: 'Statement reconciled',
		EVENT_REJECTED: 'Event rejected'
	}
};

export const paymentAuditActionLabel = (locale: Locale, value: PaymentAuditAction): string => label(paymentAuditActionLabels, locale, value);
export const paymentStatusLabel = (locale: Locale, value: PaymentStatus): string => label(paymentStatusLabels, locale, value);
export const serviceTypeLabel = (locale: Locale, value: PaymentServiceType): string => label(serviceTypeLabels, locale, value);
export const sourceTypeLabel = (locale: Locale, value: PaymentSourceType): string => label(sourceTypeLabels, locale, value);
export const reconciliationDimensionLabel = (locale: Locale, value: PaymentReconciliationDimension): string =>
	label(reconciliationDimensionLabels, locale, value);

const payTh = {
	paymentsTitle: 'ใบแจ้งชำระเงิน',
	paymentsIntro: 'ออกใบแจ้งชำระค่าธรรมเนียม ติดตามสถานะการชำระ และกระทบยอดกับธนาคาร',
	newPayIn: 'ออกใบแจ้งชำระใหม่',
	reconciliation: 'กระทบยอดการชำระเงิน',
	searchPayments: 'ค้นหา',
	searchPaymentsHint: 'เลขที่ใบแจ้ง เลขอ้างอิง 1/2 หรือชื่อค่าธรรมเนียม',
	requestNo: 'เลขที่ใบแจ้งชำระ',
	payer: 'ผู้ชำระ',
	fee: 'ค่าธรรมเนียม',
	feeCode: 'รหัสรายได้',
	serviceType: 'ประเภทบริการ',
	amount: 'จำนวนเงิน',
	dueDate: 'วันครบกำหนดชำระ',
	issuedAt: 'วันที่ออก',
	issuedFrom: 'ออกตั้งแต่วันที่',
	issuedTo: 'ถึงวันที่',
	paidAt: 'วันเวลาที่ชำระ',
	paidAmount: 'จำนวนเงินที่ชำระ',
	bankTransaction: 'รหัสรายการของธนาคาร',
	ref1: 'เลขอ้างอิง 1 (Ref.1)',
	ref2: 'เลขอ้างอิง 2 (Ref.2)',
	billerId: 'รหัสผู้รับชำระ (Biller ID)',
	overdueBadge: 'เกินกำหนด',
	totalRequests: (n: string) => `ทั้งหมด ${n} รายการ`,
	nextPage: 'หน้าถัดไป',
	firstPage: 'หน้าแรก',
	// issuing
	operator: 'ผู้ประกอบการ',
	operatorSearch: 'ค้นหาผู้ประกอบการ',
	operatorSearchHint: 'ชื่อ เลขทะเบียน หรือเลขประจำตัวผู้เสียภาษี แล้วเลือกจากรายการ',
	operatorPick: 'เลือก',
	changeOperator: 'เปลี่ยนผู้ประกอบการ',
	operatorNone: 'ไม่พบผู้ประกอบการ',
	operatorRequired: 'กรุณาเลือกผู้ประกอบการ',
	issuingOffice: 'สำนักงานที่ออกใบแจ้ง',
	quantity: 'จำนวนหน่วย',
	quantityInvalid: 'จำนวนหน่วยต้องเป็นจำนวนเต็ม 1 ถึง 10,000',
	amountBaht: 'จำนวนเงิน (บาท)',
	amountInvalid: 'กรุณากรอกจำนวนเงินเป็นบาท เช่น 1,250.50',
	feeRequired: 'กรุณาเลือกค่าธรรมเนียม',
	sourceType: 'ที่มาของรายการ',
	sourceId: 'เลขที่คำขอ / เลขที่คดี',
	payerName: 'ชื่อผู้ชำระที่พิมพ์บนใบแจ้ง',
	payerTaxId: 'เลขประจำตัวผู้เสียภาษี (13 หลัก)',
	taxIdInvalid: 'เลขประจำตัวผู้เสียภาษีต้องเป็นตัวเลข 13 หลัก',
	quote: 'ค่าธรรมเนียมตามอัตราที่ใช้บังคับ',
	quoteOn: (day: string) => `อัตราวันที่ ${day}`,
	quoteTotal: 'รวมที่ต้องชำระ',
	unitFee: 'อัตราต่อหน่วย',
	variableFee: 'ระบุจำนวนเงินเอง',
	issue: 'ออกใบแจ้งชำระ',
	issuing: 'กำลังออกใบแจ้งชำระ…',
	cancel: 'ยกเลิก',
	// one pay-in
	payInTitle: (no: string) => `ใบแจ้งชำระ ${no}`,
	payInLive: 'สถานะอัปเดตอัตโนมัติเมื่อธนาคารแจ้งผลการชำระ',
	paidNow: (at: string) => `ชำระเงินแล้วเมื่อ ${at}`,
	qrTitle: 'QR Code ชำระเงิน (Thai QR Payment)',
	qrHint: 'สแกนด้วยแอปธนาคารเพื่อชำระ',
	barcodeTitle: 'บาร์โค้ดชำระเงิน (Bill Payment)',
	codesGone: 'ใบแจ้งนี้ไม่ต้องชำระแล้ว จึงไม่แสดง QR Code และบาร์โค้ด',
	downloadPdf: 'ดาวน์โหลด PDF',
	printPdf: 'พิมพ์ใบแจ้งชำระ',
	openingPdf: 'กำลังสร้างเอกสาร…',
	auditTrail: 'ประวัติการดำเนินการ',
	action: 'การดำเนินการ',
	actor: 'ผู้ดำเนินการ',
	when: 'เมื่อ',
	createdBy: 'ผู้ออกใบแจ้ง',
	// reconciliation
	reconciliationIntro: 'ยอดชำระและค้างชำระตามสำนักงาน จังหวัด ประเภทบริการ สถานะ และช่วงเวลา',
	basis: 'นับตาม',
	basisIssued: 'วันที่ออกใบแจ้ง',
	basisPaid: 'วันที่ชำระ',
	granularity: 'ช่วงเวลาละ',
	granularityDay: 'วัน',
	granularityMonth: 'เดือน',
	granularityYear: 'ปี',
	groupBy: 'จัดกลุ่มตาม',
	requestCount: 'จำนวนใบแจ้ง',
	paidCount: 'ชำระแล้ว',
	unpaidCount: 'ค้างชำระ',
	overdueCount: 'เกินกำหนด',
	amountDue: 'ยอดเรียกเก็บ',
	paidAmountTotal: 'ยอดรับชำระ',
	refunded: 'คืนเงิน',
	netReceived: 'รับสุทธิ',
	outstanding: 'ค้างรับ',
	total: 'รวม',
	exportXlsx: 'ส่งออก Excel (XLSX)',
	// dashboard additions
	operatorLevel: 'ผู้ประกอบการและเรื่องร้องเรียน',
	instrumentType: 'ประเภทเครื่องชั่งตวงวัด',
	kpiFees: 'ค่าธรรมเนียมที่รับชำระ',
	kpiFinesCollected: 'ค่าปรับที่รับชำระ',
	respondents: 'ผู้ถูกร้องเรียน',
	operatorComplaints: (name: string) => `เรื่องร้องเรียนของ ${name}`,
	live: 'ตัวเลขอัปเดตอัตโนมัติ',
	updatedAt: (at: string) => `ปรับปรุงล่าสุด ${at}`,
	generatedAt: 'สร้างเมื่อ',
	yourArea: 'พื้นที่ของคุณ',
	feesUnavailable: 'ขณะนี้ไม่สามารถดึงยอดค่าธรรมเนียมและค่าปรับที่รับชำระจากระบบการชำระเงินได้ ตัวเลขเรื่องร้องเรียนแสดงตามปกติ'
};

export type PayUi = typeof payTh;

const payEn: PayUi = {
	paymentsTitle: 'Payment requests',
	paymentsIntro: 'Issue fee pay-ins, follow their payment and reconcile with the bank.',
	newPayIn: 'New pay-in',
	reconciliation: 'Payment reconciliation',
	searchPayments: 'Search',
	searchPaymentsHint: 'Request no., reference 1/2 or fee name',
	requestNo: 'Request no.',
	payer: 'Payer',
	fee: 'Fee',
	feeCode: 'Revenue code',
	serviceType: 'Service',
	amount: 'Amount',
	dueDate: 'Due date',
	issuedAt: 'Issued',
	issuedFrom: 'Issued from',
	issuedTo: 'to',
	paidAt: 'Paid at',
	paidAmount: 'Amount paid',
	bankTransaction: 'Bank transaction',
	ref1: 'Reference 1',
	ref2: 'Reference 2',
	billerId: 'Biller ID',
	overdueBadge: 'Overdue',
	totalRequests: (n) => `${n} requests`,
	nextPage: 'Next page',
	firstPage: 'First page',
	operator: 'Operator',
	operatorSearch: 'Find the operator',
	operatorSearchHint: 'Name, registration no. or tax id, then pick from the list',
	operatorPick: 'Pick',
	changeOperator: 'Change operator',
	operatorNone: 'No operator found',
	operatorRequired: 'Pick the operator',
	issuingOffice: 'Issuing office',
	quantity: 'Units',
	quantityInvalid: 'Units must be a whole number from 1 to 10,000',
	amountBaht: 'Amount (baht)',
	amountInvalid: 'Enter the amount in baht, e.g. 1,250.50',
	feeRequired: 'Choose the fee',
	sourceType: 'What it settles',
	sourceId: 'Service request / case no.',
	payerName: 'Payer name printed on the pay-in',
	payerTaxId: 'Payer tax id (13 digits)',
	taxIdInvalid: 'A tax id has 13 digits',
	quote: 'Fee from the schedule in force',
	quoteOn: (day) => `Rates of ${day}`,
	quoteTotal: 'Total to pay',
	unitFee: 'Per unit',
	variableFee: 'Amount stated per request',
	issue: 'Issue pay-in',
	issuing: 'Issuing…',
	cancel: 'Cancel',
	payInTitle: (no) => `Pay-in ${no}`,
	payInLive: 'The status updates by itself when the bank reports the payment.',
	paidNow: (at) => `Paid on ${at}`,
	qrTitle: 'Payment QR code (Thai QR Payment)',
	qrHint: 'Scan with a banking app to pay',
	barcodeTitle: 'Bill payment barcode',
	codesGone: 'Nothing is to be paid on this request any more, so no QR code or barcode is shown.',
	downloadPdf: 'Download PDF',
	printPdf: 'Print pay-in',
	openingPdf: 'Creating the document…',
	auditTrail: 'Audit trail',
	action: 'Action',
	actor: 'By',
	when: 'When',
	createdBy: 'Issued by',
	reconciliationIntro: 'Paid and unpaid amounts by office, province, service, status and period.',
	basis: 'Count by',
	basisIssued: 'Issue date',
	basisPaid: 'Payment date',
	granularity: 'Period length',
	granularityDay: 'Day',
	granularityMonth: 'Month',
	granularityYear: 'Year',
	groupBy: 'Group by',
	requestCount: 'Requests',
	paidCount: 'Paid',
	unpaidCount: 'Unpaid',
	overdueCount: 'Overdue',
	amountDue: 'Billed',
	paidAmountTotal: 'Received',
	refunded: 'Refunded',
	netReceived: 'Net received',
	outstanding: 'Outstanding',
	total: 'Total',
	exportXlsx: 'Export Excel (XLSX)',
	operatorLevel: 'Operators and complaints',
	instrumentType: 'Instrument type',
	kpiFees: 'Fees collected',
	kpiFinesCollected: 'Fines collected',
	respondents: 'Respondents',
	operatorComplaints: (name) => `Complaints about ${name}`,
	live: 'Numbers update live',
	updatedAt: (at) => `Updated ${at}`,
	generatedAt: 'Generated',
	yourArea: 'Your area',
	feesUnavailable: 'Fees and fines collected cannot be read from payments right now; the complaint figures are shown as usual.'
};

/** Texts of the payments screens and the dashboard's additions. */
export function payUi(locale: Locale): PayUi {
	return locale === 'en' ? payEn : payTh;
}
