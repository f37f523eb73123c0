/** Types of the document gate (area "checklists"): which documents a case may issue, and what each still lacks. */
import type { ItemStatus } from './checklists/evaluate';
import type { ChecklistStep } from './checklists/schema';
import type { DocumentKind } from './domain';

export interface DocumentGate {
  readonly kind: DocumentKind;
  /** The step whose checklist guards the document (the pack's `documents` list of that step). */
  readonly step: ChecklistStep;
  readonly stepTitle: string;
  /** Every applicable blocking item of the step is met or waived. */
  readonly unlocked: boolean;
  /** Applicable blocking items neither met nor waived, in the pack's order (empty when unlocked). */
  readonly blockingLeft: readonly { readonly id: string; readonly title: string; readonly status: ItemStatus }[];
}
