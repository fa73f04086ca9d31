/** Thai wording on documents (pure, unit-tested): dates in the Buddhist era and amounts in words. */

const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

/** A YYYY-MM-DD calendar day as Thai text with the Buddhist-era year, e.g. 2026-11-30 → 30 พฤศจิกายน 2569. */
export function thaiLongDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${Number(match[1]) + 543}`;
}

const DIGITS = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACES = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];

function belowMillion(n: number, hasHigher: boolean): string {
  const digits = String(n).split('').map(Number);
  let text = '';
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) return;
    if (place === 1 && d === 1) text += 'สิบ';
    else if (place === 1 && d === 2) text += 'ยี่สิบ';
    else if (place === 0 && d === 1 && (digits.length > 1 || hasHigher)) text += 'เอ็ด';
    else text += DIGITS[d] + PLACES[place];
  });
  return text;
}

/** A whole number in Thai words (ล้าน repeats for each six digits). */
export function thaiNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`needs a non-negative safe integer, got ${n}`);
  if (n === 0) return 'ศูนย์';
  const millions = Math.floor(n / 1_000_000);
  const rest = n % 1_000_000;
  return (millions > 0 ? thaiNumber(millions) + 'ล้าน' : '') + (rest > 0 ? belowMillion(rest, millions > 0) : '');
}

/** Integer satang as the amount in words printed on Thai receipts, e.g. 123450 → หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์. */
export function thaiBahtText(satang: number): string {
  if (!Number.isSafeInteger(satang) || satang < 0) throw new RangeError(`needs non-negative whole satang, got ${satang}`);
  const baht = Math.floor(satang / 100);
  const st = satang % 100;
  if (st === 0) return `${thaiNumber(baht)}บาทถ้วน`;
  return `${baht > 0 ? thaiNumber(baht) + 'บาท' : ''}${thaiNumber(st)}สตางค์`;
}
