import 'reflect-metadata';
import { buildSchema, createResolversMap, getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { gql } from 'graphql-tag';
import { isObjectType, type GraphQLSchema } from 'graphql';

/** The Federation 2 link every subgraph declares; written once here. */
export const FEDERATION_LINK = `extend schema
  @link(
    url: "https://specs.apollo.dev/federation/v2.5"
    import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"]
  )`;

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers:
 * type-graphql builds the schema, @apollo/subgraph adds _entities/_service,
 * and the reference resolvers say how this subgraph finds its entities by key.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  // A field that only reads the property of the same name needs no resolver of its own: graphql-js
  // reads it. type-graphql would otherwise wrap every such field of every row of an answer
  // (resolver data, middleware dispatch) — tens of thousands of calls for a deep list query.
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.middlewares?.length && !field.roles && field.schemaName === field.name) field.simple = true;
  }
  const schema = await buildSchema({
    validate: false,
    // Subscription fields are declared by subgraphs but served by the router (graphql-ws);
    // a subgraph never runs one, so its pub/sub refuses.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('subscriptions are served by the router');
      },
    },
    ...options,
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, any>;
  // Connections carry totalCount as a thunk so COUNT(*) runs only when selected.
  for (const [typeName, type] of Object.entries(schema.getTypeMap())) {
    if (isObjectType(type) && typeName.endsWith('Connection') && type.getFields().totalCount) {
      resolvers[typeName] = {
        ...(resolvers[typeName] ?? {}),
        totalCount: (source: { totalCount: number | (() => Promise<number>) }) =>
          typeof source.totalCount === 'function' ? source.totalCount() : source.totalCount,
      };
    }
  }
  for (const [typeName, extra] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...extra };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolvers: resolvers as any,
  });
}

/** The SDL a subgraph publishes to schema/<name>.graphql (what composition reads). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema).trim() + '\n';
}
