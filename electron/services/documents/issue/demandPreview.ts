/**
 * What a Demand for Payment issued today would ask, refused exactly as issuing is for the ledger
 * and the pack (nothing owed, no abatement cost, no owner, no lien waiting period), so the Costs
 * tab can disable its button with the same reason the service would give. The checklist gate is
 * not asked here: the tab shows that lock from getDocumentGates, beside the balance this still
 * answers.
 */
import type { DemandPreview } from '../../../../shared/domain';
import { getCaseDetail } from '../../cases/caseService';
import { localIsoDate } from '../../clock';
import { getLedger } from '../../enforcement/ledger';
import { costsRules } from '../kinds/costs/costsRules';
import { demandablePrincipalCents, statementInterestCents } from '../kinds/costs/costStatement';
import { refuseWithoutOwner } from '../kinds/demand/demandKind';
import { demandPayBy, refuseNothingToDemand, requireDemandWording } from '../kinds/demand/demandModel';
import type { IssueDeps } from './issueKind';

export function previewDemandForPayment(deps: Pick<IssueDeps, 'db' | 'clock' | 'pack'>, caseId: number): DemandPreview {
  refuseWithoutOwner(deps, caseId);
  const detail = getCaseDetail(deps.db, caseId);
  const ledger = getLedger(deps.db, caseId);
  const rules = costsRules(deps.pack);
  refuseNothingToDemand(detail.caseNumber, ledger, rules);
  const today = localIsoDate(deps.clock.now());
  const payBy = demandPayBy(deps.pack.pack, today, requireDemandWording(deps.pack).language);
  // What the demand would print: the demandable costs plus the one interest computation.
  const balanceCents = demandablePrincipalCents(ledger, rules) + statementInterestCents(ledger, rules, today);
  return { caseId, balanceCents, payBy: payBy.date, waitingDays: payBy.waitingDays, serviceCompleteBy: payBy.serviceCompleteBy, explanation: payBy.explanation };
}
