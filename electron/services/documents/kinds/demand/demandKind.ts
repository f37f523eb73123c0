/**
 * The Demand for Payment as a kind: the ledger itemized by section, refused when nothing is owed, when the
 * ledger has no abatement cost or fee, or when the owner of record or their address is missing.
 * The ledger is read again inside the committing transaction: a payment recorded while the PDF
 * was laid out would make the printed balance wrong, so the demand is refused and can simply be
 * issued again.
 */
import type { Ledger } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { stmt } from '../../../../db/statements';
import { getCaseDetail } from '../../../cases/caseService';
import { localIsoDate } from '../../../clock';
import { getLedger } from '../../../enforcement/ledger';
import { ownerPreferredLanguage } from '../../../../db/queries/parties';
import { packInLanguage } from '../../../../../shared/packLocalization';
import { wordingIn } from '../../../packs/loadPack';
import type { BaseFacts, GatherDeps, KindSpec } from '../kindSpec';
import { costsRules, costsWording } from '../costs/costsRules';
import { citationNumbersOf } from '../costs/costsFacts';
import { demandDocument } from './demandDocument';
import { buildDemandModel, demandPayBy, refuseNothingToDemand, refuseWithoutMailingAddress, requireDemandWording, type FollowedNotice } from './demandModel';

export const DEMAND_PREFIX = 'DFP';

interface DemandFacts extends BaseFacts {
  readonly ledger: Ledger;
  readonly citationNumbers: ReadonlyMap<number, string>;
  readonly notices: readonly FollowedNotice[];
}

export const demandKind: KindSpec<DemandFacts> = {
  kind: 'demand_for_payment',
  prefix: DEMAND_PREFIX,
  formats: ['pdf', 'docx'],
  noun: 'demand',
  title: ({ detail }) => `Demand for Payment — ${detail.property.address}`,
  gather(deps, caseId) {
    refuseWithoutOwner(deps, caseId);
    const detail = getCaseDetail(deps.db, caseId);
    const ledger = getLedger(deps.db, caseId);
    refuseNothingToDemand(detail.caseNumber, ledger, costsRules(deps.pack));
    refuseWithoutMailingAddress(detail);
    // The pay-by date needs the pack's lien waiting period: refused here, before the gate.
    demandPayBy(deps.pack.pack, localIsoDate(deps.clock.now()), requireDemandWording(deps.pack).language);
    const notices = detail.documents
      .filter((d) => d.kind === 'notice_of_violation')
      .map((d) => ({ number: d.number, issuedOn: localIsoDate(new Date(d.issuedAt)) }));
    return { detail, recipientLanguage: ownerPreferredLanguage(deps.db, caseId), ledger, notices, citationNumbers: citationNumbersOf(deps, caseId) };
  },
  build(facts, opts) {
    const model = buildDemandModel(facts, {
      documentNumber: opts.documentNumber,
      issuedOn: opts.issuedOn,
      auditHead: opts.auditHead,
      pack: packInLanguage(opts.pack.pack, opts.language),
      wording: requireDemandWording({ pack: opts.pack.pack, ...wordingIn(opts.pack, opts.language) }),
      costs: costsWording(opts.pack, opts.language),
      rules: costsRules(opts.pack),
    });
    return {
      document: demandDocument(model),
      auditDetails: {
        balanceCents: model.balanceCents,
        interestCents: model.statement.interestCents,
        finesNotDemandedCents: model.statement.finesNotDemandedCents,
        payBy: model.payBy.date,
        ledgerEntries: facts.ledger.entries.map((e) => e.id),
      },
    };
  },
  recheck(deps, caseId, { detail, ledger }) {
    const current = getLedger(deps.db, caseId);
    if (current.balanceCents !== ledger.balanceCents || current.entries.length !== ledger.entries.length) {
      throw new AppError('CONFLICT', `The ledger of case ${detail.caseNumber} changed while the demand was being prepared. Issue the demand again so it shows the current balance.`);
    }
  },
};

/** getCaseDetail joins the owner of record: without one the case would read as missing. */
export function refuseWithoutOwner(deps: Pick<GatherDeps, 'db'>, caseId: number, noun = 'demand'): void {
  const row = stmt(
    deps.db,
    `SELECT c.case_number AS caseNumber,
            EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = c.id AND cp.role = 'owner_of_record') AS hasOwner
       FROM cases c WHERE c.id = ?`,
  ).get(caseId) as { caseNumber: string; hasOwner: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist. It may have been opened from another data folder.`);
  if (!row.hasOwner) {
    throw new AppError('VALIDATION', `Case ${row.caseNumber} has no owner of record, so there is no one to address a ${noun} to. Add the owner of record in the Parties tab first.`);
  }
}
