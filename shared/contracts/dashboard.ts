/** Contract methods of the "dashboard" area: open cases by readiness and by next deadline. */
import { empty, method } from '../contractMethod';
import type { Dashboard } from '../dashboardTypes';

export const dashboardMethods = {
  /** Readiness bands per step and the overdue / due-this-week lists, as of the core clock's local date. */
  getDashboard: method<Dashboard>()(empty),
} as const;
