/** Deadline engine: federal + pack holidays, calendar/business-day periods, named pack rules. */
export { addCalendarDays, isWeekend, weekdayName } from './calendarDate';
export { computeDeadline, type DeadlineFacts, type DeadlineResult, type DeadlineSetup } from './computeDeadline';
export { DEADLINE_RULES, deadlinesSchema, type DeadlineRuleName, type HolidayRule, type PackDeadlines, type PeriodRule } from './deadlinesSchema';
export { federalHolidays, JUNETEENTH_FIRST_YEAR, observedDate, type Holiday, type Observance } from './federalHolidays';
export { createHolidayCalendar, FEDERAL_CALENDAR, type HolidayCalendar } from './holidayCalendar';
export { addPeriod, rollBackward, rollForward, type DayUnit, type Period } from './periods';
export { appealRuleOf, deadlineSetupFor, PACKLESS_DEADLINES, type PackForDeadlines } from './packSetup';
