import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum ExportFormat {
  CSV = 'CSV',
  PDF = 'PDF',
}

/**
 * One download of an export (004 §4.5.1 (13) "บันทึกประวัติการดาวน์โหลด"): who, when, which
 * report with which filters, and the document reference number printed in the file. Written
 * before the file is rendered, so every file that exists has its record. Append-only.
 */
@Entity({ tableName: 'export_download' })
@Index({ properties: ['createdAt'] })
@Index({ properties: ['actorId', 'createdAt'] })
@Index({ properties: ['report', 'createdAt'] })
@Index({ properties: ['officeCode', 'createdAt'] })
export class ExportDownload {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Document reference number (เลขอ้างอิงเอกสาร), e.g. EXP-2569-000123 (Buddhist-era year). */
  @Property({ type: 'string', length: 30, unique: true })
  referenceNo!: string;

  /** Report code, e.g. 'complaint-search', 'cases-by-offence'. */
  @Property({ type: 'string', length: 60 })
  report!: string;

  /** Stored as text with a check constraint (not a native enum), so XLSX can be added without ALTER TYPE. */
  @Enum({ items: () => ExportFormat })
  format!: ExportFormat;

  /** The filters the report ran with, as the caller gave them. */
  @Property({ type: 'json' })
  filters!: unknown;

  /** Rows in the document (without the totals row). */
  @Property({ type: 'integer' })
  rowCount!: number;

  /** User or API client id; null for system processes. */
  @Property({ type: 'string', length: 100, nullable: true })
  actorId!: string | null;

  /** Username or client name, as in other audit records. */
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  /** Office of the user; null for HQ-wide callers and systems. */
  @Property({ type: 'string', length: 8, nullable: true })
  officeCode!: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
