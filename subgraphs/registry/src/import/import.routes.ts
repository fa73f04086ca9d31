/**
 * The upload of an instrument file. GraphQL through the gateway carries no file uploads, so the
 * file comes as the raw body of an HTTP request that the router authenticates, signs (the
 * caller's principal, as for GraphQL) and streams to the registry:
 *
 *   POST /imports/instruments?format=csv|xlsx&fileName=…&validateOnly=true
 *     body: the file (text/csv or the XLSX media type)   → 202 { id, status }
 *   GET  /imports/instruments/template.csv                → the Thai/English template
 *
 * The outcome, with every row error, is then read with the `instrumentImport(id)` query.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AccessLevel, log, requireAccess, type Principal, type SubgraphDefinition } from '@metrograph/kit';
import { InstrumentImportFormat } from './import.entity.js';
import { createImport, runImport } from './import.service.js';
import { templateHeaders } from './rows.js';
import { csvField } from './csv.js';

export const IMPORT_PATH = '/imports/instruments';
/** Largest file accepted (a 100,000-row CSV is about 30 MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The subgraph's express application, as the kit hands it to `routes`. */
type App = Parameters<NonNullable<SubgraphDefinition['routes']>>[0];

function problem(res: ServerResponse, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: { code, message } }));
}

/** The format named by the query, else by the file name, else by the content type. */
export function formatOf(query: unknown, fileName: string, contentType: string | undefined): InstrumentImportFormat | null {
  const named = typeof query === 'string' ? query.toUpperCase() : '';
  if (named === 'CSV' || named === 'XLSX') return named as InstrumentImportFormat;
  if (named) return null;
  if (/\.xlsx$/i.test(fileName) || contentType?.startsWith(XLSX_TYPE)) return InstrumentImportFormat.XLSX;
  if (/\.(csv|txt)$/i.test(fileName) || /^(text\/csv|text\/plain|application\/csv)/.test(contentType ?? '')) return InstrumentImportFormat.CSV;
  return null;
}

export interface ImportRoutesOptions {
  orm: MikroORM;
  /** The caller as the router signed it; throws when the request carries no valid signature. */
  callerOf: (req: IncomingMessage) => Principal;
}

/** Mounts the upload and the template on the registry's HTTP server. */
export function mountImportRoutes(app: App, { orm, callerOf }: ImportRoutesOptions): void {
  app.get(`${IMPORT_PATH}/template.csv`, (_req, res) => {
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="instrument-import-template.csv"');
    res.send('\uFEFF' + templateHeaders().map(csvField).join(',') + '\r\n');
  });

  app.post(IMPORT_PATH, async (req, res) => {
    let principal: Principal;
    let anonymous = false;
    try {
      principal = callerOf(req);
      anonymous = principal.kind === 'anonymous';
      requireAccess(principal, 'registry', AccessLevel.CREATE);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code ?? 'UNAUTHENTICATED';
      // a caller without credentials is told to sign in, not that they lack a right
      if (code === 'FORBIDDEN' && anonymous) problem(res, 401, 'UNAUTHENTICATED', 'Sign in to import instruments.');
      else problem(res, code === 'FORBIDDEN' ? 403 : 401, code, (error as Error).message);
      return;
    }
    const fileName = String(req.query.fileName ?? req.headers['x-file-name'] ?? 'instruments').slice(0, 255);
    const contentType = req.headers['content-type'];
    if (contentType?.startsWith('multipart/')) {
      problem(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file itself as the request body (text/csv or the XLSX media type), not a multipart form.');
      return;
    }
    const format = formatOf(req.query.format, fileName, contentType);
    if (!format) {
      problem(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Name the format: ?format=csv or ?format=xlsx (or a file name ending .csv/.xlsx).');
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_IMPORT_BYTES) {
      problem(res, 413, 'FILE_TOO_LARGE', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
      return;
    }
    const validateOnly = /^(1|true|yes)$/i.test(String(req.query.validateOnly ?? ''));
    const id = randomUUID();
    const filePath = path.join(tmpdir(), `metrograph-import-${id}.${format.toLowerCase()}`);
    let bytes = 0;
    try {
      await pipeline(
        req,
        new Transform({
          transform(chunk: Buffer, _encoding, done) {
            bytes += chunk.length;
            done(bytes > MAX_IMPORT_BYTES ? new Error('FILE_TOO_LARGE') : null, chunk);
          },
        }),
        createWriteStream(filePath),
      );
    } catch (error) {
      await rm(filePath, { force: true });
      if ((error as Error).message === 'FILE_TOO_LARGE') problem(res, 413, 'FILE_TOO_LARGE', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
      else problem(res, 400, 'UPLOAD_INCOMPLETE', `The upload did not arrive whole: ${(error as Error).message}`);
      return;
    }
    if (bytes === 0) {
      await rm(filePath, { force: true });
      problem(res, 400, 'EMPTY_FILE', 'The request body (the file) is empty.');
      return;
    }
    try {
      const job = await createImport(orm.em.fork(), { id, format, fileName, fileBytes: bytes, validateOnly, principal });
      res.status(202).json({ id: job.id, status: job.status });
    } catch (error) {
      await rm(filePath, { force: true });
      log('registry', 'error', 'instrument import not recorded', { error: String(error) });
      problem(res, 500, 'INTERNAL_SERVER_ERROR', 'The import could not be recorded; try again.');
      return;
    }
    // the outcome is read with instrumentImport(id); runImport records failures on the import itself
    void runImport(orm, id, filePath).finally(() => rm(filePath, { force: true }));
  });
}
