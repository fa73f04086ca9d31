import { describe, expect, it } from 'vitest';
import { rollupPeriod, thaiMidnightDay } from './rollup.js';

const thai = (day: string) => new Date(`${day}T00:00:00+07:00`);

describe('rollup periods', () => {
  it('knows a Thai midnight', () => {
    expect(thaiMidnightDay(new Date('2026-02-28T17:00:00Z'))).toBe('2026-03-01');
    expect(thaiMidnightDay(new Date('2026-03-01T00:00:00Z'))).toBeNull();
  });

  it('takes whole months from month rows and the ragged ends from day rows', () => {
    const p = rollupPeriod(thai('2026-01-15'), thai('2026-04-10'), 'r')!;
    expect(p.sql).toBe(`((r.grain = 'M' and r.bucket >= ? and r.bucket < ?) or (r.grain = 'D' and r.bucket >= ? and r.bucket < ?) or (r.grain = 'D' and r.bucket >= ? and r.bucket < ?))`);
    expect(p.bindings).toEqual(['2026-02-01', '2026-04-01', '2026-01-15', '2026-02-01', '2026-04-01', '2026-04-10']);
    expect(rollupPeriod(thai('2026-01-01'), thai('2026-03-01'), 'r')!.bindings).toEqual(['2026-01-01', '2026-03-01']);
    expect(rollupPeriod(thai('2026-01-05'), thai('2026-01-20'), 'r')!).toEqual({ sql: `((r.grain = 'D' and r.bucket >= ? and r.bucket < ?))`, bindings: ['2026-01-05', '2026-01-20'] });
  });

  it('handles open ends, and refuses what the rollup cannot answer', () => {
    expect(rollupPeriod(undefined, undefined, 'r')).toEqual({ sql: `((r.grain = 'M'))`, bindings: [] });
    expect(rollupPeriod(undefined, thai('2026-01-20'), 'r')!.bindings).toEqual(['2026-01-01', '2026-01-01', '2026-01-20']);
    expect(rollupPeriod(thai('2026-01-20'), undefined, 'r')!.bindings).toEqual(['2026-02-01', '2026-01-20', '2026-02-01']);
    expect(rollupPeriod(new Date('2026-01-20T10:00:00Z'), undefined, 'r')).toBeNull();
    expect(rollupPeriod(thai('2026-01-20'), undefined, 'r', false)).toBeNull();
    expect(rollupPeriod(thai('2026-01-01'), thai('2027-01-01'), 'r', false)).not.toBeNull();
  });
});
