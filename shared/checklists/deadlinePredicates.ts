/**
 * The predicates that count time, on the deadline library (shared/deadlines/) through the pack's
 * setup in the predicate context: a compliance date on a weekend or court holiday rolls to the next
 * business day, mailed service is complete only after the pack's service days, the lien waiting
 * period runs from the completed service of the demand for payment, and minimum hearing notice
 * counts back from the hearing (only service of a notice of hearing for that hearing counts).
 * Every answer that depends on a rolled or counted date says why.
 */
import { z } from 'zod';
import { SERVICE_METHODS } from '../enforcementTypes';
import { deadlineFor, rolledComplianceDate, slotFor, type RolledDate } from './deadlineMemo';
import type { CaseFacts, IssuedDocumentFact, ViolationFact } from './facts';
import { addCalendarDays } from './calendarDays';
import { define, list, met, missing, plural, pursued, refs, words, type EvidenceRef, type PredicateContext } from './predicateSupport';
import { serviceOf, serviceParams, unservedReason, type PartyService, type ServiceParams } from './serviceProof';

const days = z.number().int().min(0).max(3650);
const unique = (xs: readonly (string | null)[]) => [...new Set(xs.filter((x): x is string => x !== null))];
/** Charges a lien or demand is about: abatement work and fees, unless reversed. */
const liveCharges = (f: CaseFacts) => f.ledger.filter((e) => (e.kind === 'abatement' || e.kind === 'admin_fee') && !e.reversed);

type ComplianceDeadline = { readonly v: ViolationFact; readonly rolled: RolledDate };
const COMPLIANCE = Symbol('compliance deadlines');

/** Each pursued violation's compliance deadline as the pack's calendar counts it (kept in the case's slot: 8 items per case ask). */
function complianceDeadlines(f: CaseFacts, ctx: PredicateContext): readonly ComplianceDeadline[] {
  const values = slotFor(f, ctx.deadlines).values;
  const hit = values.get(COMPLIANCE) as readonly ComplianceDeadline[] | undefined;
  if (hit) return hit;
  const list = pursued(f).map((v) => ({ v, rolled: rolledComplianceDate(ctx.deadlines, v.complianceDate) }));
  values.set(COMPLIANCE, list);
  return list;
}

/** Service of `docs` on every party of `params.roles`: met when each has a completed qualifying attempt. */
function proveService(f: CaseFacts, docs: readonly IssuedDocumentFact[], params: ServiceParams, ctx: PredicateContext): { served: PartyService[]; unserved: string[]; evidence: EvidenceRef[] } | string {
  const service = serviceOf(f, docs, params, ctx.deadlines, ctx.today);
  if (service.length === 0) return `No party on the case has the role ${params.roles.join(' or ')}.`;
  const evidence: EvidenceRef[] = [];
  const unserved: string[] = [];
  for (const s of service) {
    if (s.complete.length === 0) unserved.push(unservedReason(s, params));
    else evidence.push(...refs('serviceAttempt', s.qualifying.map((a) => a.id)));
  }
  return { served: service.filter((s) => s.complete.length > 0), unserved, evidence };
}

const ALL_METHODS_TO_OWNER: ServiceParams = { methods: [...SERVICE_METHODS], outcomes: ['delivered', 'posted'], roles: ['owner_of_record'] };

