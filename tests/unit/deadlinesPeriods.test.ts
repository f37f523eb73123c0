/** Periods, rolls and named pack rules, with explicit dates. */
import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  computeDeadline,
  createHolidayCalendar,
  FEDERAL_CALENDAR,
  rollBackward,
  rollForward,
  type DeadlineSetup,
} from '../../shared/deadlines';
import { loadModelPack } from './support/noticeFixture';

const modelCalendar = async () => {
  const { pack } = await loadModelPack();
  return { pack, calendar: createHolidayCalendar(pack.deadlines!) };
};

describe('rollForward / rollBackward', () => {
  it.each([
    ['2026-11-06', '2026-11-06'], // Friday, open
    ['2026-11-07', '2026-11-09'], // Saturday
    ['2026-11-11', '2026-11-12'], // Veterans Day (Wednesday)
    ['2023-12-31', '2024-01-02'], // Sunday, then New Year's Day Monday
    ['2022-12-31', '2023-01-03'], // Saturday, Sunday New Year, observed Monday Jan 2
    ['2021-12-31', '2022-01-03'], // New Year 2022 observed Friday Dec 31
    ['2021-12-24', '2021-12-27'], // Christmas observed Friday Dec 24
    ['2027-12-24', '2027-12-27'],
    ['2026-07-03', '2026-07-06'], // Independence Day observed Friday, then the weekend
  ])('rolls %s forward to %s', (from, to) => {
    expect(rollForward(from, FEDERAL_CALENDAR)).toBe(to);
  });

  it.each([
    ['2026-12-25', '2026-12-24'],
    ['2024-01-01', '2023-12-29'],
    ['2026-11-09', '2026-11-09'],
  ])('rolls %s back to %s', (from, to) => {
    expect(rollBackward(from, FEDERAL_CALENDAR)).toBe(to);
  });

  it('refuses a date that is not a real calendar date', () => {
    expect(() => rollForward('2026-02-30', FEDERAL_CALENDAR)).toThrow(/not a real calendar date/);
    expect(() => rollForward('12/01/2026', FEDERAL_CALENDAR)).toThrow(/YYYY-MM-DD/);
  });
});

describe('addPeriod', () => {
  it.each([
    ['2026-11-24', 3, 'calendar', '2026-11-27'],
    ['2026-11-24', 3, 'business', '2026-11-30'], // skips Thanksgiving (Thu 26) and the weekend
    ['2026-12-23', 3, 'business', '2026-12-29'], // skips Christmas (Fri 25) and the weekend
    ['2026-12-30', 2, 'business', '2027-01-04'], // skips New Year's Day and the weekend
    ['2026-12-31', 1, 'calendar', '2027-01-01'],
    ['2028-02-28', 1, 'calendar', '2028-02-29'],
    ['2026-11-30', -3, 'business', '2026-11-24'],
    ['2026-11-24', 0, 'business', '2026-11-24'],
  ] as const)('%s + %i %s days = %s', (start, days, unit, end) => {
    expect(addPeriod(start, { days, unit }, FEDERAL_CALENDAR)).toBe(end);
  });

  it('a pack holiday changes a result: the Day after Thanksgiving', async () => {
    const { calendar } = await modelCalendar();
    expect(addPeriod('2026-11-24', { days: 3, unit: 'business' }, calendar)).toBe('2026-12-01');
    expect(calendar.holidayOn('2026-11-27')?.name).toBe('Day after Thanksgiving');
  });

  it('refuses a fractional number of days', () => {
    expect(() => addPeriod('2026-11-24', { days: 1.5, unit: 'calendar' }, FEDERAL_CALENDAR)).toThrow(/whole number/);
  });

  it('stops rather than loop forever when a calendar has no business day', () => {
    const closed = { holidayOn: () => undefined, isBusinessDay: () => false, observedIn: () => [] };
    expect(() => rollForward('2026-11-07', closed)).toThrow(/No business day/);
  });
});

describe('pack holidays and observance', () => {
  it("observes a Saturday pack holiday on Friday, on Saturday, or moves only Sunday ones, as the pack says", () => {
    const rules = [{ name: "Lincoln's Birthday", month: 2, day: 12 }];
    // Feb 12 2028 is a Saturday; Feb 12 2023 a Sunday.
    expect(createHolidayCalendar({ observance: 'federal', holidays: rules }).holidayOn('2028-02-11')?.name).toBe("Lincoln's Birthday");
    expect(createHolidayCalendar({ observance: 'sundayToMonday', holidays: rules }).holidayOn('2028-02-11')).toBeUndefined();
    expect(createHolidayCalendar({ observance: 'sundayToMonday', holidays: rules }).holidayOn('2023-02-13')?.name).toBe("Lincoln's Birthday");
    expect(createHolidayCalendar({ observance: 'none', holidays: rules }).holidayOn('2023-02-13')).toBeUndefined();
  });

  it('takes one-off dates and last-weekday rules', () => {
    const cal = createHolidayCalendar({
      observance: 'federal',
      holidays: [
        { name: 'Office closed (move)', date: '2026-08-14' },
        { name: 'Last Friday of August', month: 8, weekday: 5, nth: -1 },
      ],
    });
    expect(cal.isBusinessDay('2026-08-14')).toBe(false);
    expect(cal.isBusinessDay('2027-08-13')).toBe(true); // the one-off date does not repeat
    expect(cal.holidayOn('2026-08-28')?.name).toBe('Last Friday of August');
  });
});

