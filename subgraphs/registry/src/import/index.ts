/** Bulk registration of instruments from CSV or Excel files (004 §4.5.4 (5)), all rows or none. */
export { InstrumentImport, InstrumentImportError, InstrumentImportStatus, InstrumentImportFormat } from './import.entity.js';
export { InstrumentImportResolver } from './import.resolver.js';
export { mountImportRoutes, IMPORT_PATH, MAX_IMPORT_BYTES } from './import.routes.js';
export { runImport, createImport, failAbandonedImports, INSTRUMENTS_IMPORTED, IMPORT_BATCH, ABANDONED_AFTER_MS } from './import.service.js';
export { IMPORT_COLUMNS, templateHeaders, checkRow, mapHeader, type ImportRecord, type RowError, type ImportErrorCode } from './rows.js';
export { readCsv, csvField } from './csv.js';
export { readXlsx } from './xlsx.js';
export { demoImportRows, demoImportCsv, demoImportXlsx, type DemoImportOptions } from './demo-file.js';
