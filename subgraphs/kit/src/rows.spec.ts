import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Collection, Entity, Enum, ManyToOne, MikroORM, OneToMany, PrimaryKey, Property, wrap } from '@mikro-orm/postgresql';
import { readRows } from './rows.js';
import { firstChildrenPerParent } from './per-parent.js';
import { SortDirection, encodeCursor, paginate } from './connection.js';
import { connectionNodeProperties, selectsField } from './selection.js';
import { buildSchema, graphql, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';

enum Colour {
  RED = 'RED',
  GREEN = 'GREEN',
}

@Entity({ tableName: 'owner' })
class Owner {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  // a collection: rows of Owner cannot be plain objects, readRows falls back to em.map
  @OneToMany(() => Thing, (thing) => thing.owner)
  things = new Collection<Thing>(this);
}

@Entity({ tableName: 'thing' })
class Thing {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 20 })
  label!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'double' })
  weight!: number;

  @Property({ type: 'bigint' })
  big!: string;

  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'boolean' })
  active!: boolean;

  @Property({ type: 'date', nullable: true })
  due?: string | null;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'array', columnType: 'text[]', default: '{}' })
  tags!: string[];

  @Property({ type: 'json', nullable: true })
  extra?: Record<string, unknown> | null;

  @Enum({ items: () => Colour, nativeEnumName: 'colour' })
  colour!: Colour;

  @ManyToOne(() => Owner, { fieldName: 'owner_id', inversedBy: 'things' })
  owner!: Owner;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

const SERVER = process.env.TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const DB = `metrograph_test_rows_${process.pid}`;
const admin = () => new pg.Client({ connectionString: SERVER });
let orm: MikroORM;

beforeAll(async () => {
  const client = admin();
  await client.connect();
  await client.query(`create database ${DB}`);
  await client.end();
  orm = await MikroORM.init({ clientUrl: SERVER.replace(/\/[^/]*$/, `/${DB}`), entities: [Owner, Thing], forceUtcTimezone: true, allowGlobalContext: false });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  const owners = ['a', 'b'].map((name, i) => em.create(Owner, { id: `00000000-0000-4000-8000-00000000000${i}`, name }));
  for (let i = 0; i < 7; i++) {
    em.create(Thing, {
      id: `10000000-0000-4000-8000-00000000000${i}`,
      label: `ป้าย ${i}`,
      note: i % 2 ? null : `note ${i}`,
      weight: i + 0.25,
      big: String(9_007_199_254_740_993n + BigInt(i)),
      count: i * 3,
      active: i % 3 === 0,
      due: i % 2 ? null : `2027-0${i + 1}-1${i}`,
      at: new Date(Date.UTC(2026, 10, 23, i, 30, 15, 123)),
      closedAt: i % 2 ? new Date(Date.UTC(2026, 11, 1, 0, 0, i)) : null,
      tags: i % 2 ? [] : ['x', `ก${i}`, 'with,comma'],
      extra: i % 2 ? null : { i, nested: { ok: true } },
      colour: i % 2 ? Colour.RED : Colour.GREEN,
      owner: owners[i % 2],
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    });
  }
  await em.flush();
});

afterAll(async () => {
  await orm?.close(true);
  const client = admin();
  await client.connect();
  await client.query(`drop database if exists ${DB} with (force)`);
  await client.end();
});

/** Every property as a plain value, so objects of both kinds compare by content. */
function snapshot(thing: Thing): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const prop of orm.getMetadata().get('Thing').props) {
    const value = (thing as unknown as Record<string, unknown>)[prop.name];
    out[prop.name] = prop.name === 'owner' ? { id: (value as Owner).id, isOwner: value instanceof Owner } : value;
  }
  return out;
}

/** Runs `run` with a count of the statements the EntityManager's ORM sends meanwhile. */
async function countingStatements(em: EntityManager, run: (statements: () => number) => Promise<void>): Promise<void> {
  let statements = 0;
  const knex = em.getKnex();
  const count = () => statements++;
  knex.on('query', count);
  try {
    await run(() => statements);
  } finally {
    knex.off('query', count);
  }
}

/** A schema of a connection of things, for tests of what a selection asks (a node field named like the connection's totalCount too). */
function thingsSchema(): GraphQLSchema {
  return buildSchema(`
    type Query { things: ThingConnection }
    type ThingConnection { edges: [ThingEdge!]! totalCount: Int! }
    type ThingEdge { node: Thing! cursor: String! }
    type Thing { id: ID! label: String! note: String weight: Float! badge: String! heavy: String! totalCount: Int }
  `);
}

