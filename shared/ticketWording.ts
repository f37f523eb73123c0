/**
 * Every sentence, heading and label of the civil ticket (citation), in one language: the schema
 * of a pack's `ticket.<lang>.json`, registered in kindWordings.ts and filled by fillTemplate like
 * the notice's and the demand's. Pure: no node:, DOM or electron imports.
 *
 * Placeholders: the case-wide ones (TICKET_PLACEHOLDERS) in every sentence; a violation's, an
 * offense tier's and a scheduled hearing's only in the sentence that has a value for them; none
 * in headings and labels. A sentence missing what it exists for ({fine} and {dueOn} in the
 * pay-by sentence, {appealBy} in the contest paragraph) is refused when the pack loads.
 */
import { z } from 'zod';
import { expected, LETTER_PLACEHOLDERS, wordingTextOf } from './jurisdictionPack';

export const TICKET_PLACEHOLDERS = [
  ...LETTER_PLACEHOLDERS,
  'departmentAddress',
  'citationNumber',
  'citationIssuedOn',
  'fine',
  'dueOn',
  'appealBy',
  'offenseTier',
  'violationCount',
] as const;

export const TICKET_SENTENCE_PLACEHOLDERS = ['violation', 'section', 'title', 'offenseNumber', 'hearingAt', 'hearingPlace', 'tribunal', 'docketNumber', 'page', 'pages'] as const;

export type TicketPlaceholder = (typeof TICKET_PLACEHOLDERS)[number] | (typeof TICKET_SENTENCE_PLACEHOLDERS)[number];

type SentencePlaceholder = (typeof TICKET_SENTENCE_PLACEHOLDERS)[number];

const text = (own: readonly SentencePlaceholder[] = [], required: readonly TicketPlaceholder[] = []) => wordingTextOf([...TICKET_PLACEHOLDERS, ...own], required);
const label = () => wordingTextOf([]);
const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape, expected('an object in braces')).strict();
const section = (required: readonly TicketPlaceholder[] = []) => group({ heading: label(), paragraph: text([], required) });

export const ticketWordingSchema = group({
  language: z.enum(['en', 'es']),
  title: label(),
  subtitle: label(),
  subject: text(),
  labels: group({
    documentNumber: label(),
    caseNumber: label(),
    issuedOn: label(),
    parcelId: label(),
    dueOn: label(),
    recipient: label(),
    re: label(),
  }),
  salutation: text(),
  intro: text(),
  violationsHeading: label(),
  violationHeading: text(['violation'], ['violation']),
  /** "IPMC 302.4 — Weeds"; a section the pack does not list is printed as typed. */
  codeSectionCitation: text(['section', 'title'], ['section']),
  violationLabels: group({ codeSection: label(), description: label() }),
  fineHeading: label(),
  fineLabels: group({ severity: label(), offense: label(), fine: label(), dueOn: label() }),
  severities: group({ minor: label(), major: label(), life_safety: label() }),
  /** The repeat-offense tier of the pack's fine schedule. */
  offenseTiers: group({ first: text(), second: text(), thirdOrMore: text(['offenseNumber']) }),
  /** Under the fine, whether it is the schedule's amount or one set by the ordinance. */
  fineSource: group({ schedule: text(), given: text() }),
  payBySentence: text([], ['fine', 'dueOn']),
  howToPay: section(),
  contest: section(['appealBy']),
  hearing: group({
    heading: label(),
    scheduled: text(['hearingAt', 'hearingPlace', 'tribunal', 'docketNumber'], ['hearingAt', 'hearingPlace']),
    notScheduled: text(),
  }),
  consequences: section(['dueOn']),
  contact: section(),
  signature: group({ closing: label(), lines: z.array(text(), expected('a list')).min(1).max(6) }),
  footer: text(['page', 'pages'], ['page', 'pages']),
});
export type TicketWording = z.infer<typeof ticketWordingSchema>;
