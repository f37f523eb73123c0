/**
 * The dashboard: for every open case, readiness of each legal step in the pack's checklists
 * (CaseFacts built in one batch, then the same evaluateChecklist the case page uses), counted in
 * bands, and the overdue / due-this-week lists from cases.next_deadline (kept by triggers).
 */
import type { Db } from '../../db/open';
import { addDays } from '../../db/queries/search';
import { evaluateChecklist, type PredicateMemo } from '../../../shared/checklists/evaluate';
import type { CaseFacts } from '../../../shared/checklists/facts';
import type { PredicateContext } from '../../../shared/checklists/predicates';
import type { ChecklistPack, ChecklistStep } from '../../../shared/checklists/schema';
import type { DeadlineSetup } from '../../../shared/deadlines/computeDeadline';
import { DASHBOARD_LIST_LIMIT, type Dashboard, type DeadlineCase, type DeadlineList, type ReadinessBands } from '../../../shared/dashboardTypes';
import { buildCaseFactsForCases } from '../checklists/caseFactsBatch';

/**
 * The step a case is working toward, read from what its record already holds, latest stage first:
 * no notice yet → the notice; city-paid abatement charges → the lien; a hearing without outcome →
 * getting ready for it; a live citation → referral to the law department; otherwise (notice
 * issued, nothing further) → a civil ticket.
 */
export function currentStep(facts: CaseFacts): ChecklistStep {
  if (facts.notices.length === 0) return 'notice_of_violation';
  if (facts.ledger.some((e) => e.kind === 'abatement' && !e.reversed)) return 'file_lien';
  if (facts.hearings.some((h) => h.outcome === null)) return 'hearing_readiness';
  if (facts.citations.some((c) => c.status !== 'dismissed')) return 'refer_to_law';
  return 'civil_ticket';
}

/** Readiness % of every pack step for each case: Map<caseId, Map<step, percent>>. One context for all: deadline results are memoised per setup. */
export function readinessOfAllSteps(pack: ChecklistPack, facts: readonly CaseFacts[], ctx: PredicateContext): Map<number, Map<ChecklistStep, number>> {
  const out = new Map<number, Map<ChecklistStep, number>>();
  for (const f of facts) {
    const perStep = new Map<ChecklistStep, number>();
    const memo: PredicateMemo = new Map();
    for (const s of pack.steps) perStep.set(s.id, evaluateChecklist(pack, s.id, f, ctx, [], memo).readiness.percent);
    out.set(f.caseId, perStep);
  }
  return out;
}

const band = (percent: number): keyof ReadinessBands => (percent >= 100 ? 'ready' : percent >= 50 ? 'partial' : 'low');

/** `deadlines`: the pack's setup, `deadlineSetupFor(pack)` (built once per pack and remembered). */
export function computeDashboard(db: Db, pack: ChecklistPack | undefined, today: string, deadlines: DeadlineSetup): Dashboard {
  const weekEnd = addDays(today, 6);
  const facts = buildCaseFactsForCases(db, 'allOpen');
  const readiness = pack ? readinessOfAllSteps(pack, facts, { today, deadlines }) : new Map<number, Map<ChecklistStep, number>>();
  const factsById = new Map(facts.map((f) => [f.caseId, f]));

  const steps = (pack?.steps ?? []).map((s) => {
    const bands = { low: 0, partial: 0, ready: 0 };
    let sum = 0;
    for (const perStep of readiness.values()) {
      const p = perStep.get(s.id)!;
      bands[band(p)] += 1;
      sum += p;
    }
    return { step: s.id, title: s.title, bands, averagePercent: facts.length === 0 ? 100 : Math.floor(sum / facts.length) };
  });

  const rows = db
    .prepare(
      `SELECT c.id, c.case_number, c.next_deadline, p.address FROM cases c JOIN properties p ON p.id = c.property_id
       WHERE c.status = 'open' AND c.next_deadline IS NOT NULL AND c.next_deadline <= ? ORDER BY c.next_deadline, c.id`,
    )
    .all(weekEnd) as { id: number; case_number: string; next_deadline: string; address: string }[];
  const toCase = (r: (typeof rows)[number]): DeadlineCase => {
    const f = factsById.get(r.id);
    const step = f ? currentStep(f) : null;
    const stepDef = step ? pack?.steps.find((s) => s.id === step) : undefined;
    return {
      caseId: r.id,
      caseNumber: r.case_number,
      address: r.address,
      nextDeadline: r.next_deadline,
      currentStep: stepDef ? stepDef.id : null,
      currentStepTitle: stepDef ? stepDef.title : null,
      readinessPercent: stepDef ? (readiness.get(r.id)?.get(stepDef.id) ?? null) : null,
    };
  };
  const list = (matching: typeof rows): DeadlineList => ({ total: matching.length, cases: matching.slice(0, DASHBOARD_LIST_LIMIT).map(toCase) });

  return {
    today,
    weekEnd,
    openCases: facts.length,
    steps,
    overdue: list(rows.filter((r) => r.next_deadline < today)),
    dueThisWeek: list(rows.filter((r) => r.next_deadline >= today)),
  };
}
