/**
 * WebSocket subscribers for the live fan-out benchmark, in their own process so that receiving
 * and parsing thousands of messages does not run on the router's event loop. Driven over IPC by
 * `live-fanout.ts`:
 *   open {url, count, queries}  → opened {count}      (each connection speaks graphql-ws and subscribes once)
 *   sent {key, at}                                      (a change was triggered at `at`; messages carrying `key` are timed)
 *   stats                        → stats {received, latencies, ready}   (ready: connections that got any message)
 *   reset                        → reset                (counts start again; connections stay)
 *   close                        → closed
 */
interface OpenCommand {
  type: 'open';
  url: string;
  count: number;
  /** Subscription documents, given to connections in turn. */
  queries: string[];
}
import WebSocket from 'ws';

type Command = OpenCommand | { type: 'sent'; key: string; at: number } | { type: 'stats' } | { type: 'reset' } | { type: 'close' };

const sockets: WebSocket[] = [];
/** Connections whose first message was parsed and checked whole. */
const checked = new WeakSet<WebSocket>();
/** Connections that received at least one message (their subscription is live). */
const ready = new Set<WebSocket>();
const sentAt = new Map<string, number>();
let received = 0;
let latencies: number[] = [];

/** The value timed by the benchmark: a payment's request number, when the message has one. */
function keyOf(text: string): string | null {
  const match = /"requestNo":"([^"]+)"/.exec(text);
  return match ? match[1] : null;
}

function openOne(url: string, query: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false, skipUTF8Validation: true });
    sockets.push(socket);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('{"type":"connection_ack"')) {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        resolve();
        return;
      }
      if (text.startsWith('{"type":"ping"')) {
        socket.send('{"type":"pong"}');
        return;
      }
      const now = Date.now();
      // The first message of each connection is parsed and checked whole; after that the client
      // only checks the frame is a result without errors (as a load generator does: the real
      // subscribers' parsing happens on their own machines, not on the router's two cores).
      if (!checked.has(socket)) {
        checked.add(socket);
        const message = JSON.parse(text) as { type: string; payload?: { errors?: unknown; data?: unknown } };
        if (message.type !== 'next' || message.payload?.errors || !message.payload?.data) {
          process.stderr.write(`subscriber got ${text.slice(0, 300)}\n`);
          return;
        }
      } else if (!text.startsWith('{"id":"1","type":"next"') || text.includes('"errors":')) {
        process.stderr.write(`subscriber got ${text.slice(0, 300)}\n`);
        return;
      }
      received++;
      ready.add(socket);
      const key = keyOf(text);
      const at = key === null ? undefined : sentAt.get(key);
      if (at !== undefined) latencies.push(now - at);
    });
    socket.on('error', (error) => reject(error));
  });
}

process.on('message', async (command: Command) => {
  switch (command.type) {
    case 'open': {
      // a few hundred handshakes at a time, as a crowd of browsers would arrive
      for (let i = 0; i < command.count; i += 250) {
        const batch = Array.from({ length: Math.min(250, command.count - i) }, (_, n) => openOne(command.url, command.queries[(i + n) % command.queries.length]));
        await Promise.all(batch);
      }
      process.send!({ type: 'opened', count: command.count });
      break;
    }
    case 'sent':
      sentAt.set(command.key, command.at);
      break;
    case 'stats':
      process.send!({ type: 'stats', received, latencies, ready: ready.size });
      break;
    case 'reset':
      received = 0;
      latencies = [];
      sentAt.clear();
      process.send!({ type: 'reset' });
      break;
    case 'close': {
      for (const socket of sockets.splice(0)) socket.close();
      ready.clear();
      sentAt.clear();
      received = 0;
      latencies = [];
      process.send!({ type: 'closed' });
      break;
    }
  }
});
