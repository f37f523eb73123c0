/** Properties of the period arithmetic over many random dates (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addPeriod, createHolidayCalendar, FEDERAL_CALENDAR, isWeekend, rollBackward, rollForward } from '../../shared/deadlines';

const anyDate = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addCalendarDays('2019-01-01', n));
const calendars = [
  FEDERAL_CALENDAR,
  createHolidayCalendar({
    observance: 'federal',
    holidays: [
      { name: "Lincoln's Birthday", month: 2, day: 12 },
      { name: 'Day after Thanksgiving', month: 11, weekday: 4, nth: 4, offsetDays: 1 },
    ],
  }),
];

describe('deadline properties', () => {
  it.each(calendars.map((c, i) => [i, c] as const))('rollForward (calendar %i) lands on a business day, never before the input', (_i, calendar) => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const r = rollForward(d, calendar);
        expect(r >= d).toBe(true);
        expect(isWeekend(r)).toBe(false);
        expect(calendar.holidayOn(r)).toBeUndefined();
        expect(rollBackward(d, calendar) <= d).toBe(true);
        if (calendar.isBusinessDay(d)) expect(r).toBe(d);
      }),
      { numRuns: 500 },
    );
  });

  it('adding more business days never gives an earlier date, and each added day moves forward', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (start, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const early = addPeriod(start, { days: lo, unit: 'business' }, calendars[1]!);
        const late = addPeriod(start, { days: hi, unit: 'business' }, calendars[1]!);
        expect(early <= late).toBe(true);
        if (hi > lo) expect(early < late).toBe(true);
        if (hi > 0) expect(calendars[1]!.isBusinessDay(late)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('counting n business days back and then n forward from a business day returns to it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const start = rollForward(d, FEDERAL_CALENDAR);
        const back = addPeriod(start, { days: -n, unit: 'business' }, FEDERAL_CALENDAR);
        expect(addPeriod(back, { days: n, unit: 'business' }, FEDERAL_CALENDAR)).toBe(start);
      }),
      { numRuns: 300 },
    );
  });
});
