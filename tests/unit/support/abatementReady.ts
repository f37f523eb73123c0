/**
 * Makes the enforcement fixture's case satisfy the model pack's "Abate at the owner's cost"
 * checklist through the public services, as a clerk would: the owner researched at the recorder,
 * the notice served by certified mail with its green card (service complete well before today),
 * and a reinspection after the compliance date, from public view, finding the weeds still there.
 * The demand for payment bills that abatement, so its gate needs exactly this.
 */
import { createInspection, recordFindings } from '../../../electron/services/inspections/inspectionService';
import { addServiceAttempt } from '../../../electron/services/enforcement/serviceOfNotice';
import { addOwnershipFinding } from '../../../electron/services/parties/ownershipService';
import { file, PDF_BYTES, type EnforcementWorld } from './enforcementFixture';

/** The fixture's notice was issued 2026-10-06 with a compliance date of 2026-10-20; its clock reads 2026-11-02. */
export async function makeAbatementReady(w: EnforcementWorld): Promise<void> {
  const { db, vault, clock, actor } = w.deps;
  await addOwnershipFinding({ db, vault, clock, actor }, { caseId: w.caseId, source: 'recorder_deed', performedOn: '2026-10-05', finding: 'Deed book 123 page 45', partyId: w.ownerId }, []);
  await addServiceAttempt(w.deps, {
    documentId: w.documentId, partyId: w.ownerId, method: 'certified_mail', trackingNumber: '9407 1000 0000 0000 0000 02',
    attemptedOn: '2026-10-07', server: 'Clerk J. Ortiz', outcome: 'delivered', notes: '', proofs: [file('notice green card.pdf', PDF_BYTES)],
  });
  const reinspection = createInspection({ db, clock, actor }, { caseId: w.caseId, kind: 'reinspection', inspectedOn: '2026-10-22', inspector: 'R. Peña', entryAuthority: 'public_view', notes: '' });
  recordFindings({ db, clock, actor }, { inspectionId: reinspection.id, findings: [{ violationId: w.violationId, finding: 'present', note: 'Weeds over a foot tall' }], applyCorrections: true });
}

/** The abatement step's blocking items the fixture's case lacks until `makeAbatementReady` (its notice is already issued). */
export const ABATEMENT_GAPS = [
  'Owner of record verified recently',
  'Notice served on the owner by an allowed method, with proof',
  'Reinspection after the deadline shows the violation',
  'Entry authority recorded for every inspection',
] as const;
