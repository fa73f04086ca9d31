import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import { PGlite } from '@electric-sql/pglite';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded default: one PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder,
 * served on a local port by a wire-protocol socket server, so every service connects with the
 * ordinary pg driver exactly as it would to a real PostgreSQL.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, host = '127.0.0.1'): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new SessionServer(db);
  await server.listen(port, host);
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

/**
 * PGlite is one PostgreSQL session; every client connection shares it. The session is lent to one
 * connection at a time, for a whole exchange: from its first message until the message that ends the
 * exchange (Sync, a simple Query, the startup message) has been answered — and for as long as that
 * connection has a transaction open. (@electric-sql/pglite-socket 0.2.17 lends it per message outside
 * transactions, so two connections' Parse/Bind/Execute interleave: "unnamed prepared statement does not
 * exist", "portal does not exist" — electric-sql/pglite#1046.)
 * Named prepared statements belong to a connection, as on a real server: each connection's names
 * are prefixed with its own (`c<n>_`) on the way in, so two connections may both prepare "s1", and
 * a connection's statements are deallocated when it closes.
 */
class SessionServer {
  private readonly server = net.createServer((socket) => this.serve(socket));
  private readonly sockets = new Set<net.Socket>();
  private owner: net.Socket | null = null;
  private readonly waiting: { socket: net.Socket; resolve: () => void }[] = [];
  private connections = 0;

  constructor(private readonly db: PGlite) {}

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /** Stops accepting, ends every client connection and rolls back a transaction left open. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => undefined);
  }

  private async acquire(socket: net.Socket): Promise<void> {
    if (this.owner === null || this.owner === socket) {
      this.owner = socket;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push({ socket, resolve }));
  }

  private release(socket: net.Socket): void {
    if (this.owner !== socket) return;
    const next = this.waiting.shift();
    this.owner = next?.socket ?? null;
    next?.resolve();
  }

  private serve(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.setNoDelay(true);
    let buffer = Buffer.alloc(0);
    let started = false;
    const names = new PreparedNames(`c${++this.connections}_`);
    let work = Promise.resolve();
    const drain = async () => {
      for (;;) {
        if (socket.destroyed) return;
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write('N');
            continue;
          }
          if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
            socket.destroy();
            return;
          }
          started = true;
          await this.exchange(socket, message, true);
          continue;
        }
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]);
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (type === 'X') {
          socket.end();
          return;
        }
        await this.exchange(socket, names.rename(type, message), type === 'S' || type === 'Q');
      }
    };
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      work = work.then(drain).catch(() => {
        socket.destroy();
      });
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      this.sockets.delete(socket);
      const queued = this.waiting.findIndex((w) => w.socket === socket);
      if (queued >= 0) this.waiting.splice(queued, 1);
      // a connection that ends while it holds the session gives it back, rolled back if needed;
      // its prepared statements are deallocated when the session is next free
      void work.finally(async () => {
        if (this.owner === socket && this.db.isInTransaction()) await this.db.exec('ROLLBACK').catch(() => undefined);
        const deallocate = names.deallocations();
        if (deallocate.length) {
          await this.acquire(socket);
          for (const statement of deallocate) await this.db.exec(statement).catch(() => undefined);
        }
        this.release(socket);
      });
    });
  }

  /** Runs one message on the session for this connection; `ends` when it closes an exchange. */
  private async exchange(socket: net.Socket, message: Uint8Array, ends: boolean): Promise<void> {
    await this.acquire(socket);
    if (socket.destroyed) return;
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(message, {
        onRawData: (data) => {
          // a copy: the bytes may be a view of PGlite's memory, reused by the next call
          if (data.length && socket.writable) socket.write(Buffer.from(data));
        },
      }),
    );
    if (ends && !this.db.isInTransaction()) this.release(socket);
  }
}

/**
 * One connection's names of prepared statements, prefixed on the way to the shared session: Parse
 * and Bind name a statement; Describe and Close name one after an 'S' (a portal after a 'P', which
 * lives only inside the connection's own exchange or transaction and is left as it is).
 */
class PreparedNames {
  private readonly prepared = new Set<string>();

  constructor(private readonly prefix: string) {}

  /** The message with its statement name prefixed (the same message when it names none). */
  rename(type: string, message: Buffer): Buffer {
    let at: number;
    if (type === 'P') at = 5;
    else if (type === 'B') at = message.indexOf(0, 5) + 1;
    else if ((type === 'D' || type === 'C') && message[5] === 0x53) at = 6;
    else return message;
    const end = message.indexOf(0, at);
    if (end <= at) return message; // the unnamed statement
    const name = message.toString('utf8', at, end);
    if (type === 'P') this.prepared.add(name);
    else if (type === 'C') this.prepared.delete(name);
    const renamed = Buffer.concat([message.subarray(0, at), Buffer.from(this.prefix + name), message.subarray(end)]);
    renamed.writeInt32BE(renamed.length - 1, 1);
    return renamed;
  }

  /** SQL statements deallocating what this connection prepared (none when it prepared nothing). */
  deallocations(): string[] {
    return [...this.prepared].map((name) => `DEALLOCATE "${(this.prefix + name).replace(/"/g, '""')}"`);
  }
}
