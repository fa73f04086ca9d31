import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import {
  GraphQLError,
  Kind,
  buildASTSchema,
  execute,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
} from 'graphql';

/**
 * Test fixture (not shipped): fake subgraph servers that answer any operation on their real SDL
 * with deterministic data (derived from each object's key, so an entity has the same fields
 * whichever subgraph or depth asks), some nulls, and errors on demand; the real supergraph; and
 * the benchmark's deep query. Used by the lean executor's and the direct path's differential tests.
 */

const ROOT = new URL('../../../', import.meta.url);
export const SUPERGRAPH = readFileSync(new URL('schema/supergraph.graphql', ROOT), 'utf8');
export const SUBGRAPHS = ['identity', 'registry', 'complaints', 'payments'];
/** The benchmark's deep query (bench/src/router-peers.ts DEEP_QUERY), read from its source. */
export const DEEP_QUERY_FOR_TESTS = (() => {
  const source = readFileSync(new URL('bench/src/router-peers.ts', ROOT), 'utf8');
  const start = source.indexOf('/* GraphQL */ `', source.indexOf('export const DEEP_QUERY')) + '/* GraphQL */ `'.length;
  return source.slice(start, source.indexOf('`;', start));
})();

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface FakeOptions {
  /** `Type.field` names that fail (GraphQL error) on about half of their objects. */
  failing: Set<string>;
  /** Subgraphs that refuse connections. */
  down: Set<string>;
  /** How many distinct ids there are (default 40): fewer makes the same entities appear at many paths. */
  ids?: number;
  /** Sees every request body (query and variables). */
  onRequest?: (name: string, body: { query: string; variables?: Record<string, unknown> }) => void;
}

/** A subgraph answering from its SDL: each field's value derives from the object's key and the field name. */
export function fakeSubgraph(name: string, options: FakeOptions, requests: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const sdl = readFileSync(new URL(`schema/${name}.graphql`, ROOT), 'utf8');
  const document = parse(sdl);
  const entities = document.definitions
    .filter((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.directives?.some((x) => x.name.value === 'key'))
    .map((d) => (d as { name: { value: string } }).name.value);
  const extra = parse(`scalar _Any\nunion _Entity = ${[...new Set(entities)].join(' | ')}\nextend type Query { _entities(representations: [_Any!]!): [_Entity]! }`);
  const schema = buildASTSchema({ kind: Kind.DOCUMENT, definitions: [...document.definitions, ...extra.definitions] } as DocumentNode, { assumeValidSDL: true });

  const keyOf = (object: Record<string, any>): string => String(object.id ?? object.code ?? object.__seed);
  const valueFor = (type: GraphQLOutputType, seed: string, fieldName: string): unknown => {
    const h = hash(seed);
    if (!isNonNullType(type) && h % 11 === 0) return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) return Array.from({ length: 2 + (h % 3) }, (_, i) => valueFor(nullable.ofType, `${seed}[${i}]`, fieldName));
    const named = getNamedType(type);
    if (isObjectType(named)) return { __typename: named.name, __seed: seed };
    if (isEnumType(named)) return named.getValues()[h % named.getValues().length].value;
    if (isScalarType(named)) {
      switch (named.name) {
        case 'ID':
          return fieldName === 'code' ? `C${h % 5}` : `I${h % (options.ids ?? 40)}`;
        case 'Int':
        case 'SafeInt':
          return h % 1000;
        case 'Float':
          return (h % 1000) / 8;
        case 'Boolean':
          return h % 2 === 0;
        case 'DateTimeISO':
          return new Date(1_700_000_000_000 + (h % 1_000_000) * 1000).toISOString();
        case 'LocalDate':
          return `2026-0${1 + (h % 9)}-1${h % 10}`;
        case 'JSONObject':
          return { n: h % 10 };
        default:
          return `${fieldName}-${h % 97}`;
      }
    }
    return null;
  };
  const fieldResolver: GraphQLFieldResolver<any, unknown> = (source, args, _context, info) => {
    if (info.fieldName === '_entities') return (args.representations as Record<string, any>[]).map((r) => ({ ...r }));
    const parentKey = source && typeof source === 'object' ? `${info.parentType.name}:${keyOf(source)}` : 'root';
    if (source && Object.prototype.hasOwnProperty.call(source, info.fieldName)) return source[info.fieldName];
    if (options.failing.has(`${info.parentType.name}.${info.fieldName}`) && hash(parentKey) % 2 === 0) {
      throw new GraphQLError(`no access to ${info.fieldName} of ${parentKey}`, { extensions: { code: 'FORBIDDEN' } });
    }
    const value = valueFor(info.returnType, `${parentKey}.${info.fieldName}`, info.fieldName);
    if (info.fieldName === 'id' || info.fieldName === 'code') source[info.fieldName] = value;
    return value;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      requests.push(`${name}: ${body.query}`);
      options.onRequest?.(name, body);
      const result = await execute({
        schema,
        document: parse(body.query),
        variableValues: body.variables,
        operationName: body.operationName,
        fieldResolver,
        typeResolver: (value: { __typename: string }) => value.__typename,
      });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${options.down.has(name) ? 1 : port}/graphql`,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    }),
  );
}

