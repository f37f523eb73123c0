/**
 * What the two recordable lien instruments share: the pack's lien wording, the values their
 * sentences are filled from, the property and owner rows, the legal description, the prepared-by
 * and return-to blocks, the signature and the notary's acknowledgment in the pack's state form,
 * all on the pack's recording page. Pure: every value is already written for people.
 *
 * A recorded instrument is not a letter: no letterhead (the top of page 1 belongs to the
 * recorder), and the instrument's title is the first thing under the reserved area.
 */
import type { CaseDetail } from '../../../../../shared/domain';
import { AppError } from '../../../../../shared/errors';
import { fillTemplate, type JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import { recordingPresetMismatch, type LienPlaceholder, type LienWording } from '../../../../../shared/lienWording';
import type { RecordingReference } from '../../../../../shared/enforcementTypes';
import type { Block, DocumentModel, Row } from '../../model/blocks';
import { letterValues, splitLines } from '../../model/letterModel';
import { kindWording, type LoadedPack, type PackLanguage } from '../../../packs/loadPack';
import { recordingPageSetup } from './recordingPage';

export const LIEN_WORDING_FILE = 'lien';

export type LienFill = (template: string, extra?: Partial<Record<LienPlaceholder, string | number>>) => string;

/** What both instruments print about the property and its owner. */
export interface LienProperty {
  readonly legalDescription: string;
}

/**
 * The pack's lien wording in `language`, refused (naming the file) when the pack has none, and
 * refused when its languages disagree about the recorder's page rules.
 */
export function lienWording(loaded: LoadedPack, language: PackLanguage): LienWording {
  const wording = kindWording<LienWording>(loaded, LIEN_WORDING_FILE, language);
  for (const other of loaded.pack.languages) {
    const mismatch = recordingPresetMismatch(wording.recording, kindWording<LienWording>(loaded, LIEN_WORDING_FILE, other).recording);
    if (mismatch) {
      throw new AppError('VALIDATION', `The jurisdiction pack "${loaded.pack.name}": ${mismatch}. Make lien.${language}.json and lien.${other}.json say the same in "recording".`);
    }
  }
  return wording;
}

/** Refuses an instrument that could not be recorded against the right land. */
export function refuseUnrecordableProperty(detail: CaseDetail, property: { readonly legalDescription: string | null }, what: string): LienProperty {
  const legal = property.legalDescription?.trim() ?? '';
  if (legal === '') {
    throw new AppError(
      'VALIDATION',
      `The property of case ${detail.caseNumber} (parcel ${detail.property.parcelId}) has no legal description, and a ${what} is recorded against the land it describes. Add the legal description from the deed in the Property tab (CLI: caseready property update --case ${detail.caseNumber} --legal "…"), then generate it again.`,
    );
  }
  if (splitLines(detail.owner.mailingAddress).length === 0) {
    throw new AppError('VALIDATION', `The owner of record of case ${detail.caseNumber}, ${detail.owner.name}, has no mailing address, which the ${what} states. Add it in the Parties tab first.`);
  }
  return { legalDescription: legal };
}

/** "Instrument No. 2026-0045512", "Book 1187, Page 220", or both when the recorder gave both. */
export function referenceText(ref: RecordingReference, wording: LienWording, fill: LienFill): string {
  const parts: string[] = [];
  if (ref.instrumentNumber) parts.push(fill(wording.reference.instrument, { instrumentNumber: ref.instrumentNumber }));
  if (ref.book && ref.page) parts.push(fill(wording.reference.bookPage, { recordBook: ref.book, recordPage: ref.page }));
  if (parts.length === 0) throw new AppError('VALIDATION', 'A recorded lien needs its instrument number or its book and page.');
  return parts.join('; ');
}

export interface InstrumentContext {
  readonly pack: JurisdictionPack;
  readonly wording: LienWording;
  readonly detail: CaseDetail;
  readonly property: LienProperty;
  readonly documentNumber: string;
  readonly issuedOnText: string;
  readonly auditHead: string;
}

/** The values every lien sentence may use; a kind adds the amount and the lien it cites. */
export function instrumentFill(ctx: InstrumentContext, values: Partial<Record<LienPlaceholder, string | number>>): LienFill {
  const { pack, wording, detail } = ctx;
  const all: Partial<Record<LienPlaceholder, string | number>> = {
    ...letterValues(pack, detail, { documentNumber: ctx.documentNumber, issuedOnText: ctx.issuedOnText, auditHead: ctx.auditHead }),
    departmentAddress: pack.department.addressLines.join(', '),
    inspector: detail.inspector,
    inspectorTitle: pack.inspectorTitle,
    ownerMailingAddress: splitLines(detail.owner.mailingAddress).join(', '),
    legalDescription: ctx.property.legalDescription,
    lienAuthority: wording.authoritySection,
    state: wording.recording.state,
    ...values,
  };
  return (template, extra = {}) => fillTemplate<LienPlaceholder>(template, { ...all, ...extra });
}

/** The rows that identify the land and its owner, for the recorder's index. */
export function propertyRows(ctx: InstrumentContext, extra: readonly Row[] = []): Block {
  const { labels } = ctx.wording;
  const { detail } = ctx;
  return {
    type: 'rows',
    rows: [
      { label: labels.documentNumber, value: ctx.documentNumber },
      { label: labels.caseNumber, value: detail.caseNumber },
      { label: labels.parcelId, value: detail.property.parcelId, emphasis: true },
      { label: labels.propertyAddress, value: detail.property.address },
      { label: labels.ownerOfRecord, value: detail.owner.name, emphasis: true },
      { label: labels.ownerMailingAddress, value: splitLines(detail.owner.mailingAddress).join(', ') },
      ...extra,
    ],
  };
}

export function legalDescriptionBlocks(heading: string, property: LienProperty): Block[] {
  return [
    { type: 'heading', level: 1, text: heading },
    { type: 'paragraph', text: property.legalDescription },
  ];
}

/** Prepared-by and return-to, the signature and the acknowledgment: kept on one page. */
export function executionBlocks(ctx: InstrumentContext, fill: LienFill): Block[] {
  const { wording } = ctx;
  const addressed = (label: string, lines: readonly string[]): Block => ({ type: 'address', heading: label, name: fill(lines[0] as string), lines: lines.slice(1).map((l) => fill(l)) });
  return [
    { type: 'group', keepTogether: true, blocks: [addressed(wording.labels.preparedBy, wording.preparedBy), addressed(wording.labels.returnTo, wording.returnTo)] },
    {
      type: 'group',
      keepTogether: true,
      blocks: [
        { type: 'signature', closing: fill(wording.signature.closing), lines: wording.signature.lines.map((l) => fill(l)) },
        { type: 'notary', heading: wording.notary.heading, venue: wording.notary.venue.map((l) => fill(l)), text: fill(wording.notary.text), fields: wording.notary.fields },
      ],
    },
  ];
}

/** The return-to block first, under the reserved area, where the recording rules want it there. */
export function returnToFirst(ctx: InstrumentContext, fill: LienFill): Block[] {
  if (!ctx.wording.recording.firstPage.returnAddressBox) return [];
  const [name, ...lines] = ctx.wording.returnTo;
  return [{ type: 'address', heading: ctx.wording.labels.returnTo, name: fill(name as string), lines: lines.map((l) => fill(l)) }];
}

export function instrumentDocument(
  ctx: InstrumentContext,
  fill: LienFill,
  parts: { readonly title: string; readonly subtitle: string; readonly subject: string; readonly issuedOn: string; readonly producer: string; readonly body: readonly Block[] },
  describedAs: DocumentModel['describedAs'],
): DocumentModel {
  const { pack, wording, detail } = ctx;
  return {
    language: wording.language,
    documentNumber: ctx.documentNumber,
    caseNumber: detail.caseNumber,
    issuedOn: parts.issuedOn,
    metadata: {
      title: `${parts.title} ${ctx.documentNumber}`,
      author: pack.department.name,
      subject: parts.subject,
      keywords: [ctx.documentNumber, detail.caseNumber, detail.property.parcelId],
      creator: 'CaseReady',
      producer: parts.producer,
    },
    page: recordingPageSetup(wording.recording),
    // {page} and {pages} are the renderer's: put back as they were.
    footer: fill(wording.footer, { page: '{page}', pages: '{pages}' }),
    blocks: [
      ...returnToFirst(ctx, fill),
      { type: 'title', title: parts.title, subtitle: parts.subtitle, note: null },
      ...parts.body,
      ...(wording.recording.firstPage.returnAddressBox ? executionBlocks(ctx, fill).slice(1) : executionBlocks(ctx, fill)),
    ],
    describedAs,
  };
}
