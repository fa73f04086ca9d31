import { describe, expect, it } from 'vitest';
import { rollupPeriod, rollupRows, thaiMidnightDay } from './rollup.js';

const thai = (day: string) => new Date(`${day}T00:00:00+07:00`);
const bindings = (from?: Date, to?: Date) => rollupPeriod(from, to, 'r')!.flatMap((p) => p.bindings);

describe('rollup periods', () => {
  it('knows a Thai midnight', () => {
    expect(thaiMidnightDay(new Date('2026-02-28T17:00:00Z'))).toBe('2026-03-01');
    expect(thaiMidnightDay(new Date('2026-03-01T00:00:00Z'))).toBeNull();
  });

  it('takes whole months from month rows and the ragged ends from day rows', () => {
    expect(rollupPeriod(thai('2026-01-15'), thai('2026-04-10'), 'r')).toEqual([
      { sql: `r.grain = 'M' and r.bucket >= ? and r.bucket < ?`, bindings: ['2026-02-01', '2026-04-01'] },
      { sql: `r.grain = 'D' and r.bucket >= ? and r.bucket < ?`, bindings: ['2026-01-15', '2026-02-01'] },
      { sql: `r.grain = 'D' and r.bucket >= ? and r.bucket < ?`, bindings: ['2026-04-01', '2026-04-10'] },
    ]);
    expect(bindings(thai('2026-01-01'), thai('2026-03-01'))).toEqual(['2026-01-01', '2026-03-01']);
    expect(rollupPeriod(thai('2026-01-05'), thai('2026-01-20'), 'r')).toEqual([{ sql: `r.grain = 'D' and r.bucket >= ? and r.bucket < ?`, bindings: ['2026-01-05', '2026-01-20'] }]);
  });

  it('handles open ends, and refuses what the rollup cannot answer', () => {
    expect(rollupPeriod(undefined, undefined, 'r')).toEqual([{ sql: `r.grain = 'M'`, bindings: [] }]);
    expect(bindings(undefined, thai('2026-01-20'))).toEqual(['2026-01-01', '2026-01-01', '2026-01-20']);
    expect(bindings(thai('2026-01-20'), undefined)).toEqual(['2026-02-01', '2026-01-20', '2026-02-01']);
    expect(rollupPeriod(new Date('2026-01-20T10:00:00Z'), undefined, 'r')).toBeNull();
  });

  it('reads each range with its own scan', () => {
    const rows = rollupRows('t', 'r', rollupPeriod(thai('2026-01-15'), thai('2026-03-01'), 'r')!, { sql: 'r.x in (?)', bindings: ['a'] });
    expect(rows.sql).toBe(`(select * from t r where r.grain = 'M' and r.bucket >= ? and r.bucket < ? and r.x in (?) union all select * from t r where r.grain = 'D' and r.bucket >= ? and r.bucket < ? and r.x in (?)) r`);
    expect(rows.bindings).toEqual(['2026-02-01', '2026-03-01', 'a', '2026-01-15', '2026-02-01', 'a']);
  });
});
