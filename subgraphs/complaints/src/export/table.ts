/**
 * The one shape every export renders from (004 §4.5.1 (13)): a search result or a summary
 * report of (17), already queried and scoped to the caller's area by the report's own code.
 * Both renderers (CSV, PDF) take exactly this, so a new report only has to build a table.
 */

/** How a column's values are written; see format.ts for the exact output of each. */
export type ColumnFormat = 'text' | 'number' | 'satang' | 'date' | 'datetime' | 'percent';

export interface ReportColumn {
  /** Key of the value in each row (and in `totals`). */
  key: string;
  /** Column heading as officials read it (Thai). */
  header: string;
  /**
   * Relative width in the PDF (default 1): a column of width 3 gets three times the space of
   * a width-1 column; all columns share the printable width of an A4 landscape page.
   */
  width?: number;
  /** Alignment in the PDF; numeric formats default to right, others to left. */
  align?: 'left' | 'right' | 'center';
  /**
   * text (default): String(value). number: integer or decimal count. satang: integer satang,
   * written as baht. date / datetime: Date or ISO string, shown in Thai time. percent: a
   * fraction (0.853 is 85.3 %).
   */
  format?: ColumnFormat;
}

export interface ReportFilter {
  /** e.g. 'จังหวัด' */
  label: string;
  /** e.g. 'เชียงใหม่, ลำพูน' */
  value: string;
}

export interface ReportTable {
  /** Title in Thai, e.g. 'รายงานจำนวนคดีแยกตามฐานความผิด'. */
  title: string;
  /** English title, shown under the Thai one when given. */
  titleEn?: string;
  /** Document reference number from recordDownload (record first, then render). */
  referenceNo: string;
  generatedAt: Date;
  /** Name of the official who downloaded it, as in the audit record. */
  generatedBy: string;
  /** The filters the result was produced with, for the reader. */
  filters: ReportFilter[];
  columns: ReportColumn[];
  rows: Record<string, unknown>[];
  /** Totals row, keyed like the rows; columns without a total stay empty. */
  totals?: Record<string, unknown>;
  /** Watermark text, e.g. 'ใช้ภายในราชการ' plus the downloader's name. */
  watermark: string;
}

/** Report codes are recorded in the audit trail, so they are short and stable: 'complaint-search', 'cases-by-offence'. */
export type ReportCode = string;
