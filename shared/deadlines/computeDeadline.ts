/**
 * Named deadlines from a pack's `deadlines` section. Every result carries the sentence that
 * explains it ("2026-12-24 + 10 calendar days = 2027-01-03 (Sunday) → rolled to 2027-01-04"), so a
 * date printed on a notice can be checked by a person.
 *
 * Minimum hearing notice counts backwards from the hearing: the result is the latest day notice
 * may be served. When that day is a weekend or holiday it rolls BACK to the business day before
 * (roll "backward"), because rolling forward would leave the owner less than the minimum notice;
 * the schema refuses roll "forward" for that rule.
 */
import { AppError } from '../errors';
import type { ServiceMethod } from '../enforcementTypes';
import { weekdayName } from './calendarDate';
import type { DeadlineRuleName, PackDeadlines, PeriodRule } from './deadlinesSchema';
import type { HolidayCalendar } from './holidayCalendar';
import { addPeriod, rollBackward, rollForward } from './periods';

export interface DeadlineFacts {
  /** The day the period runs from: the notice date, the order date, the mailing date, or — for hearingNotice — the hearing date. */
  readonly from: string;
  /** Needed for serviceCompletion. */
  readonly method?: ServiceMethod;
}

export interface DeadlineSetup {
  readonly deadlines: Pick<PackDeadlines, 'rules' | 'serviceDays'>;
  readonly calendar: HolidayCalendar;
}

export interface DeadlineResult {
  readonly rule: DeadlineRuleName;
  readonly date: string;
  /** Where the count landed before rolling. */
  readonly countedTo: string;
  readonly explanation: string;
}

const RULE_LABELS: Record<DeadlineRuleName, string> = {
  compliance: 'compliance period',
  serviceCompletion: 'service completion',
  appeal: 'appeal period',
  reinspection: 'reinspection',
  hearingNotice: 'minimum hearing notice',
  lienWaiting: 'lien waiting period',
};

const SERVICE_DEFAULT: Omit<PeriodRule, 'days'> = { unit: 'calendar', roll: 'forward' };

function dayDescription(iso: string, calendar: HolidayCalendar): string {
  const holiday = calendar.holidayOn(iso);
  if (!holiday) return weekdayName(iso);
  const observedOnly = holiday.date !== iso ? ', observed' : '';
  return `${weekdayName(iso)}, ${holiday.name}${observedOnly}`;
}

function periodFor(rule: DeadlineRuleName, facts: DeadlineFacts, setup: DeadlineSetup): PeriodRule {
  if (rule === 'serviceCompletion') {
    if (!facts.method) throw new AppError('VALIDATION', 'method: say how the notice was served (certified mail, first-class mail, personal service or posting).');
    const shape = setup.deadlines.rules.serviceCompletion ?? SERVICE_DEFAULT;
    return { days: setup.deadlines.serviceDays[facts.method], unit: shape.unit, roll: shape.roll };
  }
  const period = setup.deadlines.rules[rule];
  if (!period) throw new AppError('VALIDATION', `The jurisdiction pack sets no ${RULE_LABELS[rule]}. Add "${rule}" to the pack's deadlines.rules.`);
  return period;
}

export function computeDeadline(rule: DeadlineRuleName, facts: DeadlineFacts, setup: DeadlineSetup): DeadlineResult {
  const period = periodFor(rule, facts, setup);
  const backwards = rule === 'hearingNotice';
  const countedTo = addPeriod(facts.from, { days: backwards ? -period.days : period.days, unit: period.unit }, setup.calendar);
  const date =
    period.roll === 'forward' ? rollForward(countedTo, setup.calendar) : period.roll === 'backward' ? rollBackward(countedTo, setup.calendar) : countedTo;
  const sign = backwards ? '−' : '+';
  const via = rule === 'serviceCompletion' ? ` (${facts.method!.replace(/_/g, ' ')})` : '';
  let explanation = `${facts.from} ${sign} ${period.days} ${period.unit} days${via} = ${countedTo} (${dayDescription(countedTo, setup.calendar)})`;
  if (date !== countedTo) explanation += ` → rolled ${period.roll === 'backward' ? 'back ' : ''}to ${date}`;
  return { rule, date, countedTo, explanation };
}
