/**
 * A tiny Thai-first dictionary (no i18n library). Thai is the default; English
 * is chosen with `?lang=en` so that a link carries its language.
 */
import type { ComplaintChannel, ComplaintStatus, InstrumentType } from './graphql/graphql';

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
