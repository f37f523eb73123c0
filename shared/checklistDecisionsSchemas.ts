/** Input schemas of the checklist decisions area. */
import { z } from 'zod';
import { CHECKLIST_STEPS } from './checklists/schema';
import { id } from './schemas';

const itemId = z
  .string()
  .regex(/^[a-z0-9-]{1,80}$/, 'A checklist item id is lowercase letters, digits and dashes (as in the checklist, e.g. "owner-verified").');

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const reason = z
  .string()
  .trim()
  .min(1, 'Say why the item is waived: the law department reads the reason beside the gap.')
  .max(2000, 'Keep the reason under 2000 characters.')
  .refine((s) => !CONTROL.test(s), 'The reason contains control characters; retype it as plain text.');

export const checklistItemRef = z.object({ caseId: id, step: z.enum(CHECKLIST_STEPS), itemId }).strict();
export const waiveChecklistItemInput = checklistItemRef.extend({ reason }).strict();
export const withdrawWaiverInput = checklistItemRef.extend({ reason: reason.optional() }).strict();

export type ChecklistItemRefInput = z.infer<typeof checklistItemRef>;
export type WaiveChecklistItemInput = z.infer<typeof waiveChecklistItemInput>;
export type WithdrawWaiverInput = z.infer<typeof withdrawWaiverInput>;
