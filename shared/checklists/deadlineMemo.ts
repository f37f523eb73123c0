/**
 * Deadline computations for predicates and the case deadline list, memoised per pack setup. The
 * dashboard evaluates 60,000 checklists in which the same (rule, from, method) repeats thousands
 * of times; each computation walks a holiday calendar and builds Dates, so results are kept in a
 * bounded map per setup (cleared when full, like addCalendarDays, so a long-running process cannot
 * grow it). A rule the pack lacks is remembered as its error message, not thrown: the predicate
 * turns it into a "missing" answer that names the rule to add.
 */
import { computeDeadline, type DeadlineResult, type DeadlineSetup } from '../deadlines/computeDeadline';
import type { DeadlineRuleName, PeriodRule } from '../deadlines/deadlinesSchema';
import { rollBackward, rollForward } from '../deadlines/periods';
import { weekdayName } from '../deadlines/calendarDate';
import type { HolidayCalendar } from '../deadlines/holidayCalendar';
import type { ServiceMethod } from '../enforcementTypes';
import type { CaseFacts, IsoDate } from './facts';

export type DeadlineAnswer = { readonly ok: true; readonly result: DeadlineResult } | { readonly ok: false; readonly problem: string };

/** A compliance date as the law counts it: rolled off a weekend or court holiday by the pack's compliance rule. */
export interface RolledDate {
  readonly date: IsoDate;
  /** "2026-07-04 is Independence Day (a Saturday) → 2026-07-06"; null when the date did not move. */
  readonly explanation: string | null;
}

const MAX_ENTRIES = 20_000;

interface Memo {
  readonly answers: Map<string, DeadlineAnswer>;
  /** Rolled compliance dates by date: the hottest lookup (every pursued violation, several items per step). */
  readonly rolls: Map<IsoDate, RolledDate>;
}
const memo = new WeakMap<DeadlineSetup, Memo>();

function memoOf(setup: DeadlineSetup): Memo {
  let m = memo.get(setup);
  if (!m) {
    m = { answers: new Map(), rolls: new Map() };
    memo.set(setup, m);
  }
  return m;
}

/**
 * computeDeadline, remembered. `days` overrides the rule's day count (a checklist item's own
 * `days` parameter wins over the pack rule); unit and roll still come from the rule, or calendar
 * days rolled forward when the pack has none.
 */
export function deadlineFor(setup: DeadlineSetup, rule: DeadlineRuleName, from: IsoDate, method?: ServiceMethod, days?: number): DeadlineAnswer {
  const cache = memoOf(setup).answers;
  const key = `${rule}|${from}|${method ?? ''}|${days ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let answer: DeadlineAnswer;
  try {
    answer = { ok: true, result: computeDeadline(rule, { from, method }, days === undefined ? setup : withDays(setup, rule, days)) };
  } catch (err) {
    answer = { ok: false, problem: (err as Error).message };
  }
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, answer);
  return answer;
}

function withDays(setup: DeadlineSetup, rule: DeadlineRuleName, days: number): DeadlineSetup {
  const shape: Omit<PeriodRule, 'days'> = setup.deadlines.rules[rule] ?? { unit: 'calendar', roll: 'forward' };
  return { ...setup, deadlines: { ...setup.deadlines, rules: { ...setup.deadlines.rules, [rule]: { ...shape, days } } } };
}

/** Why a day is closed, in words: "Independence Day (observed)", "Independence Day (a Saturday)", "a Sunday". */
export function closedDayReason(iso: IsoDate, calendar: HolidayCalendar): string {
  const observed = calendar.holidayOn(iso);
  if (observed) return observed.date === iso ? observed.name : `${observed.name} (observed)`;
  const year = Number(iso.slice(0, 4));
  const actual = [year - 1, year, year + 1].flatMap((y) => calendar.observedIn(y)).find((h) => h.date === iso);
  return actual ? `${actual.name} (a ${weekdayName(iso)})` : `a ${weekdayName(iso)}`;
}

/**
 * A compliance date rolled by the pack's compliance rule (forward when the pack sets none: a period
 * ending on a day the office is closed runs to the next business day, FRCP 6(a)(1)(C)).
 */
export function rolledComplianceDate(setup: DeadlineSetup, date: IsoDate): RolledDate {
  const cache = memoOf(setup).rolls;
  const hit = cache.get(date);
  if (hit) return hit;
  const roll = setup.deadlines.rules.compliance?.roll ?? 'forward';
  const { calendar } = setup;
  const rolled = roll === 'forward' ? rollForward(date, calendar) : roll === 'backward' ? rollBackward(date, calendar) : date;
  const answer: RolledDate = { date: rolled, explanation: rolled === date ? null : `${date} is ${closedDayReason(date, calendar)} → ${rolled}` };
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(date, answer);
  return answer;
}

/**
 * Per-case scratch space for values several items of every step need (compliance deadlines,
 * service completions). One slot, for the case being evaluated: readiness of all steps walks
 * case by case, so the slot hits while a case's steps run and is replaced by the next case —
 * no WeakMap over 10,000 facts objects for the garbage collector to trace (measured slower).
 * Facts objects are never mutated after they are built, so a hit cannot be stale.
 */
export interface FactsSlot {
  readonly facts: CaseFacts;
  readonly setup: DeadlineSetup;
  readonly values: Map<unknown, unknown>;
}
let slot: FactsSlot | null = null;

export function slotFor(facts: CaseFacts, setup: DeadlineSetup): FactsSlot {
  if (slot?.facts !== facts || slot.setup !== setup) slot = { facts, setup, values: new Map() };
  return slot;
}
