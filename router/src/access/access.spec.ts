import { describe, expect, it } from 'vitest';
import { buildSchema, isObjectType, parse, type OperationDefinitionNode } from 'graphql';
import { AccessLevel, type Principal } from '@metrograph/kit';
import { loadSupergraph } from '../supergraph.js';
import { NO_FACTS, fieldFunctions, graphFacts, mutationRequirement, typeFunction } from './functions.js';
import { filterSchema, visibleFunctions } from './visibility.js';
import { DEFAULT_LIMITS, limitError, measureOperation } from './limits.js';
import { OperationGate } from './plugin.js';

const user = (rights: Record<string, AccessLevel>, roles: string[] = ['OFFICIAL']): Principal => ({
  kind: 'user', id: 'u', name: 'u', officeCode: 'B07', roles, provinceCodes: ['57'], rights,
});

describe('every part of the graph belongs to a function', () => {
  it('classifies every type of the checked-in supergraph', () => {
    const sdl = loadSupergraph();
    const names = [...sdl.matchAll(/^(?:type|input|enum|interface|union) (\w+)/gm)].map((m) => m[1]).filter((n) => !/^(join__|link__)/.test(n));
    const facts = graphFacts(sdl);
    const unclassified = names.filter((name) => typeFunction(name, facts) === null);
    expect(unclassified, 'add these types to TYPE_RULES in router/src/access/functions.ts').toEqual([]);
  });

  it('has a rule for every mutation of the checked-in supergraph', () => {
    const sdl = loadSupergraph();
    const facts = graphFacts(sdl);
    const block = /type Mutation[^{]*\{([\s\S]*?)\n\}/.exec(sdl)?.[1] ?? '';
    const mutations = [...block.matchAll(/^  (\w+)[(:]/gm)].map((m) => m[1]);
    expect(mutations.length).toBeGreaterThan(0);
    expect(mutations.filter((m) => mutationRequirement(m, facts) === null), 'add these mutations to MUTATION_LEVELS').toEqual([]);
  });

  it('takes a field contributed by another subgraph as that subgraph\'s function', () => {
    const graphs = graphFacts(loadSupergraph());
    expect(fieldFunctions('Operator', 'complaints', 'ComplaintConnection', graphs)).toEqual(['registry', 'complaints']);
    expect(fieldFunctions('Complaint', 'province', 'Province', graphs)).toEqual(['complaints', 'reference']);
    expect(fieldFunctions('Query', 'provinces', 'ProvinceConnection', graphs)).toEqual(['reference']);
    expect(fieldFunctions('Query', 'viewer', 'Viewer', graphs)).toEqual([]);
  });

  it('derives the level a mutation needs from its name when no rule names it', () => {
    expect(mutationRequirement('signIn')).toEqual({ fn: 'public', level: 0 });
    expect(mutationRequirement('createComplaint')).toEqual({ fn: 'complaints', level: AccessLevel.CREATE });
    expect(mutationRequirement('assignComplaint')).toEqual({ fn: 'complaints', level: AccessLevel.EDIT });
    expect(mutationRequirement('cancelPaymentRequest')).toEqual({ fn: 'payments', level: AccessLevel.FULL_CONTROL });
    expect(mutationRequirement('exportComplaints')).toEqual({ fn: 'complaints', level: AccessLevel.VIEW });
    expect(mutationRequirement('launchRocket')).toBeNull();
    const facts = { fields: new Map([['Mutation.launchRocket', ['REGISTRY']]]), types: new Map([['Rocket', ['REGISTRY']], ['Shared', ['REGISTRY', 'PAYMENTS']]]) };
    expect(mutationRequirement('launchRocket', facts)).toEqual({ fn: 'registry', level: AccessLevel.EDIT });
    // a type only one domain subgraph defines belongs to that domain; one shared by several to none
    expect(typeFunction('Rocket', facts)).toBe('registry');
    expect(typeFunction('Shared', facts)).toBeNull();
    expect(typeFunction('LegalCaseConnection', facts)).toBe('cases');
  });
});

const SDL = /* GraphQL */ `
  type Query { viewer: Viewer! provinces: [Province!]! complaints(first: Int): ComplaintConnection users: [User!]! }
  type Mutation { signIn(input: SignInInput!): SignInPayload! createComplaint(input: ComplaintInput!): Complaint }
  type Viewer { name: String! user: User }
  type SignInPayload { token: String }
  input SignInInput { username: String! }
  input ComplaintInput { details: String! status: ComplaintStatus }
  enum ComplaintStatus { NEW CLOSED }
  type Province { code: String! complaints: [Complaint!]! }
  type ComplaintConnection { totalCount: Int! edges: [ComplaintEdge!]! }
  type ComplaintEdge { node: Complaint! }
  type Complaint { id: ID! status: ComplaintStatus! province: Province! }
  type User { username: String! }
`;

describe('the schema a caller is served', () => {
  it('leaves out every type and field of a function at NO_ACCESS, and what only they reach', () => {
    const schema = buildSchema(SDL);
    const anonymous = filterSchema(schema, visibleFunctions({ ...user({ reference: AccessLevel.VIEW }), kind: 'anonymous' }), NO_FACTS);
    expect(Object.keys(anonymous.getQueryType()!.getFields())).toEqual(['viewer', 'provinces']);
    expect(Object.keys(anonymous.getMutationType()!.getFields())).toEqual(['signIn']);
    for (const hidden of ['Complaint', 'ComplaintConnection', 'ComplaintStatus', 'ComplaintInput', 'User']) expect(anonymous.getType(hidden), hidden).toBeUndefined();
    const province = anonymous.getType('Province');
    expect(isObjectType(province) && Object.keys(province.getFields())).toEqual(['code']);
    const viewer = anonymous.getType('Viewer');
    expect(isObjectType(viewer) && Object.keys(viewer.getFields())).toEqual(['name']);

    const official = filterSchema(schema, visibleFunctions(user({ reference: 1, complaints: 3 })), NO_FACTS);
    expect(Object.keys(official.getQueryType()!.getFields())).toEqual(['viewer', 'provinces', 'complaints']);
    expect(official.getType('ComplaintStatus')).toBeDefined();
  });
});

describe('operation limits', () => {
  const schema = buildSchema(SDL);
  const measure = (query: string, variables?: Record<string, unknown>) =>
    measureOperation(schema, parse(query).definitions[0] as OperationDefinitionNode, {}, variables);

  it('measures depth, aliases, root fields and a cost multiplied by page sizes', () => {
    const shape = measure(`query($n: Int) { a: complaints(first: $n) { totalCount edges { node { id province { code } } } } viewer { name } }`, { n: 50 });
    expect(shape).toMatchObject({ depth: 5, aliases: 1, rootFields: 2, maxRows: 50, introspection: false, dataRootFields: ['complaints', 'viewer'] });
    // complaints 1 + totalCount 1 + 50 × (edges, node, id, province, code) + viewer 1 + name 1
    expect(shape.cost).toBe(1 + 1 + 50 * 5 + 2);
    // plain lists count as ten rows; page sizes above 100 cost as 100 (subgraphs refuse more)
    expect(measure(`{ provinces { complaints { id } } }`).cost).toBe(1 + 10 + 100);
    expect(measure(`{ complaints(first: 5000) { edges { node { id } } } }`).cost).toBe(1 + 300);
  });

  it('follows fragments once and leaves introspection out of depth', () => {
    const document = parse(`query { ...F __schema { types { fields { type { ofType { ofType { name } } } } } } } fragment F on Query { provinces { code } }`);
    const fragments = { F: document.definitions[1] as never };
    const shape = measureOperation(schema, document.definitions[0] as OperationDefinitionNode, fragments);
    expect(shape).toMatchObject({ depth: 2, introspection: true, dataRootFields: ['provinces'] });
  });

  it('names the first limit broken', () => {
    const error = limitError({ depth: 20, aliases: 0, rootFields: 1, cost: 5, maxRows: 0, introspection: false, dataRootFields: [] }, DEFAULT_LIMITS.user, 'user');
    expect(error?.extensions).toMatchObject({ code: 'OPERATION_LIMIT', limit: 'depth', actual: 20, maximum: 12 });
    expect(limitError({ depth: 2, aliases: 0, rootFields: 1, cost: 5, maxRows: 0, introspection: false, dataRootFields: [] }, DEFAULT_LIMITS.user, 'user')).toBeNull();
  });
});

describe('the operation gate', () => {
  const schema = buildSchema(`${SDL} type Subscription { complaintChanged: Complaint! }`);
  const gate = new OperationGate(NO_FACTS);
  const check = (principal: Principal, query: string) => {
    const document = parse(query);
    return () => gate.check(schema, principal, document, document.definitions[0] as OperationDefinitionNode);
  };

  it('refuses what the caller cannot see, even a whole root type', () => {
    const reader = user({ reference: AccessLevel.VIEW });
    expect(check(reader, `{ provinces { code } }`)).not.toThrow();
    expect(check(reader, `{ complaints(first: 1) { totalCount } }`)).toThrow('Cannot query field "complaints" on type "Query".');
    expect(check(reader, `subscription { complaintChanged { id } }`)).toThrow('Schema is not configured for subscription operations.');
    expect(check(user({ complaints: AccessLevel.VIEW }), `subscription { complaintChanged { id } }`)).not.toThrow();
  });

  it('remembers validation per document and access profile, never across profiles', () => {
    // the same parsed document (as Apollo Server's document cache hands it), callers alternating
    const document = parse(`{ complaints(first: 1) { totalCount } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const reader = user({ reference: AccessLevel.VIEW });
    const official = user({ complaints: AccessLevel.VIEW });
    for (let i = 0; i < 3; i++) {
      expect(() => gate.check(schema, official, document, operation)).not.toThrow();
      expect(() => gate.check(schema, reader, document, operation)).toThrow('Cannot query field "complaints" on type "Query".');
    }
  });

  it('measures a repeated operation per variable values: a bigger page costs more, whoever asks', () => {
    const document = parse(`query Q($n: Int!) { complaints(first: $n) { edges { node { id } } } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const official = user({ complaints: AccessLevel.VIEW });
    for (let i = 0; i < 2; i++) {
      expect(gate.check(schema, official, document, operation, { n: 5 }).shape).toMatchObject({ maxRows: 5 });
      expect(gate.check(schema, official, document, operation, { n: 80 }).shape).toMatchObject({ maxRows: 80 });
      expect(() => gate.check(schema, official, document, operation, { n: 100_000 })).not.toThrow();
      expect(() => gate.check(schema, user({ reference: AccessLevel.VIEW }), document, operation, { n: 5 })).toThrow(/Cannot query field "complaints"|Unknown type/);
    }
    expect(gate.check(schema, official, document, operation, { n: 5 }).shape.cost).toBeLessThan(gate.check(schema, official, document, operation, { n: 80 }).shape.cost);
  });

  it('needs the level of a mutation, and only analysts introspect', () => {
    expect(check(user({ complaints: AccessLevel.VIEW }), `mutation { createComplaint(input: { details: "x" }) { id } }`)).toThrow(/createComplaint needs CREATE on complaints, you have VIEW/);
    expect(check(user({ complaints: AccessLevel.CREATE }), `mutation { createComplaint(input: { details: "x" }) { id } }`)).not.toThrow();
    expect(check(user({ reference: 1 }), `{ __schema { types { name } } }`)).toThrow(/Introspection/);
    expect(check(user({ reference: 1 }, ['ANALYST']), `{ __schema { types { name } } }`)).not.toThrow();
  });
});
