/**
 * The decision matrix of a jurisdiction pack (`templates/jurisdictions/<id>/decision.json`), after
 * the seed curriculum's Module 1: the approach to compliance depends on the property, the owner's
 * ability, the market, the severity and the history. The matrix is data the department edits, so
 * the schema is strict: an unknown condition is an error (a typo would otherwise make a rule
 * silently match everything), and weights are small whole numbers so the ranking stays readable.
 */
import { z } from 'zod';
import { PARTY_KINDS } from '../domain';
import { SEVERITIES } from '../inspectionsTypes';
import { MARKET_TYPES, OCCUPANCIES, PROPERTY_TYPES } from '../partiesTypes';

/** The tools of Module 1, gentlest first (ties in the ranking keep this order). */
export const APPROACHES = ['education', 'more_time', 'referral', 'warning', 'ticket', 'hearing', 'abatement', 'lien', 'land_bank'] as const;
export type Approach = (typeof APPROACHES)[number];

/** English names for the CLI and messages; the screen takes its words from en.ts. */
export const APPROACH_LABELS: Record<Approach, string> = {
  education: 'Education and clear directions',
  more_time: 'More time to comply',
  referral: 'Repair-program or partner referral',
  warning: 'Written warning',
  ticket: 'Civil ticket',
  hearing: 'Hearing',
  abatement: 'Abatement and billing',
  lien: 'Lien',
  land_bank: 'Land bank',
};

export const CAPACITY_FLAGS = ['elderly', 'disabled', 'lowIncome'] as const;
export type CapacityFlag = (typeof CAPACITY_FLAGS)[number];

const nonEmptyList = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1, 'list at least one value');
const count = z.number().int('must be a whole number').min(0, 'cannot be negative').max(1000);

/** Every condition is optional; a rule matches when all the conditions it names hold. */
export const decisionConditionsSchema = z
  .strictObject({
    propertyType: nonEmptyList(PROPERTY_TYPES).optional(),
    occupancy: nonEmptyList(OCCUPANCIES).optional(),
    ownerKind: nonEmptyList(PARTY_KINDS).optional(),
    /** At least one of these capacity flags is set. */
    ownerCapacityAny: nonEmptyList(CAPACITY_FLAGS).optional(),
    /** true: some capacity flag is set; false: none is. */
    capacityConcern: z.boolean().optional(),
    outOfState: z.boolean().optional(),
    market: nonEmptyList(MARKET_TYPES).optional(),
    /** The worst severity among the case's violations that are still open. */
    maxSeverity: nonEmptyList(SEVERITIES).optional(),
    priorViolationsAtLeast: count.optional(),
    priorCitationsAtLeast: count.optional(),
    unresponsive: z.boolean().optional(),
    /** Needs the economics check; without it the condition does not hold. */
    negativeEquity: z.boolean().optional(),
  })
  .refine((c) => Object.keys(c).length > 0, {
    message: 'a rule needs at least one condition (put unconditional suggestions in "defaults")',
    // An unknown key is already reported; "no conditions" on top of it would only confuse.
    when: (payload) => payload.issues.length === 0,
  });
export type DecisionConditions = z.infer<typeof decisionConditionsSchema>;
export const DECISION_CONDITIONS = Object.keys(decisionConditionsSchema.shape) as (keyof DecisionConditions)[];

export const suggestionSchema = z.strictObject({
  approach: z.enum(APPROACHES),
  /** Positive weights push an approach up, negative ones hold it back ("not a lien first for Ms. Smith"). */
  weight: z
    .number()
    .int('must be a whole number')
    .min(-100, 'must be between -100 and 100')
    .max(100, 'must be between -100 and 100')
    .refine((w) => w !== 0, 'cannot be 0 (a zero weight changes nothing; remove the line)'),
  reason: z.string().trim().min(1, 'explain why, in a sentence the inspector can read').max(500),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const decisionRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lowercase letters, digits and dashes'),
  title: z.string().trim().min(1).max(200),
  when: decisionConditionsSchema,
  suggest: z.array(suggestionSchema).min(1, 'a rule must suggest at least one approach'),
});
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

export const decisionMatrixSchema = z
  .strictObject({
    version: z.literal(1),
    /** Rules in the order the department reads them; all matching rules add up. */
    rules: z.array(decisionRuleSchema).min(1),
    /** Used when no rule matches, so the inspector always gets a starting point. */
    defaults: z.array(suggestionSchema).min(1),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id "${r.id}" is used twice` });
      seen.add(r.id);
    });
  });
export type DecisionMatrix = z.infer<typeof decisionMatrixSchema>;
