/**
 * WebSocket subscribers for the live fan-out benchmark, in processes of their own so that
 * receiving thousands of messages does not run on the router's event loop (the benchmark starts
 * several, as real subscribers are thousands of separate browsers). Driven over IPC by
 * `live-fanout.ts`:
 *   open {url, count, queries, offset} → opened {count}      (each connection speaks graphql-ws and subscribes once)
 *   sent {key, at}                                      (a change was triggered at `at`; messages carrying `key` are timed)
 *   count                        → count {received}     (cheap: what the benchmark polls while it waits)
 *   stats                        → stats {received, latencies, ready, spans}   (ready: connections that got any message;
 *                                                       spans: per timed key, when its first and last message arrived)
 *   reset                        → reset                (counts start again; connections stay)
 *   close                        → closed
 *
 * The client is a lean WebSocket speaker (RFC 6455 over `node:net`: a real upgrade handshake with
 * the accept key checked, masked client frames, server frames parsed as they arrive) rather than
 * the `ws` package, whose per-message events and buffer copies made this process, not the router,
 * the slowest part of the measurement. The first message of every connection is parsed and checked
 * whole; after that each message is checked to be a `next` result of the subscription without
 * errors, as a load generator does.
 */
import net from 'node:net';
import { createHash, randomBytes } from 'node:crypto';

interface OpenCommand {
  type: 'open';
  url: string;
  count: number;
  /** Subscription documents, given to connections in turn. */
  queries: string[];
  /** Where in `queries` this process's first connection starts (the processes share one crowd). */
  offset: number;
}

type Command = OpenCommand | { type: 'sent'; key: string; at: number } | { type: 'count' } | { type: 'stats' } | { type: 'reset' } | { type: 'close' };

const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const NEXT = Buffer.from('{"id":"1","type":"next"');
const ERRORS = Buffer.from('"errors":');
const REQUEST_NO = Buffer.from('"requestNo":"');
const QUOTE = 0x22;
/** Every socket of this process reads into this buffer (see `onread` below). */
const readBuffer = Buffer.allocUnsafe(256 * 1024);

const sockets: net.Socket[] = [];
const sentAt = new Map<string, number>();
let received = 0;
let ready = 0;
let latencies: number[] = [];
/** Per timed key: when its first and last message arrived (the fan-out's spread). */
let spans = new Map<string, { first: number; last: number }>();

/** A client frame: text, masked (RFC 6455 §5.3). */
function clientFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0x81, 0x80 | length]) : Buffer.from([0x81, 0x80 | 126, length >> 8, length & 0xff]);
  const mask = randomBytes(4);
  for (let i = 0; i < length; i++) payload[i] ^= mask[i & 3];
  return Buffer.concat([header, mask, payload]);
}

function complain(payload: Buffer): void {
  process.stderr.write(`subscriber got ${payload.subarray(0, 300).toString()}\n`);
}

