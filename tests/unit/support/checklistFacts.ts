/** Hand-built CaseFacts for the checklist tests: a case ready for every step, to be broken one fact at a time. */
import type { CaseFacts } from '../../../shared/checklists/facts';
import type { PredicateContext } from '../../../shared/checklists/predicates';
import type { DeadlineSetup } from '../../../shared/deadlines/computeDeadline';
import { deadlineSetupFor } from '../../../shared/deadlines/packSetup';

export const TODAY = '2026-11-20';

export function readyFacts(patch: Partial<CaseFacts> = {}): CaseFacts {
  return {
    caseId: 7,
    caseNumber: 'CE-2026-0007',
    openedOn: '2026-09-01',
    property: { propertyType: 'single_family', occupancy: 'owner_occupied' },
    owner: { partyId: 1, kind: 'individual' },
    parties: [{ partyId: 1, role: 'owner_of_record' }],
    ownershipFindings: [{ id: 11, source: 'recorder_deed', performedOn: '2026-10-01', identifiesOwner: true }],
    violations: [{ id: 21, status: 'open', complianceDate: '2026-10-20', codeSection: 'IPMC 302.4', codeSectionId: 3 }],
    photos: [
      { id: 31, violationId: 21, exifTakenAt: '2026-09-01T10:00:00', inspectionId: 41, cameraDateFlag: null },
      { id: 32, violationId: 21, exifTakenAt: '2026-11-02T09:00:00', inspectionId: 42, cameraDateFlag: null },
    ],
    inspections: [
      { id: 41, kind: 'initial', inspectedOn: '2026-09-01', entryAuthority: 'public_view', consentGivenBy: null, warrantNumber: null, findings: [{ violationId: 21, finding: 'present' }] },
      { id: 42, kind: 'reinspection', inspectedOn: '2026-11-02', entryAuthority: 'consent', consentGivenBy: 'D. Smith', warrantNumber: null, findings: [{ violationId: 21, finding: 'present' }] },
    ],
    notices: [{ id: 51, number: 'NOV-2026-000001', issuedOn: '2026-09-02', violationIds: [21], inferred: false }],
    demands: [],
    hearingNotices: [{ id: 53, number: 'NOH-2026-000001', issuedOn: '2026-11-05', issuedAt: '2026-11-05T15:00:00.000Z', hearingId: 81 }],
    serviceAttempts: [
      { id: 61, documentId: 51, partyId: 1, method: 'certified_mail', attemptedOn: '2026-09-03', outcome: 'delivered', proofCount: 1 },
      // The notice of hearing, mailed 11-06: complete 11-11, before the last day to serve (11-20) for the 12-02 hearing.
      { id: 64, documentId: 53, partyId: 1, method: 'certified_mail', attemptedOn: '2026-11-06', outcome: 'delivered', proofCount: 1 },
    ],
    citations: [{ id: 71, number: 'CT-2026-000001', issuedOn: '2026-11-03', status: 'issued', offenseNumber: 1 }],
    hearings: [{ id: 81, scheduledAt: '2026-12-02T09:30', outcome: null }],
    ledger: [
      { id: 91, kind: 'abatement', deltaCents: 123450, entryDate: '2026-10-01', hasInvoice: true, contractor: 'Green Lawn Co.', reversed: false },
    ],
    liens: [],
    priorCases: [],
    ...patch,
  };
}

/** The model pack's deadlines (templates/jurisdictions/model-ipmc/pack.json), as a setup for hand-built contexts. */
export const MODEL_SETUP: DeadlineSetup = deadlineSetupFor({
  appeal: { days: 20 },
  deadlines: {
    rules: {
      compliance: { days: 30, unit: 'calendar', roll: 'forward' },
      appeal: { days: 20, unit: 'calendar', roll: 'forward' },
      reinspection: { days: 5, unit: 'business', roll: 'forward' },
      hearingNotice: { days: 10, unit: 'calendar', roll: 'backward' },
      lienWaiting: { days: 30, unit: 'calendar', roll: 'forward' },
      serviceCompletion: { days: 0, unit: 'calendar', roll: 'forward' },
    },
    serviceDays: { certified_mail: 5, first_class_mail: 3, personal_service: 0, posting: 3 },
    observance: 'federal',
    holidays: [
      { name: "Lincoln's Birthday", month: 2, day: 12 },
      { name: 'Day after Thanksgiving', month: 11, weekday: 4, nth: 4, offsetDays: 1 },
    ],
  },
});

/** A predicate context on the model pack's calendar. */
export const ctxOn = (today: string, deadlines: DeadlineSetup = MODEL_SETUP): PredicateContext => ({ today, deadlines });
export const CTX = ctxOn(TODAY);
