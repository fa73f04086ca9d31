import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Running numbers per series and year (complaint no., case no., request no.): each call
 * takes the next number atomically, so two officials never get the same one.
 * Each subgraph that numbers things lists this entity and has its own `number_series` table.
 */
@Entity({ tableName: 'number_series' })
export class NumberSeries {
  @PrimaryKey({ type: 'string', length: 40 })
  series!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}

/** The next number of `series` in `year`, in the caller's transaction when there is one. */
export async function nextInSeries(em: EntityManager, series: string, year: number): Promise<number> {
  const schema = em.config.get('schema');
  const rows: { last: number }[] = await em
    .getConnection()
    .execute(
      `insert into "${schema}"."number_series" (series, year, last) values (?, ?, 1)
       on conflict (series, year) do update set last = "number_series".last + 1 returning last`,
      [series, year],
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0].last);
}

/** Buddhist-era year of an instant in Thai time (UTC+7): 2026-12-31T18:00Z is 2570. */
export function buddhistYear(at: Date): number {
  return new Date(at.getTime() + 7 * 3_600_000).getUTCFullYear() + 543;
}
