import { describe, expect, it } from 'vitest';
import { billPaymentBarcode, billerId, crc16ccitt, hasValidCrc, parseTlv, qrAmount, thaiQrBillPayment, tlv } from './bill-payment.js';

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the catalogue check value for "123456789"', () => {
    expect(crc16ccitt('123456789')).toBe('29B1');
  });
  it('matches Thai QR bill-payment codes published by banks and libraries', () => {
    // Krungthai shop bill payment; a biller with a 19-digit id; a bill payment with ref2.
    for (const payload of [
      '00020101021130730016A0000006770101120115010753700088205021916151060181105030020307PIRASIT53037645802TH620807040000630443A3',
      '00020101021130590016A000000677010112011901150105523009350080204ref10304ref253037645802TH63044DAE',
      '00020101021130510016A000000677010112011501055230093500202085555890053037645802TH6304A648',
    ]) {
      expect(hasValidCrc(payload)).toBe(true);
    }
    expect(hasValidCrc('00020101021130510016A000000677010112011501055230093500202085555890053037645802TH6304A649')).toBe(false);
  });
});

describe('Thai QR bill payment', () => {
  const data = { billerId: billerId('0994000165501', '01'), ref1: '256900000012345', ref2: 'C120261130', amountSatang: 123_450 };
  it('carries tag 30 with AID, biller ID, ref1 and ref2, the amount in baht and a valid CRC', () => {
    const payload = thaiQrBillPayment(data);
    expect(hasValidCrc(payload)).toBe(true);
    const top = parseTlv(payload);
    expect(top.get('00')).toBe('01');
    expect(top.get('01')).toBe('12');
    expect(top.get('53')).toBe('764');
    expect(top.get('54')).toBe('1234.50');
    expect(top.get('58')).toBe('TH');
    const tag30 = parseTlv(top.get('30')!);
    expect(Object.fromEntries(tag30)).toEqual({ '00': 'A000000677010112', '01': '099400016550101', '02': '256900000012345', '03': 'C120261130' });
  });
  it('refuses what a bank would refuse', () => {
    expect(() => thaiQrBillPayment({ ...data, amountSatang: 0 })).toThrow(RangeError);
    expect(() => thaiQrBillPayment({ ...data, amountSatang: 10.5 })).toThrow(RangeError);
    expect(() => thaiQrBillPayment({ ...data, ref1: 'a'.repeat(21) })).toThrow(RangeError);
    expect(() => billerId('123', '01')).toThrow(RangeError);
    expect(() => tlv('1', 'x')).toThrow(RangeError);
  });
  it('writes amounts with two decimals from integer satang', () => {
    expect(qrAmount(5)).toBe('0.05');
    expect(qrAmount(100)).toBe('1.00');
    expect(qrAmount(123_456_789)).toBe('1234567.89');
  });
});

describe('bill-payment barcode', () => {
  it('is | biller ID, ref1, ref2 and satang separated by carriage returns', () => {
    expect(billPaymentBarcode({ billerId: '099400016550101', ref1: '256900000012345', ref2: 'C120261130', amountSatang: 123_450 })).toBe(
      '|099400016550101\r256900000012345\rC120261130\r123450',
    );
  });
});
