/** The predicate library on hand-built facts: one row per way each predicate can answer. */
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../shared/checklists/facts';
import { addCalendarDays, PREDICATE_NAMES, runPredicate, type PredicateName } from '../../shared/checklists/predicates';
import { CTX, readyFacts, TODAY } from './support/checklistFacts';

const base = readyFacts();
/** Base facts plus a demand for payment issued after the 2026-10-01 charge, served by certified mail on 2026-10-06 with proof. */
const withServedDemand = readyFacts({
  demands: [{ id: 52, number: 'DFP-2026-000001', issuedOn: '2026-10-05' }],
  serviceAttempts: [...base.serviceAttempts, { id: 62, documentId: 52, partyId: 1, method: 'certified_mail', attemptedOn: '2026-10-06', outcome: 'delivered', proofCount: 1 }],
});
/** A dated photo whose camera date is years before the case (the flag shared/photoDates.ts computes). */
const OLD_PHOTO: CaseFacts['photos'][number] = {
  id: 12,
  violationId: 21,
  exifTakenAt: '2008-05-01T10:00:00',
  inspectionId: null,
  cameraDateFlag: { reason: 'camera date 2008-05-01 is 18 years before the case was opened on 2026-09-01', explanation: null },
};
type Row = [label: string, name: PredicateName, params: Record<string, unknown>, facts: CaseFacts, status: 'met' | 'missing' | 'stale', detail: RegExp];