describe('computeDeadline', () => {
  const setup = (rules: DeadlineSetup['deadlines']['rules']): DeadlineSetup => ({
    deadlines: { rules, serviceDays: { certified_mail: 5, first_class_mail: 3, personal_service: 0, posting: 3 } },
    calendar: FEDERAL_CALENDAR,
  });

  it('explains a compliance period that ends on a Sunday', () => {
    const r = computeDeadline('compliance', { from: '2026-12-24' }, setup({ compliance: { days: 10, unit: 'calendar', roll: 'forward' } }));
    expect(r).toEqual({
      rule: 'compliance',
      countedTo: '2027-01-03',
      date: '2027-01-04',
      explanation: '2026-12-24 + 10 calendar days = 2027-01-03 (Sunday) → rolled to 2027-01-04',
    });
  });

  it('names the holiday a period ends on', () => {
    const r = computeDeadline('lienWaiting', { from: '2026-11-26' }, setup({ lienWaiting: { days: 29, unit: 'calendar', roll: 'forward' } }));
    expect(r.explanation).toBe('2026-11-26 + 29 calendar days = 2026-12-25 (Friday, Christmas Day) → rolled to 2026-12-28');
    const observed = computeDeadline('lienWaiting', { from: '2026-06-03' }, setup({ lienWaiting: { days: 30, unit: 'calendar', roll: 'forward' } }));
    expect(observed.explanation).toBe('2026-06-03 + 30 calendar days = 2026-07-03 (Friday, Independence Day, observed) → rolled to 2026-07-06');
  });

  it('leaves the date alone when the rule says roll "none"', () => {
    const r = computeDeadline('compliance', { from: '2026-12-24' }, setup({ compliance: { days: 10, unit: 'calendar', roll: 'none' } }));
    expect(r.date).toBe('2027-01-03');
    expect(r.explanation).toBe('2026-12-24 + 10 calendar days = 2027-01-03 (Sunday)');
  });

  it.each([
    ['certified_mail', '2026-12-21', '2026-12-28', '2026-12-21 + 5 calendar days (certified mail) = 2026-12-26 (Saturday) → rolled to 2026-12-28'],
    ['first_class_mail', '2026-12-21', '2026-12-24', '2026-12-21 + 3 calendar days (first class mail) = 2026-12-24 (Thursday)'],
    ['personal_service', '2026-12-22', '2026-12-22', '2026-12-22 + 0 calendar days (personal service) = 2026-12-22 (Tuesday)'],
    ['posting', '2026-12-22', '2026-12-28', '2026-12-22 + 3 calendar days (posting) = 2026-12-25 (Friday, Christmas Day) → rolled to 2026-12-28'],
  ] as const)('service by %s sent %s is complete on %s', (method, from, date, explanation) => {
    expect(computeDeadline('serviceCompletion', { from, method }, setup({}))).toMatchObject({ date, explanation });
  });

  it('counts minimum hearing notice backwards and rolls the last day to serve back', () => {
    const r = computeDeadline('hearingNotice', { from: '2027-01-04' }, setup({ hearingNotice: { days: 10, unit: 'calendar', roll: 'backward' } }));
    expect(r).toMatchObject({
      countedTo: '2026-12-25',
      date: '2026-12-24',
      explanation: '2027-01-04 − 10 calendar days = 2026-12-25 (Friday, Christmas Day) → rolled back to 2026-12-24',
    });
  });

  it('counts a reinspection in business days across Thanksgiving', () => {
    const r = computeDeadline('reinspection', { from: '2026-11-24' }, setup({ reinspection: { days: 5, unit: 'business', roll: 'forward' } }));
    expect(r.date).toBe('2026-12-02');
  });

  it('with the model pack, Lincoln\'s Birthday and Washington\'s Birthday push an appeal deadline two days', async () => {
    const { pack, calendar } = await modelCalendar();
    const withPack = computeDeadline('appeal', { from: '2027-01-23' }, { deadlines: pack.deadlines!, calendar });
    expect(withPack.explanation).toBe("2027-01-23 + 20 calendar days = 2027-02-12 (Friday, Lincoln's Birthday) → rolled to 2027-02-16");
    const federalOnly = computeDeadline('appeal', { from: '2027-01-23' }, { deadlines: pack.deadlines!, calendar: FEDERAL_CALENDAR });
    expect(federalOnly.date).toBe('2027-02-12');
  });

  it('says what to add when the pack has no such rule or the service method is missing', () => {
    expect(() => computeDeadline('appeal', { from: '2026-11-24' }, setup({}))).toThrow(/sets no appeal period\. Add "appeal"/);
    expect(() => computeDeadline('serviceCompletion', { from: '2026-11-24' }, setup({}))).toThrow(/say how the notice was served/);
    expect(() => computeDeadline('compliance', { from: '2026-11-31' }, setup({ compliance: { days: 1, unit: 'calendar', roll: 'forward' } }))).toThrow(/not a real calendar date/);
  });
});
