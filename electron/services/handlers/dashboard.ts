/** Handlers of the dashboard area, spread into core.ts. */
import type { dashboardMethods } from '../../../shared/contracts/dashboard';
import { localIsoDate } from '../clock';
import type { CoreDeps } from '../core';
import { computeDashboard } from '../dashboard/dashboard';
import type { Handlers } from '../dispatch';

export function dashboardHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof dashboardMethods> {
  return {
    getDashboard: () => computeDashboard(deps.db, deps.pack.checklists, localIsoDate(deps.clock.now())),
  };
}
