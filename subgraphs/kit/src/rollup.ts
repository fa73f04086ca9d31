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

export interface RollupPeriod {
  /** SQL condition on `<alias>.grain` and `<alias>.bucket`, with `?` placeholders. */
  sql: string;
  bindings: string[];
}

/**
 * The rollup rows that make up [from, to) exactly, or null when the rollup cannot answer it (an end not
 * at Thai midnight, or day rows needed where `daily` is false because the rollup keeps only months).
 */
export function rollupPeriod(from: Date | null | undefined, to: Date | null | undefined, alias: string, daily = true): RollupPeriod | null {
  const fromDay = from ? thaiMidnightDay(from) : null;
  const toDay = to ? thaiMidnightDay(to) : null;
  if ((from && !fromDay) || (to && !toDay)) return null;
  const monthStart = fromDay ? (fromDay === firstOfMonth(fromDay) ? fromDay : firstOfNextMonth(fromDay)) : null;
  const monthEnd = toDay ? firstOfMonth(toDay) : null;
  const grain = (g: 'D' | 'M', lo: string | null, hi: string | null) => {
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
    return { sql: `(${parts.join(' and ')})`, bindings };
  };
  const pieces: { sql: string; bindings: string[] }[] = [];
  if (monthStart && monthEnd && monthStart >= monthEnd) {
    pieces.push(grain('D', fromDay, toDay));
  } else {
    pieces.push(grain('M', monthStart, monthEnd));
    if (fromDay && monthStart && fromDay < monthStart) pieces.push(grain('D', fromDay, monthStart));
    if (toDay && monthEnd && monthEnd < toDay) pieces.push(grain('D', monthEnd, toDay));
  }
  if (!daily && pieces.some((p) => p.sql.includes(`'D'`))) return null;
  return { sql: `(${pieces.map((p) => p.sql).join(' or ')})`, bindings: pieces.flatMap((p) => p.bindings) };
}

/** `column in (?, ...)` with its bindings; an empty list matches nothing. */
export function sqlIn(column: string, values: readonly string[]): { sql: string; bindings: string[] } {
  return values.length ? { sql: `${column} in (${values.map(() => '?').join(', ')})`, bindings: [...values] } : { sql: 'false', bindings: [] };
}
