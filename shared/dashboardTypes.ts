/** The dashboard (area "dashboard"): open cases by readiness per legal step and by next deadline. */
import type { ChecklistStep } from './checklists/schema';

/** Readiness bands: counts of open cases whose readiness % for a step falls in each band. */
export interface ReadinessBands {
  /** 0-49 % */
  readonly low: number;
  /** 50-99 % */
  readonly partial: number;
  /** 100 % */
  readonly ready: number;
}

export interface StepReadiness {
  readonly step: ChecklistStep;
  readonly title: string;
  readonly bands: ReadinessBands;
  /** Mean readiness % over the open cases (rounded down), 100 when there are none. */
  readonly averagePercent: number;
}

export interface DeadlineCase {
  readonly caseId: number;
  readonly caseNumber: string;
  readonly address: string;
  readonly nextDeadline: string;
  /** The step the case is working toward (see currentStep in the dashboard service); null when the pack has no checklist for it. */
  readonly currentStep: ChecklistStep | null;
  readonly currentStepTitle: string | null;
  readonly readinessPercent: number | null;
}

export interface DeadlineList {
  /** Every matching open case; `cases` holds the first DASHBOARD_LIST_LIMIT of them, soonest deadline first. */
  readonly total: number;
  readonly cases: readonly DeadlineCase[];
}

export interface Dashboard {
  readonly today: string;
  /** Last day of "this week": today + 6 calendar days, the same window as the case list's "due this week" filter. */
  readonly weekEnd: string;
  readonly openCases: number;
  /** One entry per step in the pack's checklists (empty when the pack has no checklists.json). */
  readonly steps: readonly StepReadiness[];
  readonly overdue: DeadlineList;
  readonly dueThisWeek: DeadlineList;
}

export const DASHBOARD_LIST_LIMIT = 100;
