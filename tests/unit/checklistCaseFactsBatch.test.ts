/** The batch builder (one read per table for many cases) agrees with buildCaseFacts case by case. */
import { describe, expect, it } from 'vitest';
import { buildCaseFacts } from '../../electron/services/checklists/caseFacts';
import { buildCaseFactsForCases } from '../../electron/services/checklists/caseFactsBatch';
import { addHearing, continueHearing } from '../../electron/services/enforcement/hearings';
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { addServiceAttempt } from '../../electron/services/enforcement/serviceOfNotice';
import { explainPhotoDate } from '../../electron/services/evidence/photoDateExplanation';
import { importPhoto } from '../../electron/services/evidence/photoIntake';
import { createInspection, linkPhotoToInspection, recordFindings } from '../../electron/services/inspections/inspectionService';
import { addOwnershipFinding } from '../../electron/services/parties/ownershipService';
import { addParty } from '../../electron/services/parties/partyService';
import { addHearingInput } from '../../shared/enforcementSchemas';
import { createInspectionInput, recordFindingsInput } from '../../shared/inspectionsSchemas';
import { addPartyInput } from '../../shared/partiesSchemas';
import { generateTestJpeg, realPhoto } from '../fixtures/makePhotos';
import { enforcementWorld, file, PDF_BYTES } from './support/enforcementFixture';
import { citeUngated } from './support/citationFixture';

async function populatedStore() {
  const earlier = await enforcementWorld();
  const w = await enforcementWorld({ db: earlier.db }); // same parcel: prior history
  const other = await enforcementWorld({ db: earlier.db, parcelId: '99-000-001' }); // a bare case elsewhere
  const closed = await enforcementWorld({ db: earlier.db, parcelId: '99-000-002' });
  const deps = { db: w.db, clock: w.deps.clock, actor: 'insp' };
  await addOwnershipFinding({ ...w.deps }, { caseId: w.caseId, source: 'assessor', performedOn: '2026-10-06', finding: 'Owner per roll', partyId: w.ownerId }, []);
  const { photo } = await importPhoto({ ...w.deps }, { caseId: w.caseId, violationId: w.violationId }, { bytes: realPhoto('DSCN0010.jpg'), fileName: 'DSCN0010.jpg' });
  const insp = createInspection(deps, createInspectionInput.parse({ caseId: w.caseId, kind: 'reinspection', inspectedOn: '2026-10-25', inspector: 'R. Peña', entryAuthority: 'consent', consentGivenBy: 'Tenant' }));
  recordFindings(deps, recordFindingsInput.parse({ inspectionId: insp.id, findings: [{ violationId: w.violationId, finding: 'present' }] }));
  // A corrected finding: only the later row is current.
  recordFindings(deps, recordFindingsInput.parse({ inspectionId: insp.id, findings: [{ violationId: w.violationId, finding: 'corrected' }] }));
  linkPhotoToInspection(deps, { inspectionId: insp.id, photoId: photo.id });
  // Camera dates: DSCN0010.jpg (2008) is flagged, then explained twice (the newest counts); a second
  // 2008 photo stays unexplained; a photo of the case's own day is not flagged.
  explainPhotoDate(deps, { photoId: photo.id, explanation: 'First try' });
  explainPhotoDate(deps, { photoId: photo.id, explanation: 'Camera clock never set; taken at the reinspection' });
  await importPhoto({ ...w.deps }, { caseId: w.caseId, violationId: w.violationId }, { bytes: realPhoto('Canon_40D.jpg'), fileName: 'Canon_40D.jpg' });
  await importPhoto({ ...other.deps }, { caseId: other.caseId, violationId: other.violationId }, { bytes: await generateTestJpeg({ width: 64, height: 48, dateTimeOriginal: '2026-10-05T09:00:00' }), fileName: 'today.jpg' });
  await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, method: 'certified_mail', trackingNumber: '9407 1', attemptedOn: '2026-10-07', server: 'Clerk', outcome: 'delivered', notes: '', proofs: [file('card.pdf', PDF_BYTES)] });
  await addServiceAttempt(other.deps, { documentId: other.documentId, partyId: other.ownerId, method: 'posting', trackingNumber: '', attemptedOn: '2026-10-08', server: 'Clerk', outcome: 'refused', notes: '', proofs: [] });
  await citeUngated(earlier, { caseId: earlier.caseId, violationIds: [earlier.violationId], severity: 'minor', issuedOn: '2026-10-10' });
  const citation = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-10-26' });
  const hearing = addHearing(w.deps, addHearingInput.parse({ caseId: w.caseId, citationId: citation.id, tribunal: 'Board', docketNumber: 'D-1', scheduledAt: '2026-11-20T09:00', place: 'City Hall' }));
  continueHearing(w.deps, { hearingId: hearing.id, newAt: '2026-12-04T09:00', reason: 'Owner asked' });
  await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 50000, entryDate: '2026-10-28', description: 'Mowing', contractor: 'Green Lawn Co.', invoice: file('invoice.pdf', PDF_BYTES) });
  addParty(w.db, addPartyInput.parse({ caseId: w.caseId, role: 'tenant', party: { name: 'J. Doe', kind: 'individual', mailingAddress: '1418 Maple Street, Apt 2' } }), 'clerk', w.deps.clock);
  // No service closes a case yet (closed cases arrive by CSV import); set the status directly.
  w.db.prepare("UPDATE cases SET status = 'closed' WHERE id = ?").run(closed.caseId);
  return { db: w.db, ids: { earlier: earlier.caseId, w: w.caseId, other: other.caseId, closed: closed.caseId } };
}