export const DEADLINE_PREDICATES = {
  serviceProvedByAllowedMethod: define({
    summary:
      'Each party in `roles` (default: owner of record) was served a Notice of Violation by one of `methods`, with an outcome in `outcomes` and at least one proof file, and that service is complete (attempt date + the pack\'s service days for the method) on or before today.',
    params: serviceParams,
    run: (f, params, ctx) => {
      if (f.notices.length === 0) return missing('No notice has been issued, so none can have been served.');
      const proof = proveService(f, f.notices, params, ctx);
      if (typeof proof === 'string') return missing(proof);
      if (proof.unserved.length > 0) return missing(`Service not proved for ${proof.unserved.join('; ')}.`, proof.evidence);
      return met(`Service proved for ${plural(proof.served.length, 'party')}.`, proof.evidence);
    },
  }),

  compliancePeriodElapsed: define({
    summary:
      'The compliance date of every violation still pursued has passed; a date on a weekend or holiday of the pack\'s calendar first runs to the next business day (the pack\'s compliance rule `roll`), then `graceDays` calendar days are added.',
    params: z.object({ graceDays: days.default(0) }).strict(),
    run: (f, { graceDays }, ctx) => {
      const all = complianceDeadlines(f, ctx);
      if (all.length === 0) return missing('No violation is still open, so there is no compliance period to run out.');
      const lastDay = (d: ComplianceDeadline) => (graceDays === 0 ? d.rolled.date : addCalendarDays(d.rolled.date, graceDays));
      const running = all.filter((d) => lastDay(d) >= ctx.today);
      const why = (ds: readonly ComplianceDeadline[]) => unique(ds.map((d) => d.rolled.explanation)).join('; ');
      if (running.length > 0) {
        const last = running.map(lastDay).sort().at(-1)!;
        const reasons = why(running);
        const grace = graceDays > 0 ? `, with ${plural(graceDays, 'grace day')}` : '';
        return missing(`Compliance period still running for ${list(running.map((d) => d.v))} (last day ${last}${grace}${reasons ? `; ${reasons}` : ''}).`, refs('violation', running.map((d) => d.v.id)));
      }
      const reasons = why(all);
      return met(`Compliance period elapsed for ${all.length === 1 ? 'the violation' : `all ${plural(all.length, 'violation')}`}${reasons ? ` (${reasons})` : ''}.`, refs('violation', all.map((d) => d.v.id)));
    },
  }),

  reinspectionAfterDeadlineShowsNonCompliance: define({
    summary:
      'Every violation still pursued was found present at an inspection after its compliance deadline (rolled off weekends and holidays); with `withPhoto: true`, a photo of it was taken at that inspection.',
    params: z.object({ withPhoto: z.boolean().default(false) }).strict(),
    run: (f, { withPhoto }, ctx) => {
      const deadlines = complianceDeadlines(f, ctx);
      if (deadlines.length === 0) return missing('No violation is still open.');
      const evidence: EvidenceRef[] = [];
      const lacking: ComplianceDeadline[] = [];
      for (const d of deadlines) {
        const showing = f.inspections.filter(
          (i) =>
            i.inspectedOn > d.rolled.date &&
            i.findings.some((x) => x.violationId === d.v.id && x.finding === 'present') &&
            (!withPhoto || f.photos.some((p) => p.inspectionId === i.id && p.violationId === d.v.id)),
        );
        if (showing.length === 0) lacking.push(d);
        else evidence.push(...refs('inspection', showing.map((i) => i.id)));
      }
      if (lacking.length > 0) {
        const rolled = unique(lacking.map((d) => d.rolled.explanation));
        return missing(
          `No reinspection after the deadline ${withPhoto ? 'with a photo ' : ''}shows ${list(lacking.map((d) => d.v))} still present${rolled.length ? ` (deadline ${rolled.join('; ')})` : ''}.`,
          refs('violation', lacking.map((d) => d.v.id)),
        );
      }
      return met('A reinspection after each deadline shows the violations still present.', evidence);
    },
  }),

  demandForPaymentSent: define({
    summary:
      'A demand for payment was issued on or after the last abatement or fee charge (not reversed) and served on each party in `roles` (default: owner of record) by one of `methods`, with an outcome in `outcomes`, proof, and service complete by today.',
    params: serviceParams,
    run: (f, params, ctx) => {
      const charges = liveCharges(f);
      if (charges.length === 0) return missing('No abatement cost or fee has been charged, so there is nothing to demand.');
      const lastCharge = charges.map((e) => e.entryDate).sort().at(-1)!;
      const current = f.demands.filter((d) => d.issuedOn >= lastCharge);
      const chargeRefs = refs('ledgerEntry', charges.map((e) => e.id));
      if (current.length === 0) {
        const old = f.demands.at(-1);
        return missing(
          old
            ? `The last demand for payment (${old.number}, ${old.issuedOn}) predates the charge of ${lastCharge}; issue a new demand for the current balance and serve it.`
            : `No demand for payment has been issued since the charge of ${lastCharge}; issue one and serve it on the owner.`,
          chargeRefs,
        );
      }
      const docRefs = refs('document', current.map((d) => d.id));
      const proof = proveService(f, current, params, ctx);
      if (typeof proof === 'string') return missing(proof, docRefs);
      const names = current.map((d) => `${d.number} (${d.issuedOn})`).join(', ');
      if (proof.unserved.length > 0) return missing(`Demand for payment ${names} not served on ${proof.unserved.join('; ')}.`, [...docRefs, ...proof.evidence]);
      const completed = proof.served.map((s) => s.complete[0]!.completesOn).sort();
      return met(`Demand for payment ${names} served on ${plural(proof.served.length, 'party')}, complete ${completed.at(-1)}.`, [...docRefs, ...proof.evidence]);
    },
  }),

  lienWaitingPeriodElapsed: define({
    summary:
      'A balance is still owed and the pack\'s lien waiting period (`lienWaiting` rule; `days` here overrides its day count) has run out since service of the latest demand for payment on the owner of record was complete.',
    params: z.object({ days: days.optional() }).strict(),
    run: (f, { days: n }, ctx) => {
      const charges = liveCharges(f);
      if (charges.length === 0) return missing('No abatement cost or fee has been charged.');
      const balance = f.ledger.reduce((sum, e) => sum + e.deltaCents, 0);
      if (balance <= 0) return missing('Nothing is owed on this case.');
      const evidence = refs('ledgerEntry', charges.map((e) => e.id));
      const demand = f.demands.at(-1);
      if (!demand) return missing('No demand for payment has been issued: a demand for payment must be issued and served on the owner of record before the lien waiting period starts.', evidence);
      evidence.push({ kind: 'document', id: demand.id });
      const owner = serviceOf(f, [demand], ALL_METHODS_TO_OWNER, ctx.deadlines, ctx.today)[0];
      if (!owner) return missing(`No owner of record is on the case to serve demand for payment ${demand.number} on.`, evidence);
      const served = owner.complete[0];
      if (!served) {
        return missing(`Demand for payment ${demand.number} (issued ${demand.issuedOn}) must be served on the owner of record first; the waiting period runs from completed service. ${capitalise(unservedReason(owner, ALL_METHODS_TO_OWNER))}.`, evidence);
      }
      evidence.push({ kind: 'serviceAttempt', id: served.attempt.id });
      const end = deadlineFor(ctx.deadlines, 'lienWaiting', served.completesOn, undefined, n);
      if (!end.ok) return missing(end.problem, evidence);
      const from = `service of demand ${demand.number} complete ${served.completesOn}`;
      if (end.result.date >= ctx.today) return missing(`The lien waiting period after ${from} runs until ${end.result.date} (${end.result.explanation}).`, evidence);
      return met(`The lien waiting period after ${from} has passed (${end.result.explanation}).`, evidence);
    },
  }),

  hearingNoticeGiven: define({
    summary:
      'For each upcoming hearing without an outcome, a Notice of Hearing for that hearing (issued since its last continuance) was served on each party in `roles` (default: owner of record) by one of `methods` (default any), with an outcome in `outcomes` and proof, and that service was complete by the latest day notice may be served — the hearing date minus the pack\'s `hearingNotice` period, rolled back off weekends and holidays. Service of any other document (a notice of violation, a demand) is not notice of a hearing.',
    params: serviceParams.extend({ methods: z.array(z.enum(SERVICE_METHODS)).min(1).default([...SERVICE_METHODS]) }),
    run: (f, params, ctx) => {
      const upcoming = f.hearings.filter((h) => h.outcome === null && h.scheduledAt.slice(0, 10) >= ctx.today);
      if (upcoming.length === 0) return missing('No upcoming hearing is scheduled, so no hearing notice is due.');
      if (!f.parties.some((p) => params.roles.includes(p.role))) return missing(`No party on the case has the role ${params.roles.join(' or ')}.`);
      const evidence: EvidenceRef[] = refs('hearing', upcoming.map((h) => h.id));
      const gaps: string[] = [];
      for (const h of upcoming) {
        const last = deadlineFor(ctx.deadlines, 'hearingNotice', h.scheduledAt.slice(0, 10));
        if (!last.ok) return missing(last.problem, evidence);
        const when = `hearing on ${h.scheduledAt.replace('T', ' ')}`;
        const serveBy = `serve by ${last.result.date} (${last.result.explanation})`;
        const forIt = f.hearingNotices.filter((n) => n.hearingId === h.id);
        // A notice issued before the latest continuance printed the old date: it is not notice of this one.
        // (Issued at the very instant of the continuance only happens on a frozen clock; it is taken to follow it.)
        const current = forIt.filter((n) => !h.continuedAt || n.issuedAt >= h.continuedAt);
        if (current.length === 0) {
          gaps.push(`${when}: ${forIt.length > 0 ? `the notice of hearing (${forIt.map((n) => n.number).join(', ')}) predates the hearing's continuance; issue a new one for the new date` : 'no notice of hearing has been issued for it; issue one'} and ${serveBy}`);
          continue;
        }
        evidence.push(...refs('document', current.map((n) => n.id)));
        for (const s of serviceOf(f, current, params, ctx.deadlines, ctx.today)) {
          const inTime = s.complete.find((c) => c.completesOn <= last.result.date);
          if (inTime) {
            evidence.push({ kind: 'serviceAttempt', id: inTime.attempt.id });
            continue;
          }
          const comingInTime = s.pending.find((c) => c.completesOn <= last.result.date);
          const tooLate = s.complete[0] ?? s.pending[0];
          const partyWhy = comingInTime
            ? `${words(s.role)} (party ${s.partyId}): service by ${words(comingInTime.attempt.method)} on ${comingInTime.attempt.attemptedOn} completes ${comingInTime.completesOn}, in time but not yet complete`
            : tooLate
              ? `${words(s.role)} (party ${s.partyId}): service completes only ${tooLate.completesOn}, after that day`
              : unservedReason(s, params);
          gaps.push(`${when}: ${serveBy} — ${partyWhy}`);
        }
      }
      if (gaps.length > 0) return missing(`Notice of the hearing not yet given: ${gaps.join('; ')}.`, evidence);
      return met(`Notice of hearing served in time for ${plural(upcoming.length, 'upcoming hearing')}.`, evidence);
    },
  }),
} as const;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
