/**
 * The predicate library: the only code behind a checklist item. A pack names a predicate and
 * gives its parameters (validated here by each predicate's zod schema when the pack loads); the
 * predicate reads the case's facts and answers met / missing / stale with a sentence a clerk can
 * act on and references to the records it looked at. Pure: no I/O; today and the pack's deadline
 * setup come in the PredicateContext. The predicates that count time live in deadlinePredicates.ts.
 */
import { z } from 'zod';
import { AUTHORITATIVE_OWNERSHIP_SOURCES, PARTY_ROLES } from '../partiesTypes';
import { addCalendarDays } from './calendarDays';
import { DEADLINE_PREDICATES } from './deadlinePredicates';
import type { CaseFacts } from './facts';
import { define, documented, list, met, missing, plural, pursued, refs, uniqueParties, type PredicateContext, type PredicateDefinition, type PredicateResult } from './predicateSupport';

export { addCalendarDays } from './calendarDays';
export type { EvidenceKind, EvidenceRef, PredicateContext, PredicateDefinition, PredicateResult, PredicateStatus } from './predicateSupport';

const noParams = z.object({}).strict();
const days = z.number().int().min(0).max(3650);

const NO_VIOLATIONS = 'No violation is recorded on this case.';

export const PREDICATES = {
  ownerVerifiedWithin: define({
    summary: 'The owner of record is confirmed by an authoritative source (deed, assessor, title search, secretary of state) within `days` days.',
    params: z.object({ days }).strict(),
    run: (f, { days: n }, { today }) => {
      const proofs = f.ownershipFindings
        .filter((o) => o.identifiesOwner && AUTHORITATIVE_OWNERSHIP_SOURCES.includes(o.source))
        .sort((a, b) => b.performedOn.localeCompare(a.performedOn));
      const latest = proofs[0];
      if (!latest) {
        const leads = f.ownershipFindings.filter((o) => o.identifiesOwner).length;
        return missing(
          leads > 0
            ? `Only ${plural(leads, 'lead')} (probate or other) name the owner; record a deed, assessor, title or secretary-of-state search.`
            : 'No ownership finding names the owner of record.',
        );
      }
      const evidence = refs('ownershipFinding', [latest.id]);
      const limit = addCalendarDays(latest.performedOn, n);
      if (limit < today) return { status: 'stale', detail: `Owner last verified ${latest.performedOn}, more than ${n} days ago; search again.`, evidence };
      return met(`Owner verified ${latest.performedOn} (${latest.source.replace(/_/g, ' ')}).`, evidence);
    },
  }),

  everyViolationHasCodeSection: define({
    summary: 'Every violation not dismissed cites a code section; with `fromLibrary: true`, a section picked from the code library.',
    params: z.object({ fromLibrary: z.boolean().default(false) }).strict(),
    run: (f, { fromLibrary }) => {
      const vs = documented(f);
      if (vs.length === 0) return missing(NO_VIOLATIONS);
      const lacking = vs.filter((v) => !v.codeSection.trim() || (fromLibrary && v.codeSectionId === null));
      if (lacking.length > 0) {
        return missing(`${plural(lacking.length, 'violation')} ${lacking.length === 1 ? 'cites' : 'cite'} no ${fromLibrary ? 'library' : 'code'} section: ${list(lacking)}.`, refs('violation', lacking.map((v) => v.id)));
      }
      return met(vs.length === 1 ? 'The violation cites a code section.' : `All ${plural(vs.length, 'violation')} cite a code section.`, refs('violation', vs.map((v) => v.id)));
    },
  }),

  everyViolationHasDatedPhoto: define({
    summary:
      'Every violation not dismissed has at least one photo carrying the camera date (EXIF DateTimeOriginal). A camera date implausible for the case (long before it was opened, after the photo was imported, unreadable) counts only once an explanation is recorded.',
    params: noParams,
    run: (f) => {
      const vs = documented(f);
      if (vs.length === 0) return missing(NO_VIOLATIONS);
      const dated = f.photos.filter((p) => p.exifTakenAt !== null);
      // A questionable camera date proves nothing about when the condition was seen until someone says why.
      const counted = dated.filter((p) => p.cameraDateFlag === null || p.cameraDateFlag.explanation !== null);
      const lacking = vs.filter((v) => !counted.some((p) => p.violationId === v.id));
      if (lacking.length > 0) {
        const questioned = dated.filter((p) => p.cameraDateFlag !== null && p.cameraDateFlag.explanation === null && lacking.some((v) => v.id === p.violationId));
        const why = questioned.map((p) => ` Photo ${p.id}'s ${p.cameraDateFlag!.reason}; record an explanation or add a photo taken now.`).join('');
        return missing(`No dated photo of ${list(lacking)}.${why}`, [...refs('violation', lacking.map((v) => v.id)), ...refs('photo', questioned.map((p) => p.id))]);
      }
      const used = counted.filter((p) => vs.some((v) => v.id === p.violationId));
      const explained = used.filter((p) => p.cameraDateFlag !== null).length;
      return met(`Every violation has a dated photo${explained > 0 ? ` (${plural(explained, 'camera date')} explained)` : ''}.`, refs('photo', used.map((p) => p.id)));
    },
  }),

  entryAuthorityRecorded: define({
    summary: 'There is at least one inspection and every inspection records its entry authority (consent names who gave it; a warrant its number).',
    params: noParams,
    run: (f) => {
      if (f.inspections.length === 0) return missing('No inspection is recorded on this case.');
      const lacking = f.inspections.filter(
        (i) =>
          i.entryAuthority === null ||
          (i.entryAuthority === 'consent' && !i.consentGivenBy?.trim()) ||
          (i.entryAuthority === 'administrative_warrant' && !i.warrantNumber?.trim()),
      );
      if (lacking.length > 0) return missing(`Entry authority incomplete for inspection(s) ${lacking.map((i) => `#${i.id} (${i.inspectedOn})`).join(', ')}.`, refs('inspection', lacking.map((i) => i.id)));
      return met(f.inspections.length === 1 ? 'The inspection records its entry authority.' : `All ${plural(f.inspections.length, 'inspection')} record their entry authority.`, refs('inspection', f.inspections.map((i) => i.id)));
    },
  }),

  noticeIssued: define({
    summary: 'A Notice of Violation has been issued on the case.',
    params: noParams,
    run: (f) => {
      if (f.notices.length === 0) return missing('No Notice of Violation has been issued.');
      const last = f.notices[f.notices.length - 1]!;
      return met(`${last.number} issued ${last.issuedOn}.`, refs('document', f.notices.map((n) => n.id)));
    },
  }),

  everyViolationNoticed: define({
    summary: 'Every violation still pursued (open, referred, abated) was listed on an issued Notice of Violation, so the owner had notice of each one a ticket, referral, hearing or abatement pursues.',
    params: noParams,
    run: (f) => {
      const vs = pursued(f);
      if (vs.length === 0) return missing('No violation on this case is still pursued (open, referred or abated).');
      const latest = f.notices[f.notices.length - 1];
      if (!latest) return missing(`No Notice of Violation has been issued, so the owner has had notice of none of ${list(vs)}.`, refs('violation', vs.map((v) => v.id)));
      const covering = (id: number) => f.notices.filter((n) => n.violationIds.includes(id));
      const unnoticed = vs.filter((v) => covering(v.id).length === 0);
      if (unnoticed.length > 0) {
        const one = unnoticed.length === 1;
        return missing(
          `${list(unnoticed)} ${one ? 'was' : 'were'} not listed on ${latest.number}${f.notices.length > 1 ? ' or any earlier notice' : ''}; issue a new notice covering ${one ? 'it' : 'them'}.`,
          refs('violation', unnoticed.map((v) => v.id)),
        );
      }
      const used = f.notices.filter((n) => vs.some((v) => n.violationIds.includes(v.id)));
      // A violation whose only covering notices had their list reconstructed at the upgrade.
      const onlyInferred = vs.filter((v) => covering(v.id).every((n) => n.inferred));
      const inferredNotices = used.filter((n) => n.inferred && onlyInferred.some((v) => n.violationIds.includes(v.id)));
      const caveat =
        onlyInferred.length === 0
          ? ''
          : ` ${inferredNotices.map((n) => n.number).join(', ')} ${inferredNotices.length === 1 ? 'was' : 'were'} issued before CaseReady recorded what each notice lists: that ${inferredNotices.length === 1 ? 'it' : 'they'} listed ${list(onlyInferred)} is inferred from the case history; check the issued PDF.`;
      return met(
        `${vs.length === 1 ? 'The violation pursued was' : `All ${plural(vs.length, 'violation')} pursued were`} listed on ${used.map((n) => `${n.number} (${n.issuedOn})`).join(', ')}.${caveat}`,
        refs('document', used.map((n) => n.id)),
      );
    },
  }),

  costsItemizedWithInvoices: define({
    summary: 'There are abatement charges and each one (not reversed) names its contractor and has its invoice attached.',
    params: noParams,
    run: (f) => {
      const charges = f.ledger.filter((e) => e.kind === 'abatement' && !e.reversed);
      if (charges.length === 0) return missing('No abatement cost is recorded.');
      const lacking = charges.filter((e) => !e.hasInvoice || !e.contractor?.trim());
      if (lacking.length > 0) return missing(`${plural(lacking.length, 'abatement charge')} ${lacking.length === 1 ? 'lacks' : 'lack'} an invoice or contractor: entries ${lacking.map((e) => `#${e.id}`).join(', ')}.`, refs('ledgerEntry', lacking.map((e) => e.id)));
      return met(`${plural(charges.length, 'abatement charge')}, each with contractor and invoice.`, refs('ledgerEntry', charges.map((e) => e.id)));
    },
  }),

  priorHistoryRecorded: define({
    summary: 'A repeat-offense citation is backed by earlier citations recorded on the same property or owner.',
    params: noParams,
    run: (f) => {
      const earlierCitations = f.priorCases.reduce((sum, c) => sum + c.citationCount, 0);
      const evidence = refs('case', f.priorCases.map((c) => c.caseId));
      const repeat = f.citations.filter((c) => c.status !== 'dismissed' && c.offenseNumber > 1);
      const unbacked = repeat.filter((c) => c.offenseNumber - 1 > earlierCitations + f.citations.filter((o) => o.status !== 'dismissed' && o.issuedOn < c.issuedOn).length);
      if (unbacked.length > 0) {
        return missing(`Citation ${unbacked.map((c) => c.number).join(', ')} is charged as a repeat offense but fewer earlier citations are on record.`, refs('citation', unbacked.map((c) => c.id)));
      }
      const notices = f.priorCases.reduce((sum, c) => sum + c.noticeCount, 0);
      return met(
        f.priorCases.length === 0
          ? 'No earlier case on this property or owner.'
          : `${plural(f.priorCases.length, 'earlier case')} with ${plural(notices, 'notice')} and ${plural(earlierCitations, 'citation')} on record.`,
        evidence,
      );
    },
  }),

  partyWithRoleRecorded: define({
    summary: 'At least one party with `role` is on the case (e.g. tenants of a tenant-occupied building).',
    params: z.object({ role: z.enum(PARTY_ROLES) }).strict(),
    run: (f, { role }) => {
      const found = uniqueParties(f, [role]);
      if (found.length === 0) return missing(`No ${role.replace(/_/g, ' ')} is recorded on the case.`);
      return met(`${plural(found.length, role.replace(/_/g, ' '))} recorded.`);
    },
  }),

  citationIssued: define({
    summary: 'A citation (civil ticket) that is not dismissed has been issued on the case.',
    params: noParams,
    run: (f) => {
      const live = f.citations.filter((c) => c.status !== 'dismissed');
      if (live.length === 0) return missing('No citation has been issued (or every one was dismissed).');
      return met(`Citation ${live.map((c) => c.number).join(', ')}.`, refs('citation', live.map((c) => c.id)));
    },
  }),

  hearingScheduled: define({
    summary: 'A hearing without an outcome is scheduled on or after today.',
    params: noParams,
    run: (f, _p, { today }) => {
      const coming = f.hearings.filter((h) => h.outcome === null && h.scheduledAt.slice(0, 10) >= today);
      if (coming.length === 0) return missing('No upcoming hearing is scheduled.');
      return met(`Hearing on ${coming.map((h) => h.scheduledAt.replace('T', ' ')).join(', ')}.`, refs('hearing', coming.map((h) => h.id)));
    },
  }),
  ...DEADLINE_PREDICATES,
} as const;

export type PredicateName = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as PredicateName[];

export function isPredicateName(name: string): name is PredicateName {
  return Object.prototype.hasOwnProperty.call(PREDICATES, name);
}

/**
 * Runs a predicate by name with raw (pack) parameters; the parameters are parsed so defaults apply.
 * A pack's params object is parsed once and the result kept beside it: the dashboard runs the same
 * 40 items against 10,000 cases, and re-parsing with zod each time was a third of that (bench/readiness).
 * Pack objects are never mutated after loading, so the cached parse cannot go stale.
 */
export function runPredicate(name: PredicateName, rawParams: unknown, facts: CaseFacts, ctx: PredicateContext): PredicateResult {
  const def = PREDICATES[name] as PredicateDefinition;
  return def.run(facts, parsedParams(def, rawParams), ctx);
}

const parsedByRaw = new WeakMap<object, { def: PredicateDefinition; parsed: unknown }>();

function parsedParams(def: PredicateDefinition, rawParams: unknown): unknown {
  if (rawParams === null || typeof rawParams !== 'object') return def.params.parse(rawParams ?? {});
  const hit = parsedByRaw.get(rawParams);
  if (hit && hit.def === def) return hit.parsed;
  const parsed = def.params.parse(rawParams);
  parsedByRaw.set(rawParams, { def, parsed });
  return parsed;
}
