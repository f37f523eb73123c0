/**
 * The predicates that count time, on the model pack's calendar (federal holidays + Lincoln's
 * Birthday and the Day after Thanksgiving; certified mail +5 days, first-class +3, personal 0;
 * minimum hearing notice 10 calendar days rolled back; lien waiting 30 calendar days). Explicit
 * dates throughout: 2026-07-04 is a Saturday (observed Friday 07-03), 2026-10-12 is Columbus Day,
 * 2026-11-26 Thanksgiving, 2026-11-22 a Sunday.
 */
import { describe, expect, it } from 'vitest';
import { deadlineFor, rolledComplianceDate } from '../../shared/checklists/deadlineMemo';
import type { CaseFacts, ServiceAttemptFact } from '../../shared/checklists/facts';
import { runPredicate, type PredicateName } from '../../shared/checklists/predicates';
import { deadlineSetupFor, PACKLESS_DEADLINES } from '../../shared/deadlines/packSetup';
import { ctxOn, MODEL_SETUP, readyFacts } from './support/checklistFacts';

const base = readyFacts();
const violationDue = (complianceDate: string): CaseFacts => readyFacts({ violations: [{ ...base.violations[0]!, complianceDate }] });
const attempt = (over: Partial<ServiceAttemptFact>): ServiceAttemptFact => ({ id: 61, documentId: 51, partyId: 1, method: 'certified_mail', attemptedOn: '2026-09-03', outcome: 'delivered', proofCount: 1, ...over });
const servedBy = (...attempts: Partial<ServiceAttemptFact>[]): CaseFacts => readyFacts({ serviceAttempts: attempts.map(attempt) });
const demand = { id: 52, number: 'DFP-2026-000001', issuedOn: '2026-10-05' };
const demandServed = (over: Partial<ServiceAttemptFact>, patch: Partial<CaseFacts> = {}): CaseFacts =>
  readyFacts({ demands: [demand], serviceAttempts: [attempt({}), attempt({ id: 62, documentId: 52, attemptedOn: '2026-10-06', ...over })], ...patch });
/** A hearing and attempts to serve its notice of hearing (document 53, readyFacts' NOH-2026-000001) unless they name another document. */
const hearingOn = (scheduledAt: string, ...attempts: Partial<ServiceAttemptFact>[]): CaseFacts =>
  readyFacts({ hearings: [{ id: 81, scheduledAt, outcome: null }], serviceAttempts: attempts.map((a) => attempt({ documentId: 53, ...a })) });
const continuedOn = (continuedAt: string, facts: CaseFacts): CaseFacts => readyFacts({ ...facts, hearings: facts.hearings.map((h) => ({ ...h, continuedAt })) });

type Row = [label: string, name: PredicateName, params: Record<string, unknown>, facts: CaseFacts, today: string, status: 'met' | 'missing', detail: RegExp];

