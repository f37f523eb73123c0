/**
 * The one computation of interest on a case's costs, used by the Demand for Payment and the
 * Statement of Costs alike, so the figure printed is the figure the app computed. Pure.
 *
 * Simple interest (never compounded) at the pack's annual rate, actual days / 365, on the running
 * balance of what may be demanded: each demanded charge accrues from its ledger entry date, a
 * payment stops interest on what it paid from its own date, a reversal takes its entry's effect
 * away from the reversal's date. A balance paid down below zero accrues nothing. Rounded once, to
 * the nearest cent (half up), at the end.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { InterestRule } from './costsWording';
import type { LedgerEntry } from './enforcementTypes';

export interface InterestResult {
  readonly cents: number;
  /** Balance × days, summed: what the rate was applied to (for the person checking it). */
  readonly centDays: number;
}

/**
 * `entries` are the ledger lines that may be demanded (charges of the demanded kinds, their
 * reversals, payments and returned payments), in ledger order; `asOf` is the date interest runs to.
 */
export function interestOn(entries: readonly Pick<LedgerEntry, 'deltaCents' | 'entryDate'>[], rule: InterestRule, asOf: string): InterestResult {
  const end = parseISO(asOf);
  let balance = 0;
  let centDays = 0;
  entries.forEach((e, i) => {
    balance += e.deltaCents;
    const next = entries[i + 1]?.entryDate ?? asOf;
    // Entries dated after the as-of date accrue nothing yet.
    const until = next < asOf ? parseISO(next) : end;
    const days = Math.max(0, differenceInCalendarDays(until, parseISO(e.entryDate)));
    if (balance > 0) centDays += balance * days;
  });
  return { cents: Math.round((centDays * rule.annualRatePercent) / 36500), centDays };
}
