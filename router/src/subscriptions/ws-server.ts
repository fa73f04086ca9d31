import type http from 'node:http';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, getOperationAST, parse, subscribe, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '@metrograph/kit';
import { type LiveContext } from './live-schema.js';
import { SubscriptionGroups } from './groups.js';

export interface LiveServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  /** Decides who is calling, from the upgrade request plus connectionParams (token / API key). */
  authenticate(request: IncomingMessage): Promise<Principal>;
  /** The router's access rules (caller's view of the schema, limits): throws the error to refuse a subscription with. */
  gate?(principal: Principal, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void;
  path?: string;
}

/**
 * graphql-ws on the router's /graphql: the connection is authenticated like any HTTP request
 * (connectionParams.authorization or apiKey), and only subscription operations run here.
 */
export function startLiveServer(options: LiveServerOptions): { close(): Promise<void>; clients(): number; subscribers(): number } {
  const wss = new WebSocketServer({ server: options.httpServer, path: options.path ?? '/graphql' });
  const principals = new WeakMap<object, Principal>();
  const groups = new SubscriptionGroups();
  const disposable = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const headers = { ...ctx.extra.request.headers };
        if (typeof params.authorization === 'string') headers.authorization = params.authorization;
        if (typeof params.apiKey === 'string') headers['x-api-key'] = params.apiKey;
        try {
          const principal = await options.authenticate({ headers } as IncomingMessage);
          principals.set(ctx.extra, principal);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx): LiveContext => ({ principal: principals.get(ctx.extra)!, requestId: randomUUID() }),
      onSubscribe: (ctx, _id, payload) => {
        const document = parse(payload.query);
        const errors = validate(options.schema, document);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions run over WebSocket; send queries and mutations with HTTP POST to /graphql', { extensions: { code: 'BAD_REQUEST' } })];
        }
        if (options.gate) {
          try {
            options.gate(principals.get(ctx.extra)!, document, operation, (payload.variables ?? {}) as Record<string, unknown>);
          } catch (error) {
            if (error instanceof GraphQLError) return [error];
            throw error;
          }
        }
        return undefined;
      },
      subscribe: (args) => groups.subscribe(args),
    },
    wss,
  );
  return {
    clients: () => wss.clients.size,
    subscribers: () => groups.subscribers,
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
