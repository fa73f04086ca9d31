/**
 * Offence bases every installation starts with. Sections are left for the regulator's legal
 * staff to fill in (reference data is editable); titles follow the Act's prohibitions.
 */
export const OFFENCE_BASES = [
  { code: 'UNVERIFIED_INSTRUMENT', titleTh: 'ใช้หรือมีไว้เพื่อใช้เครื่องชั่งตวงวัดที่ไม่มีเครื่องหมายคำรับรองหรือคำรับรองหมดอายุ', titleEn: 'Using or keeping for use an instrument without a valid verification mark or certificate' },
  { code: 'OUT_OF_TOLERANCE', titleTh: 'ใช้เครื่องชั่งตวงวัดที่ผิดอัตราเกินเกณฑ์คลาดเคลื่อนที่กำหนด', titleEn: 'Using an instrument whose error exceeds the maximum permissible error' },
  { code: 'TAMPERED_INSTRUMENT', titleTh: 'ดัดแปลงเครื่องชั่งตวงวัดหรือทำให้เครื่องหมายคำรับรองเสียหาย', titleEn: 'Tampering with an instrument or damaging its verification mark' },
  { code: 'FRAUDULENT_USE', titleTh: 'ใช้เครื่องชั่งตวงวัดโดยเอาเปรียบผู้ซื้อหรือผู้ขาย', titleEn: 'Using an instrument to take unfair advantage of a buyer or seller' },
  { code: 'PACKAGED_SHORT_QUANTITY', titleTh: 'สินค้าหีบห่อมีปริมาณขาดเกินกว่าอัตราที่กำหนด', titleEn: 'Packaged goods short of the declared quantity beyond the tolerance' },
  { code: 'PACKAGED_LABELLING', titleTh: 'สินค้าหีบห่อไม่แสดงปริมาณหรือหน่วยตามที่กำหนด', titleEn: 'Packaged goods without the required quantity or unit statement' },
  { code: 'UNLICENSED_BUSINESS', titleTh: 'ประกอบธุรกิจผลิต นำเข้า ซ่อม หรือขายเครื่องชั่งตวงวัดโดยไม่ได้รับอนุญาตหรือไม่แจ้ง', titleEn: 'Making, importing, repairing or selling instruments without a licence or notification' },
  { code: 'ILLEGAL_UNIT', titleTh: 'ใช้หน่วยที่ไม่ใช่หน่วยตามกฎหมายในการซื้อขาย', titleEn: 'Trading in units other than the legal units' },
  { code: 'OBSTRUCTION', titleTh: 'ขัดขวางหรือไม่อำนวยความสะดวกแก่พนักงานเจ้าหน้าที่', titleEn: 'Obstructing or failing to assist an official' },
] as const;
