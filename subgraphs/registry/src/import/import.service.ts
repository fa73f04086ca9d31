/**
 * Bulk registration of instruments from a file (004 §4.5.4 (5)), all or nothing:
 *
 * 1. the file is read once, streaming (CSV or the first worksheet of an XLSX), and every row is
 *    checked — on its own (rows.ts), against the other rows (duplicate numbers) and, 5,000 rows
 *    at a time, against the database (operator exists, is active and in the uploader's area;
 *    number not registered yet); every problem of every row is recorded, not only the first;
 * 2. while no problem has been found, checked rows are inserted, 5,000 per multi-row INSERT, in
 *    ONE transaction opened at the start; the first problem rolls it back;
 * 3. with no problem at all (and not a dry run) that transaction commits, together with the
 *    import's outcome and its outbox event.
 *    A process that dies before the commit leaves no instrument behind: PostgreSQL rolls the
 *    transaction back when the connection drops, and `failAbandonedImports` later marks the
 *    import FAILED.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { canSeeProvince, log, recordEvent, type Principal } from '@metrograph/kit';
import { OperatorStatus } from '../operator/operator.entity.js';
import { InstrumentImport, InstrumentImportFormat, InstrumentImportStatus } from './import.entity.js';
import { checkRow, columnOf, explain, mapHeader, type CheckedRow, type ImportErrorCode, type ImportField, type RowError } from './rows.js';
import { readCsv, type CsvRecord } from './csv.js';
import { readXlsx } from './xlsx.js';

/** Rows checked against the database, and inserted, per statement. */
export const IMPORT_BATCH = 5000;
/** How often a working import shows it is alive. */
export const HEARTBEAT_MS = 5000;
/** A PROCESSING import without a sign of life for this long was abandoned by a dead process. */
export const ABANDONED_AFTER_MS = 60_000;

export const INSTRUMENTS_IMPORTED = 'InstrumentsImported';

interface PgClient {
  query<R = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<{ rows: R[] }>;
}
interface KnexLike {
  client: { acquireConnection(): Promise<PgClient>; releaseConnection(connection: PgClient): Promise<void> };
}

/**
 * Runs `work` on a pg connection with real bind parameters ($1, $2): large JSON documents go to
 * PostgreSQL as parameters, not spliced into the SQL text. With `transaction` (a transactional
 * EntityManager), it is that transaction's connection.
 */
async function onConnection<T>(em: EntityManager, work: (pg: PgClient) => Promise<T>, transaction?: EntityManager): Promise<T> {
  const knex = (transaction?.getTransactionContext() ?? em.getKnex()) as unknown as KnexLike;
  const connection = await knex.client.acquireConnection();
  try {
    return await work(connection);
  } finally {
    // inside a transaction the connection stays with it; knex's transaction client ignores the release
    await knex.client.releaseConnection(connection);
  }
}

function schemaOf(em: EntityManager): string {
  return em.config.get('schema') ?? 'registry';
}

function rowsOf(format: InstrumentImportFormat, input: Readable): AsyncGenerator<CsvRecord> {
  return format === InstrumentImportFormat.XLSX ? readXlsx(input) : readCsv(input as AsyncIterable<Buffer>);
}

interface OperatorFact {
  id: string;
  provinceCode: string;
  status: OperatorStatus;
}

/** Creates the import record (status PROCESSING) for a received file. */
export async function createImport(
  em: EntityManager,
  options: { id: string; format: InstrumentImportFormat; fileName: string; fileBytes: number; validateOnly: boolean; principal: Principal },
): Promise<InstrumentImport> {
  const job = em.create(InstrumentImport, {
    id: options.id,
    format: options.format,
    fileName: options.fileName.slice(0, 255),
    fileBytes: options.fileBytes,
    validateOnly: options.validateOnly,
    createdById: options.principal.id,
    createdBy: options.principal.name,
    officeCode: options.principal.officeCode,
    provinceCodes: options.principal.provinceCodes,
  } as never);
  await em.persist(job).flush();
  return job;
}

