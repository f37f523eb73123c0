/** Types of the checklist decisions area: stored waivers and solicitor sign-offs on checklist items. */
import type { ChecklistEvaluation, ChecklistItemResult } from './checklists/evaluate';
import type { ChecklistStep } from './checklists/schema';

export interface ChecklistSignOff {
  readonly by: string;
  readonly at: string;
  /** False once what the item relies on (evidence, status, detail) differs from what was signed off: the sign-off lapsed. */
  readonly current: boolean;
}

export type ChecklistItemWithSignOff = ChecklistItemResult & { readonly signOff: ChecklistSignOff | null };

/** evaluateChecklist's answer: the evaluation with stored waivers applied and each item's latest sign-off. */
export type ChecklistReview = Omit<ChecklistEvaluation, 'items'> & { readonly items: readonly ChecklistItemWithSignOff[] };

export interface ChecklistDecisionResult {
  readonly caseId: number;
  readonly step: ChecklistStep;
  readonly itemId: string;
  /** The step evaluated again after the decision, so a screen can show readiness move. */
  readonly review: ChecklistReview;
}
