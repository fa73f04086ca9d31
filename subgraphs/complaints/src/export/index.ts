/**
 * Exports of search results and summary reports as CSV and PDF, with a document reference
 * number, a watermark and a recorded download (004 §4.5.1 (13), for the reports of (17)).
 *
 * Use, per download: `referenceNo = await recordDownload(em, {...})`, build the ReportTable
 * with that number, then `renderPdf(table)` or `renderCsv(table)`, named by `exportFileName`.
 */
import { ExportDownload } from './download.entity.js';

export * from './table.js';
export * from './format.js';
export { renderCsv, neutralizeFormula, csvField, type CsvOptions } from './csv.js';
export { renderPdf, DEPARTMENT_NAME } from './pdf.js';
export { exportFileName, contentDisposition, CONTENT_TYPES } from './file-name.js';
export { ExportDownload, ExportFormat } from './download.entity.js';
export {
  recordDownload, listDownloads, downloadWhere, exportReferenceNo, EXPORT_SERIES,
  type DownloadRequest, type DownloadFilter,
} from './export.service.js';
export { exportMigration, Migration20261123090000_export_download } from './migration.js';

/** Add to the complaints subgraph's `entities`. */
export const exportEntities = [ExportDownload];
