/** Handlers of the checklists area, spread into core.ts. */
import type { checklistsMethods } from '../../../shared/contracts/checklists';
import { reviewChecklist, signOffChecklistItem, waiveChecklistItem, withdrawWaiver, type ChecklistDecisionDeps } from '../checklists/checklistDecisions';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';

export function checklistsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof checklistsMethods> {
  const d: ChecklistDecisionDeps = { db: deps.db, clock: deps.clock, actor: deps.actor, checklists: deps.pack.checklists ?? null, packName: deps.pack.pack.name };
  return {
    evaluateChecklist: ({ caseId, step }) => reviewChecklist(d, caseId, step),
    waiveChecklistItem: (input) => waiveChecklistItem(d, input),
    withdrawWaiver: (input) => withdrawWaiver(d, input),
    signOffChecklistItem: (input) => signOffChecklistItem(d, input),
  };
}
