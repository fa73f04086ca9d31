import { registerEnumType } from 'type-graphql';

/** Weights-and-measures services that carry a fee (004 §4.5.10 (2), (7)). */
export enum ServiceType {
  BUSINESS_MANUFACTURE = 'BUSINESS_MANUFACTURE',
  BUSINESS_IMPORT = 'BUSINESS_IMPORT',
  BUSINESS_SALE = 'BUSINESS_SALE',
  BUSINESS_REPAIR = 'BUSINESS_REPAIR',
  VERIFICATION = 'VERIFICATION',
  ACCURACY_CHECK = 'ACCURACY_CHECK',
  CERTIFICATE_REPLACEMENT = 'CERTIFICATE_REPLACEMENT',
  LICENCE = 'LICENCE',
  LICENCE_RENEWAL = 'LICENCE_RENEWAL',
  FINE = 'FINE',
  OTHER = 'OTHER',
}

registerEnumType(ServiceType, {
  name: 'PaymentServiceType',
  description: 'Kind of weights-and-measures service a fee is charged for (ประเภทบริการ).',
  valuesConfig: {
    BUSINESS_MANUFACTURE: { description: 'Notification of a business manufacturing instruments (แจ้งประกอบธุรกิจผลิต).' },
    BUSINESS_IMPORT: { description: 'Notification of a business importing instruments (แจ้งประกอบธุรกิจนำเข้า).' },
    BUSINESS_SALE: { description: 'Notification of a business selling instruments (แจ้งประกอบธุรกิจขาย).' },
    BUSINESS_REPAIR: { description: 'Notification of a business repairing instruments or offering technician services (แจ้งประกอบธุรกิจซ่อม).' },
    VERIFICATION: { description: 'Verification and certification of an instrument (ตรวจสอบให้คำรับรอง).' },
    ACCURACY_CHECK: { description: 'Accuracy check of an instrument (ตรวจสอบความเที่ยง).' },
    CERTIFICATE_REPLACEMENT: { description: 'Replacement of a business certificate (ใบแทนหนังสือรับรอง).' },
    LICENCE: { description: 'A licence (ใบอนุญาต).' },
    LICENCE_RENEWAL: { description: 'Renewal of a licence (ต่ออายุใบอนุญาต).' },
    FINE: { description: 'A fine settled by comparison (ค่าปรับเปรียบเทียบปรับ), requested by the complaints domain.' },
    OTHER: { description: 'Any other fee.' },
  },
});
