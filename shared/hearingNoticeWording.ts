/**
 * Every sentence, heading and label of the Notice of Hearing, in one language: the schema of a
 * pack's `hearingNotice.<lang>.json` (registered in shared/kindWordings.ts), filled by the same
 * fillTemplate as the notice and the demand. Pure: no node:, DOM or electron imports.
 *
 * The hearing's particulars (tribunal, docket, date, time, place) are values the app read from
 * the hearing record; the last day to serve is the pack's hearingNotice rule as the checklist
 * counts it. The wording only decides how they are said, and which sentence must say them.
 */
import { z } from 'zod';
import { expected, LETTER_PLACEHOLDERS, wordingTextOf } from './jurisdictionPack';

/** Placeholders every sentence of a notice of hearing may use. */
export const HEARING_NOTICE_PLACEHOLDERS = [
  ...LETTER_PLACEHOLDERS,
  'departmentAddress',
  'tribunal',
  'docketNumber',
  'hearingDate',
  'hearingTime',
  'place',
  'hearingOfficer',
  'serveBy',
  'interpreterBy',
] as const;

/** Placeholders only the sentence that names them has a value for. */
export const HEARING_NOTICE_SENTENCE_PLACEHOLDERS = ['previousDate', 'previousTime', 'page', 'pages'] as const;

export type HearingNoticePlaceholder = (typeof HEARING_NOTICE_PLACEHOLDERS)[number] | (typeof HEARING_NOTICE_SENTENCE_PLACEHOLDERS)[number];
type SentencePlaceholder = (typeof HEARING_NOTICE_SENTENCE_PLACEHOLDERS)[number];

const text = (own: readonly SentencePlaceholder[] = [], required: readonly HearingNoticePlaceholder[] = []) => wordingTextOf([...HEARING_NOTICE_PLACEHOLDERS, ...own], required);
/** A heading or label printed as written. */
const label = () => wordingTextOf([]);
const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape, expected('an object in braces')).strict();
const section = (required: readonly HearingNoticePlaceholder[] = []) => group({ heading: label(), paragraph: text([], required) });
const right = (required: readonly HearingNoticePlaceholder[] = []) => group({ title: label(), text: text([], required) });

export const hearingNoticeWordingSchema = group({
  language: z.enum(['en', 'es']),
  title: label(),
  subtitle: label(),
  /** The PDF's subject metadata. */
  subject: text(),
  labels: group({
    documentNumber: label(),
    caseNumber: label(),
    issuedOn: label(),
    parcelId: label(),
    /** The reference box's last day to serve this notice (the pack's hearingNotice rule). */
    serveBy: label(),
    recipient: label(),
    re: label(),
  }),
  salutation: text(),
  intro: text([], ['tribunal', 'docketNumber']),
  /** The hearing's particulars, printed as label/value rows under `heading`. */
  particulars: group({
    heading: label(),
    tribunal: label(),
    docketNumber: label(),
    date: label(),
    time: label(),
    place: label(),
    hearingOfficer: label(),
  }),
  /** Printed only when the hearing was continued: the date it was moved from. */
  continued: text(['previousDate', 'previousTime'], ['previousDate', 'hearingDate']),
  /** The boxed sentence that must not be missed. */
  whenAndWhere: text([], ['hearingDate', 'hearingTime', 'place']),
  rights: group({
    heading: label(),
    paragraph: text(),
    counsel: right(),
    evidence: right(),
    interpreter: right(['interpreterBy']),
  }),
  /**
   * How many days before the hearing an interpreter must be asked for ({interpreterBy}): counted
   * back from the hearing date exactly as the last day to serve is (the pack's hearingNotice
   * rule's unit and roll, with this many days), so it never falls on a day the office is closed.
   */
  interpreterRequestDays: z.number(expected('a number')).int().min(1).max(30),
  nonAppearance: section(),
  continuance: section(),
  contact: section(),
  signature: group({
    closing: label(),
    lines: z.array(text(), expected('a list')).min(1).max(6),
  }),
  footer: text(['page', 'pages'], ['page', 'pages']),
});
export type HearingNoticeWording = z.infer<typeof hearingNoticeWordingSchema>;
