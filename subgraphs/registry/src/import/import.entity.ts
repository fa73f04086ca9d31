import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum InstrumentImportStatus {
  PROCESSING = 'PROCESSING',
  REJECTED = 'REJECTED',
  VALIDATED = 'VALIDATED',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(InstrumentImportStatus, {
  name: 'InstrumentImportStatus',
  description: 'Where an instrument import stands. Every outcome but COMPLETED leaves the registry unchanged.',
  valuesConfig: {
    PROCESSING: { description: 'The file is being read, checked or written (กำลังตรวจสอบ/นำเข้า).' },
    REJECTED: { description: 'At least one row has a problem: nothing was registered; `errors` lists every problem (ไม่ผ่านการตรวจสอบ).' },
    VALIDATED: { description: 'A dry run (validateOnly) found no problem; nothing was registered (ตรวจสอบผ่าน ยังไม่นำเข้า).' },
    COMPLETED: { description: 'Every row was registered, in one transaction (นำเข้าสำเร็จ).' },
    FAILED: { description: 'The import stopped for a reason other than the rows (e.g. the service restarted): nothing was registered; try again (ล้มเหลว).' },
  },
});

export enum InstrumentImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(InstrumentImportFormat, {
  name: 'InstrumentImportFormat',
  description: 'File format of an instrument import.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values, UTF-8 with or without byte-order mark.' },
    XLSX: { description: 'Excel workbook; the first worksheet is read.' },
  },
});

/** One upload of instruments to register in bulk (004 §4.5.4 (5)), with its outcome. */
@Entity({ tableName: 'instrument_import' })
@Index({ properties: ['createdById', 'createdAt'] })
@ObjectType({ description: 'An upload of instruments to register in bulk from a CSV or Excel file (การนำเข้าทะเบียนเครื่องชั่งตวงวัด, 004 §4.5.4 (5)): all rows are registered or none.' })
export class InstrumentImport {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'Import id, as returned by the upload.' })
  id!: string;

  @Enum({ items: () => InstrumentImportStatus, nativeEnumName: 'instrument_import_status' })
  @Index()
  @Field(() => InstrumentImportStatus, { description: 'Where the import stands.' })
  status: InstrumentImportStatus = InstrumentImportStatus.PROCESSING;

  @Enum({ items: () => InstrumentImportFormat, nativeEnumName: 'instrument_import_format' })
  @Field(() => InstrumentImportFormat, { description: 'Format of the uploaded file.' })
  format!: InstrumentImportFormat;

  @Property({ type: 'string', length: 255 })
  @Field(() => String, { description: 'Name of the uploaded file.' })
  fileName!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Size of the uploaded file in bytes.' })
  fileBytes!: number;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True for a dry run: rows are checked, nothing is registered.' })
  validateOnly!: boolean;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Data rows read so far (the header row not counted).' })
  totalRows: number = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Rows with at least one problem.' })
  errorRows: number = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Problems found, all rows together (a row may have several).' })
  errorCount: number = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Instruments registered by this import: all rows when COMPLETED, 0 otherwise.' })
  insertedRows: number = 0;

  @Property({ type: 'string', length: 100, nullable: true })
  createdById?: string | null;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Who uploaded the file (username or API client), as audited.' })
  createdBy!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  @Field(() => String, { nullable: true, description: 'Office of the uploader; null for HQ-wide callers.' })
  officeCode?: string | null;

  /** Provinces the uploader could register instruments in (null: all), as scoped when uploading. */
  @Property({ type: 'json', nullable: true })
  provinceCodes?: string[] | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date, { description: 'When the file was received.' })
  createdAt: Date = new Date();

  /** Last sign of life of the process working on it; a PROCESSING import without one for a while has died. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  heartbeatAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the import reached its outcome; null while PROCESSING.' })
  finishedAt?: Date | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why a FAILED import stopped.' })
  failureReason?: string | null;
}

/** One problem of one row of an import. */
@Entity({ tableName: 'instrument_import_error' })
@Index({ properties: ['import', 'rowNumber'] })
@ObjectType({ description: 'A problem in one row of an instrument import, naming the row and column so the file can be corrected.' })
export class InstrumentImportError {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  sequence!: number;

  @ManyToOne(() => InstrumentImport, { fieldName: 'import_id', deleteRule: 'cascade' })
  import!: InstrumentImport;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Row as the spreadsheet numbers it: the header is row 1, the first data row is row 2.' })
  rowNumber!: number;

  @Property({ type: 'string', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Column header as written in the file; null for a problem of the whole file.' })
  column?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Template field of the column (e.g. instrumentNo), the same whatever language the header is in.' })
  field?: string | null;

  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'Stable code: REQUIRED, TOO_LONG, INVALID_FORMAT, INVALID_CHECK_DIGIT, INVALID_NUMBER, INVALID_DATE, UNKNOWN_VALUE, OUT_OF_RANGE, DUPLICATE_IN_FILE, ALREADY_REGISTERED, OPERATOR_NOT_FOUND, OPERATOR_NOT_ACTIVE, OPERATOR_OUT_OF_AREA, PROVINCE_OUT_OF_AREA, MISSING_COLUMN, DUPLICATE_COLUMN, EMPTY_FILE, UNREADABLE_FILE.' })
  code!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The offending value as read (first 100 characters); null when the cell is empty.' })
  value?: string | null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Explanation in Thai.' })
  messageTh!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'Explanation in English.' })
  messageEn!: string;
}
