/**
 * The Statement of Costs as a kind (case-level, prefix SOC): the case's costs by section as of the
 * day it is issued, for the hearing officer or the lien record. Refused without an owner of
 * record, with nothing on the ledger or nothing owed, and when the pack words no cost statement.
 * No checklist step guards it: it states the ledger and asks nothing of anyone. The ledger is
 * read again inside the committing transaction, as for the demand.
 */
import type { Ledger } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { packInLanguage } from '../../../../../shared/packLocalization';
import { getCaseDetail } from '../../../cases/caseService';
import { getLedger } from '../../../enforcement/ledger';
import { ownerPreferredLanguage } from '../../../../db/queries/parties';
import { refuseWithoutOwner } from '../demand/demandKind';
import type { BaseFacts, KindSpec } from '../kindSpec';
import { citationNumbersOf } from './costsFacts';
import { buildCostsModel, costsDocument, refuseNothingOwed } from './costsModel';
import { costsRules, costsWording } from './costsRules';

export const COSTS_PREFIX = 'SOC';

interface CostsFacts extends BaseFacts {
  readonly ledger: Ledger;
  readonly citationNumbers: ReadonlyMap<number, string>;
}

export const costsKind: KindSpec<CostsFacts> = {
  kind: 'statement_of_costs',
  prefix: COSTS_PREFIX,
  formats: ['pdf', 'docx'],
  noun: 'statement of costs',
  title: ({ detail }) => `Statement of Costs — ${detail.property.address}`,
  gather(deps, caseId) {
    refuseWithoutOwner(deps, caseId, 'statement of costs');
    const detail = getCaseDetail(deps.db, caseId);
    const ledger = getLedger(deps.db, caseId);
    refuseNothingOwed(detail.caseNumber, ledger);
    // Refused here, before the gate, when the pack words no cost statement or its languages disagree.
    costsRules(deps.pack);
    return { detail, recipientLanguage: ownerPreferredLanguage(deps.db, caseId), ledger, citationNumbers: citationNumbersOf(deps, caseId) };
  },
  build(facts, opts) {
    const model = buildCostsModel(facts, {
      documentNumber: opts.documentNumber,
      issuedOn: opts.issuedOn,
      auditHead: opts.auditHead,
      pack: packInLanguage(opts.pack.pack, opts.language),
      wording: costsWording(opts.pack, opts.language),
      rules: costsRules(opts.pack),
    });
    return {
      document: costsDocument(model),
      auditDetails: { asOf: model.asOf, balanceCents: model.statement.balanceCents, interestCents: model.statement.interestCents, ledgerEntries: facts.ledger.entries.map((e) => e.id) },
    };
  },
  recheck(deps, caseId, { detail, ledger }) {
    const current = getLedger(deps.db, caseId);
    if (current.balanceCents !== ledger.balanceCents || current.entries.length !== ledger.entries.length) {
      throw new AppError('CONFLICT', `The ledger of case ${detail.caseNumber} changed while the statement of costs was being prepared. Issue it again so it shows the current balance.`);
    }
  },
};
