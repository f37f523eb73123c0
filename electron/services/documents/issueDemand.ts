/**
 * Issues a Demand for Payment: the letter to the owner of record for the costs of abatement,
 * itemized from the case ledger, that must precede a lien. Like the notice it is rendered from
 * the record, stored in the vault and recorded as an immutable, numbered document (DFP-2026-000001)
 * with its audit entry in one transaction; service of it is recorded against its document id.
 *
 * Refused before anything is rendered when nothing is owed, when the ledger has no abatement cost
 * or fee, when the owner of record or their mailing address is missing, or when the pack's
 * checklist step guarding the demand (if any) is not ready. The ledger is read again inside the
 * committing transaction: a payment recorded while the PDF was laid out would make the printed
 * balance wrong, so the demand is refused and can simply be issued again.
 */
import type { DemandPreview, IssuedDocument } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { stmt } from '../../db/statements';
import { auditHead, GENESIS_HASH } from '../audit';
import { getCaseDetail } from '../cases/caseService';
import { checklistDecisionDeps } from '../checklists/checklistDecisions';
import { assertDocumentUnlocked } from '../checklists/documentGate';
import { localIsoDate } from '../clock';
import { getLedger } from '../enforcement/ledger';
import { buildDemandModel, demandPayBy, refuseNothingToDemand, requireDemandWording } from './demandModel';
import { renderDemandPdf } from './demandPdf';
import { commitIssuedDocument, peekDocumentNumber, queueIssuing, type Progress } from './issueDocument';
import type { IssueDeps } from './issueNotice';

export const DEMAND_PREFIX = 'DFP';

export function issueDemandForPayment(deps: IssueDeps, caseId: number, onProgress: Progress = () => {}): Promise<IssuedDocument> {
  return queueIssuing(() => issueNow(deps, caseId, onProgress));
}

/**
 * What the demand would say if issued now, refused exactly as issuing is for the ledger and the
 * pack (nothing owed, no abatement cost, no owner, no lien waiting period), so the Costs tab can
 * disable its button with the same reason the service would give. The checklist gate is not asked
 * here: the tab shows that lock from getDocumentGates, beside the balance this still answers.
 */
export function previewDemandForPayment(deps: Pick<IssueDeps, 'db' | 'clock' | 'pack'>, caseId: number): DemandPreview {
  refuseWithoutOwner(deps, caseId);
  const detail = getCaseDetail(deps.db, caseId);
  const ledger = getLedger(deps.db, caseId);
  refuseNothingToDemand(detail.caseNumber, ledger);
  const payBy = demandPayBy(deps.pack.pack, localIsoDate(deps.clock.now()), requireDemandWording(deps.pack).language);
  return { caseId, balanceCents: ledger.balanceCents, payBy: payBy.date, waitingDays: payBy.waitingDays, serviceCompleteBy: payBy.serviceCompleteBy, explanation: payBy.explanation };
}

async function issueNow(deps: IssueDeps, caseId: number, onProgress: Progress): Promise<IssuedDocument> {
  const { db } = deps;
  const total = 4;
  onProgress(0, total, 'Reading the ledger');
  refuseWithoutOwner(deps, caseId);
  const detail = getCaseDetail(db, caseId);
  const ledger = getLedger(db, caseId);
  const now = deps.clock.now();
  const issuedOn = localIsoDate(now);
  const documentNumber = peekDocumentNumber(db, DEMAND_PREFIX, issuedOn);
  const head = auditHead(db) ?? GENESIS_HASH;
  const notices = detail.documents
    .filter((d) => d.kind === 'notice_of_violation')
    .map((d) => ({ number: d.number, issuedOn: localIsoDate(new Date(d.issuedAt)) }));
  // The model refuses an empty balance or a ledger without abatement costs (CONFLICT) first:
  // that is what the clerk can act on, before any checklist item.
  const model = buildDemandModel({ detail, ledger, notices }, { documentNumber, issuedOn, auditHead: head, pack: deps.pack.pack, wording: requireDemandWording(deps.pack) });
  assertDocumentUnlocked(checklistDecisionDeps(deps), caseId, 'demand_for_payment');

  onProgress(1, total, 'Laying out the demand');
  const { bytes, pageCount } = await renderDemandPdf(model, { fontsDir: deps.fontsDir });

  onProgress(2, total, 'Storing the issued demand');
  const doc = await commitIssuedDocument(deps, now, {
    caseId,
    kind: 'demand_for_payment',
    prefix: DEMAND_PREFIX,
    issuedOn,
    number: documentNumber,
    title: `Demand for Payment — ${detail.property.address}`,
    bytes,
    pageCount,
    auditHead: head,
    auditDetails: { balanceCents: model.balanceCents, payBy: model.payBy.date, ledgerEntries: ledger.entries.map((e) => e.id) },
    recheck: () => {
      const current = getLedger(db, caseId);
      if (current.balanceCents !== ledger.balanceCents || current.entries.length !== ledger.entries.length) {
        throw new AppError('CONFLICT', `The ledger of case ${detail.caseNumber} changed while the demand was being prepared. Issue the demand again so it shows the current balance.`);
      }
      assertDocumentUnlocked(checklistDecisionDeps(deps), caseId, 'demand_for_payment');
    },
  });
  onProgress(total, total, `Issued ${doc.number}`);
  return doc;
}

/** getCaseDetail joins the owner of record: without one the case would read as missing. */
function refuseWithoutOwner(deps: Pick<IssueDeps, 'db'>, caseId: number): void {
  const row = stmt(
    deps.db,
    `SELECT c.case_number AS caseNumber,
            EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = c.id AND cp.role = 'owner_of_record') AS hasOwner
       FROM cases c WHERE c.id = ?`,
  ).get(caseId) as { caseNumber: string; hasOwner: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist. It may have been opened from another data folder.`);
  if (!row.hasOwner) {
    throw new AppError('VALIDATION', `Case ${row.caseNumber} has no owner of record, so there is no one to send a demand to. Add the owner of record in the Parties tab first.`);
  }
}
