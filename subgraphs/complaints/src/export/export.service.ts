import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SortDirection, buddhistYear, nextInSeries, paginate, type Connection, type PageRequest, type Principal } from '@metrograph/kit';
import { ExportDownload, ExportFormat } from './download.entity.js';

/** Number series of export reference numbers in `number_series`, per Buddhist-era year. */
export const EXPORT_SERIES = 'export';

/** `EXP-2569-000123` */
export function exportReferenceNo(year: number, sequence: number): string {
  return `EXP-${year}-${String(sequence).padStart(6, '0')}`;
}

export interface DownloadRequest {
  /** Report code, e.g. 'complaint-search'. */
  report: string;
  format: ExportFormat | 'CSV' | 'PDF';
  /** Filters the report ran with (stored as JSON). */
  filters: unknown;
  rowCount: number;
  principal: Principal;
  /** Defaults to now; tests pin it. */
  now?: Date;
}

/**
 * Records a download and returns its document reference number. Call it before rendering:
 * the number is printed in the document. The number is taken and the record written in one
 * transaction (the caller's, when there is one), so numbers are unique, have no gaps from
 * failed writes, and follow each other in the order downloads commit.
 */
export async function recordDownload(em: EntityManager, request: DownloadRequest): Promise<string> {
  if (!request.report || request.report.length > 60) throw new Error(`report code must be 1 to 60 characters: ${request.report}`);
  if (!Number.isInteger(request.rowCount) || request.rowCount < 0) throw new Error(`rowCount must be a whole number: ${request.rowCount}`);
  const createdAt = request.now ?? new Date();
  const year = buddhistYear(createdAt);
  const { principal } = request;
  return em.transactional(async (tx) => {
    const referenceNo = exportReferenceNo(year, await nextInSeries(tx, EXPORT_SERIES, year));
    tx.persist(
      tx.create(ExportDownload, {
        id: randomUUID(),
        referenceNo,
        report: request.report,
        format: request.format as ExportFormat,
        filters: request.filters ?? {},
        rowCount: request.rowCount,
        actorId: principal.id,
        actorName: principal.name,
        officeCode: principal.officeCode,
        createdAt,
      }),
    );
    await tx.flush();
    return referenceNo;
  });
}

export interface DownloadFilter {
  actorId?: string | null;
  report?: string | null;
  format?: ExportFormat | null;
  officeCode?: string | null;
  referenceNo?: string | null;
  /** Inclusive lower bound of createdAt. */
  from?: Date | null;
  /** Exclusive upper bound of createdAt. */
  to?: Date | null;
}

/** Conditions for a DownloadFilter (unset fields do not filter). */
export function downloadWhere(filter: DownloadFilter = {}): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  if (filter.actorId) where.actorId = filter.actorId;
  if (filter.report) where.report = filter.report;
  if (filter.format) where.format = filter.format;
  if (filter.officeCode) where.officeCode = filter.officeCode;
  if (filter.referenceNo) where.referenceNo = filter.referenceNo;
  if (filter.from || filter.to) {
    const range: Record<string, Date> = {};
    if (filter.from) range.$gte = filter.from;
    if (filter.to) range.$lt = filter.to;
    where.createdAt = range;
  }
  return where;
}

/**
 * The download audit list, newest first, as a keyset-paginated connection (kit `paginate`):
 * the resolver of the audit list passes its filter and page arguments straight through.
 * Who may read it (auditors, HQ) is the resolver's decision.
 */
export async function listDownloads(
  em: EntityManager,
  filter: DownloadFilter = {},
  page: PageRequest = {},
): Promise<Connection<ExportDownload>> {
  return paginate(em, ExportDownload, downloadWhere(filter), [{ field: 'createdAt', direction: SortDirection.DESC }], page);
}
