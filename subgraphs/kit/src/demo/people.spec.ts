import { describe, expect, it } from 'vitest';
import { Rng, stableUuid } from './rng.js';
import { businessName, isValidThaiId, personName, thaiId } from './people.js';

describe('demo people and ids', () => {
  it('makes the same names from the same seed', () => {
    const a = new Rng('seed-1');
    const b = new Rng('seed-1');
    expect(Array.from({ length: 5 }, () => personName(a).full)).toEqual(Array.from({ length: 5 }, () => personName(b).full));
    expect(businessName(new Rng('x'))).toBe(businessName(new Rng('x')));
  });

  it('makes Thai ids with a valid check digit', () => {
    const rng = new Rng('ids');
    for (let i = 0; i < 200; i++) expect(isValidThaiId(thaiId(rng))).toBe(true);
    expect(isValidThaiId('1234567890123')).toBe(false);
  });

  it('makes stable, well-formed UUIDs', () => {
    const id = stableUuid('s', 'operator', 7);
    expect(id).toBe(stableUuid('s', 'operator', 7));
    expect(id).not.toBe(stableUuid('s', 'operator', 8));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('spreads integers over the whole range', () => {
    const rng = new Rng('spread');
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(rng.int(1, 6));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
