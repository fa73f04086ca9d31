import type http from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { DomainEvent, EventBus, Principal } from '@metrograph/kit';
import type { IdentityChange } from '../authenticate.js';
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

/** Identity changes after which a user's existing sessions are no longer valid (identity ends them). */
const SESSION_ENDING = new Set(['SIGN_OUT', 'USER_DISABLED', 'RIGHTS_CHANGED', 'PASSWORD_RESET', 'PASSWORD_CHANGED']);

/**
 * What an identity event means for callers already admitted: whose remembered session checks are
 * stale, and whose open connections must close. Null for events that change no session.
 */
export function sessionsEndedBy(event: DomainEvent): { forget: IdentityChange; close: ((principal: Principal) => boolean) | null } | null {
  const change = String(event.payload.change);
  if (event.type === 'UserChanged' && SESSION_ENDING.has(change)) {
    return { forget: { sessionsOf: event.aggregateId }, close: (p) => p.kind === 'user' && p.id === event.aggregateId };
  }
  // a role's rights changed: identity ended the sessions of everyone holding it (or inheriting it)
  if (event.type === 'RoleChanged' && change === 'RIGHTS_CHANGED') {
    return { forget: { allSessions: true }, close: (p) => p.kind === 'user' && p.roles.includes(event.aggregateId) };
  }
  if (event.type === 'ApiClientChanged') {
    const ends = change === 'API_CLIENT_REVOKED' || change === 'API_CLIENT_RENEWED' || change === 'API_CLIENT_CHANGED';
    return { forget: { apiClients: true }, close: ends ? (p) => p.kind === 'api-client' && p.id === event.aggregateId : null };
  }
  return null;
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
  // identity's announcements reach every router: a signed-out or disabled user, or a revoked API
  // client, is refused at once (not after the 30 s the router remembers identity's answers), and
  // their open subscriptions close
  const forget = (options.authenticate as Partial<{ forget(change: IdentityChange): void }>).forget;
  const stopWatchingIdentity = hub.listen((event) => {
    const ended = sessionsEndedBy(event);
    if (!ended) return;
    forget?.(ended.forget);
    if (ended.close) server.endSessions(ended.close, Date.parse(event.occurredAt));
  });
  return {
    hub,
    clients: server.clients,
    subscribers: server.subscribers,
    async stop() {
      stopWatchingIdentity();
      await server.close();
      await hub.stop();
    },
  };
}
