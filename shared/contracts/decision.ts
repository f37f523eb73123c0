/** Decision support (area "decision"): Module 1's approaches suggested from the case and what the inspector knows. */
import { z } from 'zod';
import { method } from '../contractMethod';
import type { DecisionSuggestion } from '../decision/suggest';
import { MAX_CENTS } from '../money';
import { id } from '../schemas';

const cents = z.number().int('must be whole cents').min(0, 'cannot be negative').max(MAX_CENTS, 'is more than $100,000,000.00');

export const suggestApproachInputSchema = z.strictObject({
  caseId: id,
  /** What the inspector learned about the owner; the store does not hold it. */
  capacity: z.strictObject({ elderly: z.boolean(), disabled: z.boolean(), lowIncome: z.boolean() }),
  outOfState: z.boolean().optional(),
  unresponsive: z.boolean().optional(),
  economics: z.strictObject({ valueCents: cents, mortgageCents: cents, liensCents: cents, repairEstimateCents: cents }).optional(),
});

export const decisionMethods = {
  /** Approaches ranked by the pack's decision.json, with reasons, and the economics-of-compliance check. */
  suggestApproach: method<DecisionSuggestion>()(suggestApproachInputSchema),
} as const;
