/**
 * Deadlines in enforcement: an appeal deadline is the order date plus the pack's appeal days, a
 * citation is due a set number of days after issue. A deadline that falls on a weekend or on a
 * holiday of the pack's calendar (federal + the pack's own) runs to the next business day, as
 * FRCP 6(a) does: the office is closed, an owner cannot file or pay that day.
 */
import { createHolidayCalendar, FEDERAL_CALENDAR, type HolidayCalendar } from './deadlines/holidayCalendar';
import { addPeriod, rollForward } from './deadlines/periods';
import type { JurisdictionPack } from './jurisdictionPack';

/** The pack's holiday calendar; federal holidays only when the pack has no `deadlines` section. */
export function packCalendar(pack: Pick<JurisdictionPack, 'deadlines'>): HolidayCalendar {
  return pack.deadlines ? createHolidayCalendar(pack.deadlines) : FEDERAL_CALENDAR;
}

/** `days` calendar days after `isoDate`, rolled past a weekend or holiday. */
export function deadlineAfter(isoDate: string, days: number, calendar: HolidayCalendar): string {
  return rollForward(addPeriod(isoDate, { days, unit: 'calendar' }, calendar), calendar);
}
