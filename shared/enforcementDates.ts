/**
 * Deadlines in enforcement: an appeal deadline is the order date plus the pack's appeal days, a
 * citation is due a set number of days after issue. A deadline that falls on a Saturday or Sunday
 * moves to the following Monday (the office is closed; an owner cannot file on a weekend).
 * Pure date arithmetic on YYYY-MM-DD strings with date-fns; no time zones are involved.
 */
import { addDays, format, isSaturday, isSunday, parseISO } from 'date-fns';

export function rollWeekendToMonday(isoDate: string): string {
  const d = parseISO(isoDate);
  if (isSaturday(d)) return format(addDays(d, 2), 'yyyy-MM-dd');
  if (isSunday(d)) return format(addDays(d, 1), 'yyyy-MM-dd');
  return isoDate;
}

/** `days` calendar days after `isoDate`, rolled past a weekend. */
export function deadlineAfter(isoDate: string, days: number): string {
  return rollWeekendToMonday(format(addDays(parseISO(isoDate), days), 'yyyy-MM-dd'));
}
