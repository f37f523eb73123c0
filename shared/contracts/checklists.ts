/** Checklist methods (area "checklists"): what the law department needs before each legal step. */
import { z } from 'zod';
import { method } from '../contractMethod';
import type { ChecklistEvaluation } from '../checklists/evaluate';
import { CHECKLIST_STEPS } from '../checklists/schema';
import { id } from '../schemas';

export const checklistsMethods = {
  /** The step's checklist evaluated against the case's record today (the core clock's local date). */
  evaluateChecklist: method<ChecklistEvaluation>()(z.object({ caseId: id, step: z.enum(CHECKLIST_STEPS) })),
} as const;