/** One subscriber: handshake, connection_init, subscribe once the server acknowledges, then count results. */
function openOne(url: string, query: string): Promise<void> {
  const target = new URL(url);
  const key = randomBytes(16).toString('base64');
  const accept = createHash('sha1').update(key + WEBSOCKET_GUID).digest('base64');
  return new Promise((resolve, reject) => {
    // reads land in one buffer per process and are parsed on the spot (`onread`: no stream
    // machinery, no Buffer per read); what must outlive the read (an unfinished frame) is copied
    const socket = net.connect({ host: target.hostname, port: Number(target.port), noDelay: true, onread: { buffer: readBuffer, callback: (length, buffer) => onData((buffer as Buffer).subarray(0, length)) } });
    sockets.push(socket);
    let upgraded = false;
    let checked = false;
    let counted = false;
    let pending: Buffer | null = null;

    const onMessage = (opcode: number, payload: Buffer) => {
      if (opcode === 0x9) {
        socket.write(Buffer.concat([Buffer.from([0x8a, 0x80 | payload.length]), Buffer.alloc(4), payload])); // pong, zero mask
        return;
      }
      if (opcode === 0x8) {
        socket.end();
        return;
      }
      if (opcode !== 0x1) return;
      if (!checked) {
        // protocol messages and the first result: parsed whole
        const message = JSON.parse(payload.toString()) as { type: string; payload?: { errors?: unknown; data?: unknown } };
        if (message.type === 'connection_ack') {
          socket.write(clientFrame(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } })));
          resolve();
          return;
        }
        if (message.type === 'ping') {
          socket.write(clientFrame('{"type":"pong"}'));
          return;
        }
        if (message.type !== 'next' || message.payload?.errors || !message.payload?.data) {
          complain(payload);
          return;
        }
        checked = true;
      } else if (payload.compare(NEXT, 0, NEXT.length, 0, NEXT.length) !== 0 || payload.indexOf(ERRORS) !== -1) {
        if (payload.toString().startsWith('{"type":"ping"')) {
          socket.write(clientFrame('{"type":"pong"}'));
          return;
        }
        complain(payload);
        return;
      }
      const now = Date.now();
      received++;
      if (!counted) {
        counted = true;
        ready++;
      }
      const at = payload.indexOf(REQUEST_NO);
      if (at === -1) return;
      const start = at + REQUEST_NO.length;
      const timed = payload.toString('latin1', start, payload.indexOf(QUOTE, start));
      const sent = sentAt.get(timed);
      if (sent === undefined) return;
      latencies.push(now - sent);
      const span = spans.get(timed);
      if (span) span.last = now;
      else spans.set(timed, { first: now, last: now });
    };

    /** Parses every whole frame in `data`; keeps an unfinished one for the next chunk. */
    const onFrames = (data: Buffer) => {
      let offset = 0;
      while (data.length - offset >= 2) {
        const opcode = data[offset] & 0x0f;
        let length = data[offset + 1] & 0x7f;
        let start = offset + 2;
        if (length === 126) {
          if (data.length - offset < 4) break;
          length = data.readUInt16BE(offset + 2);
          start = offset + 4;
        } else if (length === 127) {
          if (data.length - offset < 10) break;
          length = Number(data.readBigUInt64BE(offset + 2));
          start = offset + 10;
        }
        if (data.length < start + length) break;
        onMessage(opcode, data.subarray(start, start + length));
        offset = start + length;
      }
      pending = offset < data.length ? Buffer.from(data.subarray(offset)) : null;
    };

    socket.on('connect', () => {
      socket.write(
        `GET ${target.pathname} HTTP/1.1\r\nHost: ${target.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
      );
    });
    const onData = (chunk: Buffer): boolean => {
      let data = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = null;
      if (!upgraded) {
        const end = data.indexOf('\r\n\r\n');
        if (end === -1) {
          pending = Buffer.from(data);
          return true;
        }
        const head = data.toString('latin1', 0, end);
        if (!head.startsWith('HTTP/1.1 101') || !head.includes(`Sec-WebSocket-Accept: ${accept}`) && !head.toLowerCase().includes(`sec-websocket-accept: ${accept.toLowerCase()}`)) {
          reject(new Error(`WebSocket upgrade refused: ${head.split('\r\n')[0]}`));
          socket.destroy();
          return false;
        }
        upgraded = true;
        socket.write(clientFrame(JSON.stringify({ type: 'connection_init', payload: {} })));
        data = data.subarray(end + 4);
      }
      onFrames(data);
      return true;
    };
    socket.on('error', (error) => reject(error));
  });
}

/** A refused or reset connection (a busy loopback, ports in TIME_WAIT) is tried again, as a browser would. */
async function openWithRetry(url: string, query: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openOne(url, query);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

process.on('message', async (command: Command) => {
  switch (command.type) {
    case 'open': {
      // a few hundred handshakes at a time, as a crowd of browsers would arrive
      for (let i = 0; i < command.count; i += 250) {
        const batch = Array.from({ length: Math.min(250, command.count - i) }, (_, n) => openWithRetry(command.url, command.queries[(command.offset + i + n) % command.queries.length]));
        await Promise.all(batch);
      }
      process.send!({ type: 'opened', count: command.count });
      break;
    }
    case 'sent':
      sentAt.set(command.key, command.at);
      break;
    case 'count':
      process.send!({ type: 'count', received });
      break;
    case 'stats':
      process.send!({ type: 'stats', received, latencies, ready, spans: [...spans].map(([key, span]) => ({ key, ...span })) });
      break;
    case 'reset':
      received = 0;
      latencies = [];
      spans = new Map();
      sentAt.clear();
      process.send!({ type: 'reset' });
      break;
    case 'close': {
      for (const socket of sockets.splice(0)) socket.destroy();
      ready = 0;
      sentAt.clear();
      received = 0;
      latencies = [];
      spans = new Map();
      process.send!({ type: 'closed' });
      break;
    }
  }
});
