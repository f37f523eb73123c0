/**
 * When a document counts as served: an attempt on it to the party, by an allowed method, with an
 * allowed outcome and at least one proof file, whose service is COMPLETE — attemptedOn plus the
 * pack's service days for the method (computeDeadline 'serviceCompletion': certified mail adds
 * 5 days in the model pack). Shared by the notice, demand-for-payment, lien and hearing-notice
 * predicates and by the case deadline list.
 */
import { z } from 'zod';
import type { DeadlineSetup } from '../deadlines/computeDeadline';
import { SERVICE_METHODS, SERVICE_OUTCOMES } from '../enforcementTypes';
import { PARTY_ROLES, type PartyRole } from '../partiesTypes';
import { deadlineFor, slotFor } from './deadlineMemo';
import type { CaseFacts, IsoDate, ServiceAttemptFact } from './facts';
import { plural, words } from './predicateSupport';

export const serviceParams = z
  .object({
    methods: z.array(z.enum(SERVICE_METHODS)).min(1),
    outcomes: z.array(z.enum(SERVICE_OUTCOMES)).min(1).default(['delivered', 'posted']),
    roles: z.array(z.enum(PARTY_ROLES)).min(1).default(['owner_of_record']),
  })
  .strict();
export type ServiceParams = z.output<typeof serviceParams>;

export interface CompletedService {
  readonly attempt: ServiceAttemptFact;
  /** The day service is complete (rolled per the pack's serviceCompletion rule). */
  readonly completesOn: IsoDate;
  readonly explanation: string;
}

export interface PartyService {
  readonly partyId: number;
  readonly role: PartyRole;
  /** Attempts that qualify (method, outcome, proof), complete or not: the evidence of a met item. */
  readonly qualifying: readonly ServiceAttemptFact[];
  /** Qualifying attempts whose service completed on or before today, soonest completion first. */
  readonly complete: readonly CompletedService[];
  /** Qualifying attempts still completing after today, soonest first. */
  readonly pending: readonly CompletedService[];
  /** Every attempt on these documents to the party. */
  readonly tried: number;
  /** A serviceCompletion problem (the pack lacks a rule), if any. */
  readonly problem: string | null;
}

/** Completion of one attempt, or the problem when the pack cannot say. */
export function completionOf(setup: DeadlineSetup, a: ServiceAttemptFact): CompletedService | string {
  const computed = deadlineFor(setup, 'serviceCompletion', a.attemptedOn, a.method);
  return computed.ok ? { attempt: a, completesOn: computed.result.date, explanation: computed.result.explanation } : computed.problem;
}

const NONE: readonly CompletedService[] = [];
const soonest = (x: CompletedService, y: CompletedService) => x.completesOn.localeCompare(y.completesOn) || x.attempt.id - y.attempt.id;

/**
 * Service of the documents `docs` (null: any document on the case) on every party having one of
 * `params.roles`. Written as plain loops: it runs for several items of every step of every case
 * on the dashboard, and the filter/map version allocated a dozen arrays per call.
 */
export function serviceOf(f: CaseFacts, docs: readonly { readonly id: number }[] | null, params: ServiceParams, setup: DeadlineSetup, today: IsoDate): PartyService[] {
  const out: PartyService[] = [];
  const values = slotFor(f, setup).values;
  for (const { partyId, role } of f.parties) {
    if (!params.roles.includes(role) || out.some((s) => s.partyId === partyId)) continue;
    let tried = 0;
    let problem: string | null = null;
    const qualifying: ServiceAttemptFact[] = [];
    let complete = NONE as CompletedService[];
    let pending = NONE as CompletedService[];
    for (const a of f.serviceAttempts) {
      if (a.partyId !== partyId || (docs !== null && !docs.some((d) => d.id === a.documentId))) continue;
      tried += 1;
      if (!params.methods.includes(a.method) || !params.outcomes.includes(a.outcome) || a.proofCount === 0) continue;
      qualifying.push(a);
      // Kept in the case's slot: the notice, hearing and lien items of every step ask about the same attempts.
      let c = values.get(a) as CompletedService | string | undefined;
      if (c === undefined) {
        c = completionOf(setup, a);
        values.set(a, c);
      }
      if (typeof c === 'string') problem = c;
      else if (c.completesOn <= today) complete = complete === NONE ? [c] : [...complete, c];
      else pending = pending === NONE ? [c] : [...pending, c];
    }
    if (complete.length > 1) complete.sort(soonest);
    if (pending.length > 1) pending.sort(soonest);
    out.push({ partyId, role, qualifying, complete, pending, tried, problem });
  }
  return out;
}

/** Why a party's service is not proved yet, in one clause. */
export function unservedReason(s: PartyService, params: ServiceParams): string {
  const who = `${words(s.role)} (party ${s.partyId})`;
  if (s.problem) return `${who}: ${s.problem}`;
  const next = s.pending[0];
  if (next) return `${who}: service by ${words(next.attempt.method)} on ${next.attempt.attemptedOn} is complete only on ${next.completesOn} (${next.explanation})`;
  if (s.tried === 0) return `${who}: no attempt`;
  return `${who}: ${plural(s.tried, 'attempt')}, none by ${params.methods.join('/')} with a ${params.outcomes.join('/')} outcome and proof`;
}
