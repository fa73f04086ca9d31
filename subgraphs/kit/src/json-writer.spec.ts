import { describe, expect, it } from 'vitest';
import { JsonWriter } from './json-writer.js';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = ['', 'plain', 'ชั่งตวงวัด กรุงเทพมหานคร', 'quote " and \\ backslash', 'tab\tnew\nline\u0000nul', 'emoji 😀 pair', 'lone \ud800 high', 'lone \udc00 low', '\u2028\u2029', 'é ü ñ', '</script>', 'ends high \ud83d', '\ud83d\ud83d two highs', '\udc00\ud800 low then high', '\u007f\u0080\u07ff\u0800\uffff edges', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('')];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 4 ? 6 : 9));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return STRINGS[Math.floor(next() * STRINGS.length)];
    case 2:
      return [0, -0, 1, -1.5, 1e21, 1e-7, 123456789.125, NaN, Infinity, -Infinity][Math.floor(next() * 10)];
    case 3:
      return next() < 0.5;
    case 4:
      return undefined;
    case 5:
      return STRINGS[Math.floor(next() * STRINGS.length)].repeat(1 + Math.floor(next() * 50));
    case 6:
      return Array.from({ length: Math.floor(next() * 6) }, () => value(next, depth + 1));
    case 7: {
      const object: Record<string, unknown> = next() < 0.2 ? Object.create(null) : {};
      for (let i = Math.floor(next() * 6); i > 0; i--) object[next() < 0.8 ? `field${Math.floor(next() * 8)}` : STRINGS[Math.floor(next() * STRINGS.length)]] = value(next, depth + 1);
      return object;
    }
    default:
      return { when: new Date(Date.UTC(2026, 10, 23)), withToJSON: { toJSON: () => 'custom' }, fn: () => 1, [Symbol('s')]: 1, 2: 'integer key', a: 'after' };
  }
}

describe('JsonWriter', () => {
  it('writes exactly the bytes of Buffer.from(JSON.stringify(value)) for random JSON data', () => {
    const next = random(20261123);
    for (let i = 0; i < 3000; i++) {
      const v = value(next, 0);
      const expected = JSON.stringify(v);
      const written = JsonWriter.bytes(v);
      if (expected === undefined) expect(written.length).toBe(0);
      else expect(written.equals(Buffer.from(expected)), `value ${i}: ${expected.slice(0, 200)}`).toBe(true);
    }
  });

  it('grows past its initial buffer and appends the suffix', () => {
    const big = { data: { rows: Array.from({ length: 5000 }, (_, i) => ({ id: i, name: `ผู้ประกอบการ ${i}`, note: i % 7 === 0 ? 'a "quoted" note' : null })) } };
    const writer = new JsonWriter(16);
    writer.value(big);
    writer.ascii('\n');
    expect(writer.take().equals(Buffer.from(JSON.stringify(big) + '\n'))).toBe(true);
    expect(JsonWriter.bytes({ a: 1 }, '\n').toString()).toBe('{"a":1}\n');
  });

  it('throws on a bigint as JSON.stringify does', () => {
    expect(() => JsonWriter.bytes({ n: 1n })).toThrow(TypeError);
    // and the next answer is whole
    expect(JsonWriter.bytes({ after: 'ok' }).toString()).toBe('{"after":"ok"}');
  });

  it('gives every answer bytes of its own, small and large, though it reuses its buffer between calls', () => {
    const small = (i: number) => ({ data: { _entities: [{ code: String(i), nameTh: `จังหวัด ${i}` }] } });
    const large = (i: number) => ({ data: { rows: Array.from({ length: 2000 }, (_, r) => ({ id: `${i}-${r}`, name: `ผู้ประกอบการ ${r}` })) } });
    const answers = [small(1), large(2), small(3), small(4), large(5), small(6)];
    const bytes = answers.map((a) => JsonWriter.bytes(a, '\n'));
    bytes.forEach((b, i) => expect(b.toString()).toBe(JSON.stringify(answers[i]) + '\n'));
    expect(bytes[0].length).toBe(Buffer.byteLength(JSON.stringify(answers[0]) + '\n'));
  });

  it('writes an answer whose toJSON asks for another answer', () => {
    const inner = { toJSON: () => JSON.parse(JsonWriter.bytes({ inner: 'ชั้นใน' }).toString()) };
    expect(JsonWriter.bytes({ outer: [inner, 'ชั้นนอก'] }).toString()).toBe(JSON.stringify({ outer: [{ inner: 'ชั้นใน' }, 'ชั้นนอก'] }));
  });
});
