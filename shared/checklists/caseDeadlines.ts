/**
 * Every deadline of one case, from its facts and the pack's deadline setup: compliance per pursued
 * violation (rolled off closed days), service completion per attempt that can complete service,
 * appeal from each notice and each hearing order, reinspection due after each compliance
 * deadline, the latest day to serve notice of each upcoming hearing, and the end of the lien
 * waiting period after each served demand for payment. Pure; the same memoised computations
 * the checklist predicates use, so the list and the checklist never disagree on a date.
 */
import type { CaseDeadline, CaseDeadlines, CaseDeadlineState } from '../caseDeadlinesTypes';
import type { DeadlineSetup } from '../deadlines/computeDeadline';
import type { DeadlineRuleName } from '../deadlines/deadlinesSchema';
import { SERVICE_METHODS } from '../enforcementTypes';
import { deadlineFor, rolledComplianceDate, type DeadlineAnswer } from './deadlineMemo';
import type { CaseFacts, IsoDate } from './facts';
import { pursued, words } from './predicateSupport';
import { completionOf, serviceOf } from './serviceProof';

/** A hearing order the appeal period runs from (hearing_outcomes.order_date). */
export interface HearingOrder {
  readonly hearingId: number;
  readonly orderDate: IsoDate;
}

/** Outcomes after which service can be complete; returned or unclaimed mail never completes it. */
const COMPLETING_OUTCOMES = new Set(['delivered', 'posted', 'refused']);

const stateOf = (date: IsoDate, today: IsoDate): CaseDeadlineState => (date < today ? 'past' : date === today ? 'today' : 'upcoming');

export function computeCaseDeadlines(facts: CaseFacts, orders: readonly HearingOrder[], setup: DeadlineSetup, today: IsoDate): CaseDeadlines {
  const out: Omit<CaseDeadline, 'state'>[] = [];
  const problems = new Set<string>();
  const add = (rule: DeadlineRuleName, label: string, relatedTo: CaseDeadline['relatedTo'], answer: DeadlineAnswer) => {
    if (answer.ok) out.push({ rule, label, date: answer.result.date, explanation: answer.result.explanation, relatedTo });
    else problems.add(answer.problem);
  };

  for (const v of pursued(facts)) {
    const name = v.codeSection.trim() ? `${v.codeSection} (violation ${v.id})` : `violation ${v.id}`;
    const rolled = rolledComplianceDate(setup, v.complianceDate);
    const relatedTo = { kind: 'violation', id: v.id } as const;
    out.push({ rule: 'compliance', label: `Compliance deadline — ${name}`, date: rolled.date, explanation: rolled.explanation ?? `${v.complianceDate}, as set on the violation`, relatedTo });
    add('reinspection', `Reinspection due — ${name}`, relatedTo, deadlineFor(setup, 'reinspection', rolled.date));
  }

  for (const a of facts.serviceAttempts) {
    if (!COMPLETING_OUTCOMES.has(a.outcome)) continue;
    const c = completionOf(setup, a);
    const label = `Service complete — ${words(a.method)} of ${attemptedDocument(facts, a.documentId)} to party ${a.partyId}`;
    if (typeof c === 'string') problems.add(c);
    else out.push({ rule: 'serviceCompletion', label, date: c.completesOn, explanation: c.explanation, relatedTo: { kind: 'serviceAttempt', id: a.id } });
  }

  for (const n of facts.notices) add('appeal', `Appeal period ends — ${n.number}`, { kind: 'document', id: n.id }, deadlineFor(setup, 'appeal', n.issuedOn));
  for (const o of orders) add('appeal', `Appeal period ends — hearing order of ${o.orderDate}`, { kind: 'hearing', id: o.hearingId }, deadlineFor(setup, 'appeal', o.orderDate));

  for (const h of facts.hearings) {
    if (h.outcome !== null || h.scheduledAt.slice(0, 10) < today) continue;
    add('hearingNotice', `Last day to serve notice — hearing on ${h.scheduledAt.replace('T', ' ')}`, { kind: 'hearing', id: h.id }, deadlineFor(setup, 'hearingNotice', h.scheduledAt.slice(0, 10)));
  }

  const toOwner = { methods: [...SERVICE_METHODS], outcomes: ['delivered', 'posted'] as ('delivered' | 'posted')[], roles: ['owner_of_record' as const] };
  for (const d of facts.demands) {
    const owner = serviceOf(facts, [d], toOwner, setup, today)[0];
    const served = owner?.complete[0] ?? owner?.pending[0];
    if (served) add('lienWaiting', `Lien waiting period ends — ${d.number}`, { kind: 'document', id: d.id }, deadlineFor(setup, 'lienWaiting', served.completesOn));
  }

  const deadlines = out
    .map((d) => ({ ...d, state: stateOf(d.date, today) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  return { caseId: facts.caseId, caseNumber: facts.caseNumber, today, deadlines, problems: [...problems] };
}

function attemptedDocument(facts: CaseFacts, documentId: number): string {
  return [...facts.notices, ...facts.demands].find((d) => d.id === documentId)?.number ?? `document ${documentId}`;
}
