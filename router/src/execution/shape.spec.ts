import { describe, expect, it } from 'vitest';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { JsonWriter } from '@metrograph/kit';
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

describe('response shaping written straight to JSON (Shaper.write)', () => {
  const nested = buildSchema(`
    enum Colour { RED GREEN }
    type Place { code: ID! name: String colour: Colour }
    type Thing { id: ID! name: String place: Place spots: [Place!] tags: [String] n: Int! }
    interface Named { name: String }
    type Query { things: [Thing!] thing: Thing named: [Named] }
  `);
  const compile = (query: string) => {
    const document = parse(query);
    const fragments = new Map(document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => [(d as { name: { value: string } }).name.value, d as never]));
    return compileShaper(nested, document.definitions[0] as OperationDefinitionNode, fragments);
  };
  /** What write gives, or null when it gave up. */
  const written = (query: string, input: Record<string, unknown>) => JsonWriter.write((writer) => compile(query).write!(input, writer))?.toString('utf8') ?? null;
  const shaped = (query: string, input: Record<string, unknown>) => compile(query).shape(input, {});

  const QUERY = `{ things { __typename t: __typename id ...F place { code } place { name colour } spots { code } tags n } thing { id } }
    fragment F on Thing { name id place { name } }`;
  const good = {
    things: [
      { __typename: 'Thing', id: 'a', name: 'ตาชั่ง "หนึ่ง"', place: { code: '10', name: 'กรุงเทพ', colour: 'RED' }, spots: [{ code: 1 }, { code: '2' }], tags: ['x', null], n: 1 },
      { id: 'b', name: null, place: null, spots: null, tags: [], n: -0 },
    ],
    thing: null,
  };

  it('writes exactly the JSON of what shape gives: fields in shape\'s order, fragments and repeated fields merged', () => {
    const result = shaped(QUERY, good);
    expect(result.errors).toEqual([]);
    expect(written(QUERY, good)).toBe(JsonWriter.bytes(result.data).toString('utf8'));
    expect(Object.keys(result.data!.things[0])).toEqual(['__typename', 't', 'id', 'name', 'place', 'spots', 'tags', 'n']);
  });

  it('gives up wherever shape would null something or report an error', () => {
    const cases: Record<string, unknown>[] = [
      // a null for a non-null field, in an object and in a list
      { things: [{ ...good.things[0], n: null }] },
      { things: [null] },
      { things: [{ ...good.things[0], spots: [null] }] },
      // invalid leaves: a string for an Int, an unknown enum value
      { things: [{ ...good.things[0], n: '1' }] },
      { things: [{ ...good.things[0], place: { code: '1', colour: 'BLUE' } }] },
      // values of the wrong kind
      { things: { id: 'a' } },
      { things: [{ ...good.things[0], place: 'x' }] },
    ];
    for (const input of cases) {
      // shape reports errors, nulls the answer, or throws (a value of the wrong kind: the executor reports it)
      let reported: boolean;
      try {
        const result = shaped(QUERY, input);
        reported = result.errors.length > 0 || result.data === null;
      } catch {
        reported = true;
      }
      expect(reported, JSON.stringify(input)).toBe(true);
      expect(written(QUERY, input), JSON.stringify(input)).toBeNull();
    }
    // an object whose __typename is not its field's type: shape reads it as that type; write leaves it to shape
    expect(written(QUERY, { things: [{ ...good.things[0], __typename: 'Place' }] })).toBeNull();
  });

  it('is not offered for operations with @skip/@include or abstract types', () => {
    expect(compile('query Q($c: Boolean!) { things { id @include(if: $c) } }').write).toBeUndefined();
    expect(compile('{ named { name } }').write).toBeUndefined();
    expect(compile('{ things { id } }').write).toBeDefined();
  });
});