class ErrorSink {
  private pending: RowError[] = [];
  count = 0;
  rows = 0;
  constructor(private readonly em: EntityManager, private readonly importId: string) {}

  add(errors: RowError[]): void {
    if (errors.length === 0) return;
    this.rows++;
    this.count += errors.length;
    this.pending.push(...errors);
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending.map((e) => ({ row_number: e.rowNumber, column: e.column?.slice(0, 300) ?? null, field: e.field, code: e.code, value: e.value, message_th: e.messageTh, message_en: e.messageEn }));
    this.pending = [];
    await onConnection(this.em, (pg) =>
      pg.query(
        `insert into "${schemaOf(this.em)}"."instrument_import_error" (import_id, row_number, "column", field, code, value, message_th, message_en)
         select $1::uuid, r.row_number, r."column", r.field, r.code, r.value, r.message_th, r.message_en
         from json_to_recordset($2::json) as r(row_number int, "column" text, field text, code text, value text, message_th text, message_en text)`,
        [this.importId, JSON.stringify(rows)],
      ),
    );
  }
}

function rowError(row: CheckedRow, field: ImportField, code: ImportErrorCode, columns: Map<ImportField, string>, detail = ''): RowError {
  const column = columns.get(field) ?? columnOf(field).th;
  const raw = row.parsed[field];
  return { rowNumber: row.rowNumber, field, column, code, value: raw === null ? null : String(raw).slice(0, 100), ...explain(code, column, detail) };
}

const INSERT_COLUMNS =
  'instrument_no, type, brand, model, serial_no, capacity, resolution, unit, software_version, prototype_registration_no, seal_no, certificate_no, certificate_expires_on, owner_id, place_name, address, province_code, lat, lng';

/**
 * Reads, checks and (when every row passes and it is no dry run) registers the rows of the file
 * of import `importId`. Never throws: the outcome is written on the import.
 *
 * Checked batches are inserted as they come, inside one transaction opened at the start, so that
 * PostgreSQL writes while the next batch is read and checked; the first problem found rolls that
 * transaction back (reading goes on, to report every problem), and only a file without any
 * problem is committed — together with the import's outcome and its outbox event.
 */
