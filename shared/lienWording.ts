/**
 * Every sentence, heading and label of the two recordable instruments about a lien — the notice
 * and certificate of lien (`lien_filing`) and the release / satisfaction of lien (`lien_release`)
 * — in one language, and the recorder's page rules they are laid out by: the schema of a pack's
 * `lien.<lang>.json`. Pure: no node:, DOM or electron imports.
 *
 * The recording preset lives here rather than in pack.json so that adding recordable documents
 * changes no shared pack schema; a pack words it in every language file, and issuing refuses a
 * pack whose languages disagree about it (see `recordingPresetMismatch`), since the recorder's
 * rules cannot depend on the language the instrument is written in.
 */
import { z } from 'zod';
import { expected, LETTER_PLACEHOLDERS, wordingTextOf } from './jurisdictionPack';

/** Placeholders every lien sentence may use: every letter's, plus what a lien instrument states. */
export const LIEN_PLACEHOLDERS = [
  ...LETTER_PLACEHOLDERS,
  'departmentAddress',
  'inspector',
  'inspectorTitle',
  'ownerMailingAddress',
  'legalDescription',
  'lienAmount',
  'lienAuthority',
  'lienReference',
  'lienRecordedOn',
  'state',
] as const;

/** Placeholders only the sentence that names them has a value for. */
export const LIEN_SENTENCE_PLACEHOLDERS = ['instrumentNumber', 'recordBook', 'recordPage', 'page', 'pages'] as const;

export type LienPlaceholder = (typeof LIEN_PLACEHOLDERS)[number] | (typeof LIEN_SENTENCE_PLACEHOLDERS)[number];
type SentencePlaceholder = (typeof LIEN_SENTENCE_PLACEHOLDERS)[number];

const text = (own: readonly SentencePlaceholder[] = [], required: readonly LienPlaceholder[] = []) => wordingTextOf([...LIEN_PLACEHOLDERS, ...own], required);
const label = () => wordingTextOf([]);
const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape, expected('an object in braces')).strict();
const list = <T extends z.ZodType>(item: T, max = 8) => z.array(item, expected('a list')).min(1).max(max);
const inches = (min: number, max: number) => z.number(expected('a number of inches')).min(min).max(max);

/**
 * What the county recorder requires of the paper, as the recorder states it (inches, points):
 * the blank area on page 1 for its stamp, the margins of every later page, the smallest type.
 */
export const recordingPresetSchema = group({
  /** The state whose recording rules these are, for people reading the pack ("Ohio"). */
  state: label(),
  firstPage: group({
    /** Blank from the top edge of page 1, across the full width (Ohio, North Carolina: 3). */
    topReservedInches: inches(0, 5),
    /** A blank box in a corner of page 1 (Florida: 3 x 3 at the top right), outlined. */
    box: group({ widthInches: inches(1, 6.5), heightInches: inches(1, 5), position: z.literal('topRight') }).optional(),
    /** The return-to block printed first, right under the blank area (California's upper-left box). */
    returnAddressBox: z.boolean(expected('true or false')).optional(),
  }),
  /** Blank margin on every side of every page (the first page's top is the reserved area). */
  laterPageMarginsInches: inches(0.5, 2),
  /** No text smaller than this, in points. */
  minFontPt: z.number(expected('a font size in points')).min(6).max(14),
  paper: z.literal('letter'),
});
export type RecordingPreset = z.infer<typeof recordingPresetSchema>;

/** The ledger kinds a city may record a lien for; the pack says which of them its law allows. */
export const LIENABLE_KINDS = ['abatement', 'admin_fee', 'fine'] as const;

const instrument = (required: readonly LienPlaceholder[]) =>
  group({
    title: label(),
    subtitle: text(),
    /** The PDF's subject metadata. */
    subject: text(),
    /** The operative sentence: what the city certifies (the filing) or releases (the release). */
    statement: text([], required),
  });

export const lienWordingSchema = group({
  language: z.enum(['en', 'es']),
  recording: recordingPresetSchema,
  /** The ledger kinds this jurisdiction's law lets it lien; charges of other kinds are left out. */
  lienableKinds: z.array(z.enum(LIENABLE_KINDS), expected('a list')).min(1),
  /** The section the lien is recorded under ("IPMC 106.5; Ohio Rev. Code 715.261"), filled as {lienAuthority}. */
  authoritySection: label(),
  labels: group({
    documentNumber: label(),
    caseNumber: label(),
    parcelId: label(),
    propertyAddress: label(),
    ownerOfRecord: label(),
    ownerMailingAddress: label(),
    lienReference: label(),
    lienRecordedOn: label(),
    lienAmount: label(),
    preparedBy: label(),
    returnTo: label(),
  }),
  /** How a recorded lien is cited: by instrument number, or by book and page. */
  reference: group({
    instrument: text(['instrumentNumber'], ['instrumentNumber']),
    bookPage: text(['recordBook', 'recordPage'], ['recordBook', 'recordPage']),
  }),
  filing: instrument(['lienAmount']).extend({
    legalDescriptionHeading: label(),
    itemizedHeading: label(),
    columns: group({ date: label(), item: label(), description: label(), amount: label() }),
    items: group({ abatement: label(), adminFee: label(), fine: label(), payment: label() }),
    totals: group({ charges: label(), credits: label(), lienAmount: label() }),
    authorityHeading: label(),
    authority: text([], ['lienAuthority']),
  }),
  release: instrument(['lienReference', 'lienRecordedOn']),
  preparedBy: list(text()),
  returnTo: list(text()),
  signature: group({ closing: text(), lines: list(text(), 6) }),
  notary: group({
    heading: label(),
    venue: list(text(), 4),
    text: text(),
    fields: list(label(), 6),
  }),
  /** {page} and {pages} are filled by the renderer. */
  footer: text(['page', 'pages'], ['page', 'pages']),
});
export type LienWording = z.infer<typeof lienWordingSchema>;

/** A difference between two languages' recording presets, in words, or null when they agree. */
export function recordingPresetMismatch(a: RecordingPreset, b: RecordingPreset): string | null {
  return JSON.stringify(a) === JSON.stringify(b) ? null : 'the "recording" section differs between languages (the recorder\'s page rules must be the same in every language file)';
}
