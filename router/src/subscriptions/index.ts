import type http from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { EventBus, Principal } from '@metrograph/kit';
import type { GraphQLSchema } from 'graphql';
import { EventHub } from './hub.js';
import { buildLiveSchema, type GatewayExecutor, type LiveContext } from './live-schema.js';
import { startLiveServer, type LiveServerOptions } from './ws-server.js';

export { EventHub } from './hub.js';
export { FEEDS } from './feeds.js';

export interface LiveSubscriptions {
  hub: EventHub;
  clients(): number;
  /** Live subscriptions (shared-execution groups' members). */
  subscribers(): number;
  stop(): Promise<void>;
}

/** Runs a lookup query through the router's own gateway, as the subscriber. */
export function gatewayExecutor(apollo: ApolloServer<any>): GatewayExecutor {
  return async (query, variables, context: LiveContext) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used for live lookups');
    return response.body.singleResult as { data?: any; errors?: readonly { message: string }[] };
  };
}

/** Subscriptions on the router's /graphql over graphql-ws, fed by the event bus. */
export async function startLiveSubscriptions(options: {
  httpServer: http.Server;
  apiSchema: GraphQLSchema;
  apollo: ApolloServer<any>;
  bus: EventBus;
  authenticate(request: IncomingMessage): Promise<Principal>;
  /** The router's access rules, applied when a subscription starts. */
  gate?: LiveServerOptions['gate'];
}): Promise<LiveSubscriptions> {
  const hub = new EventHub();
  await hub.start(options.bus);
  const schema = buildLiveSchema(options.apiSchema, hub, gatewayExecutor(options.apollo));
  const server = startLiveServer({ httpServer: options.httpServer, schema, authenticate: options.authenticate, gate: options.gate });
  return {
    hub,
    clients: server.clients,
    subscribers: server.subscribers,
    async stop() {
      await server.close();
      await hub.stop();
    },
  };
}
