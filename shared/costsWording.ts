/**
 * The cost statement's wording and the pack's rules for it, in one language: the schema of a
 * pack's `costs.<lang>.json`. The same statement blocks print inside the Demand for Payment and as
 * the standalone Statement of Costs, so both read their section headings, columns and totals
 * here. Pure: no node:, DOM or electron imports.
 *
 * `rules` is policy, not wording: whether fines may be demanded with the abatement costs, and the
 * interest rule. It sits in this pack-local file (rather than pack.json) so the shared pack schema
 * stays as it is; every language file must state the same rules, which costsRules() checks
 * before any statement is built.
 */
import { z } from 'zod';
import { expected, LETTER_PLACEHOLDERS, wordingTextOf } from './jurisdictionPack';

/** Placeholders every costs sentence may use: every letter's, plus the amounts and the as-of date. */
export const COSTS_PLACEHOLDERS = [...LETTER_PLACEHOLDERS, 'asOf', 'balance', 'demanded', 'finesTotal'] as const;

/** Placeholders only the sentence that names them has a value for. */
export const COSTS_SENTENCE_PLACEHOLDERS = ['line', 'reason', 'contractor', 'invoiceHash', 'citationNumber', 'rate', 'page', 'pages'] as const;

export type CostsPlaceholder = (typeof COSTS_PLACEHOLDERS)[number] | (typeof COSTS_SENTENCE_PLACEHOLDERS)[number];
type SentencePlaceholder = (typeof COSTS_SENTENCE_PLACEHOLDERS)[number];

const text = (own: readonly SentencePlaceholder[] = [], required: readonly CostsPlaceholder[] = []) => wordingTextOf([...COSTS_PLACEHOLDERS, ...own], required);
const label = () => wordingTextOf([]);
const group = <T extends z.ZodRawShape>(shape: T) => z.object(shape, expected('an object in braces')).strict();

/**
 * Simple interest at `annualRatePercent` a year (actual days / 365), on the running balance of
 * what is demanded, each charge from its ledger entry date to the as-of date. Absent: no interest
 * is charged and no interest line is printed.
 */
export const interestRuleSchema = group({
  annualRatePercent: z.number(expected('a number')).gt(0).max(25),
  from: z.literal('entryDate'),
  simple: z.literal(true),
});
export type InterestRule = z.infer<typeof interestRuleSchema>;

export const costsRulesSchema = group({
  /** true: the demand asks for the fines too; false: they are listed as not included in it. */
  demandIncludesFines: z.boolean(expected('true or false')),
  interest: interestRuleSchema.optional(),
});
export type CostsRules = z.infer<typeof costsRulesSchema>;

const sectionWording = group({ heading: label(), subtotal: label() });

export const costsWordingSchema = group({
  language: z.enum(['en', 'es']),
  rules: costsRulesSchema,
  /** The statement blocks, shared by the demand and the standalone statement. */
  statement: group({
    columns: group({ number: label(), date: label(), item: label(), description: label(), amount: label() }),
    items: group({ abatement: label(), adminFee: label(), fine: label(), interest: label(), payment: label(), paymentReturned: label(), correction: label() }),
    sections: group({ abatement: sectionWording, adminFee: sectionWording, fines: sectionWording, interest: sectionWording, payments: sectionWording }),
    notes: group({
      contractor: text(['contractor'], ['contractor']),
      invoiceOnFile: text(['invoiceHash'], ['invoiceHash']),
      noInvoice: text(),
      citation: text(['citationNumber'], ['citationNumber']),
      reversedOnLine: text(['line'], ['line']),
      reversesLine: text(['line', 'reason'], ['line', 'reason']),
      /** The interest line's description: {rate} is the annual rate ("10%"). */
      interest: text(['rate'], ['rate', 'asOf']),
    }),
    /** When fines are kept apart: printed under the fines section of a demand. */
    finesNotDemanded: text([], ['finesTotal']),
    totals: group({ balance: label(), demanded: label() }),
  }),
  /** The standalone Statement of Costs: no demand language. */
  document: group({
    title: label(),
    subtitle: label(),
    subject: text([], ['asOf']),
    labels: group({ documentNumber: label(), caseNumber: label(), issuedOn: label(), parcelId: label(), asOf: label(), recipient: label(), re: label() }),
    intro: text([], ['asOf']),
    signature: group({ closing: label(), lines: z.array(text(), expected('a list')).min(1).max(6) }),
    footer: text(['page', 'pages'], ['page', 'pages']),
  }),
});
export type CostsWording = z.infer<typeof costsWordingSchema>;
