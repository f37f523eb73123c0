/**
 * A holiday calendar: the federal holidays plus a pack's own (fixed dates, nth-weekday rules and
 * one-off dates), each on the day it is observed. A day is a business day when it is neither a
 * Saturday, a Sunday nor an observed holiday. Years are computed on demand and remembered.
 */
import { addCalendarDays, isoOf, isWeekend, nthWeekdayOf, yearOf } from './calendarDate';
import type { HolidayRule, PackDeadlines } from './deadlinesSchema';
import { federalHolidays, type Holiday, type Observance, observedDate } from './federalHolidays';

export interface HolidayCalendar {
  /** The holiday observed on `iso`, if any. */
  holidayOn(iso: string): Holiday | undefined;
  isBusinessDay(iso: string): boolean;
  /** Holidays observed in `year` (an observed date may belong to a holiday of the next year). */
  observedIn(year: number): Holiday[];
}

function packHolidaysOf(year: number, rules: readonly HolidayRule[], observance: Observance): Holiday[] {
  const out: Holiday[] = [];
  for (const rule of rules) {
    let date: string;
    if ('date' in rule) {
      if (yearOf(rule.date) !== year) continue;
      date = rule.date;
    } else if ('weekday' in rule) {
      date = addCalendarDays(nthWeekdayOf(year, rule.month, rule.weekday, rule.nth), rule.offsetDays ?? 0);
    } else {
      date = isoOf(year, rule.month, rule.day);
    }
    out.push({ name: rule.name, date, observed: observedDate(date, observance) });
  }
  return out;
}

export function createHolidayCalendar(pack?: Pick<PackDeadlines, 'holidays' | 'observance'>): HolidayCalendar {
  const rules = pack?.holidays ?? [];
  const observance = pack?.observance ?? 'federal';
  const byYear = new Map<number, Map<string, Holiday>>();

  const observedMap = (year: number): Map<string, Holiday> => {
    let map = byYear.get(year);
    if (!map) {
      map = new Map();
      // New Year's Day of year+1 may be observed on Dec 31 of this year; a Dec 31 holiday of year-1 on Jan 1.
      for (const y of [year - 1, year, year + 1]) {
        for (const h of [...federalHolidays(y), ...packHolidaysOf(y, rules, observance)]) {
          if (yearOf(h.observed) === year && !map.has(h.observed)) map.set(h.observed, h);
        }
      }
      byYear.set(year, map);
    }
    return map;
  };

  const holidayOn = (iso: string) => observedMap(yearOf(iso)).get(iso);
  return {
    holidayOn,
    isBusinessDay: (iso) => !isWeekend(iso) && holidayOn(iso) === undefined,
    observedIn: (year) => [...observedMap(year).values()].sort((a, b) => a.observed.localeCompare(b.observed)),
  };
}

/** Federal holidays only: for packs without a `deadlines` section. */
export const FEDERAL_CALENDAR: HolidayCalendar = createHolidayCalendar();
