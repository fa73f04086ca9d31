import { describe, expect, it } from 'vitest';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { compileShaper } from './shape.js';

const schema = buildSchema(`
  scalar JSON
  enum Colour { RED GREEN }
  type Thing { id: ID i: Int f: Float b: Boolean s: String c: Colour j: JSON n: Int! }
  type Query { things: [Thing] }
`);

function shape(query: string, input: Record<string, unknown>) {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return compileShaper(schema, operation, new Map()).shape(input, {});
}

describe('response shaping: leaf values (federation-internals isValidLeafValue)', () => {
  it('keeps valid values and nulls invalid ones with an error each', () => {
    const things = [
      { id: 'a', i: 5, f: 1.5, b: true, s: 'x', c: 'RED', j: { any: ['thing'] }, n: 1 },
      // ID as a whole number, Int at the edge of what prints without an exponent, Float given an integer
      { id: 7, i: 1e20, f: 2, b: false, s: '', c: 'GREEN', j: 3, n: -0 },
      // wrong kinds: string for Int, fraction for Int, number for Boolean, number for String, unknown enum, string for Float
      { id: 1.5, i: '5', f: '1.5', b: 1, s: 2, c: 'BLUE', j: null, n: 2 },
      { id: true, i: 1.5, f: null, b: 'true', s: false, c: 1, n: 1e21 },
    ];
    const { data, errors } = shape(`{ things { id i f b s c j n } }`, { things });
    expect(data).toEqual({
      things: [
        { id: 'a', i: 5, f: 1.5, b: true, s: 'x', c: 'RED', j: { any: ['thing'] }, n: 1 },
        { id: 7, i: 1e20, f: 2, b: false, s: '', c: 'GREEN', j: 3, n: -0 },
        { id: null, i: null, f: null, b: null, s: null, c: null, j: null, n: 2 },
        null,
      ],
    });
    expect(errors.map((e) => `${e.path?.join('.')}: ${e.message}`)).toEqual([
      'things.2.id: Invalid value found for field Thing.id.',
      'things.2.i: Invalid value found for field Thing.i.',
      'things.2.f: Invalid value found for field Thing.f.',
      'things.2.b: Invalid value found for field Thing.b.',
      'things.2.s: Invalid value found for field Thing.s.',
      'things.2.c: Invalid value found for field Thing.c.',
      'things.3.id: Invalid value found for field Thing.id.',
      'things.3.i: Invalid value found for field Thing.i.',
      'things.3.b: Invalid value found for field Thing.b.',
      'things.3.s: Invalid value found for field Thing.s.',
      'things.3.c: Invalid value found for field Thing.c.',
      'things.3.n: Invalid value found for field Thing.n.',
    ]);
  });

  it('gives plain objects whose own properties are exactly the selection, even for names Object.prototype has', () => {
    const { data } = shape(`{ things { toString: s constructor: i valueOf: id } }`, { things: [{ toString: 'a', constructor: 1, valueOf: 'v' }, { toString: null, constructor: null }] });
    expect(JSON.stringify(data)).toBe('{"things":[{"toString":"a","constructor":1,"valueOf":"v"},{"toString":null,"constructor":null,"valueOf":null}]}');
  });
});
