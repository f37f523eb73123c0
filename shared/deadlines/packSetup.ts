/**
 * The deadline setup of one jurisdiction pack: its rules, service days and holiday calendar, built
 * once per pack object and remembered (the dashboard evaluates 60,000 checklists per pack).
 *
 * A pack WITH a `deadlines` section is taken as written: a rule it leaves out is reported by the
 * predicate or deadline that needs it ("The jurisdiction pack sets no lien waiting period…"),
 * except the appeal period, which then comes from `appeal.days` (calendar days, rolled forward).
 * A pack WITHOUT a `deadlines` section (older packs) gets the federal calendar and
 * PACKLESS_DEADLINES below — the model IPMC pack's values, the common practice it was written
 * from — with the appeal period again from `appeal.days`. docs/jurisdiction-packs.md lists them.
 */
import type { JurisdictionPack } from '../jurisdictionPack';
import type { DeadlineSetup } from './computeDeadline';
import type { PackDeadlines, PeriodRule } from './deadlinesSchema';
import { createHolidayCalendar, FEDERAL_CALENDAR } from './holidayCalendar';

export const PACKLESS_DEADLINES: Pick<PackDeadlines, 'rules' | 'serviceDays'> = {
  rules: {
    compliance: { days: 30, unit: 'calendar', roll: 'forward' },
    serviceCompletion: { days: 0, unit: 'calendar', roll: 'forward' },
    reinspection: { days: 5, unit: 'business', roll: 'forward' },
    hearingNotice: { days: 10, unit: 'calendar', roll: 'backward' },
    lienWaiting: { days: 30, unit: 'calendar', roll: 'forward' },
  },
  serviceDays: { certified_mail: 5, first_class_mail: 3, personal_service: 0, posting: 3 },
};

export type PackForDeadlines = Pick<JurisdictionPack, 'deadlines'> & { readonly appeal: Pick<JurisdictionPack['appeal'], 'days'> };

const setups = new WeakMap<object, DeadlineSetup>();

/** The appeal period of a pack: `deadlines.rules.appeal` when stated, else `appeal.days` calendar days rolled forward. */
export function appealRuleOf(pack: PackForDeadlines): PeriodRule {
  return pack.deadlines?.rules.appeal ?? { days: pack.appeal.days, unit: 'calendar', roll: 'forward' };
}

export function deadlineSetupFor(pack: PackForDeadlines): DeadlineSetup {
  const hit = setups.get(pack);
  if (hit) return hit;
  const base = pack.deadlines ?? PACKLESS_DEADLINES;
  const setup: DeadlineSetup = {
    deadlines: { rules: { ...base.rules, appeal: appealRuleOf(pack) }, serviceDays: base.serviceDays },
    calendar: pack.deadlines ? createHolidayCalendar(pack.deadlines) : FEDERAL_CALENDAR,
  };
  setups.set(pack, setup);
  return setup;
}
