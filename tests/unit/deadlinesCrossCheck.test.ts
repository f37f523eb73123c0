/**
 * Cross-check against an independent list: the Federal Reserve's holiday calendar (18F test data,
 * tests/fixtures/holidays/SOURCE.md). It must agree with 5 U.S.C. 6103 except where the two rules
 * legitimately differ — Saturday holidays (the Fed stays on Saturday, federal offices close Friday)
 * and Juneteenth (the file predates it) — and those differences are listed exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEDERAL_CALENDAR, weekdayName } from '../../shared/deadlines';

interface FedDay {
  id: number;
  calendar_day: string;
  is_holiday: 0 | 1;
}
const fedDays = JSON.parse(readFileSync(join(__dirname, '../fixtures/holidays/federal_reserve_holidays_2021_2026.json'), 'utf8')) as FedDay[];
const fedHolidays = new Set(fedDays.filter((d) => d.is_holiday === 1).map((d) => d.calendar_day));
const ours = new Set([2021, 2022, 2023, 2024, 2025, 2026].flatMap((y) => FEDERAL_CALENDAR.observedIn(y).map((h) => h.observed)));

describe('federal calendar vs the Federal Reserve list, 2021–2026', () => {
  it('the fixture is the expected extract', () => {
    expect(fedHolidays.size).toBe(60);
  });

  it('the Fed alone closes only on Saturday holidays', () => {
    const fedOnly = [...fedHolidays].filter((d) => !ours.has(d)).sort();
    expect(fedOnly).toEqual(['2021-12-25', '2022-01-01', '2023-11-11', '2026-07-04']);
    expect(fedOnly.map(weekdayName)).toEqual(['Saturday', 'Saturday', 'Saturday', 'Saturday']);
  });

  it('federal offices alone close on the Friday before those Saturdays and on Juneteenth', () => {
    const oursOnly = [...ours].filter((d) => !fedHolidays.has(d)).sort();
    expect(oursOnly).toEqual([
      '2021-06-18', // Juneteenth (Sat 19) observed Friday
      '2021-12-24', // Christmas (Sat)
      '2021-12-31', // New Year 2022 (Sat)
      '2022-06-20', // Juneteenth (Sun 19) observed Monday
      '2023-06-19',
      '2023-11-10', // Veterans Day (Sat)
      '2024-06-19',
      '2025-06-19',
      '2026-06-19',
      '2026-07-03', // Independence Day (Sat)
    ]);
    for (const d of oursOnly) {
      const h = FEDERAL_CALENDAR.holidayOn(d)!;
      expect(h.name.startsWith('Juneteenth') || (weekdayName(h.date) === 'Saturday' && weekdayName(d) === 'Friday')).toBe(true);
    }
  });

  it('agrees on every other day: 56 shared holidays', () => {
    expect([...fedHolidays].filter((d) => ours.has(d))).toHaveLength(56);
  });
});