describe('buildCaseFactsForCases', () => {
  it('gives the same CaseFacts as buildCaseFacts for every open case, and skips closed ones', async () => {
    const { db, ids } = await populatedStore();
    const batch = buildCaseFactsForCases(db, 'allOpen');
    expect(batch.map((f) => f.caseId)).toEqual([ids.earlier, ids.w, ids.other]);
    for (const facts of batch) expect(facts).toEqual(buildCaseFacts(db, facts.caseId));
    const rich = batch.find((f) => f.caseId === ids.w)!;
    // The populated case really exercises every aggregate (so equality is not between empty lists).
    expect(rich.hearings).toEqual([expect.objectContaining({ scheduledAt: '2026-12-04T09:00', outcome: null })]);
    expect(rich.serviceAttempts[0]!.proofCount).toBe(1);
    expect(batch.find((f) => f.caseId === ids.other)!.serviceAttempts[0]!.proofCount).toBe(0);
    expect(rich.inspections[0]!.findings).toEqual([{ violationId: expect.any(Number), finding: 'corrected' }]);
    expect(rich.priorCases.map((p) => p.caseId)).toEqual([ids.earlier]);
    expect(rich.parties).toHaveLength(2);
    expect(rich.photos.map((p) => p.cameraDateFlag)).toEqual([
      { reason: 'camera date 2008-10-22 is 17 years before the case was opened on 2026-10-05', explanation: 'Camera clock never set; taken at the reinspection' },
      { reason: 'camera date 2008-05-30 is 18 years before the case was opened on 2026-10-05', explanation: null },
    ]);
    expect(batch.find((f) => f.caseId === ids.other)!.photos).toEqual([expect.objectContaining({ exifTakenAt: '2026-10-05T09:00:00', cameraDateFlag: null })]);
    expect(rich.notices).toEqual([expect.objectContaining({ violationIds: [expect.any(Number)], inferred: false })]);
  });

  it('builds explicit ids (closed included), skips unknown ids and answers [] for none', async () => {
    const { db, ids } = await populatedStore();
    const batch = buildCaseFactsForCases(db, [ids.closed, ids.w, 999]);
    expect(batch.map((f) => f.caseId)).toEqual([ids.w, ids.closed]);
    for (const facts of batch) expect(facts).toEqual(buildCaseFacts(db, facts.caseId));
    expect(buildCaseFactsForCases(db, [])).toEqual([]);
  });
});
