/**
 * The legal public holidays of 5 U.S.C. 6103(a), with the dates observed under 6103(b) and
 * Executive Order 11582: a holiday on a Saturday is observed the Friday before, one on a Sunday
 * the Monday after. New Year's Day on a Saturday is therefore observed on December 31 of the
 * previous year (2022-01-01 → 2021-12-31). Juneteenth is a holiday from 2021 (Pub. L. 117-17).
 */
import { addCalendarDays, isoOf, nthWeekdayOf, weekdayOf } from './calendarDate';

export interface Holiday {
  readonly name: string;
  /** The day itself. */
  readonly date: string;
  /** The day offices are closed for it (equal to `date` on a weekday). */
  readonly observed: string;
}

/** How a holiday falling on a weekend is observed. */
export type Observance = 'federal' | 'sundayToMonday' | 'none';

export const JUNETEENTH_FIRST_YEAR = 2021;

export function observedDate(date: string, observance: Observance): string {
  const w = weekdayOf(date);
  if (observance === 'none') return date;
  if (w === 0) return addCalendarDays(date, 1);
  if (w === 6 && observance === 'federal') return addCalendarDays(date, -1);
  return date;
}

const MON = 1;
const THU = 4;

/** The holidays whose *actual* date is in `year`, in calendar order (10 before 2021, 11 from 2021). */
export function federalHolidays(year: number): Holiday[] {
  const days: [string, string][] = [
    ["New Year's Day", isoOf(year, 1, 1)],
    ['Birthday of Martin Luther King, Jr.', nthWeekdayOf(year, 1, MON, 3)],
    ["Washington's Birthday", nthWeekdayOf(year, 2, MON, 3)],
    ['Memorial Day', nthWeekdayOf(year, 5, MON, -1)],
    ...(year >= JUNETEENTH_FIRST_YEAR ? [['Juneteenth National Independence Day', isoOf(year, 6, 19)] as [string, string]] : []),
    ['Independence Day', isoOf(year, 7, 4)],
    ['Labor Day', nthWeekdayOf(year, 9, MON, 1)],
    ['Columbus Day', nthWeekdayOf(year, 10, MON, 2)],
    ['Veterans Day', isoOf(year, 11, 11)],
    ['Thanksgiving Day', nthWeekdayOf(year, 11, THU, 4)],
    ['Christmas Day', isoOf(year, 12, 25)],
  ];
  return days.map(([name, date]) => ({ name, date, observed: observedDate(date, 'federal') }));
}
