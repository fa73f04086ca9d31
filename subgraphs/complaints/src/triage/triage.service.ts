/**
 * Suggests the offence basis (ฐานความผิด) of a complaint from its text, for an official to
 * confirm or correct (004 §4.5.1 (6)); and finds likely duplicates of open complaints.
 * Thai has no spaces between words, so matching is by substring and character trigrams.
 */

/** Terms that point to each offence basis, with a weight. */
export const BASIS_TERMS: Record<string, [string, number][]> = {
  UNVERIFIED_INSTRUMENT: [['ไม่มีเครื่องหมายคำรับรอง', 5], ['เครื่องหมายคำรับรอง', 3], ['คำรับรอง', 2], ['ไม่มีตรา', 3], ['สติกเกอร์', 2], ['สติ๊กเกอร์', 2], ['หมดอายุ', 4], ['ไม่ผ่านการตรวจ', 3], ['ไม่มีใบรับรอง', 4]],
  OUT_OF_TOLERANCE: [['ชั่งขาด', 4], ['น้ำหนักขาด', 4], ['ไม่ตรง', 2], ['คลาดเคลื่อน', 4], ['ไม่เต็มลิตร', 5], ['ไม่ครบลิตร', 5], ['ขาดลิตร', 5], ['มิเตอร์', 2], ['เกินจริง', 3], ['ไม่เที่ยง', 4]],
  TAMPERED_INSTRUMENT: [['ดัดแปลง', 5], ['แก้ไขเครื่อง', 4], ['ถ่วง', 3], ['ปรับตาชั่ง', 4], ['งัด', 2], ['ตราตะกั่ว', 3], ['ซีล', 2], ['โกงตาชั่ง', 4]],
  FRAUDULENT_USE: [['โกง', 3], ['เอาเปรียบ', 4], ['หักน้ำหนัก', 4], ['หักความชื้น', 4], ['กดราคา', 2], ['ตาชั่งโกง', 4], ['ทุจริต', 4]],
  PACKAGED_SHORT_QUANTITY: [['หีบห่อ', 3], ['ปริมาณไม่ครบ', 5], ['ไม่ครบตามฉลาก', 5], ['น้ำหนักสุทธิ', 3], ['ปริมาณสุทธิ', 3], ['ขาดน้ำหนัก', 3]],
  PACKAGED_LABELLING: [['ฉลาก', 3], ['ไม่ระบุปริมาณ', 5], ['ไม่แสดงปริมาณ', 5], ['ไม่มีหน่วย', 4]],
  UNLICENSED_BUSINESS: [['ไม่มีใบอนุญาต', 5], ['ซ่อมตาชั่ง', 3], ['ขายเครื่องชั่ง', 3], ['นำเข้า', 2], ['ผลิตเครื่องชั่ง', 3]],
  ILLEGAL_UNIT: [['หน่วยวัด', 2], ['ชั่งเป็นกระสอบ', 3], ['หน่วยโบราณ', 4], ['ชั่งเป็นถัง', 3], ['ตวงเป็นถัง', 3]],
  OBSTRUCTION: [['ขัดขวาง', 5], ['ไม่ให้ตรวจ', 5], ['ปฏิเสธการตรวจ', 5]],
};

export interface Suggestion {
  offenceBasisCode: string;
  /** 0..1, share of the best score. */
  confidence: number;
  matchedTerms: string[];
}

export function normalizeThai(text: string): string {
  return text.toLowerCase().replace(/[\s\u200b.,;:!?"'()\-]+/g, '');
}

/** Ranked offence-basis suggestions, best first; empty when nothing matches. */
export function suggestOffenceBases(text: string, keywords: string[] = [], limit = 3): Suggestion[] {
  const haystack = normalizeThai(`${text} ${keywords.join(' ')}`);
  const scored = Object.entries(BASIS_TERMS)
    .map(([code, terms]) => {
      const matched = terms.filter(([term]) => haystack.includes(normalizeThai(term)));
      return { code, score: matched.reduce((sum, [, w]) => sum + w, 0), matched: matched.map(([t]) => t) };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const best = scored[0]?.score ?? 1;
  return scored.slice(0, limit).map((s) => ({ offenceBasisCode: s.code, confidence: Math.round((s.score / best) * 100) / 100, matchedTerms: s.matched }));
}

function trigrams(text: string): Set<string> {
  const t = normalizeThai(text);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) grams.add(t.slice(i, i + 3));
  return grams;
}

/** Jaccard similarity of character trigrams, 0..1; works for Thai without word breaks. */
export function textSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface DuplicateCandidate {
  id: string;
  respondentOperatorId?: string | null;
  respondentName: string;
  placeName: string;
  provinceCode: string;
  details: string;
  receivedAt: Date;
}

export const DUPLICATE_WINDOW_DAYS = 30;
export const DUPLICATE_MIN_SCORE = 0.5;

/**
 * How likely `other` repeats `complaint`: same respondent (registered id or name) and place
 * weigh most, similar text adds, and only complaints within the window count.
 */
export function duplicateScore(complaint: DuplicateCandidate, other: DuplicateCandidate): number {
  if (complaint.id === other.id || complaint.provinceCode !== other.provinceCode) return 0;
  const days = Math.abs(complaint.receivedAt.getTime() - other.receivedAt.getTime()) / 86_400_000;
  if (days > DUPLICATE_WINDOW_DAYS) return 0;
  const sameRespondent =
    (!!complaint.respondentOperatorId && complaint.respondentOperatorId === other.respondentOperatorId) ||
    normalizeThai(complaint.respondentName) === normalizeThai(other.respondentName);
  const samePlace = normalizeThai(complaint.placeName) === normalizeThai(other.placeName);
  const text = textSimilarity(complaint.details, other.details);
  const score = (sameRespondent ? 0.4 : 0) + (samePlace ? 0.2 : 0) + 0.4 * text;
  return Math.round(score * 100) / 100;
}
