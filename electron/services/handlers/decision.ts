/** Handlers of the decision area, spread into core.ts. */
import type { decisionMethods } from '../../../shared/contracts/decision';
import { suggest } from '../../../shared/decision/suggest';
import { AppError } from '../../../shared/errors';
import type { CoreDeps } from '../core';
import { readDecisionFacts } from '../decision/decisionInputs';
import type { Handlers } from '../dispatch';

export function decisionHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof decisionMethods> {
  return {
    suggestApproach: ({ caseId, capacity, outOfState, unresponsive, economics }) => {
      // Facts first: an unknown case is NOT_FOUND whatever the pack holds.
      const stored = readDecisionFacts(deps.db, caseId);
      const matrix = deps.pack.decision;
      if (!matrix) {
        throw new AppError('NOT_FOUND', `The jurisdiction pack "${deps.pack.pack.name}" has no decision.json, so there is no decision matrix to suggest an approach from.`);
      }
      return suggest({ ...stored, capacity, outOfState: outOfState ?? false, unresponsive: unresponsive ?? false, economics: economics ?? null }, matrix);
    },
  };
}
