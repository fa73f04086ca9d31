/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type OverviewQueryVariables = Exact<{
  complaintFilter?: ComplaintFilter | null | undefined;
}>;


export type OverviewQuery = { provinces: { edges: Array<{ node: { code: string, nameTh: string, nameEn: string } }> }, complaints: { totalCount: number, edges: Array<{ node: { id: string, referenceNo: string, receivedAt: string, channel: ComplaintChannel, status: ComplaintStatus, respondentName: string, respondent: { id: string, nameTh: string, instruments: { totalCount: number, edges: Array<{ node: { instrumentNo: string, type: InstrumentType } }> } | null } | null, province: { code: string, nameTh: string } | null } }> } };


export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNo"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameTh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;