/** Handlers of the checklists area, spread into core.ts. */
import type { checklistsMethods } from '../../../shared/contracts/checklists';
import { checklistDecisionDeps, reviewChecklist, signOffChecklistItem, waiveChecklistItem, withdrawWaiver } from '../checklists/checklistDecisions';
import { documentGates } from '../checklists/documentGate';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';

export function checklistsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof checklistsMethods> {
  const d = checklistDecisionDeps(deps);
  return {
    evaluateChecklist: ({ caseId, step }) => reviewChecklist(d, caseId, step),
    waiveChecklistItem: (input) => waiveChecklistItem(d, input),
    withdrawWaiver: (input) => withdrawWaiver(d, input),
    signOffChecklistItem: (input) => signOffChecklistItem(d, input),
    getDocumentGates: ({ caseId }) => documentGates(d, caseId),
  };
}
