/**
 * Period conditions on rollup tables that keep figures per Thai-time day ('D') and month ('M') in a
 * `grain` and `bucket` (first day) column: whole months come from month rows, the days before the first
 * and after the last whole month from day rows. A period whose ends are not Thai midnights cannot be
 * answered from such a rollup (null): the caller computes from the raw rows instead.
 */
const THAI_OFFSET_MS = 7 * 3_600_000;

/** The Thai calendar day (YYYY-MM-DD) starting at this instant, or null when it is not a Thai midnight. */
export function thaiMidnightDay(at: Date): string | null {
  const thai = new Date(at.getTime() + THAI_OFFSET_MS);
  if (thai.getUTCHours() || thai.getUTCMinutes() || thai.getUTCSeconds() || thai.getUTCMilliseconds()) return null;
  return thai.toISOString().slice(0, 10);
}

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
function firstOfNextMonth(day: string): string {
  const d = new Date(`${firstOfMonth(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/** One range of rollup rows: `<alias>.grain = ? and <alias>.bucket >= ? and <alias>.bucket < ?` (ends optional). */
export interface RollupPiece {
  sql: string;
  bindings: string[];
}

/**
 * The rollup rows that make up [from, to) exactly, as ranges of one grain each, or null when the rollup
 * cannot answer it (an end not at Thai midnight).
 */
export function rollupPeriod(from: Date | null | undefined, to: Date | null | undefined, alias: string): RollupPiece[] | null {
  const fromDay = from ? thaiMidnightDay(from) : null;
  const toDay = to ? thaiMidnightDay(to) : null;
  if ((from && !fromDay) || (to && !toDay)) return null;
  const monthStart = fromDay ? (fromDay === firstOfMonth(fromDay) ? fromDay : firstOfNextMonth(fromDay)) : null;
  const monthEnd = toDay ? firstOfMonth(toDay) : null;
  const piece = (g: 'D' | 'M', lo: string | null, hi: string | null): RollupPiece => {
    const parts = [`${alias}.grain = '${g}'`];
    const bindings: string[] = [];
    if (lo) {
      parts.push(`${alias}.bucket >= ?`);
      bindings.push(lo);
    }
    if (hi) {
      parts.push(`${alias}.bucket < ?`);
      bindings.push(hi);
    }
    return { sql: parts.join(' and '), bindings };
  };
  if (monthStart && monthEnd && monthStart >= monthEnd) return [piece('D', fromDay, toDay)];
  const pieces = [piece('M', monthStart, monthEnd)];
  if (fromDay && monthStart && fromDay < monthStart) pieces.push(piece('D', fromDay, monthStart));
  if (toDay && monthEnd && monthEnd < toDay) pieces.push(piece('D', monthEnd, toDay));
  return pieces;
}

/**
 * The rows of `table` (as `alias`) in the period's ranges that meet `where`: one index range scan per
 * range, glued with UNION ALL (an OR of ranges would make the planner scan everything between them).
 */
export function rollupRows(table: string, alias: string, pieces: RollupPiece[], where: { sql: string; bindings: unknown[] }): { sql: string; bindings: unknown[] } {
  return {
    sql: `(${pieces.map((p) => `select * from ${table} ${alias} where ${p.sql} and ${where.sql}`).join(' union all ')}) ${alias}`,
    bindings: pieces.flatMap((p) => [...p.bindings, ...where.bindings]),
  };
}

/** `column in (?, ...)` with its bindings; an empty list matches nothing. */
export function sqlIn(column: string, values: readonly string[]): { sql: string; bindings: string[] } {
  return values.length ? { sql: `${column} in (${values.map(() => '?').join(', ')})`, bindings: [...values] } : { sql: 'false', bindings: [] };
}
