/**
 * What a Thai bank's channels scan from a pay-in (pure, unit-tested):
 * - the Thai QR Payment bill-payment code: EMVCo merchant-presented QR, tag 30 (AID A000000677010112,
 *   biller ID = tax ID + 2-digit suffix, ref1, ref2), currency 764, amount, country TH, CRC-16/CCITT-FALSE;
 * - the Bank of Thailand cross-bank bill-payment barcode (Code 128): `|` biller ID CR ref1 CR ref2 CR amount in satang.
 */

export const BILL_PAYMENT_AID = 'A000000677010112';

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR) as 4 upper-case hex digits. */
export function crc16ccitt(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** One EMVCo TLV field: 2-digit id, 2-digit length, value (at most 99 characters). */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`TLV id must be two digits, got ${id}`);
  if (value.length === 0 || value.length > 99) throw new RangeError(`TLV ${id} value must be 1 to 99 characters, got ${value.length}`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** Biller ID: the 13-digit tax ID and a 2-digit suffix the bank assigns to the service. */
export function billerId(taxId: string, suffix: string): string {
  if (!/^\d{13}$/.test(taxId)) throw new RangeError(`tax ID must be 13 digits, got ${taxId}`);
  if (!/^\d{2}$/.test(suffix)) throw new RangeError(`biller suffix must be 2 digits, got ${suffix}`);
  return taxId + suffix;
}

export interface BillPaymentData {
  /** 15 digits: tax ID + suffix. */
  billerId: string;
  ref1: string;
  ref2: string;
  amountSatang: number;
}

function checkData(data: BillPaymentData): void {
  if (!/^\d{15}$/.test(data.billerId)) throw new RangeError(`biller ID must be 15 digits, got ${data.billerId}`);
  for (const [name, ref] of [['ref1', data.ref1], ['ref2', data.ref2]] as const) {
    if (!/^[0-9A-Z]{1,20}$/.test(ref)) throw new RangeError(`${name} must be 1 to 20 digits or upper-case letters, got ${ref}`);
  }
  if (!Number.isSafeInteger(data.amountSatang) || data.amountSatang <= 0 || data.amountSatang > 999_999_999_999) {
    throw new RangeError(`amount must be 1 to 999,999,999,999 satang, got ${data.amountSatang}`);
  }
}

/** Integer satang as EMVCo amount text with two decimals, e.g. 50000 → "500.00". */
export function qrAmount(satang: number): string {
  return `${Math.floor(satang / 100)}.${String(satang % 100).padStart(2, '0')}`;
}

/** The Thai QR Payment bill-payment payload (dynamic: one bill, fixed amount). */
export function thaiQrBillPayment(data: BillPaymentData): string {
  checkData(data);
  const merchant = tlv('00', BILL_PAYMENT_AID) + tlv('01', data.billerId) + tlv('02', data.ref1) + tlv('03', data.ref2);
  const body = tlv('00', '01') + tlv('01', '12') + tlv('30', merchant) + tlv('53', '764') + tlv('54', qrAmount(data.amountSatang)) + tlv('58', 'TH') + '6304';
  return body + crc16ccitt(body);
}

/** True when the payload ends with a CRC field that matches the rest. */
export function hasValidCrc(payload: string): boolean {
  return /6304[0-9A-F]{4}$/.test(payload) && crc16ccitt(payload.slice(0, -4)) === payload.slice(-4);
}

/** Reads the top-level TLV fields of a payload (and the sub-fields of a template when asked). */
export function parseTlv(payload: string): Map<string, string> {
  const fields = new Map<string, string>();
  let i = 0;
  while (i < payload.length) {
    const id = payload.slice(i, i + 2);
    const length = Number(payload.slice(i + 2, i + 4));
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length)) throw new RangeError(`bad TLV at ${i}`);
    fields.set(id, payload.slice(i + 4, i + 4 + length));
    i += 4 + length;
  }
  return fields;
}

/** The cross-bank bill-payment barcode text: `|` biller ID, ref1, ref2, amount in satang, separated by CR. */
export function billPaymentBarcode(data: BillPaymentData): string {
  checkData(data);
  return `|${data.billerId}\r${data.ref1}\r${data.ref2}\r${data.amountSatang}`;
}
