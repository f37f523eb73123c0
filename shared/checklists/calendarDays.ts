/** Plain calendar-day arithmetic for predicates, memoised: business days and rolls belong to shared/deadlines. */
import type { IsoDate } from './facts';

/** `YYYY-MM-DD` plus n calendar days. */
export function addCalendarDays(iso: IsoDate, n: number): IsoDate {
  // Memoised: the dashboard evaluates 60,000 checklists whose dates repeat, and building a Date per
  // call was ~30% of that time (bench/readiness). Bounded so a long-running process cannot grow it.
  const key = `${iso}|${n}`;
  const hit = calendarDayCache.get(key);
  if (hit !== undefined) return hit;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const out = new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
  if (calendarDayCache.size >= 20_000) calendarDayCache.clear();
  calendarDayCache.set(key, out);
  return out;
}
const calendarDayCache = new Map<string, IsoDate>();
