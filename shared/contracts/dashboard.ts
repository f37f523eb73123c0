/** Contract methods of the "dashboard" area: open cases by readiness and by next deadline, and one case's deadlines. */
import { z } from 'zod';
import type { CaseDeadlines } from '../caseDeadlinesTypes';
import { empty, method } from '../contractMethod';
import type { Dashboard } from '../dashboardTypes';
import { id } from '../schemas';

export const dashboardMethods = {
  /** Readiness bands per step and the overdue / due-this-week lists, as of the core clock's local date. */
  getDashboard: method<Dashboard>()(empty),
  /** Every deadline of one case computed from the pack's rules, soonest first, each with how it was counted and whether it has passed. */
  listCaseDeadlines: method<CaseDeadlines>()(z.object({ caseId: id })),
} as const;