/** Runs `query` over `schema`, handing the resolve info of its `things` field (an empty connection) to `use`. */
async function withThingsInfo(schema: GraphQLSchema, query: string, use: (info: GraphQLResolveInfo) => void): Promise<void> {
  const things = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    use(info);
    return { edges: [], totalCount: 0 };
  };
  const result = await graphql({ schema, source: query, rootValue: { things } });
  expect(result.errors).toBeUndefined();
}

describe('read-only rows', () => {
  it('hold the same values as MikroORM entities of the same rows, with the entity class and key-only references', async () => {
    const rows: Record<string, unknown>[] = await orm.em.getConnection().execute('select * from thing order by id');
    const plain = readRows(orm.em.fork(), Thing, rows.map((r) => ({ ...r })));
    const managed = rows.map((row) => orm.em.fork().map(Thing, { ...row }) as Thing);
    expect(plain).toHaveLength(7);
    for (let i = 0; i < rows.length; i++) {
      expect(plain[i]).toBeInstanceOf(Thing);
      expect(snapshot(plain[i])).toEqual(snapshot(managed[i]));
    }
    expect(plain[0].at).toEqual(new Date(Date.UTC(2026, 10, 23, 0, 30, 15, 123)));
    expect(plain[0].weight).toBe(0.25);
    expect(plain[0].tags).toEqual(['x', 'ก0', 'with,comma']);
    expect(plain[1].note).toBeNull();
    expect(plain[0].owner.id).toBe('00000000-0000-4000-8000-000000000000');
    // plain data properties, not MikroORM's change-tracking accessors
    expect(Object.getOwnPropertyDescriptor(plain[0], 'label')).toMatchObject({ value: 'ป้าย 0', writable: true });
    expect(Object.keys(plain[0])).toContain('label');
    // no identity map: nothing is managed, so nothing could be flushed by mistake
    const em = orm.em.fork();
    readRows(em, Thing, rows);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it('of an entity with a collection are managed entities (em.map), as a collection needs its EntityManager', async () => {
    const em = orm.em.fork();
    const rows: Record<string, unknown>[] = await em.getConnection().execute('select * from owner order by id');
    const owners = readRows(em, Owner, rows);
    expect(owners.map((o) => o.name)).toEqual(['a', 'b']);
    expect(owners[0].things).toBeInstanceOf(Collection);
    expect(wrap(owners[0]).isManaged()).toBe(true);
  });

  it('give each parent its first children and its total in one statement', async () => {
    const em = orm.em.fork();
    await countingStatements(em, async (statements) => {
      const pages = await firstChildrenPerParent(em, Thing, 'owner', ['00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000009'], {}, [{ field: 'label', direction: SortDirection.DESC }], 2);
      expect(statements()).toBe(1);
      expect(pages.get('00000000-0000-4000-8000-000000000000')).toMatchObject({ total: 4, rows: [{ label: 'ป้าย 6' }, { label: 'ป้าย 4' }] });
      expect(pages.get('00000000-0000-4000-8000-000000000001')).toMatchObject({ total: 3, rows: [{ label: 'ป้าย 5' }, { label: 'ป้าย 3' }] });
      expect(pages.has('00000000-0000-4000-8000-000000000009')).toBe(false);
      // the same shape for other parents: the statement built for the first call, other keys
      const again = await firstChildrenPerParent(em, Thing, 'owner', ['00000000-0000-4000-8000-000000000001'], {}, [{ field: 'label', direction: SortDirection.DESC }], 2);
      expect(statements()).toBe(2);
      expect([...again.keys()]).toEqual(['00000000-0000-4000-8000-000000000001']);
      expect(again.get('00000000-0000-4000-8000-000000000001')).toMatchObject({ total: 3, rows: [{ label: 'ป้าย 5' }, { label: 'ป้าย 3' }] });
    });
  });

  it('read only the columns a selection needs, and every column when a field may read anything', async () => {
    const schema = thingsSchema();
    const propertiesOf = async (query: string) => {
      let properties: string[] | null | undefined;
      const thingType = schema.getType('Thing') as unknown as { getFields(): Record<string, { resolve?: unknown }> };
      // badge: a field resolver that says what it reads; heavy: one that does not
      thingType.getFields().badge.resolve = (thing: Thing) => thing.colour;
      thingType.getFields().heavy.resolve = (thing: Thing) => thing.extra;
      await withThingsInfo(schema, query, (info) => (properties = connectionNodeProperties(orm.em.fork(), Thing, info, { badge: ['colour'] })));
      return properties;
    };
    expect(await propertiesOf('{ things { totalCount edges { cursor node { label ...F badge } } } } fragment F on Thing { note __typename }')).toEqual(['id', 'label', 'note', 'colour']);
    expect(await propertiesOf('{ things { edges { node { label heavy } } } }')).toBeNull();

    const em = orm.em.fork();
    const pages = await firstChildrenPerParent(em, Thing, 'owner', ['00000000-0000-4000-8000-000000000000'], {}, [{ field: 'at', direction: SortDirection.ASC }], 2, ['id', 'note']);
    const [first] = pages.get('00000000-0000-4000-8000-000000000000')!.rows;
    expect(first).toMatchObject({ id: '10000000-0000-4000-8000-000000000000', note: 'note 0', at: new Date(Date.UTC(2026, 10, 23, 0, 30, 15, 123)) });
    expect(first.owner.id).toBe('00000000-0000-4000-8000-000000000000');
    // a column the selection does not need is not read
    expect(first.label).toBeUndefined();
    expect(first.tags).toBeUndefined();
  });

  it('count a read-only page in its own statement when totalCount is selected, with the totals a separate count gives', async () => {
    const em = orm.em.fork();
    const sort = [{ field: 'label', direction: SortDirection.ASC }];
    const ownerA = { owner: '00000000-0000-4000-8000-000000000000' };
    await countingStatements(em, async (statements) => {
      const page = async (where: object, request: object, countWithPage: boolean) => {
        const before = statements();
        const connection = await paginate(em, Thing, where, sort, request, { readOnly: true, countWithPage });
        const total = await connection.totalCount();
        return { labels: connection.edges.map((e) => e.node.label), total, statements: statements() - before, hasNextPage: connection.pageInfo.hasNextPage };
      };
      // each case: filter, page, and what the page counted together gives (the same as counted apart, which takes 2 statements)
      const cases: [object, object, object][] = [
        // everything
        [{}, { first: 3 }, { total: 7, statements: 1, labels: ['ป้าย 0', 'ป้าย 1', 'ป้าย 2'] }],
        // a filter with values: bindings of the count and of the page in one statement
        [{ $and: [ownerA, { weight: { $gt: 1 } }] }, { first: 2 }, { total: 3, statements: 1, labels: ['ป้าย 2', 'ป้าย 4'] }],
        // a page after a cursor: the count ignores the cursor
        [{}, { first: 2, after: encodeCursor(['ป้าย 2', '10000000-0000-4000-8000-000000000002']) }, { total: 7, statements: 1, labels: ['ป้าย 3', 'ป้าย 4'] }],
        // nothing matched and no cursor: the total is 0 without counting
        [{ label: 'no such label' }, { first: 2 }, { total: 0, statements: 1, labels: [] }],
        // an empty page after a cursor carries no count: counted on its own
        [ownerA, { first: 2, after: encodeCursor(['ป้าย 9', '10000000-0000-4000-8000-000000000009']) }, { total: 4, statements: 2, labels: [] }],
      ];
      for (const [where, request, expected] of cases) {
        const separate = await page(where, request, false);
        const together = await page(where, request, true);
        expect({ ...together, statements: undefined }).toEqual({ ...separate, statements: undefined });
        expect(separate.statements).toBe(2);
        expect(together).toMatchObject(expected);
      }
    });
  });

  it('tell whether a connection selects totalCount, through fragments', async () => {
    const schema = thingsSchema();
    const selects = async (query: string) => {
      let answer: boolean | undefined;
      await withThingsInfo(schema, query, (info) => (answer = selectsField(info, 'totalCount')));
      return answer;
    };
    expect(await selects('{ things { totalCount } }')).toBe(true);
    expect(await selects('{ things { ...C } } fragment C on ThingConnection { total: totalCount }')).toBe(true);
    // a node's field of that name is not the connection's
    expect(await selects('{ things { edges { node { totalCount } } } }')).toBe(false);
  });
});
