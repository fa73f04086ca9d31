/** Fee schedule rules (pure, unit-tested): effective dates and which rate applies on a day. */

const DAY_MS = 86_400_000;

/** A YYYY-MM-DD calendar day moved by `days`. */
export function addDays(day: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface RatePeriod {
  id: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
}

/** The rate in force on `day` (YYYY-MM-DD), or null when the code has none that day. */
export function rateOn<T extends RatePeriod>(rates: readonly T[], day: string): T | null {
  return rates.find((r) => r.effectiveFrom <= day && (r.effectiveTo == null || r.effectiveTo >= day)) ?? null;
}

export type RatePlan = { ok: true; close: { id: string; effectiveTo: string }[] } | { ok: false; code: string; message: string };

/**
 * What setting a new rate from `from` does to a code's existing rates: the latest one is closed the day
 * before. History is never rewritten: the new rate must start after every existing rate started.
 */
export function planNewRate(existing: readonly RatePeriod[], from: string): RatePlan {
  const latest = [...existing].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (!latest) return { ok: true, close: [] };
  if (from <= latest.effectiveFrom) {
    return { ok: false, code: 'OVERLAPS_EXISTING_RATE', message: `a rate already starts on ${latest.effectiveFrom}; a new rate must start after it` };
  }
  if (latest.effectiveTo != null && latest.effectiveTo < from) return { ok: true, close: [] };
  return { ok: true, close: [{ id: latest.id, effectiveTo: addDays(from, -1) }] };
}
