import { describe, expect, it } from 'vitest';
import { duplicateScore, suggestOffenceBases, textSimilarity } from './triage.service.js';

describe('offence basis suggestion', () => {
  it('reads Thai without word breaks', () => {
    const [best] = suggestOffenceBases('ร้านขายหมูในตลาดใช้ตาชั่งที่ไม่มีเครื่องหมายคำรับรองและสติ๊กเกอร์หมดอายุแล้ว');
    expect(best.offenceBasisCode).toBe('UNVERIFIED_INSTRUMENT');
    expect(best.confidence).toBe(1);
    expect(best.matchedTerms).toEqual(expect.arrayContaining(['ไม่มีเครื่องหมายคำรับรอง', 'หมดอายุ']));
  });

  it('ranks several bases and uses the keywords', () => {
    const suggestions = suggestOffenceBases('ปั๊มน้ำมันจ่ายน้ำมันไม่เต็มลิตร', ['เอาเปรียบ']);
    expect(suggestions.map((s) => s.offenceBasisCode)).toEqual(['OUT_OF_TOLERANCE', 'FRAUDULENT_USE']);
    expect(suggestions[1].confidence).toBeLessThan(1);
  });

  it('suggests nothing for unrelated text', () => {
    expect(suggestOffenceBases('สอบถามเวลาทำการของสำนักงาน')).toEqual([]);
  });
});

describe('duplicates', () => {
  const base = {
    id: 'a', respondentOperatorId: 'op-1', respondentName: 'ร้านรุ่งเรืองพาณิชย์', placeName: 'ตลาดสดเทศบาล', provinceCode: '50',
    details: 'แม่ค้าหมูชั่งขาดทุกครั้ง ซื้อหนึ่งกิโลได้แปดขีด', receivedAt: new Date('2026-11-01T03:00:00Z'),
  };
  it('scores the same respondent, place and similar text high', () => {
    const twin = { ...base, id: 'b', details: 'แม่ค้าหมูชั่งขาด ซื้อหนึ่งกิโลได้แค่แปดขีด', receivedAt: new Date('2026-11-05T03:00:00Z') };
    expect(duplicateScore(base, twin)).toBeGreaterThanOrEqual(0.8);
    expect(textSimilarity(base.details, twin.details)).toBeGreaterThan(0.5);
  });
  it('ignores other provinces and old complaints', () => {
    expect(duplicateScore(base, { ...base, id: 'c', provinceCode: '10' })).toBe(0);
    expect(duplicateScore(base, { ...base, id: 'd', receivedAt: new Date('2026-08-01T03:00:00Z') })).toBe(0);
  });
});
