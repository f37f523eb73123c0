/**
 * What every predicate module shares: the result types, the `define` helper and the small
 * sentence builders, so predicates.ts and deadlinePredicates.ts word their findings alike.
 */
import type { z } from 'zod';
import type { DeadlineSetup } from '../deadlines/computeDeadline';
import type { PartyRole } from '../partiesTypes';
import type { CaseFacts, IsoDate, ViolationFact } from './facts';

export type PredicateStatus = 'met' | 'missing' | 'stale';

export type EvidenceKind =
  | 'violation'
  | 'photo'
  | 'inspection'
  | 'document'
  | 'serviceAttempt'
  | 'ownershipFinding'
  | 'ledgerEntry'
  | 'citation'
  | 'hearing'
  | 'case';

export interface EvidenceRef {
  readonly kind: EvidenceKind;
  readonly id: number;
}

export interface PredicateResult {
  readonly status: PredicateStatus;
  readonly detail: string;
  readonly evidence: readonly EvidenceRef[];
}

/**
 * What a predicate knows besides the case: today's date and the pack's deadline rules and holiday
 * calendar (built once per pack with deadlineSetupFor, never per evaluation).
 */
export interface PredicateContext {
  readonly today: IsoDate;
  readonly deadlines: DeadlineSetup;
}

export interface PredicateDefinition<S extends z.ZodType = z.ZodType> {
  /** One line for the authoring guide and error messages. */
  readonly summary: string;
  readonly params: S;
  readonly run: (facts: CaseFacts, params: z.output<S>, ctx: PredicateContext) => PredicateResult;
}

export const define = <S extends z.ZodType>(def: PredicateDefinition<S>): PredicateDefinition<S> => def;

export const met = (detail: string, evidence: EvidenceRef[] = []): PredicateResult => ({ status: 'met', detail, evidence });
export const missing = (detail: string, evidence: EvidenceRef[] = []): PredicateResult => ({ status: 'missing', detail, evidence });
export const refs = (kind: EvidenceKind, ids: readonly number[]): EvidenceRef[] => ids.map((id) => ({ kind, id }));
export const plural = (n: number, word: string) => `${n} ${n === 1 ? word : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`}`;
export const list = (vs: readonly ViolationFact[]) => vs.map((v) => (v.codeSection.trim() ? `${v.codeSection} (#${v.id})` : `#${v.id}`)).join(', ');
export const words = (s: string) => s.replace(/_/g, ' ');

/** Violations the city is still pursuing: dismissed ones need no evidence, corrected ones are done. */
export const pursued = (f: CaseFacts) => f.violations.filter((v) => v.status === 'open' || v.status === 'referred' || v.status === 'abated');
/** Violations that must be documented: everything except dismissed. */
export const documented = (f: CaseFacts) => f.violations.filter((v) => v.status !== 'dismissed');

export function uniqueParties(f: CaseFacts, roles: readonly PartyRole[]): { partyId: number; role: PartyRole }[] {
  const seen = new Map<number, PartyRole>();
  for (const p of f.parties) if (roles.includes(p.role) && !seen.has(p.partyId)) seen.set(p.partyId, p.role);
  return [...seen].map(([partyId, role]) => ({ partyId, role }));
}
