/**
 * The notice and certificate of lien as a kind: one per case (the lien is recorded after it is
 * generated: the recorder's date and instrument number, or book and page, are then entered as a
 * liens row — `caseready lien record` — which stays a record of what the recorder did).
 * Refused when nothing lienable is owed, when the property has no legal description or the owner
 * no mailing address, and gated by the pack's file_lien step. The ledger is read again inside the
 * committing transaction: a payment recorded while the PDF was laid out would make the amount wrong.
 */
import { refuseWithoutOwner } from '../demand/demandKind';
import type { Ledger } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { packInLanguage } from '../../../../../shared/packLocalization';
import { ownerPreferredLanguage, getPropertyDetails, propertyIdOfCase } from '../../../../db/queries/parties';
import { getCaseDetail } from '../../../cases/caseService';
import { getLedger } from '../../../enforcement/ledger';
import type { BaseFacts, GatherDeps, KindSpec } from '../kindSpec';
import { lienWording, refuseUnrecordableProperty, type LienProperty } from './lienInstrument';
import { buildLienFiling, lienAmountOf, type LienAmount } from './lienFilingModel';

export const LIEN_FILING_PREFIX = 'LIEN';

interface LienFilingFacts extends BaseFacts {
  readonly ledger: Ledger;
  readonly property: LienProperty;
  readonly amount: LienAmount;
}

export const lienFilingKind: KindSpec<LienFilingFacts> = {
  kind: 'lien_filing',
  prefix: LIEN_FILING_PREFIX,
  formats: ['pdf', 'docx'],
  noun: 'lien filing',
  title: ({ detail }) => `Notice and Certificate of Lien — ${detail.property.address}`,
  gather(deps, caseId) {
    refuseWithoutOwner(deps, caseId, 'lien filing');
    const detail = getCaseDetail(deps.db, caseId);
    // The pack must word the lien (and agree with itself on the recorder's rules) before anything else.
    const wording = lienWording(deps.pack, deps.pack.notice.language);
    const ledger = getLedger(deps.db, caseId);
    const amount = lienAmountOf(detail.caseNumber, ledger, wording.lienableKinds);
    const property = refuseUnrecordableProperty(detail, legalDescriptionOf(deps, caseId), 'lien filing');
    return { detail, recipientLanguage: ownerPreferredLanguage(deps.db, caseId), ledger, property, amount };
  },
  build(facts, opts) {
    const document = buildLienFiling(facts, {
      documentNumber: opts.documentNumber,
      issuedOn: opts.issuedOn,
      auditHead: opts.auditHead,
      pack: packInLanguage(opts.pack.pack, opts.language),
      wording: lienWording(opts.pack, opts.language),
    });
    return {
      document,
      auditDetails: { amountCents: facts.amount.amountCents, excludedCents: facts.amount.excludedCents, ledgerEntries: facts.amount.lines.map((l) => l.entryId) },
    };
  },
  recheck(deps, caseId, { detail, ledger }) {
    const current = getLedger(deps.db, caseId);
    if (current.balanceCents !== ledger.balanceCents || current.entries.length !== ledger.entries.length) {
      throw new AppError('CONFLICT', `The ledger of case ${detail.caseNumber} changed while the lien filing was being prepared. Generate it again so it states the current amount.`);
    }
  },
};

/** The property's legal description as recorded in the Property tab (null when never entered). */
export function legalDescriptionOf(deps: Pick<GatherDeps, 'db'>, caseId: number): { legalDescription: string | null } {
  const propertyId = propertyIdOfCase(deps.db, caseId);
  const property = propertyId === undefined ? undefined : getPropertyDetails(deps.db, propertyId);
  return { legalDescription: property?.legalDescription ?? null };
}

