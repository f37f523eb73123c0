/** Handlers of the dashboard area (the dashboard and one case's deadlines), spread into core.ts. */
import type { dashboardMethods } from '../../../shared/contracts/dashboard';
import { deadlineSetupFor } from '../../../shared/deadlines/packSetup';
import { localIsoDate } from '../clock';
import type { CoreDeps } from '../core';
import { computeDashboard } from '../dashboard/dashboard';
import { listCaseDeadlines } from '../deadlines/caseDeadlines';
import type { Handlers } from '../dispatch';

export function dashboardHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof dashboardMethods> {
  const deadlines = deadlineSetupFor(deps.pack.pack);
  return {
    getDashboard: () => computeDashboard(deps.db, deps.pack.checklists, localIsoDate(deps.clock.now()), deadlines),
    listCaseDeadlines: ({ caseId }) => listCaseDeadlines(deps.db, caseId, deadlines, localIsoDate(deps.clock.now())),
  };
}
