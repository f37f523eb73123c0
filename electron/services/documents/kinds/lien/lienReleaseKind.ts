/**
 * The release and satisfaction of lien as a kind about one recorded lien (subject 'lien',
 * subjectId = liens.id on this case): it cites the lien by the instrument number, or book and
 * page, and the date the recorder gave it, states that it is paid in full, and is recorded too
 * (same recording page, same acknowledgment).
 *
 * A release states satisfaction, so it is refused while the case ledger still shows a balance
 * owed: partial releases (of part of the land, or of part of the amount) are not something this
 * document says. Refused too for a lien whose release the recorder has already recorded.
 * Not gated by a checklist step: the paid balance is its condition, checked again inside the
 * committing transaction.
 */
import type { Lien } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { formatCents } from '../../../../../shared/money';
import { packInLanguage } from '../../../../../shared/packLocalization';
import { getLien, listLiens } from '../../../../db/queries/enforcementMoney';
import { ownerPreferredLanguage } from '../../../../db/queries/parties';
import { getCaseDetail } from '../../../cases/caseService';
import { getLedger } from '../../../enforcement/ledger';
import type { BaseFacts, GatherDeps, KindSpec } from '../kindSpec';
import { formatDateForPeople } from '../notice/noticeModel';
import { refuseWithoutOwner } from '../demand/demandKind';
import { legalDescriptionOf } from './lienFilingKind';
import { instrumentDocument, instrumentFill, legalDescriptionBlocks, lienWording, propertyRows, referenceText, refuseUnrecordableProperty, type InstrumentContext, type LienProperty } from './lienInstrument';

export const LIEN_RELEASE_PREFIX = 'REL';

interface LienReleaseFacts extends BaseFacts {
  readonly lien: Lien;
  readonly property: LienProperty;
}

export const lienReleaseKind: KindSpec<LienReleaseFacts> = {
  kind: 'lien_release',
  subject: 'lien',
  prefix: LIEN_RELEASE_PREFIX,
  formats: ['pdf', 'docx'],
  noun: 'release of lien',
  title: ({ detail }) => `Release and Satisfaction of Lien — ${detail.property.address}`,
  gather(deps, caseId, { subjectId }) {
    refuseWithoutOwner(deps, caseId, 'release of lien');
    const detail = getCaseDetail(deps.db, caseId);
    lienWording(deps.pack, deps.pack.notice.language);
    const lien = requireLienOnCase(deps, caseId, detail.caseNumber, subjectId);
    if (lien.release) {
      throw new AppError(
        'CONFLICT',
        `The lien ${describeLien(lien)} of case ${detail.caseNumber} was already released: the recorder recorded its release on ${lien.release.releasedOn}. A second release would be a second instrument; open the recorded one instead.`,
      );
    }
    refuseWhileOwed(deps, caseId, detail.caseNumber);
    const property = refuseUnrecordableProperty(detail, legalDescriptionOf(deps, caseId), 'release of lien');
    return { detail, subjectId: lien.id, recipientLanguage: ownerPreferredLanguage(deps.db, caseId), lien, property };
  },
  build(facts, opts) {
    const wording = lienWording(opts.pack, opts.language);
    const ctx: InstrumentContext = {
      pack: packInLanguage(opts.pack.pack, opts.language),
      wording,
      detail: facts.detail,
      property: facts.property,
      documentNumber: opts.documentNumber,
      issuedOnText: formatDateForPeople(opts.issuedOn, wording.language),
      auditHead: opts.auditHead,
    };
    const base = instrumentFill(ctx, {});
    const lienReference = referenceText(facts.lien, wording, base);
    const lienRecordedOn = formatDateForPeople(facts.lien.recordedOn, wording.language);
    const lienAmount = formatCents(facts.lien.amountCents);
    const fill = instrumentFill(ctx, { lienReference, lienRecordedOn, lienAmount });
    const { release, labels } = wording;
    const document = instrumentDocument(
      ctx,
      fill,
      {
        title: release.title,
        subtitle: fill(release.subtitle),
        subject: fill(release.subject),
        issuedOn: opts.issuedOn,
        producer: 'CaseReady lien generator (pdf-lib)',
        body: [
          propertyRows(ctx, [
            { label: labels.lienReference, value: lienReference, emphasis: true },
            { label: labels.lienRecordedOn, value: lienRecordedOn },
            { label: labels.lienAmount, value: lienAmount },
          ]),
          { type: 'paragraph', text: fill(release.statement) },
          ...legalDescriptionBlocks(wording.filing.legalDescriptionHeading, facts.property),
        ],
      },
      { document: 'release of lien', enteredText: "the owner's name and address, the legal description and the lien's recording reference" },
    );
    return { document, auditDetails: { lienId: facts.lien.id, lienReference, lienRecordedOn: facts.lien.recordedOn, lienAmountCents: facts.lien.amountCents } };
  },
  recheck(deps, caseId, { detail, lien }) {
    refuseWhileOwed(deps, caseId, detail.caseNumber);
    if (getLien(deps.db, lien.id)?.release) {
      throw new AppError('CONFLICT', `The release of lien ${describeLien(lien)} was recorded while this release was being prepared, so nothing was issued.`);
    }
  },
};

function describeLien(lien: Lien): string {
  return lien.instrumentNumber ? `instrument ${lien.instrumentNumber}` : `book ${lien.book ?? '?'} page ${lien.page ?? '?'}`;
}

function requireLienOnCase(deps: Pick<GatherDeps, 'db'>, caseId: number, caseNumber: string, subjectId: number | null): Lien {
  const onCase = listLiens(deps.db, caseId);
  const choices = onCase.length === 0 ? 'it has no recorded lien (record the lien with the recorder\'s instrument number first: caseready lien record)' : `its liens are ${onCase.map((l) => `${l.id} (${describeLien(l)}, recorded ${l.recordedOn})`).join(', ')}`;
  if (subjectId === null) throw new AppError('VALIDATION', `A release of lien is about one recorded lien: say which (--subject LIEN_ID). Case ${caseNumber}: ${choices}.`);
  const lien = onCase.find((l) => l.id === subjectId);
  if (!lien) throw new AppError('NOT_FOUND', `Lien ${subjectId} is not a lien recorded on case ${caseNumber}; ${choices}.`);
  return lien;
}

function refuseWhileOwed(deps: Pick<GatherDeps, 'db'>, caseId: number, caseNumber: string): void {
  const { balanceCents } = getLedger(deps.db, caseId);
  if (balanceCents > 0) {
    throw new AppError(
      'CONFLICT',
      `Case ${caseNumber} still owes ${formatCents(balanceCents)}, and a release states that the lien is paid in full, so none can be issued yet. Record the payment in the Costs tab first (CaseReady does not issue partial releases).`,
    );
  }
}
