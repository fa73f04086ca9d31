import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Read model of the dashboards: payment request KPIs per Thai day/month of issue, area and service type,
 * in two grouping sets (all services; by service type), written only by the database triggers of Migration20261123120100_payment_rollup (never by the ORM).
 * Declared as an entity so that generated migrations know the table.
 */
@Entity({ tableName: 'payment_rollup', readonly: true })
@Index({
  name: 'payment_rollup_read_index',
  expression: 'CREATE INDEX payment_rollup_read_index ON payments.payment_rollup USING btree (dims, grain, bucket, province_code, office_code, service_type) INCLUDE (issued, issued_satang, paid, collected_satang, unpaid, outstanding_satang, lapsed)',
})
export class PaymentRollup {
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
  serviceType!: string;

  @Property({ type: new BigIntType('number'), default: 0 })
  issued!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  issuedSatang!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  paid!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  collectedSatang!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  unpaid!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  outstandingSatang!: number;

  @Property({ type: new BigIntType('number'), default: 0 })
  lapsed!: number;
}
