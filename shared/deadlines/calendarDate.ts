/**
 * Calendar dates as 'YYYY-MM-DD' strings. date-fns works on Date objects; we build them at local
 * midnight from the parts and read them back from the parts, so whatever time zone the process is
 * in, a date never shifts by a day (addDays keeps the calendar day across DST changes).
 */
// One file per function, not the 'date-fns' barrel: the barrel's ~250 modules cost every CLI start ~60 ms (issue 9).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A Date at local midnight of `iso`; throws on anything that is not a real calendar date. */
export function toLocalDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date written YYYY-MM-DD.`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(year, month - 1, day);
  if (!isValid(d) || d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day) {
    throw new Error(`"${iso}" is not a real calendar date.`);
  }
  return d;
}

export function toIso(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

/** Builds a date from a year, a month 1–12 and a day of month. */
export function isoOf(year: number, month: number, day: number): string {
  return toIso(new Date(year, month - 1, day));
}

export function addCalendarDays(iso: string, days: number): string {
  return toIso(addDays(toLocalDate(iso), days));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return getDay(toLocalDate(iso));
}

export function weekdayName(iso: string): string {
  return DAY_NAMES[weekdayOf(iso)] as string;
}

export function isWeekend(iso: string): boolean {
  const w = weekdayOf(iso);
  return w === 0 || w === 6;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/**
 * The nth given weekday (0 = Sunday) of a month, or the last one when nth is -1:
 * Thanksgiving is nthWeekdayOf(year, 11, 4, 4), Memorial Day nthWeekdayOf(year, 5, 1, -1).
 */
export function nthWeekdayOf(year: number, month: number, weekday: number, nth: number): string {
  if (nth === -1) {
    const last = new Date(year, month, 0); // day 0 of the next month = last day of this one
    const back = (last.getDay() - weekday + 7) % 7;
    return toIso(addDays(last, -back));
  }
  const first = new Date(year, month - 1, 1);
  const ahead = (weekday - first.getDay() + 7) % 7;
  const d = addDays(first, ahead + 7 * (nth - 1));
  if (d.getMonth() !== month - 1) throw new Error(`There is no weekday ${weekday} number ${nth} in ${year}-${month}.`);
  return toIso(d);
}