const rows: Row[] = [
  // Compliance dates on closed days run to the next business day.
  ['Saturday holiday: still running on the Monday it rolls to', 'compliancePeriodElapsed', {}, violationDue('2026-07-04'), '2026-07-06', 'missing', /last day 2026-07-06; 2026-07-04 is Independence Day \(a Saturday\) → 2026-07-06/],
  ['Saturday holiday: elapsed the day after', 'compliancePeriodElapsed', {}, violationDue('2026-07-04'), '2026-07-07', 'met', /elapsed for the violation \(2026-07-04 is Independence Day \(a Saturday\) → 2026-07-06\)/],
  ['observed holiday on the Friday', 'compliancePeriodElapsed', {}, violationDue('2026-07-03'), '2026-07-06', 'missing', /2026-07-03 is Independence Day \(observed\) → 2026-07-06/],
  ['plain weekend', 'compliancePeriodElapsed', {}, violationDue('2026-10-24'), '2026-10-26', 'missing', /2026-10-24 is a Saturday → 2026-10-26/],
  ['Thanksgiving and the pack\'s Day after Thanksgiving', 'compliancePeriodElapsed', {}, violationDue('2026-11-26'), '2026-11-30', 'missing', /2026-11-26 is Thanksgiving Day → 2026-11-30/],
  ['a pack holiday', 'compliancePeriodElapsed', {}, violationDue('2026-11-27'), '2026-11-30', 'missing', /2026-11-27 is Day after Thanksgiving → 2026-11-30/],
  ['year end: Christmas Friday to Monday', 'compliancePeriodElapsed', {}, violationDue('2026-12-25'), '2026-12-28', 'missing', /2026-12-25 is Christmas Day → 2026-12-28/],
  ['grace days count after the roll', 'compliancePeriodElapsed', { graceDays: 2 }, violationDue('2026-07-04'), '2026-07-08', 'missing', /last day 2026-07-08, with 2 grace days; 2026-07-04 is Independence Day/],
  ['business day: no roll, no explanation', 'compliancePeriodElapsed', {}, violationDue('2026-10-20'), '2026-10-21', 'met', /^Compliance period elapsed for the violation\.$/],
  // Reinspection must come after the rolled deadline.
  ['reinspection on the rolled-to Monday is not after the deadline', 'reinspectionAfterDeadlineShowsNonCompliance', {}, readyFacts({ violations: [{ ...base.violations[0]!, complianceDate: '2026-07-04' }], inspections: [{ ...base.inspections[1]!, inspectedOn: '2026-07-06' }] }), '2026-07-10', 'missing', /deadline 2026-07-04 is Independence Day \(a Saturday\) → 2026-07-06/],
  ['reinspection the day after the rolled deadline', 'reinspectionAfterDeadlineShowsNonCompliance', {}, readyFacts({ violations: [{ ...base.violations[0]!, complianceDate: '2026-07-04' }], inspections: [{ ...base.inspections[1]!, inspectedOn: '2026-07-07' }] }), '2026-07-10', 'met', /still present/],
  // Service is complete only after the pack's days for the method.
  ['certified mail completes after today', 'serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, servedBy({ attemptedOn: '2026-11-18' }), '2026-11-20', 'missing', /complete only on 2026-11-23 \(2026-11-18 \+ 5 calendar days \(certified mail\) = 2026-11-23 \(Monday\)\)/],
  ['certified mail complete on the fifth day', 'serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, servedBy({ attemptedOn: '2026-11-18' }), '2026-11-23', 'met', /^Service proved for 1 party\.$/],
  ['first-class mail ending on the Day after Thanksgiving rolls to Monday', 'serviceProvedByAllowedMethod', { methods: ['first_class_mail'] }, servedBy({ method: 'first_class_mail', attemptedOn: '2026-11-24' }), '2026-11-27', 'missing', /= 2026-11-27 \(Friday, Day after Thanksgiving\) → rolled to 2026-11-30/],
  ['personal service is complete the same day', 'serviceProvedByAllowedMethod', { methods: ['personal_service'] }, servedBy({ method: 'personal_service', attemptedOn: '2026-11-20' }), '2026-11-20', 'met', /proved/],
  ['a demand for payment is not service of the notice', 'serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, readyFacts({ demands: [demand], serviceAttempts: [attempt({ documentId: 52 })] }), '2026-11-20', 'missing', /no attempt/],
  // Minimum hearing notice counts back from the hearing and rolls back.
  ['last serve day on a Sunday rolls back to Friday; mail completing Monday is too late', 'hearingNoticeGiven', {}, hearingOn('2026-12-02T09:30', { attemptedOn: '2026-11-17' }), '2026-11-20', 'missing', /serve by 2026-11-20 \(2026-12-02 − 10 calendar days = 2026-11-22 \(Sunday\) → rolled back to 2026-11-20\).*service completes only 2026-11-23, after that day/],
  ['personal service on the rolled-back Friday is in time', 'hearingNoticeGiven', {}, hearingOn('2026-12-02T09:30', { method: 'personal_service', attemptedOn: '2026-11-20' }), '2026-11-20', 'met', /Notice of hearing served in time for 1 upcoming hearing/],
  ['personal service on the Saturday is too late', 'hearingNoticeGiven', {}, hearingOn('2026-12-02T09:30', { method: 'personal_service', attemptedOn: '2026-11-21' }), '2026-11-21', 'missing', /serve by 2026-11-20/],
  ['mail in time but not yet complete', 'hearingNoticeGiven', {}, hearingOn('2026-12-20T09:30', { attemptedOn: '2026-11-19' }), '2026-11-20', 'missing', /completes 2026-11-24, in time but not yet complete/],
  ['no attempt at all', 'hearingNoticeGiven', {}, hearingOn('2026-12-02T09:30'), '2026-11-20', 'missing', /owner of record \(party 1\): no attempt/],
  // Only service of a notice of hearing for that hearing is notice of it.
  ['a served notice of violation is not notice of the hearing', 'hearingNoticeGiven', {}, hearingOn('2026-12-02T09:30', { documentId: 51, method: 'personal_service', attemptedOn: '2026-11-10' }), '2026-11-20', 'missing', /owner of record \(party 1\): no attempt/],
  ['a served notice of hearing for this hearing is', 'hearingNoticeGiven', {}, hearingOn('2026-12-02T09:30', { method: 'personal_service', attemptedOn: '2026-11-10' }), '2026-11-20', 'met', /Notice of hearing served in time for 1 upcoming hearing/],
  ['a notice of hearing served after the last day to serve is not', 'hearingNoticeGiven', {}, hearingOn('2026-12-02T09:30', { method: 'personal_service', attemptedOn: '2026-11-23' }), '2026-11-24', 'missing', /serve by 2026-11-20 .*service completes only 2026-11-23, after that day/],
  ['no notice of hearing issued at all', 'hearingNoticeGiven', {}, readyFacts({ hearingNotices: [] }), '2026-11-20', 'missing', /hearing on 2026-12-02 09:30: no notice of hearing has been issued for it; issue one and serve by 2026-11-20/],
  ['the notice of another hearing does not count', 'hearingNoticeGiven', {}, readyFacts({ hearingNotices: [{ ...base.hearingNotices[0]!, hearingId: 82 }] }), '2026-11-20', 'missing', /no notice of hearing has been issued for it/],
  ['a notice issued before the continuance printed the old date', 'hearingNoticeGiven', {}, continuedOn('2026-11-06T09:00:00.000Z', readyFacts()), '2026-11-20', 'missing', /the notice of hearing \(NOH-2026-000001\) predates the hearing's continuance; issue a new one for the new date and serve by 2026-11-20/],
  ['a notice issued after the continuance counts', 'hearingNoticeGiven', {}, continuedOn('2026-11-04T09:00:00.000Z', readyFacts()), '2026-11-20', 'met', /served in time/],
  ['a decided hearing needs no notice', 'hearingNoticeGiven', {}, readyFacts({ hearings: [{ id: 81, scheduledAt: '2026-12-02T09:30', outcome: 'liable' }] }), '2026-11-20', 'missing', /No upcoming hearing/],
  // The lien waiting period runs from completed service of the latest demand for payment.
  ['certified mail 10-06 completes Sunday 10-11, rolls past Columbus Day to 10-13; +30 days', 'lienWaitingPeriodElapsed', {}, demandServed({}), '2026-11-12', 'missing', /complete 2026-10-13 runs until 2026-11-12 \(2026-10-13 \+ 30 calendar days = 2026-11-12 \(Thursday\)\)/],
  ['waiting period over the day after', 'lienWaitingPeriodElapsed', {}, demandServed({}), '2026-11-13', 'met', /has passed/],
  ['demand mailed but not yet complete', 'lienWaitingPeriodElapsed', {}, demandServed({ attemptedOn: '2026-11-18' }), '2026-11-20', 'missing', /must be served on the owner of record first.*complete only on 2026-11-23/],
  ['demand returned', 'lienWaitingPeriodElapsed', {}, demandServed({ outcome: 'returned' }), '2026-11-20', 'missing', /DFP-2026-000001 \(issued 2026-10-05\) must be served/],
  ['the notice\'s service does not start the lien clock', 'lienWaitingPeriodElapsed', {}, readyFacts({ demands: [demand] }), '2026-11-20', 'missing', /no attempt/],
  // Demand for payment.
  ['demand older than the last charge', 'demandForPaymentSent', { methods: ['certified_mail'] }, demandServed({}, { ledger: [...base.ledger, { id: 93, kind: 'admin_fee', deltaCents: 5000, entryDate: '2026-10-09', hasInvoice: false, contractor: null, reversed: false }] }), '2026-11-20', 'missing', /DFP-2026-000001, 2026-10-05\) predates the charge of 2026-10-09/],
  ['a reversed later charge does not need a new demand', 'demandForPaymentSent', { methods: ['certified_mail'] }, demandServed({}, { ledger: [...base.ledger, { id: 93, kind: 'admin_fee', deltaCents: 5000, entryDate: '2026-10-09', hasInvoice: false, contractor: null, reversed: true }] }), '2026-11-20', 'met', /served on 1 party/],
  ['demand served by a method the pack does not allow', 'demandForPaymentSent', { methods: ['personal_service'] }, demandServed({}), '2026-11-20', 'missing', /1 attempt, none by personal_service/],
  ['demand served but not complete yet', 'demandForPaymentSent', { methods: ['certified_mail'] }, demandServed({ attemptedOn: '2026-11-18' }), '2026-11-20', 'missing', /complete only on 2026-11-23/],
  ['nothing charged, nothing to demand', 'demandForPaymentSent', { methods: ['certified_mail'] }, readyFacts({ ledger: [] }), '2026-11-20', 'missing', /nothing to demand/],
  ['no owner of record on the case', 'demandForPaymentSent', { methods: ['certified_mail'] }, demandServed({}, { parties: [] }), '2026-11-20', 'missing', /No party on the case has the role owner_of_record/],
];

describe('deadline predicates on the model calendar', () => {
  it.each(rows)('%s', (_label, name, params, facts, today, status, detail) => {
    const r = runPredicate(name, params, facts, ctxOn(today));
    expect(r.detail).toMatch(detail);
    expect(r.status).toBe(status);
  });

  it('names the demand, its service and the charges it relied on', () => {
    const r = runPredicate('lienWaitingPeriodElapsed', {}, demandServed({}), ctxOn('2026-11-20'));
    expect(r.evidence).toEqual([{ kind: 'ledgerEntry', id: 91 }, { kind: 'document', id: 52 }, { kind: 'serviceAttempt', id: 62 }]);
    expect(runPredicate('demandForPaymentSent', { methods: ['certified_mail'] }, demandServed({}), ctxOn('2026-11-20')).evidence).toEqual([
      { kind: 'document', id: 52 },
      { kind: 'serviceAttempt', id: 62 },
    ]);
  });

  it('keeps met evidence of notice service as before (the qualifying attempts)', () => {
    const r = runPredicate('serviceProvedByAllowedMethod', { methods: ['certified_mail'] }, servedBy({}, { id: 63, attemptedOn: '2026-11-19' }), ctxOn('2026-11-20'));
    expect(r).toEqual({ status: 'met', detail: 'Service proved for 1 party.', evidence: [{ kind: 'serviceAttempt', id: 61 }, { kind: 'serviceAttempt', id: 63 }] });
  });
});

describe('a pack without a deadlines section', () => {
  const packless = deadlineSetupFor({ appeal: { days: 14 } });

  it('uses the federal calendar and the documented defaults, with the appeal period from appeal.days', () => {
    expect(packless.deadlines.serviceDays).toEqual(PACKLESS_DEADLINES.serviceDays);
    expect(packless.deadlines.rules.appeal).toEqual({ days: 14, unit: 'calendar', roll: 'forward' });
    expect(packless.deadlines.rules.lienWaiting).toEqual({ days: 30, unit: 'calendar', roll: 'forward' });
    // Lincoln's Birthday is the model pack's own holiday: not a closed day without the pack.
    expect(rolledComplianceDate(packless, '2027-02-12')).toEqual({ date: '2027-02-12', explanation: null });
    expect(rolledComplianceDate(MODEL_SETUP, '2027-02-12')).toEqual({ date: '2027-02-16', explanation: "2027-02-12 is Lincoln's Birthday → 2027-02-16" });
    // Federal holidays still close the office.
    expect(runPredicate('compliancePeriodElapsed', {}, violationDue('2026-07-04'), ctxOn('2026-07-06', packless)).status).toBe('missing');
    expect(runPredicate('lienWaitingPeriodElapsed', {}, demandServed({}), ctxOn('2026-11-13', packless)).status).toBe('met');
  });

  it('is built once per pack object', () => {
    const pack = { appeal: { days: 20 } };
    expect(deadlineSetupFor(pack)).toBe(deadlineSetupFor(pack));
  });
});

describe('a pack whose deadlines section leaves a rule out', () => {
  const partial = deadlineSetupFor({
    appeal: { days: 20 },
    deadlines: { rules: {}, serviceDays: { certified_mail: 5, first_class_mail: 3, personal_service: 0, posting: 3 }, observance: 'federal', holidays: [] },
  });

  it('says which rule to add instead of guessing', () => {
    const lien = runPredicate('lienWaitingPeriodElapsed', {}, demandServed({}), ctxOn('2026-11-20', partial));
    expect(lien).toMatchObject({ status: 'missing', detail: 'The jurisdiction pack sets no lien waiting period. Add "lienWaiting" to the pack\'s deadlines.rules.' });
    expect(runPredicate('hearingNoticeGiven', {}, base, ctxOn('2026-11-20', partial)).detail).toMatch(/sets no minimum hearing notice\. Add "hearingNotice"/);
    // A lien item's own `days` is enough: unit and roll default to calendar days rolled forward.
    expect(runPredicate('lienWaitingPeriodElapsed', { days: 30 }, demandServed({}), ctxOn('2026-11-20', partial)).status).toBe('met');
    // Compliance dates still roll forward (the FRCP default) and the appeal period comes from appeal.days.
    expect(rolledComplianceDate(partial, '2026-07-04').date).toBe('2026-07-06');
    expect(partial.deadlines.rules.appeal).toEqual({ days: 20, unit: 'calendar', roll: 'forward' });
  });
});

describe('deadlineFor', () => {
  it('remembers a computation per setup and answers a missing rule as a problem, not a throw', () => {
    const a = deadlineFor(MODEL_SETUP, 'serviceCompletion', '2026-10-06', 'certified_mail');
    expect(deadlineFor(MODEL_SETUP, 'serviceCompletion', '2026-10-06', 'certified_mail')).toBe(a);
    expect(a).toEqual({ ok: true, result: expect.objectContaining({ date: '2026-10-13', explanation: expect.stringMatching(/2026-10-11 \(Sunday\) → rolled to 2026-10-13/) }) });
    expect(deadlineFor(MODEL_SETUP, 'lienWaiting', '2026-10-13', undefined, 45)).toMatchObject({ ok: true, result: { date: '2026-11-30' } });
  });
});