const rows: Row[] = [
  ['owner verified recently', 'ownerVerifiedWithin', { days: 90 }, base, 'met', /verified 2026-10-01 \(recorder deed\)/],
  ['owner verification too old', 'ownerVerifiedWithin', { days: 30 }, base, 'stale', /more than 30 days ago/],
  ['owner verified exactly N days ago is still fresh', 'ownerVerifiedWithin', { days: 50 }, base, 'met', /verified/],
  ['only a probate lead', 'ownerVerifiedWithin', { days: 90 }, readyFacts({ ownershipFindings: [{ id: 1, source: 'probate', performedOn: '2026-11-01', identifiesOwner: true }] }), 'missing', /Only 1 lead/],
  ['finding about someone else', 'ownerVerifiedWithin', { days: 90 }, readyFacts({ ownershipFindings: [{ id: 1, source: 'assessor', performedOn: '2026-11-01', identifiesOwner: false }] }), 'missing', /No ownership finding names/],
  ['code sections cited', 'everyViolationHasCodeSection', {}, base, 'met', /^The violation cites a code section\.$/],
  ['blank code section', 'everyViolationHasCodeSection', {}, readyFacts({ violations: [{ ...base.violations[0]!, codeSection: '  ' }] }), 'missing', /1 violation cites no code section: #21/],
  ['library section required', 'everyViolationHasCodeSection', { fromLibrary: true }, readyFacts({ violations: [{ ...base.violations[0]!, codeSectionId: null }] }), 'missing', /no library section/],
  ['dismissed violations are ignored', 'everyViolationHasCodeSection', {}, readyFacts({ violations: [...base.violations, { id: 22, status: 'dismissed', complianceDate: '2026-10-20', codeSection: '', codeSectionId: null }] }), 'met', /^The violation cites/],
  ['no violations', 'everyViolationHasDatedPhoto', {}, readyFacts({ violations: [] }), 'missing', /No violation is recorded/],
  ['dated photo present', 'everyViolationHasDatedPhoto', {}, base, 'met', /dated photo/],
  ['photo without EXIF date', 'everyViolationHasDatedPhoto', {}, readyFacts({ photos: [{ id: 31, violationId: 21, exifTakenAt: null, inspectionId: null, cameraDateFlag: null }] }), 'missing', /No dated photo of IPMC 302.4 \(#21\)/],
  ['2008 photo on a 2026 case, unexplained', 'everyViolationHasDatedPhoto', {}, readyFacts({ photos: [OLD_PHOTO] }), 'missing', /^No dated photo of IPMC 302\.4 \(#21\)\. Photo 12's camera date 2008-05-01 is 18 years before the case was opened on 2026-09-01; record an explanation or add a photo taken now\.$/],
  ['2008 photo with its date explained', 'everyViolationHasDatedPhoto', {}, readyFacts({ photos: [{ ...OLD_PHOTO, cameraDateFlag: { ...OLD_PHOTO.cameraDateFlag!, explanation: 'Clock never set' } }] }), 'met', /^Every violation has a dated photo \(1 camera date explained\)\.$/],
  ['an unexplained old photo beside a good one', 'everyViolationHasDatedPhoto', {}, readyFacts({ photos: [OLD_PHOTO, base.photos[0]!] }), 'met', /^Every violation has a dated photo\.$/],
  ['entry authority recorded', 'entryAuthorityRecorded', {}, base, 'met', /All 2 inspections/],
  ['consent without who', 'entryAuthorityRecorded', {}, readyFacts({ inspections: [{ ...base.inspections[1]!, consentGivenBy: ' ' }] }), 'missing', /#42 \(2026-11-02\)/],
  ['no inspection', 'entryAuthorityRecorded', {}, readyFacts({ inspections: [] }), 'missing', /No inspection/],
  ['notice issued', 'noticeIssued', {}, base, 'met', /NOV-2026-000001 issued 2026-09-02/],
  ['no notice', 'noticeIssued', {}, readyFacts({ notices: [] }), 'missing', /No Notice/],
  ['served by certified mail with proof', 'serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, base, 'met', /Service proved for 1 party/],
  ['method not allowed', 'serviceProvedByAllowedMethod', { methods: ['personal_service'] }, base, 'missing', /1 attempt, none by personal_service/],
  ['no proof file', 'serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, readyFacts({ serviceAttempts: [{ ...base.serviceAttempts[0]!, proofCount: 0 }] }), 'missing', /owner of record \(party 1\)/],
  ['returned mail', 'serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, readyFacts({ serviceAttempts: [{ ...base.serviceAttempts[0]!, outcome: 'returned' }] }), 'missing', /delivered\/posted/],
  ['refused accepted when the pack allows it', 'serviceProvedByAllowedMethod', { methods: ['certified_mail'], outcomes: ['delivered', 'refused'] }, readyFacts({ serviceAttempts: [{ ...base.serviceAttempts[0]!, outcome: 'refused' }] }), 'met', /proved/],
  ['tenants not on the case', 'serviceProvedByAllowedMethod', { methods: ['posting'], roles: ['tenant'] }, base, 'missing', /No party on the case has the role tenant/],
  ['compliance period over', 'compliancePeriodElapsed', {}, base, 'met', /elapsed for the violation/],
  ['grace days keep it running', 'compliancePeriodElapsed', { graceDays: 31 }, base, 'missing', /last day 2026-11-20/],
  ['deadline is today', 'compliancePeriodElapsed', {}, readyFacts({ violations: [{ ...base.violations[0]!, complianceDate: TODAY }] }), 'missing', /still running/],
  ['everything corrected', 'compliancePeriodElapsed', {}, readyFacts({ violations: [{ ...base.violations[0]!, status: 'corrected' }] }), 'missing', /No violation is still open/],
  ['reinspection after deadline shows it', 'reinspectionAfterDeadlineShowsNonCompliance', { withPhoto: true }, base, 'met', /still present/],
  ['reinspection before the deadline only', 'reinspectionAfterDeadlineShowsNonCompliance', {}, readyFacts({ inspections: [base.inspections[0]!] }), 'missing', /No reinspection after the deadline shows/],
  ['reinspection without a photo', 'reinspectionAfterDeadlineShowsNonCompliance', { withPhoto: true }, readyFacts({ photos: [base.photos[0]!] }), 'missing', /with a photo/],
  ['reinspection found it corrected', 'reinspectionAfterDeadlineShowsNonCompliance', {}, readyFacts({ inspections: [{ ...base.inspections[1]!, findings: [{ violationId: 21, finding: 'corrected' }] }] }), 'missing', /still present/],
  ['costs with invoice', 'costsItemizedWithInvoices', {}, base, 'met', /1 abatement charge, each/],
  ['cost without invoice', 'costsItemizedWithInvoices', {}, readyFacts({ ledger: [{ ...base.ledger[0]!, hasInvoice: false }] }), 'missing', /#91/],
  ['reversed cost ignored', 'costsItemizedWithInvoices', {}, readyFacts({ ledger: [{ ...base.ledger[0]!, reversed: true }] }), 'missing', /No abatement cost/],
  ['lien waiting period over', 'lienWaitingPeriodElapsed', {}, withServedDemand, 'met', /after service of demand DFP-2026-000001 complete 2026-10-13 has passed/],
  ['lien waiting period running (days overrides the pack rule)', 'lienWaitingPeriodElapsed', { days: 45 }, withServedDemand, 'missing', /runs until 2026-11-30/],
  ['no demand for payment yet', 'lienWaitingPeriodElapsed', {}, base, 'missing', /a demand for payment must be issued and served on the owner of record/],
  ['paid in full', 'lienWaitingPeriodElapsed', {}, readyFacts({ ledger: [...base.ledger, { id: 92, kind: 'payment', deltaCents: -123450, entryDate: '2026-10-05', hasInvoice: false, contractor: null, reversed: false }] }), 'missing', /Nothing is owed/],
  ['demand served after the charge', 'demandForPaymentSent', { methods: ['certified_mail'] }, withServedDemand, 'met', /DFP-2026-000001 \(2026-10-05\) served on 1 party, complete 2026-10-13/],
  ['no demand since the charge', 'demandForPaymentSent', { methods: ['certified_mail'] }, base, 'missing', /No demand for payment has been issued since the charge of 2026-10-01/],
  ['hearing notice served in time', 'hearingNoticeGiven', {}, base, 'met', /Notice of hearing served in time for 1 upcoming hearing/],
  ['no hearing, no notice due', 'hearingNoticeGiven', {}, readyFacts({ hearings: [] }), 'missing', /No upcoming hearing/],
  ['first offense needs no history', 'priorHistoryRecorded', {}, base, 'met', /No earlier case/],
  ['repeat offense backed by an earlier case', 'priorHistoryRecorded', {}, readyFacts({ citations: [{ ...base.citations[0]!, offenseNumber: 2 }], priorCases: [{ caseId: 3, caseNumber: 'CE-2025-0003', openedOn: '2025-05-01', noticeCount: 1, citationCount: 1 }] }), 'met', /1 earlier case with 1 notice and 1 citation/],
  ['repeat offense without history', 'priorHistoryRecorded', {}, readyFacts({ citations: [{ ...base.citations[0]!, offenseNumber: 3 }] }), 'missing', /CT-2026-000001 is charged as a repeat offense/],
  ['tenant recorded', 'partyWithRoleRecorded', { role: 'tenant' }, readyFacts({ parties: [...base.parties, { partyId: 2, role: 'tenant' }] }), 'met', /1 tenant recorded/],
  ['no registered agent', 'partyWithRoleRecorded', { role: 'registered_agent' }, base, 'missing', /No registered agent/],
  ['citation issued', 'citationIssued', {}, base, 'met', /CT-2026-000001/],
  ['citation dismissed', 'citationIssued', {}, readyFacts({ citations: [{ ...base.citations[0]!, status: 'dismissed' }] }), 'missing', /dismissed/],
  ['hearing upcoming', 'hearingScheduled', {}, base, 'met', /2026-12-02 09:30/],
  ['hearing already decided', 'hearingScheduled', {}, readyFacts({ hearings: [{ id: 81, scheduledAt: '2026-11-01T09:30', outcome: 'liable' }] }), 'missing', /No upcoming hearing/],
  // More ways everyViolationNoticed answers: tests/unit/checklistNoticeCoverage.test.ts.
  ['every violation on a notice', 'everyViolationNoticed', {}, base, 'met', /^The violation pursued was listed on NOV-2026-000001 \(2026-09-02\)\.$/],
  ['violation added after the notice', 'everyViolationNoticed', {}, readyFacts({ violations: [...base.violations, { id: 22, status: 'open', complianceDate: '2026-12-20', codeSection: 'IPMC 304.13', codeSectionId: null }] }), 'missing', /^IPMC 304.13 \(#22\) was not listed on NOV-2026-000001; issue a new notice covering it\.$/],
];

describe('checklist predicates', () => {
  it.each(rows)('%s', (_label, name, params, facts, status, detail) => {
    const r = runPredicate(name, params, facts, CTX);
    expect(r.status).toBe(status);
    expect(r.detail).toMatch(detail);
  });

  it('has a row for every predicate in the library', () => {
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(PREDICATE_NAMES));
  });

  it('names the records it relied on', () => {
    expect(runPredicate('ownerVerifiedWithin', { days: 90 }, base, CTX).evidence).toEqual([{ kind: 'ownershipFinding', id: 11 }]);
    expect(runPredicate('serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, base, CTX).evidence).toEqual([{ kind: 'serviceAttempt', id: 61 }]);
    expect(runPredicate('reinspectionAfterDeadlineShowsNonCompliance', {}, base, CTX).evidence).toEqual([{ kind: 'inspection', id: 42 }]);
    // A questionable camera date: the missing answer points at the photo to fix; a met one relies only on counted photos.
    expect(runPredicate('everyViolationHasDatedPhoto', {}, readyFacts({ photos: [OLD_PHOTO] }), CTX).evidence).toEqual([{ kind: 'violation', id: 21 }, { kind: 'photo', id: 12 }]);
    expect(runPredicate('everyViolationHasDatedPhoto', {}, readyFacts({ photos: [OLD_PHOTO, base.photos[0]!] }), CTX).evidence).toEqual([{ kind: 'photo', id: 31 }]);
  });

  it('adds calendar days across month and leap-year ends', () => {
    expect(addCalendarDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 30)).toBe('2027-01-30');
  });

  it('refuses bad parameters at run time too', () => {
    expect(() => runPredicate('ownerVerifiedWithin', { days: -1 }, base, CTX)).toThrow();
    expect(() => runPredicate('ownerVerifiedWithin', {}, base, CTX)).toThrow();
  });
});
