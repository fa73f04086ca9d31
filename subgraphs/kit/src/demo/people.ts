import type { Rng } from './rng.js';
import {
  BUSINESS_FORMS, BUSINESS_WORDS, FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, ROAD_NAMES, SURNAMES, TITLES_FEMALE, TITLES_MALE,
} from './thai-vocabulary.js';

export interface PersonName {
  title: string;
  first: string;
  last: string;
  /** e.g. นางสาวสุดา ใจดี */
  full: string;
}

export function personName(rng: Rng): PersonName {
  const female = rng.chance(0.5);
  const title = rng.pick(female ? TITLES_FEMALE : TITLES_MALE);
  const first = rng.pick(female ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE);
  const last = rng.pick(SURNAMES);
  return { title, first, last, full: `${title}${first} ${last}` };
}

export function businessName(rng: Rng): string {
  const form = rng.pick(BUSINESS_FORMS);
  const word = rng.chance(0.35) ? `${rng.pick(BUSINESS_WORDS)}${rng.pick(BUSINESS_WORDS)}` : rng.pick(BUSINESS_WORDS);
  return [form.prefix, word, form.suffix].filter((s) => s && s.trim() !== '').join(' ').replace(/\s+/g, ' ').trim();
}

/** A Thai mobile number, e.g. 081-234-5678. */
export function mobilePhone(rng: Rng): string {
  return `0${rng.pick(['6', '8', '9'])}${rng.digits(1)}-${rng.digits(3)}-${rng.digits(4)}`;
}

/** A 13-digit Thai id (citizen or juristic) with a valid check digit. */
export function thaiId(rng: Rng, firstDigit?: number): string {
  const digits = [firstDigit ?? rng.int(1, 8), ...Array.from({ length: 11 }, () => rng.int(0, 9))];
  const sum = digits.reduce((acc, d, i) => acc + d * (13 - i), 0);
  const check = (11 - (sum % 11)) % 10;
  return digits.join('') + String(check);
}

export function isValidThaiId(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  const digits = [...id].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, d, i) => acc + d * (13 - i), 0);
  return (11 - (sum % 11)) % 10 === digits[12];
}

/** A street address in a province, e.g. 123/4 ถนนมิตรภาพ อำเภอเมือง จังหวัดขอนแก่น. */
export function streetAddress(rng: Rng, provinceNameTh: string): string {
  const number = rng.chance(0.3) ? `${rng.int(1, 999)}/${rng.int(1, 99)}` : String(rng.int(1, 999));
  const town = provinceNameTh === 'กรุงเทพมหานคร' ? `เขต${rng.pick(['บางรัก', 'จตุจักร', 'บางกะปิ', 'ห้วยขวาง', 'บางเขน', 'ลาดพร้าว', 'บางนา', 'สาทร'])}` : `อำเภอเมือง${provinceNameTh}`;
  const province = provinceNameTh === 'กรุงเทพมหานคร' ? provinceNameTh : `จังหวัด${provinceNameTh}`;
  return `${number} ถนน${rng.pick(ROAD_NAMES)} ${town} ${province}`;
}
