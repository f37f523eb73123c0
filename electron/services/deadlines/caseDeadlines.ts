/** listCaseDeadlines: one case's facts (the checklist snapshot) plus its hearing orders, through computeCaseDeadlines. */
import type { CaseDeadlines } from '../../../shared/caseDeadlinesTypes';
import { computeCaseDeadlines, type HearingOrder } from '../../../shared/checklists/caseDeadlines';
import type { DeadlineSetup } from '../../../shared/deadlines/computeDeadline';
import type { Db } from '../../db/open';
import { buildCaseFacts } from '../checklists/caseFacts';

export function listCaseDeadlines(db: Db, caseId: number, setup: DeadlineSetup, today: string): CaseDeadlines {
  // Facts first: an unknown case is NOT_FOUND.
  const facts = buildCaseFacts(db, caseId);
  const orders = db
    .prepare('SELECT o.hearing_id AS hearingId, o.order_date AS orderDate FROM hearing_outcomes o JOIN hearings h ON h.id = o.hearing_id WHERE h.case_id = ? ORDER BY o.hearing_id')
    .all(caseId) as HearingOrder[];
  return computeCaseDeadlines(facts, orders, setup, today);
}