export async function runImport(orm: MikroORM, importId: string, filePath: string): Promise<InstrumentImport> {
  const em = orm.em.fork();
  const job = await em.findOneOrFail(InstrumentImport, importId);
  const schema = schemaOf(em);
  const area: Principal = { kind: 'user', id: job.createdById ?? null, name: job.createdBy, officeCode: job.officeCode ?? null, roles: [], provinceCodes: job.provinceCodes ?? null, rights: {} };
  const heartbeat = setInterval(() => {
    orm.em.fork().getConnection().execute(`update "${schema}"."instrument_import" set heartbeat_at = now() where id = ?`, [importId], 'run').catch(() => undefined);
  }, HEARTBEAT_MS);
  const errors = new ErrorSink(em, importId);
  const operators = new Map<string, OperatorFact | null>();
  const seenNumbers = new Map<string, number>();
  const provinceCounts: Record<string, number> = {};
  let total = 0;
  let inserted = 0;
  const input = createReadStream(filePath);
  // the one transaction all rows go into (none for a dry run); rolled back at the first problem
  let tx: EntityManager | null = null;
  let insertion: Promise<unknown> = Promise.resolve();
  let insertFailure: unknown = null;
  const rollback = async () => {
    if (!tx) return;
    const open = tx;
    tx = null;
    await insertion;
    await open.rollback().catch(() => undefined);
  };
  try {
    if (!job.validateOnly) {
      tx = orm.em.fork();
      await tx.begin();
    }
    const records = rowsOf(job.format, input);
    let headers: string[] | null = null;
    let mapping: ReturnType<typeof mapHeader> | null = null;
    const columns = new Map<ImportField, string>();
    let batch: CheckedRow[] = [];

    const checkBatch = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      // operators not met before, in one query
      const unknown = [...new Set(rows.map((r) => r.parsed.operatorRegistrationNo).filter((n): n is string => n !== null && !operators.has(n)))];
      if (unknown.length > 0) {
        const { rows: found } = await onConnection(em, (pg) =>
          pg.query<{ id: string; registration_no: string; province_code: string; status: OperatorStatus }>(
            `select id, registration_no, province_code, status from "${schema}"."operator" where registration_no = any($1::text[])`,
            [unknown],
          ),
        );
        for (const n of unknown) operators.set(n, null);
        for (const o of found) operators.set(o.registration_no, { id: o.id, provinceCode: o.province_code, status: o.status });
      }
      // numbers already registered, in one query
      const numbers = rows.map((r) => r.parsed.instrumentNo).filter((n): n is string => n !== null);
      const registered = new Set(
        numbers.length === 0
          ? []
          : (
              await onConnection(em, (pg) =>
                pg.query<{ instrument_no: string }>(`select instrument_no from "${schema}"."instrument" where instrument_no = any($1::text[])`, [numbers]),
              )
            ).rows.map((r) => r.instrument_no),
      );
      const documents: string[] = [];
      for (const row of rows) {
        const p = row.parsed;
        if (p.instrumentNo !== null && registered.has(p.instrumentNo)) row.errors.push(rowError(row, 'instrumentNo', 'ALREADY_REGISTERED', columns));
        const operator = p.operatorRegistrationNo === null ? null : operators.get(p.operatorRegistrationNo);
        if (p.operatorRegistrationNo !== null && !operator) row.errors.push(rowError(row, 'operatorRegistrationNo', 'OPERATOR_NOT_FOUND', columns));
        if (operator) {
          if (!canSeeProvince(area, operator.provinceCode)) row.errors.push(rowError(row, 'operatorRegistrationNo', 'OPERATOR_OUT_OF_AREA', columns));
          else if (operator.status !== OperatorStatus.ACTIVE) row.errors.push(rowError(row, 'operatorRegistrationNo', 'OPERATOR_NOT_ACTIVE', columns, operator.status));
        }
        const province = p.provinceCode ?? operator?.provinceCode ?? null;
        if (p.provinceCode !== null && !canSeeProvince(area, p.provinceCode)) row.errors.push(rowError(row, 'provinceCode', 'PROVINCE_OUT_OF_AREA', columns, p.provinceCode));
        errors.add(row.errors);
        if (errors.count > 0) continue;
        const r = row.record!;
        provinceCounts[province!] = (provinceCounts[province!] ?? 0) + 1;
        if (tx) {
          documents.push(
            JSON.stringify({
              instrument_no: r.instrumentNo, type: r.type, brand: r.brand, model: r.model, serial_no: r.serialNo, capacity: r.capacity, resolution: r.resolution,
              unit: r.unit, software_version: r.softwareVersion, prototype_registration_no: r.prototypeRegistrationNo, seal_no: r.sealNo,
              certificate_no: r.certificateNo, certificate_expires_on: r.certificateExpiresOn, owner_id: operator!.id, place_name: r.placeName,
              address: r.address, province_code: province, lat: r.lat, lng: r.lng,
            }),
          );
        }
      }
      if (errors.count > 0) {
        // one problem is enough to register nothing: undo what was written, keep checking to report all
        await rollback();
      } else if (tx && documents.length > 0) {
        // the previous batch must be in before this one is sent; this one is written while the next is read
        await insertion;
        if (insertFailure) throw insertFailure;
        const transaction = tx;
        insertion = onConnection(
          em,
          (pg) =>
            pg.query(
              `insert into "${schema}"."instrument" (id, ${INSERT_COLUMNS}, created_at)
               select gen_random_uuid(), ${INSERT_COLUMNS}, now() from json_populate_recordset(null::"${schema}"."instrument", $1::json)`,
              [`[${documents.join(',')}]`],
            ),
          transaction,
        ).then(
          () => void (inserted += documents.length),
          (error) => void (insertFailure = error),
        );
      }
      await errors.flush();
      await em.getConnection().execute(
        `update "${schema}"."instrument_import" set total_rows = ?, error_rows = ?, error_count = ?, heartbeat_at = now() where id = ?`,
        [total, errors.rows, errors.count, importId],
        'run',
      );
    };

    for await (const record of records) {
      if (headers === null) {
        headers = record.fields.map((h) => h.trim());
        mapping = mapHeader(headers, record.line);
        if (mapping.errors.length > 0) {
          for (const e of mapping.errors) errors.add([e]);
          break;
        }
        mapping.fields.forEach((f, i) => f && columns.set(f, headers![i]));
        continue;
      }
      total++;
      const row = checkRow(record.fields, mapping!, record.line, headers);
      const number = row.parsed.instrumentNo;
      if (number !== null) {
        const first = seenNumbers.get(number);
        if (first !== undefined) row.errors.push(rowError(row, 'instrumentNo', 'DUPLICATE_IN_FILE', columns, String(first)));
        else seenNumbers.set(number, row.rowNumber);
      }
      batch.push(row);
      if (batch.length >= IMPORT_BATCH) await checkBatch();
    }
    await checkBatch();
    if (headers === null || (total === 0 && errors.count === 0)) {
      errors.add([{ rowNumber: 1, field: null, column: null, code: 'EMPTY_FILE', value: null, ...explain('EMPTY_FILE', '') }]);
    }
    await errors.flush();
    job.totalRows = total;
    job.errorRows = errors.rows;
    job.errorCount = errors.count;
    job.finishedAt = new Date();
    if (errors.count > 0 || job.validateOnly) {
      await rollback();
      job.status = errors.count > 0 ? InstrumentImportStatus.REJECTED : InstrumentImportStatus.VALIDATED;
      await em.flush();
      return job;
    }
    await insertion;
    if (insertFailure) throw insertFailure;
    const transaction = tx!;
    const current = await transaction.findOneOrFail(InstrumentImport, importId);
    Object.assign(current, { status: InstrumentImportStatus.COMPLETED, insertedRows: inserted, totalRows: total, errorRows: 0, errorCount: 0, finishedAt: new Date() });
    recordEvent(transaction, {
      type: INSTRUMENTS_IMPORTED,
      aggregateType: 'InstrumentImport',
      aggregateId: importId,
      payload: { importId, fileName: job.fileName, format: job.format, instruments: inserted, byProvince: provinceCounts },
      actor: job.createdBy,
    });
    tx = null;
    await transaction.commit(); // flushes the outcome and the event, then commits with the rows
    job.status = InstrumentImportStatus.COMPLETED;
    job.insertedRows = inserted;
    return job;
  } catch (error) {
    await rollback();
    const unique = (error as { code?: string }).code === '23505';
    const reason = unique
      ? 'An instrument number in the file was registered by someone else while this file was imported; nothing was registered. Upload the file again to see which rows.'
      : `${(error as Error).message}`.slice(0, 900);
    log('registry', unique ? 'warn' : 'error', 'instrument import failed', { importId, error: String(error) });
    await markFailed(orm.em.fork(), importId, reason);
    return orm.em.fork().findOneOrFail(InstrumentImport, importId);
  } finally {
    clearInterval(heartbeat);
    input.destroy();
  }
}

async function markFailed(em: EntityManager, importId: string, reason: string): Promise<void> {
  await onConnection(em, (pg) =>
    pg.query(
      `update "${schemaOf(em)}"."instrument_import" set status = 'FAILED', failure_reason = $1, inserted_rows = 0, finished_at = now() where id = $2 and status = 'PROCESSING'`,
      [reason, importId],
    ),
  );
}

/** Marks FAILED the imports whose process stopped showing signs of life (it died mid-way); returns how many. */
export async function failAbandonedImports(em: EntityManager, olderThanMs = ABANDONED_AFTER_MS): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `update "${schemaOf(em)}"."instrument_import" set status = 'FAILED', inserted_rows = 0, finished_at = now(),
       failure_reason = 'The service stopped while importing; nothing was registered. Upload the file again.'
     where status = 'PROCESSING' and heartbeat_at < now() - make_interval(secs => ?) returning id`,
    [olderThanMs / 1000],
  );
  return rows.length;
}
