import type http from 'node:http';
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';
import { GraphQLError, getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '@metrograph/kit';
import { type LiveContext } from './live-schema.js';
import { SubscriptionGroups, type Joined } from './groups.js';
import { KeepAlive } from './keep-alive.js';

export interface LiveServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  /** Decides who is calling, from the upgrade request plus connectionParams (token / API key). */
  authenticate(request: IncomingMessage): Promise<Principal>;
  /** The router's access rules (caller's view of the schema, limits): throws the error to refuse a subscription with. */
  gate?(principal: Principal, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void;
  path?: string;
  /** Milliseconds a client has to send connection_init (graphql-ws default 3 s). */
  connectionInitWaitTimeout?: number;
  /** Milliseconds between pings; a connection that missed the previous pong is dropped. */
  keepAlive?: number;
  /** Bytes queued unsent on one socket before it is dropped as a slow consumer (it may reconnect and resume with `after`). */
  maxBufferedBytes?: number;
}

/** The GraphQL over WebSocket protocol (graphql-ws, `graphql-transport-ws`). */
export const PROTOCOL = 'graphql-transport-ws';
const Close = {
  BadRequest: 4400,
  Unauthorized: 4401,
  Forbidden: 4403,
  SubprotocolNotAcceptable: 4406,
  ConnectionInitialisationTimeout: 4408,
  SubscriberAlreadyExists: 4409,
  TooManyInitialisationRequests: 4429,
  TryAgainLater: 1013,
} as const;

interface Connection {
  socket: WebSocket;
  request: IncomingMessage;
  principal: Principal | null;
  /** When the connection was authenticated (ms): sessions ended after that close it. */
  authenticatedAt: number;
  initReceived: boolean;
  /** Subscriptions by client id; null while one is starting. */
  subscriptions: Map<string, Joined | null>;
  alive: boolean;
  /** Messages waiting for this tick's write (see `send`), each as the parts of its text. */
  outbox: Buffer[][];
}

/** Parsed and validated subscription documents, by query text (thousands of clients send the same few). */
class DocumentCache {
  private readonly documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  constructor(private readonly schema: GraphQLSchema, private readonly limit = 1000) {}

  get(query: string): DocumentNode | readonly GraphQLError[] {
    let entry = this.documents.get(query);
    if (!entry) {
      try {
        const document = parse(query);
        const errors = validate(this.schema, document);
        entry = errors.length ? errors : document;
      } catch (error) {
        entry = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
      }
      if (this.documents.size >= this.limit) this.documents.delete(this.documents.keys().next().value!);
      this.documents.set(query, entry);
    }
    return entry;
  }
}

const CLOSING_BRACE = Buffer.from('}');

/** Length of the header of a text frame of `length` bytes. */
function headerLength(length: number): number {
  return length < 126 ? 2 : length < 65_536 ? 4 : 10;
}

/** Writes the header of an unmasked, final text frame (server to client, RFC 6455 §5.2) of `length` bytes at `at`; returns where it ends. */
function writeFrameHeader(target: Buffer, at: number, length: number): number {
  target[at] = 0x81;
  if (length < 126) {
    target[at + 1] = length;
    return at + 2;
  }
  if (length < 65_536) {
    target[at + 1] = 126;
    target.writeUInt16BE(length, at + 2);
    return at + 4;
  }
  target[at + 1] = 127;
  target.writeBigUInt64BE(BigInt(length), at + 2);
  return at + 10;
}

/**
 * Text messages (each given as parts) as consecutive frames in one Buffer: the headers and the
 * parts copied straight into it.
 */
export function textFrames(messages: Buffer[][]): Buffer {
  let total = 0;
  for (const parts of messages) {
    let length = 0;
    for (const part of parts) length += part.length;
    total += headerLength(length) + length;
  }
  const frames = Buffer.allocUnsafe(total);
  let at = 0;
  for (const parts of messages) {
    let length = 0;
    for (const part of parts) length += part.length;
    at = writeFrameHeader(frames, at, length);
    for (const part of parts) {
      frames.set(part, at);
      at += part.length;
    }
  }
  return frames;
}

/**
 * Writes text messages (each given as parts) to a socket in one write. Frames go straight to the
 * TCP socket: the server negotiates no compression, so ws's sender holds no queue they could
 * overtake; without a raw socket (never in practice) it falls back to ws's send.
 */
function writeFrames(socket: WebSocket, messages: Buffer[][]): void {
  const raw = (socket as unknown as { _socket?: { write(data: Buffer): boolean } })._socket;
  if (!raw) {
    for (const parts of messages) socket.send(Buffer.concat(parts), { binary: false });
    return;
  }
  raw.write(textFrames(messages));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * GraphQL subscriptions over WebSocket on the router's /graphql, speaking the graphql-ws protocol
 * to any graphql-ws client (urql, Apollo Client, graphiql). The connection is authenticated like
 * any HTTP request (connectionParams.authorization or apiKey), and only subscription operations
 * run here. Results come from shared groups already serialised: each message is one string
 * concatenation per subscriber, and each socket gets one write per event-loop turn.
 */
export interface LiveServer {
  close(): Promise<void>;
  clients(): number;
  subscribers(): number;
  /**
   * Closes the connections whose sessions ended at `endedAt` (signed out, disabled, rights or
   * password changed, API client revoked): 4403, sign in again. Connections authenticated
   * afterwards (with a new token) stay. Returns how many closed.
   */
  endSessions(ended: (principal: Principal) => boolean, endedAt: number): number;
}

export function startLiveServer(options: LiveServerOptions): LiveServer {
  const groups = new SubscriptionGroups();
  const documents = new DocumentCache(options.schema);
  const maxBuffered = options.maxBufferedBytes ?? 16 * 1024 * 1024;
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: options.path ?? '/graphql',
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
    // frames are written straight to the TCP socket (writeFrames): no compression, no sender queue
    perMessageDeflate: false,
  });

  // Messages are queued per connection and written once per event-loop turn: the events of one
  // bus batch (up to 1,000) that reach the same socket go out in one write (one syscall), not one
  // each. A shared result is one Buffer for all its subscribers: each message is a frame header,
  // the subscriber's own `{"id":…,"payload":` prefix, that Buffer and `}`, written as they are
  // (no per-subscriber serialisation or UTF-8 encoding).
  const dirty = new Set<Connection>();
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    for (const connection of dirty) {
      const { socket, outbox } = connection;
      connection.outbox = [];
      if (socket.readyState !== socket.OPEN) continue;
      if (socket.bufferedAmount > maxBuffered) {
        socket.close(Close.TryAgainLater, 'Slow consumer: reconnect and resume with after');
        continue;
      }
      writeFrames(socket, outbox);
    }
    dirty.clear();
  };
  const send = (connection: Connection, message: string | Buffer[]): void => {
    connection.outbox.push(typeof message === 'string' ? [Buffer.from(message)] : message);
    dirty.add(connection);
    if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
  };

  const stop = (connection: Connection, id: string): void => {
    const joined = connection.subscriptions.get(id);
    connection.subscriptions.delete(id);
    joined?.leave();
  };

  async function startSubscription(connection: Connection, id: string, payload: Record<string, unknown>): Promise<void> {
    const quotedId = JSON.stringify(id);
    const sendErrors = (errors: readonly unknown[]) => {
      if (connection.subscriptions.has(id)) send(connection, `{"id":${quotedId},"type":"error","payload":${JSON.stringify(errors)}}`);
      connection.subscriptions.delete(id);
    };
    if (typeof payload.query !== 'string') return sendErrors([{ message: 'payload.query must be a GraphQL document (string)' }]);
    const parsed = documents.get(payload.query);
    if (Array.isArray(parsed)) return sendErrors(parsed);
    const document = parsed as DocumentNode;
    const operationName = typeof payload.operationName === 'string' ? payload.operationName : undefined;
    const variables = isObject(payload.variables) ? payload.variables : {};
    const operation = getOperationAST(document, operationName);
    if (!operation) return sendErrors([{ message: 'Unable to identify operation' }]);
    if (operation.operation !== 'subscription') {
      return sendErrors([new GraphQLError('Only subscriptions run over WebSocket; send queries and mutations with HTTP POST to /graphql', { extensions: { code: 'BAD_REQUEST' } })]);
    }
    const principal = connection.principal!;
    if (options.gate) {
      try {
        options.gate(principal, document, operation, variables);
      } catch (error) {
        if (error instanceof GraphQLError) return sendErrors([error]);
        throw error;
      }
    }
    const context: LiveContext = { principal, requestId: randomUUID() };
    const prefix = Buffer.from(`{"id":${quotedId},"type":"next","payload":`);
    const member = {
      next: (payload: Buffer) => send(connection, [prefix, payload, CLOSING_BRACE]),
      error: (errorsJson: string) => {
        if (connection.subscriptions.delete(id)) send(connection, `{"id":${quotedId},"type":"error","payload":${errorsJson}}`);
      },
      complete: () => {
        if (connection.subscriptions.delete(id)) send(connection, `{"id":${quotedId},"type":"complete"}`);
      },
    };
    let joined;
    try {
      joined = await groups.join({ schema: options.schema, document, operationName, variableValues: variables, contextValue: context }, member);
    } catch (error) {
      return sendErrors([{ message: error instanceof Error ? error.message : String(error) }]);
    }
    if (!('leave' in joined)) {
      // the operation could not start (e.g. refused by its resolver): one result, then complete
      if (connection.subscriptions.has(id)) {
        member.next(Buffer.from(JSON.stringify(joined)));
        member.complete();
      }
      return;
    }
    // the client may have completed or left while the group started
    if (!connection.subscriptions.has(id) || connection.socket.readyState !== connection.socket.OPEN) joined.leave();
    else connection.subscriptions.set(id, joined);
  }

  async function onMessage(connection: Connection, data: string): Promise<void> {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(data) as Record<string, unknown>;
      if (!isObject(message) || typeof message.type !== 'string') throw new Error('not a message');
    } catch {
      return connection.socket.close(Close.BadRequest, 'Invalid message received');
    }
    switch (message.type) {
      case 'connection_init': {
        if (connection.initReceived) return connection.socket.close(Close.TooManyInitialisationRequests, 'Too many initialisation requests');
        connection.initReceived = true;
        const params = isObject(message.payload) ? message.payload : {};
        const headers = { ...connection.request.headers };
        if (typeof params.authorization === 'string') headers.authorization = params.authorization;
        if (typeof params.apiKey === 'string') headers['x-api-key'] = params.apiKey;
        try {
          connection.principal = await options.authenticate({ headers } as IncomingMessage);
          connection.authenticatedAt = Date.now();
        } catch {
          return connection.socket.close(Close.Forbidden, 'Forbidden');
        }
        return send(connection, '{"type":"connection_ack"}');
      }
      case 'ping':
        return send(connection, message.payload === undefined ? '{"type":"pong"}' : JSON.stringify({ type: 'pong', payload: message.payload }));
      case 'pong':
        return;
      case 'subscribe': {
        if (!connection.principal) return connection.socket.close(Close.Unauthorized, 'Unauthorized');
        const id = message.id;
        if (typeof id !== 'string' || id === '' || !isObject(message.payload)) return connection.socket.close(Close.BadRequest, 'Invalid message received');
        if (connection.subscriptions.has(id)) return connection.socket.close(Close.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
        connection.subscriptions.set(id, null);
        return startSubscription(connection, id, message.payload);
      }
      case 'complete':
        if (typeof message.id === 'string') stop(connection, message.id);
        return;
      default:
        return connection.socket.close(Close.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  const connections = new Set<Connection>();
  // one ping per connection per period, spread over the period; a connection that missed the previous pong is dropped
  const keepAlive = new KeepAlive<Connection>(
    options.keepAlive ?? 12_000,
    (connection) => connection.socket.ping(),
    (connection) => connection.socket.terminate(),
  );
  wss.on('connection', (socket, request) => {
    const connection: Connection = { socket, request, principal: null, authenticatedAt: 0, initReceived: false, subscriptions: new Map(), alive: true, outbox: [] };
    if (socket.protocol !== PROTOCOL) {
      socket.close(Close.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    connections.add(connection);
    keepAlive.add(connection);
    const initWait = setTimeout(() => {
      if (!connection.initReceived) socket.close(Close.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }, options.connectionInitWaitTimeout ?? 3_000);
    socket.on('pong', () => (connection.alive = true));
    socket.on('message', (data, isBinary) => {
      if (isBinary) return socket.close(Close.BadRequest, 'Invalid message received');
      onMessage(connection, data.toString()).catch((error: unknown) => {
        socket.close(1011, error instanceof Error ? error.message.slice(0, 120) : 'Internal error');
      });
    });
    socket.once('close', () => {
      clearTimeout(initWait);
      connections.delete(connection);
      keepAlive.remove(connection);
      for (const id of [...connection.subscriptions.keys()]) stop(connection, id);
    });
    socket.on('error', () => socket.terminate());
  });

  return {
    clients: () => wss.clients.size,
    subscribers: () => groups.subscribers,
    endSessions(ended, endedAt) {
      let closed = 0;
      for (const connection of connections) {
        if (connection.principal && connection.authenticatedAt <= endedAt && ended(connection.principal)) {
          connection.socket.close(Close.Forbidden, 'Session ended: sign in again');
          closed++;
        }
      }
      return closed;
    },
    async close() {
      keepAlive.stop();
      for (const connection of connections) connection.socket.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
