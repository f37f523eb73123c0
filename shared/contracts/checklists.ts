/** Checklist methods (area "checklists"): what the law department needs before each legal step, waivers and sign-offs. */
import { z } from 'zod';
import { method } from '../contractMethod';
import type { ChecklistDecisionResult, ChecklistReview } from '../checklistDecisionsTypes';
import type { DocumentGate } from '../documentGateTypes';
import { checklistItemRef, waiveChecklistItemInput, withdrawWaiverInput } from '../checklistDecisionsSchemas';
import { CHECKLIST_STEPS } from '../checklists/schema';
import { id } from '../schemas';

export const checklistsMethods = {
  /** The step's checklist evaluated against the case's record today (the core clock's local date), with stored waivers and sign-offs. */
  evaluateChecklist: method<ChecklistReview>()(z.object({ caseId: id, step: z.enum(CHECKLIST_STEPS) })),
  /** Waives an item with a reason (audited); readiness counts it as done. */
  waiveChecklistItem: method<ChecklistDecisionResult>()(waiveChecklistItemInput),
  /** Withdraws the item's waiver (audited); the item shows what its predicate finds again. */
  withdrawWaiver: method<ChecklistDecisionResult>()(withdrawWaiverInput),
  /** Signs off a met item, bound to the evidence it relies on now; lapses when that evidence changes. */
  signOffChecklistItem: method<ChecklistDecisionResult>()(checklistItemRef),
  /** Each document a pack's step guards, with whether it is unlocked for the case and the blocking items left. */
  getDocumentGates: method<readonly DocumentGate[]>()(z.object({ caseId: id })),
} as const;
