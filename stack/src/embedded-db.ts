import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded default: one PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder,
 * served on a local port by its wire-protocol socket server, so every service connects
 * with the ordinary pg driver exactly as it would to a real PostgreSQL.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, host = '127.0.0.1'): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: 64 });
  await server.start();
  return {
    url: `postgres://postgres@${host}:${port}/postgres`,
    async stop() {
      // the socket server's close waits for every client socket to end; one a client never closes would
      // hold it forever (seen once in CI), so after a few seconds the database is closed regardless
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await db.close();
    },
  };
}
