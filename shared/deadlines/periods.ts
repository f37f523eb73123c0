/**
 * Counting periods. Calendar days: the period ends `days` days after the start (the start day is
 * not counted, FRCP 6(a)(1)(A)). Business days: each counted day must be a business day. A period
 * that ends on a weekend or holiday runs on to the next business day (6(a)(1)(C)); periods counted
 * backwards (latest day to serve before a hearing) roll back instead, so the full notice is kept.
 */
import { addCalendarDays, toLocalDate } from './calendarDate';
import type { HolidayCalendar } from './holidayCalendar';

export type DayUnit = 'calendar' | 'business';
export interface Period {
  /** Negative counts backwards from the start. */
  readonly days: number;
  readonly unit: DayUnit;
}

/** Far more than any legal period: a calendar with every day a holiday must not loop forever. */
const MAX_SCAN_DAYS = 3660;

function step(iso: string, direction: 1 | -1, calendar: HolidayCalendar): string {
  let d = iso;
  for (let i = 0; i < MAX_SCAN_DAYS; i += 1) {
    d = addCalendarDays(d, direction);
    if (calendar.isBusinessDay(d)) return d;
  }
  throw new Error(`No business day within ${MAX_SCAN_DAYS} days of ${iso}: check the holiday list.`);
}

/** The date itself when it is a business day, otherwise the next one. */
export function rollForward(iso: string, calendar: HolidayCalendar): string {
  toLocalDate(iso);
  return calendar.isBusinessDay(iso) ? iso : step(iso, 1, calendar);
}

/** The date itself when it is a business day, otherwise the one before. */
export function rollBackward(iso: string, calendar: HolidayCalendar): string {
  toLocalDate(iso);
  return calendar.isBusinessDay(iso) ? iso : step(iso, -1, calendar);
}

/** The day a period ends, before any roll. */
export function addPeriod(start: string, period: Period, calendar: HolidayCalendar): string {
  if (!Number.isInteger(period.days)) throw new Error(`A period is a whole number of days, not ${period.days}.`);
  toLocalDate(start);
  if (period.unit === 'calendar') return addCalendarDays(start, period.days);
  const direction = period.days < 0 ? -1 : 1;
  let d = start;
  for (let i = 0; i < Math.abs(period.days); i += 1) d = step(d, direction, calendar);
  return d;
}
