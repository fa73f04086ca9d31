/**
 * Bulk registration of instruments from a file (004 §4.5.4 (5)), all or nothing:
 *
 * 1. the file is read once, streaming (CSV or the first worksheet of an XLSX), and every row is
 *    checked — on its own (rows.ts), against the other rows (duplicate numbers) and, 5,000 rows
 *    at a time, against the database (operator exists, is active and in the uploader's area;
 *    number not registered yet); every problem of every row is recorded, not only the first;
 * 2. while no problem has been found, checked rows are spooled to a temporary file;
 * 3. with no problem at all (and not a dry run) the spool is inserted in ONE transaction, with
 *    multi-row INSERTs of 5,000 rows, together with the import's outcome and its outbox event.
 *    A process that dies before the commit leaves no instrument behind: PostgreSQL rolls the
 *    transaction back when the connection drops, and `failAbandonedImports` later marks the
 *    import FAILED.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
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
    await this.em.getConnection().execute(
      `insert into "${schemaOf(this.em)}"."instrument_import_error" (import_id, row_number, "column", field, code, value, message_th, message_en)
       select ?::uuid, r.row_number, r."column", r.field, r.code, r.value, r.message_th, r.message_en
       from json_to_recordset(?::json) as r(row_number int, "column" text, field text, code text, value text, message_th text, message_en text)`,
      [this.importId, JSON.stringify(rows)],
      'run',
    );
  }
}

function rowError(row: CheckedRow, field: ImportField, code: ImportErrorCode, columns: Map<ImportField, string>, detail = ''): RowError {
  const column = columns.get(field) ?? columnOf(field).th;
  const raw = row.parsed[field];
  return { rowNumber: row.rowNumber, field, column, code, value: raw === null ? null : String(raw).slice(0, 100), ...explain(code, column, detail) };
}

/**
 * Reads, checks and (when every row passes and it is no dry run) registers the rows of the file
 * of import `importId`. Never throws: the outcome is written on the import.
 */
export async function runImport(orm: MikroORM, importId: string, filePath: string): Promise<InstrumentImport> {
  const em = orm.em.fork();
  const job = await em.findOneOrFail(InstrumentImport, importId);
  const schema = schemaOf(em);
  const area: Principal = { kind: 'user', id: job.createdById ?? null, name: job.createdBy, officeCode: job.officeCode ?? null, roles: [], provinceCodes: job.provinceCodes ?? null, rights: {} };
  const spoolPath = `${filePath}.rows.ndjson`;
  let spool: WriteStream | null = job.validateOnly ? null : createWriteStream(spoolPath);
  const heartbeat = setInterval(() => {
    orm.em.fork().getConnection().execute(`update "${schema}"."instrument_import" set heartbeat_at = now() where id = ?`, [importId], 'run').catch(() => undefined);
  }, HEARTBEAT_MS);
  const errors = new ErrorSink(em, importId);
  const operators = new Map<string, OperatorFact | null>();
  const seenNumbers = new Map<string, number>();
  const provinceCounts: Record<string, number> = {};
  let total = 0;
  const input = createReadStream(filePath);
  try {
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
        const found = await em.getConnection().execute<{ id: string; registration_no: string; province_code: string; status: OperatorStatus }[]>(
          `select id, registration_no, province_code, status from "${schema}"."operator" where registration_no in (select json_array_elements_text(?::json))`,
          [JSON.stringify(unknown)],
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
              await em.getConnection().execute<{ instrument_no: string }[]>(
                `select instrument_no from "${schema}"."instrument" where instrument_no in (select json_array_elements_text(?::json))`,
                [JSON.stringify(numbers)],
              )
            ).map((r) => r.instrument_no),
      );
      const lines: string[] = [];
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
        if (spool) {
          lines.push(
            JSON.stringify({
              instrument_no: r.instrumentNo, type: r.type, brand: r.brand, model: r.model, serial_no: r.serialNo, capacity: r.capacity, resolution: r.resolution,
              unit: r.unit, software_version: r.softwareVersion, prototype_registration_no: r.prototypeRegistrationNo, seal_no: r.sealNo,
              certificate_no: r.certificateNo, certificate_expires_on: r.certificateExpiresOn, owner_id: operator!.id, place_name: r.placeName,
              address: r.address, province_code: province, lat: r.lat, lng: r.lng,
            }),
          );
        }
      }
      if (errors.count > 0 && spool) {
        // one problem is enough to register nothing: stop spooling, keep checking to report all
        spool.destroy();
        spool = null;
      }
      if (spool && lines.length > 0 && !spool.write(lines.join('\n') + '\n')) await once(spool, 'drain');
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
    if (spool) {
      spool.end();
      await once(spool, 'finish');
    }

    job.totalRows = total;
    job.errorRows = errors.rows;
    job.errorCount = errors.count;
    job.finishedAt = new Date();
    if (errors.count > 0) {
      job.status = InstrumentImportStatus.REJECTED;
      await em.flush();
      return job;
    }
    if (job.validateOnly) {
      job.status = InstrumentImportStatus.VALIDATED;
      await em.flush();
      return job;
    }
    await em.transactional(async (tx) => {
      const lines = createInterface({ input: createReadStream(spoolPath), crlfDelay: Infinity });
      let chunk: string[] = [];
      let inserted = 0;
      const insert = async () => {
        if (chunk.length === 0) return;
        await tx.getConnection().execute(
          `insert into "${schema}"."instrument" (id, instrument_no, type, brand, model, serial_no, capacity, resolution, unit, software_version, prototype_registration_no, seal_no, certificate_no, certificate_expires_on, owner_id, place_name, address, province_code, lat, lng, created_at)
           select gen_random_uuid(), r.instrument_no, r.type, r.brand, r.model, r.serial_no, r.capacity, r.resolution, r.unit, r.software_version, r.prototype_registration_no, r.seal_no, r.certificate_no, r.certificate_expires_on, r.owner_id, r.place_name, r.address, r.province_code, r.lat, r.lng, now()
           from json_populate_recordset(null::"${schema}"."instrument", ?::json) as r`,
          [`[${chunk.join(',')}]`],
          'run',
          tx.getTransactionContext(),
        );
        inserted += chunk.length;
        chunk = [];
      };
      for await (const line of lines) {
        if (line === '') continue;
        chunk.push(line);
        if (chunk.length >= IMPORT_BATCH) await insert();
      }
      await insert();
      const current = await tx.findOneOrFail(InstrumentImport, importId);
      Object.assign(current, { status: InstrumentImportStatus.COMPLETED, insertedRows: inserted, totalRows: total, finishedAt: new Date() });
      recordEvent(tx, {
        type: INSTRUMENTS_IMPORTED,
        aggregateType: 'InstrumentImport',
        aggregateId: importId,
        payload: { importId, fileName: job.fileName, format: job.format, instruments: inserted, byProvince: provinceCounts },
        actor: job.createdBy,
      });
    });
    job.status = InstrumentImportStatus.COMPLETED;
    job.insertedRows = total;
    return job;
  } catch (error) {
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
    spool?.destroy();
    await rm(spoolPath, { force: true });
  }
}

async function markFailed(em: EntityManager, importId: string, reason: string): Promise<void> {
  await em.getConnection().execute(
    `update "${schemaOf(em)}"."instrument_import" set status = 'FAILED', failure_reason = ?, inserted_rows = 0, finished_at = now() where id = ? and status = 'PROCESSING'`,
    [reason, importId],
    'run',
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
