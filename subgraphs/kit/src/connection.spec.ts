import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, SortDirection, decodeCursor, encodeCursor, keysetFilter, pageWindow } from './connection.js';
import { allOf, likePattern, searchCondition, sortKeys } from './ordering.js';

describe('page window', () => {
  it('defaults to the first page of 20', () => {
    expect(pageWindow({})).toEqual({ size: DEFAULT_PAGE_SIZE, forward: true, cursor: null });
  });

  it('names the argument at fault', () => {
    expect(() => pageWindow({ first: 101 })).toThrow(/^first: /);
    expect(() => pageWindow({ last: -1 })).toThrow(/^last: /);
    expect(() => pageWindow({ first: 1, last: 1 })).toThrow(/^last: use either/);
    expect(() => pageWindow({ after: encodeCursor([1]), before: encodeCursor([1]) })).toThrow(/^before: /);
    expect(() => pageWindow({ after: 'garbage!' })).toThrow(/^after: is not a cursor/);
  });

  it('pages backwards with last/before', () => {
    const cursor = encodeCursor(['x']);
    expect(pageWindow({ last: 5, before: cursor })).toEqual({ size: 5, forward: false, cursor: ['x'] });
  });
});

describe('cursors', () => {
  it('round-trip strings, numbers and dates', () => {
    const at = new Date('2026-11-23T01:02:03.004Z');
    expect(decodeCursor(encodeCursor(['ก', 3, at, 'id-1']), 'after')).toEqual(['ก', 3, at, 'id-1']);
  });
});

describe('keyset filter', () => {
  const sort = [
    { field: 'receivedAt', direction: SortDirection.DESC },
    { field: 'id', direction: SortDirection.ASC },
  ];

  it('continues after the cursor in the sort order', () => {
    expect(keysetFilter(sort, ['T', 'A'], true)).toEqual({
      $or: [{ receivedAt: { $lt: 'T' } }, { receivedAt: 'T', id: { $gt: 'A' } }],
    });
  });

  it('reverses every comparison when paging backwards', () => {
    expect(keysetFilter(sort, ['T', 'A'], false)).toEqual({
      $or: [{ receivedAt: { $gt: 'T' } }, { receivedAt: 'T', id: { $lt: 'A' } }],
    });
  });

  it('refuses a cursor made for another order', () => {
    expect(() => keysetFilter(sort, ['T'], true)).toThrow(/^after: does not match/);
  });
});

describe('search and ordering helpers', () => {
  it('escapes LIKE wildcards and keeps Thai text as typed', () => {
    expect(likePattern(' ตาชั่ง ')).toBe('%ตาชั่ง%');
    expect(likePattern('100%_x')).toBe('%100\\%\\_x%');
  });

  it('builds OR over fields, nothing for a blank search', () => {
    expect(searchCondition(['a', 'b'], 'x')).toEqual({ $or: [{ a: { $ilike: '%x%' } }, { b: { $ilike: '%x%' } }] });
    expect(searchCondition(['a'], '   ')).toBeNull();
  });

  it('joins conditions with AND, dropping empty ones', () => {
    expect(allOf(null, {}, { a: 1 }, undefined, false)).toEqual({ $and: [{ a: 1 }] });
    expect(allOf()).toEqual({});
  });

  it('falls back to the default order', () => {
    const fallback = [{ field: 'nameTh', direction: SortDirection.ASC }];
    expect(sortKeys(undefined, fallback)).toBe(fallback);
    expect(sortKeys([{ field: 'code', direction: SortDirection.DESC }], fallback)).toEqual([{ field: 'code', direction: SortDirection.DESC }]);
  });
});
