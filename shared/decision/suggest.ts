/**
 * Pure decision support: the facts of a case against the pack's matrix → approaches ranked by the
 * summed weights of the rules that matched, each with the reasons that put it there. Nothing here
 * decides for the inspector; it shows which facts pointed where so the choice can be explained.
 */
import type { PartyKind } from '../domain';
import type { Severity } from '../inspectionsTypes';
import { formatCents } from '../money';
import type { MarketType, Occupancy, PropertyType } from '../partiesTypes';
import {
  APPROACH_LABELS,
  APPROACHES,
  CAPACITY_FLAGS,
  type Approach,
  type CapacityFlag,
  type DecisionConditions,
  type DecisionMatrix,
  type Suggestion,
} from './schema';

export interface EconomicsInput {
  readonly valueCents: number;
  readonly mortgageCents: number;
  readonly liensCents: number;
  readonly repairEstimateCents: number;
}

export interface EconomicsCheck extends EconomicsInput {
  /** value − mortgage − liens − repair estimate; negative means the repairs cost more than the owner holds. */
  readonly equityCents: number;
  readonly negativeEquity: boolean;
  readonly verdict: string;
}

/** What the matrix reads. null = not recorded: conditions about it do not hold. */
export interface DecisionInputs {
  readonly propertyType: PropertyType | null;
  readonly occupancy: Occupancy | null;
  readonly ownerKind: PartyKind | null;
  readonly capacity: Readonly<Record<CapacityFlag, boolean>>;
  readonly outOfState: boolean;
  readonly market: MarketType | null;
  readonly maxSeverity: Severity | null;
  readonly priorViolations: number;
  readonly priorCitations: number;
  readonly unresponsive: boolean;
  readonly economics: EconomicsInput | null;
}

export interface ApproachReason {
  /** The rule id, or "default" when no rule matched. */
  readonly ruleId: string;
  readonly ruleTitle: string;
  readonly reason: string;
  readonly weight: number;
}

export interface RankedApproach {
  readonly approach: Approach;
  readonly label: string;
  readonly score: number;
  readonly reasons: readonly ApproachReason[];
}

export interface DecisionSuggestion {
  readonly inputs: DecisionInputs;
  readonly economics: EconomicsCheck | null;
  /** Best first; only approaches whose total weight is above zero. */
  readonly approaches: readonly RankedApproach[];
  /** Approaches the matrix argued against (total weight zero or below), with the reasons, so "why not a lien?" has an answer. */
  readonly heldBack: readonly RankedApproach[];
  readonly matchedRules: readonly { id: string; title: string }[];
  readonly usedDefaults: boolean;
  /** Facts the matrix could not use because they are not recorded, so the inspector can fill them in. */
  readonly missingFacts: readonly string[];
}

/** Module 1's "economics of compliance": value minus mortgage and liens minus the repairs. */
export function checkEconomics(e: EconomicsInput): EconomicsCheck {
  const equityCents = e.valueCents - e.mortgageCents - e.liensCents - e.repairEstimateCents;
  const negativeEquity = equityCents < 0;
  const verdict = negativeEquity
    ? `Repairs exceed the owner's equity by ${formatCents(-equityCents)}: repairs are unlikely without help or transfer — consider repair-program referral or land bank.`
    : `The owner keeps ${formatCents(equityCents)} of equity after the repairs: repairing is worth it to the owner, so enforcement can expect repairs rather than abandonment.`;
  return { ...e, equityCents, negativeEquity, verdict };
}

const SEVERITY_LABEL: Record<Severity, string> = { immediate_hazard: 'immediate hazard', major: 'major', minor: 'minor' };

export function suggest(inputs: DecisionInputs, matrix: DecisionMatrix): DecisionSuggestion {
  const economics = inputs.economics ? checkEconomics(inputs.economics) : null;
  const matched = matrix.rules.filter((rule) => matches(rule.when, inputs, economics));
  const contributions: { s: Suggestion; ruleId: string; ruleTitle: string }[] = matched.length
    ? matched.flatMap((rule) => rule.suggest.map((s) => ({ s, ruleId: rule.id, ruleTitle: rule.title })))
    : matrix.defaults.map((s) => ({ s, ruleId: 'default', ruleTitle: 'No rule matched: the department’s starting point' }));

  const byApproach = new Map<Approach, ApproachReason[]>();
  for (const { s, ruleId, ruleTitle } of contributions) {
    const list = byApproach.get(s.approach) ?? [];
    list.push({ ruleId, ruleTitle, reason: s.reason, weight: s.weight });
    byApproach.set(s.approach, list);
  }
  const scored = [...byApproach.entries()]
    .map(([approach, reasons]) => ({ approach, label: APPROACH_LABELS[approach], score: reasons.reduce((sum, r) => sum + r.weight, 0), reasons }))
    // Equal scores keep the gentler tool first: escalation should need a reason.
    .sort((a, b) => b.score - a.score || APPROACHES.indexOf(a.approach) - APPROACHES.indexOf(b.approach));
  const approaches = scored.filter((a) => a.score > 0);
  const heldBack = scored.filter((a) => a.score <= 0);

  return {
    inputs,
    economics,
    approaches,
    heldBack,
    matchedRules: matched.map((r) => ({ id: r.id, title: r.title })),
    usedDefaults: matched.length === 0,
    missingFacts: missingFacts(inputs),
  };
}

function missingFacts(i: DecisionInputs): string[] {
  const missing: string[] = [];
  if (i.propertyType === null) missing.push('property type');
  if (i.occupancy === null) missing.push('occupancy');
  if (i.ownerKind === null) missing.push('owner of record');
  if (i.market === null) missing.push('market type');
  if (i.maxSeverity === null) missing.push(`severity of the open violations`);
  if (i.economics === null) missing.push('economics (value, mortgage, liens, repair estimate)');
  return missing;
}

const inList = <T>(list: readonly T[] | undefined, value: T | null) => list === undefined || (value !== null && list.includes(value));
const same = (want: boolean | undefined, actual: boolean) => want === undefined || want === actual;
const atLeast = (min: number | undefined, actual: number) => min === undefined || actual >= min;

function matches(when: DecisionConditions, i: DecisionInputs, economics: EconomicsCheck | null): boolean {
  const anyCapacity = CAPACITY_FLAGS.some((f) => i.capacity[f]);
  return (
    inList(when.propertyType, i.propertyType) &&
    inList(when.occupancy, i.occupancy) &&
    inList(when.ownerKind, i.ownerKind) &&
    (when.ownerCapacityAny === undefined || when.ownerCapacityAny.some((f) => i.capacity[f])) &&
    same(when.capacityConcern, anyCapacity) &&
    same(when.outOfState, i.outOfState) &&
    inList(when.market, i.market) &&
    inList(when.maxSeverity, i.maxSeverity) &&
    atLeast(when.priorViolationsAtLeast, i.priorViolations) &&
    atLeast(when.priorCitationsAtLeast, i.priorCitations) &&
    same(when.unresponsive, i.unresponsive) &&
    (when.negativeEquity === undefined || (economics !== null && economics.negativeEquity === when.negativeEquity))
  );
}

/** "minor" → "minor"; used by describers. */
export const severityLabel = (s: Severity | null): string => (s === null ? 'not recorded' : SEVERITY_LABEL[s]);
