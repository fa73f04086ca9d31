import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { OVERDUE_READ_INDEX, rollupAreaIndexes } from '../migrations/Migration20261123151000_rollup_area_indexes.js';

const [rollupByProvince, rollupByOffice] = rollupAreaIndexes('complaint_rollup', ['received', 'closed', 'closed_timed', 'close_seconds', 'cases', 'fines_satang']);
const [overdueByProvince, overdueByOffice] = rollupAreaIndexes('complaint_overdue_rollup', ['overdue']);

/**
 * The key of a dashboard rollup row: grouping set (`dims`), grain (day or month), Thai day or month,
 * area and the grouped dimensions (an empty string where the grouping set leaves one out).
 */
abstract class ComplaintRollupKey {
  @PrimaryKey({ type: 'smallint' })
  dims!: number;

  @PrimaryKey({ type: 'character', length: 1 })
  grain!: string;

  @PrimaryKey({ type: 'date' })
  bucket!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  provinceCode!: string;

  @PrimaryKey({ type: 'string', length: 8 })
  officeCode!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  offenceBasis!: string;

  @PrimaryKey({ type: 'string', length: 20 })
  status!: string;

  @PrimaryKey({ type: 'string', length: 20 })
  channel!: string;

  @PrimaryKey({ type: 'string', length: 40 })
  instrumentType!: string;
}

/**
 * Read model of the dashboards: complaint KPIs per Thai day/month of receipt, area and grouping set,
 * written only by the database triggers of Migration20261123120000_complaint_rollup (never by the ORM).
 * Declared as an entity so that generated migrations know the table.
 */
@Entity({ tableName: 'complaint_rollup', readonly: true })
@Index({ name: rollupByProvince.name, expression: rollupByProvince.sql })
@Index({ name: rollupByOffice.name, expression: rollupByOffice.sql })
@Index({
  name: 'complaint_rollup_read_index',
  expression: 'CREATE INDEX complaint_rollup_read_index ON complaints.complaint_rollup USING btree (dims, grain, bucket, province_code, office_code, offence_basis, status, channel, instrument_type) INCLUDE (received, closed, closed_timed, close_seconds, cases, fines_satang)',
})
export class ComplaintRollup extends ComplaintRollupKey {
  @Property({ type: new BigIntType('number'), default: 0 })
  received!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  closed!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  closedTimed!: number;

  @Property({ type: 'decimal', columnType: 'numeric', default: 0 })
  closeSeconds!: string;

  @Property({ type: new BigIntType('number'), default: 0 })
  cases!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  finesSatang!: number;
}

/**
 * Read model of the dashboards' "overdue": open complaints whose SLA due time is before the watermark,
 * in the grouping sets and keys of complaint_rollup; written only by the database triggers and functions
 * of Migration20261123150000_complaint_overdue_rollup. Declared so that generated migrations know the table.
 */
@Entity({ tableName: 'complaint_overdue_rollup', readonly: true })
@Index({ name: 'complaint_overdue_rollup_read_index', expression: OVERDUE_READ_INDEX })
@Index({ name: overdueByProvince.name, expression: overdueByProvince.sql })
@Index({ name: overdueByOffice.name, expression: overdueByOffice.sql })
export class ComplaintOverdueRollup extends ComplaintRollupKey {
  @Property({ type: new BigIntType('number'), default: 0 })
  overdue!: number;
}

/** The instant up to which complaint_overdue_rollup has counted complaints falling due (one row). */
@Entity({ tableName: 'complaint_overdue_watermark', readonly: true })
export class ComplaintOverdueWatermark {
  @PrimaryKey({ type: 'boolean', default: true })
  id!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;
}
