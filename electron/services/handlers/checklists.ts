/** Handlers of the checklists area, spread into core.ts. */
import type { checklistsMethods } from '../../../shared/contracts/checklists';
import { evaluateChecklist } from '../../../shared/checklists/evaluate';
import { AppError } from '../../../shared/errors';
import { buildCaseFacts } from '../checklists/caseFacts';
import { localIsoDate } from '../clock';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';

export function checklistsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof checklistsMethods> {
  return {
    evaluateChecklist: ({ caseId, step }) => {
      const checklists = deps.pack.checklists;
      if (!checklists) {
        throw new AppError('NOT_FOUND', `The jurisdiction pack "${deps.pack.pack.name}" has no checklists.json, so there is no checklist to evaluate.`);
      }
      // Facts first: an unknown case is NOT_FOUND whatever the pack holds.
      const facts = buildCaseFacts(deps.db, caseId);
      return evaluateChecklist(checklists, step, facts, localIsoDate(deps.clock.now()));
    },
  };
}
