/**
 * Every sentence, heading and label of the Demand for Payment, in one language: the schema of a
 * pack's `demand.<lang>.json`, next to the notice's in jurisdictionPack.ts and filled by the same
 * fillTemplate. A city words its own demand (a firmer lien paragraph, another way to pay) without
 * a code change. Pure: no node:, DOM or electron imports.
 *
 * Placeholders are checked per sentence: the case-wide ones (DEMAND_PLACEHOLDERS) are allowed in
 * every sentence, a sentence's own ones (a statement line's {line}, the notice list's {notices})
 * only where the letter has a value for them, and none in headings and labels, which are printed
 * as written. A misplaced placeholder is refused when the pack loads, not when a clerk issues a
 * demand; a sentence missing the placeholder it exists for ({payBy} in the pay-by sentence) too.
 */
import { z } from 'zod';
import { expected, LETTER_PLACEHOLDERS, wordingTextOf } from './jurisdictionPack';

/** Placeholders every demand sentence may use: every letter's, plus the amounts and the dates. */
export const DEMAND_PLACEHOLDERS = [
  ...LETTER_PLACEHOLDERS,
  'departmentAddress',
  'totalCharges',
  'totalCredits',
  'balance',
  'payBy',
  'serviceCompleteBy',
  'waitingDays',
] as const;

/** Placeholders only the sentence that names them has a value for. */
export const DEMAND_SENTENCE_PLACEHOLDERS = ['notices', 'lastNotice', 'noticeNumber', 'noticeDate', 'line', 'reason', 'contractor', 'invoiceHash', 'page', 'pages'] as const;

export type DemandPlaceholder = (typeof DEMAND_PLACEHOLDERS)[number] | (typeof DEMAND_SENTENCE_PLACEHOLDERS)[number];

type SentencePlaceholder = (typeof DEMAND_SENTENCE_PLACEHOLDERS)[number];

/** A demand sentence that may also use `own` placeholders and must use `required` ones. */
const text = (own: readonly SentencePlaceholder[] = [], required: readonly DemandPlaceholder[] = []) => wordingTextOf([...DEMAND_PLACEHOLDERS, ...own], required);

/** A heading or label printed as written: no placeholders (nothing fills them). */
const label = () => wordingTextOf([]);

const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape, expected('an object in braces')).strict();

const section = (required: readonly DemandPlaceholder[] = []) => group({ heading: label(), paragraph: text([], required) });

export const demandWordingSchema = group({
  language: z.enum(['en', 'es']),
  /** The letter's heading; the PDF's title is this followed by the demand number. */
  title: label(),
  subtitle: label(),
  /** The PDF's subject metadata. */
  subject: text(),
  /** The reference box, the recipient heading and "Re:"; printed as written. */
  labels: group({
    documentNumber: label(),
    caseNumber: label(),
    issuedOn: label(),
    parcelId: label(),
    payBy: label(),
    recipient: label(),
    re: label(),
  }),
  salutation: text(),
  intro: group({
    /** When the case has issued notices: {notices} is `oneNotice` or `severalNotices`, filled. */
    afterNotices: text(['notices'], ['notices']),
    /** When it has none (the abatement followed an emergency, or notices were served on paper). */
    withoutNotices: text(),
    /** {notices} is the one `noticeReference`. */
    oneNotice: text(['notices'], ['notices']),
    /** {notices} is every `noticeReference` but the last, separated by commas; {lastNotice} the last. */
    severalNotices: text(['notices', 'lastNotice'], ['notices', 'lastNotice']),
    noticeReference: text(['noticeNumber', 'noticeDate'], ['noticeNumber']),
  }),
  statement: group({
    heading: label(),
    /*
     * The statement's columns, items, notes and totals are worded in the pack's costs.<lang>.json
     * now (the Demand for Payment and the Statement of Costs print the same statement). Still
     * accepted here, and ignored, so packs written before that keep loading.
     */
    columns: group({ number: label(), date: label(), item: label(), description: label(), amount: label() }).optional(),
    items: group({ abatement: label(), adminFee: label(), fine: label(), payment: label(), paymentReturned: label(), correction: label() }).optional(),
    notes: group({
      contractor: text(['contractor'], ['contractor']),
      invoiceOnFile: text(['invoiceHash'], ['invoiceHash']),
      noInvoice: text(),
      reversedOnLine: text(['line'], ['line']),
      reversesLine: text(['line', 'reason'], ['line', 'reason']),
    }).optional(),
    totals: group({ charges: label(), credits: label(), balance: label() }).optional(),
  }),
  /** The one sentence that must not be missed, printed in bold under the balance. */
  payBySentence: text([], ['balance', 'payBy']),
  howToPay: section(),
  contest: section(),
  /** What happens if the balance is not paid by {payBy}: the lien. */
  consequences: section(['payBy']),
  contact: section(),
  signature: group({
    closing: label(),
    lines: z.array(text(), expected('a list')).min(1).max(6),
  }),
  /** {page} and {pages} are filled by the PDF renderer. */
  footer: text(['page', 'pages'], ['page', 'pages']),
});
export type DemandWording = z.infer<typeof demandWordingSchema>;
