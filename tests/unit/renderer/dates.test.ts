import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate, formatCameraTime, formatInstant, localIsoDate } from '../../../renderer/src/lib/dates';

describe('renderer dates', () => {
  it('writes the local calendar date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDaysToIsoDate('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDaysToIsoDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToIsoDate('2026-12-15', 30)).toBe('2027-01-14');
  });

  it.each([
    ['2008:10:22 16:28:39', '2008-10-22 16:28'],
    ['2008-10-22T16:28:39', '2008-10-22 16:28'],
    ['2008-10-22T16:28:39.120', '2008-10-22 16:28'],
    ['2008-10-22 16:28', '2008-10-22 16:28'],
  ])('shows camera time %s as written (%s), with no time zone shift', (raw, shown) => {
    expect(formatCameraTime(raw)).toBe(shown);
  });

  it.each([[''], ['0000'], ['yesterday'], ['2008-10-22']])('returns null for %j', (raw) => {
    expect(formatCameraTime(raw)).toBeNull();
  });

  it('formats an instant in local time and leaves a bad one as it was', () => {
    const instant = new Date(2026, 2, 4, 9, 5).toISOString();
    expect(formatInstant(instant)).toBe('2026-03-04 09:05');
    expect(formatInstant('not a date')).toBe('not a date');
  });
});
