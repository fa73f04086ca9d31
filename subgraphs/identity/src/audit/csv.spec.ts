import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('CSV export', () => {
  it('quotes commas, quotes and newlines, keeps Thai, neutralises formulas', () => {
    const csv = toCsv(['a', 'b'], [['สมชาย, ใจดี', 'say "hi"'], ['=HYPERLINK("x")', -5], [new Date('2026-11-23T00:00:00Z'), null]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['a,b', '"สมชาย, ใจดี","say ""hi"""', `"'=HYPERLINK(""x"")",-5`, '2026-11-23T00:00:00.000Z,', '']);
  });
});
