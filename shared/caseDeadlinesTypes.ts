/** Every deadline of one case, computed from the pack's rules (listCaseDeadlines, `caseready deadlines`). */
import type { DeadlineRuleName } from './deadlines/deadlinesSchema';

export type CaseDeadlineState = 'upcoming' | 'today' | 'past';

export interface CaseDeadline {
  readonly rule: DeadlineRuleName;
  /** "Compliance deadline — IPMC 302.4 (violation 21)". */
  readonly label: string;
  readonly date: string;
  /** How the date was counted: "2026-07-04 is Independence Day (a Saturday) → 2026-07-06". */
  readonly explanation: string;
  readonly relatedTo: { readonly kind: 'violation' | 'serviceAttempt' | 'hearing' | 'document'; readonly id: number };
  readonly state: CaseDeadlineState;
}

export interface CaseDeadlines {
  readonly caseId: number;
  readonly caseNumber: string;
  readonly today: string;
  /** Soonest first. */
  readonly deadlines: readonly CaseDeadline[];
  /** Deadlines that could not be computed because the pack lacks a rule, one sentence each. */
  readonly problems: readonly string[];
}
