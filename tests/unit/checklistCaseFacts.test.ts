/** CaseFacts built from a real store populated through the services, then evaluated with the shipped pack. */
import { describe, expect, it } from 'vitest';
import { buildCaseFacts } from '../../electron/services/checklists/caseFacts';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { checklistsHandlers } from '../../electron/services/handlers/checklists';
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { addServiceAttempt } from '../../electron/services/enforcement/serviceOfNotice';
import { explainPhotoDate } from '../../electron/services/evidence/photoDateExplanation';
import { importPhoto } from '../../electron/services/evidence/photoIntake';
import { createInspection, linkPhotoToInspection, recordFindings } from '../../electron/services/inspections/inspectionService';
import { loadPack } from '../../electron/services/packs/loadPack';
import { ctxOn } from './support/checklistFacts';
import { addOwnershipFinding } from '../../electron/services/parties/ownershipService';
import { addParty } from '../../electron/services/parties/partyService';
import { updateProperty } from '../../electron/services/parties/propertyService';
import { evaluateChecklist } from '../../shared/checklists/evaluate';
import { createInspectionInput, recordFindingsInput } from '../../shared/inspectionsSchemas';
import { addPartyInput, updatePropertyInput } from '../../shared/partiesSchemas';
import { realPhoto } from '../fixtures/makePhotos';
import { enforcementWorld, file, PDF_BYTES } from './support/enforcementFixture';
import { citeUngated } from './support/citationFixture';
import { TEMPLATES } from './support/inspectionsStore';

describe('buildCaseFacts', () => {
  it('reads every aggregate the predicates need from the store', async () => {
    const earlier = await enforcementWorld();
    const w = await enforcementWorld({ db: earlier.db }); // same parcel: the earlier case is prior history
    const deps = { db: w.db, clock: w.deps.clock, actor: 'insp' };
    await addOwnershipFinding({ ...w.deps }, { caseId: w.caseId, source: 'assessor', performedOn: '2026-10-06', finding: 'Owner per assessor roll', partyId: w.ownerId }, []);
    await addOwnershipFinding({ ...w.deps }, { caseId: w.caseId, source: 'probate', performedOn: '2026-10-07', finding: 'Possible heir', partyId: null }, []);
    const { photo } = await importPhoto({ ...w.deps }, { caseId: w.caseId, violationId: w.violationId }, { bytes: realPhoto('DSCN0010.jpg'), fileName: 'DSCN0010.jpg' });
    const insp = createInspection(deps, createInspectionInput.parse({ caseId: w.caseId, kind: 'reinspection', inspectedOn: '2026-10-25', inspector: 'R. Peña', entryAuthority: 'consent', consentGivenBy: 'Tenant J. Doe' }));
    recordFindings(deps, recordFindingsInput.parse({ inspectionId: insp.id, findings: [{ violationId: w.violationId, finding: 'present' }] }));
    linkPhotoToInspection(deps, { inspectionId: insp.id, photoId: photo.id });
    const attempt = await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, method: 'certified_mail', trackingNumber: '9407 1', attemptedOn: '2026-10-07', server: 'Clerk', outcome: 'delivered', notes: '', proofs: [file('card.pdf', PDF_BYTES)] });
    await citeUngated(earlier, { caseId: earlier.caseId, violationIds: [earlier.violationId], severity: 'minor', issuedOn: '2026-10-10' });
    const citation = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-10-26' });
    const cost = await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 50000, entryDate: '2026-10-28', description: 'Mowing', contractor: 'Green Lawn Co.', invoice: file('invoice.pdf', PDF_BYTES) });
    const propertyId = w.db.prepare('SELECT property_id FROM cases WHERE id = ?').pluck().get(w.caseId) as number;
    updateProperty(w.db, updatePropertyInput.parse({ propertyId, occupancy: 'tenant_occupied' }), 'clerk', w.deps.clock);

    const facts = buildCaseFacts(w.db, w.caseId);
    expect(facts).toMatchObject({ caseId: w.caseId, openedOn: '2026-10-05', property: { occupancy: 'tenant_occupied' }, owner: { partyId: w.ownerId, kind: 'individual' } });
    expect(facts.ownershipFindings.map((f) => [f.source, f.performedOn, f.identifiesOwner])).toEqual([
      ['assessor', '2026-10-06', true],
      ['probate', '2026-10-07', false],
    ]);
    expect(facts.violations).toEqual([{ id: w.violationId, status: 'open', complianceDate: '2026-10-20', codeSection: '302.4', codeSectionId: null }]);
    // DSCN0010.jpg was taken in 2008: dated, but flagged on this 2026 case until someone explains it.
    const flagged = { reason: 'camera date 2008-10-22 is 17 years before the case was opened on 2026-10-05', explanation: null };
    expect(facts.photos).toEqual([{ id: photo.id, violationId: w.violationId, exifTakenAt: '2008-10-22T16:28:39', inspectionId: insp.id, cameraDateFlag: flagged }]);
    const { checklists: shipped } = await loadPack(TEMPLATES, 'model-ipmc');
    const unexplained = evaluateChecklist(shipped!, 'refer_to_law', facts, ctxOn('2026-11-02')).items.find((i) => i.id === 'dated-photos')!;
    expect(unexplained).toMatchObject({ status: 'missing', detail: `No dated photo of 302.4 (#${w.violationId}). Photo ${photo.id}'s ${flagged.reason}; record an explanation or add a photo taken now.` });
    explainPhotoDate(deps, { photoId: photo.id, explanation: 'Old camera, clock never set; photographed at the reinspection.' });
    expect(facts.inspections).toEqual([
      { id: insp.id, kind: 'reinspection', inspectedOn: '2026-10-25', entryAuthority: 'consent', consentGivenBy: 'Tenant J. Doe', warrantNumber: null, findings: [{ violationId: w.violationId, finding: 'present' }] },
    ]);
    expect(facts.notices).toEqual([{ id: w.documentId, number: expect.stringMatching(/^NOV-2026-/), issuedOn: '2026-10-06', violationIds: [w.violationId], inferred: false }]);
    expect(facts.serviceAttempts).toEqual([{ id: attempt.id, documentId: w.documentId, partyId: w.ownerId, method: 'certified_mail', attemptedOn: '2026-10-07', outcome: 'delivered', proofCount: 1 }]);
    expect(facts.citations).toEqual([{ id: citation.id, number: citation.number, issuedOn: '2026-10-26', status: 'issued', offenseNumber: 2 }]);
    expect(facts.ledger.find((e) => e.id === cost.id)).toEqual({ id: cost.id, kind: 'abatement', deltaCents: 50000, entryDate: '2026-10-28', hasInvoice: true, contractor: 'Green Lawn Co.', reversed: false });
    expect(facts.ledger.some((e) => e.kind === 'fine')).toBe(true);
    expect(facts.priorCases).toEqual([{ caseId: earlier.caseId, caseNumber: expect.any(String), openedOn: '2026-10-05', noticeCount: 1, citationCount: 1 }]);
    expect(buildCaseFacts(w.db, earlier.caseId).priorCases).toEqual([]);

    // The shipped pack over this real record: owner verified, dated photo, entry authority, service proved.
    const e = evaluateChecklist(shipped!, 'refer_to_law', buildCaseFacts(w.db, w.caseId), ctxOn('2026-11-02'));
    const byId = Object.fromEntries(e.items.map((i) => [i.id, i]));
    expect(byId['owner-verified']!.status).toBe('met');
    expect(byId['dated-photos']).toMatchObject({ status: 'met', detail: 'Every violation has a dated photo (1 camera date explained).' });
    expect(byId['entry-authority']!.status).toBe('met');
    expect(byId['service-proved']!.status).toBe('met');
    expect(byId['reinspection-shows-violation']!.status).toBe('met');
    expect(byId['tenants-served']).toMatchObject({ applies: true, status: 'missing' });
    // Offense 2 is backed by the earlier case's citation.
    expect(byId['prior-history']).toMatchObject({ status: 'met', detail: '1 earlier case with 1 notice and 1 citation on record.' });

    addParty(w.db, addPartyInput.parse({ caseId: w.caseId, role: 'tenant', party: { name: 'J. Doe', kind: 'individual', mailingAddress: '1418 Maple Street, Apt 2' } }), 'clerk', w.deps.clock);
    expect(buildCaseFacts(w.db, w.caseId).parties.map((p) => p.role).sort()).toEqual(['owner_of_record', 'tenant']);
  });

  it('refuses an unknown case', async () => {
    const w = await enforcementWorld();
    expect(() => buildCaseFacts(w.db, 999)).toThrow(/Case 999 does not exist/);
  });

  it('answers NOT_FOUND through the handler when the pack has no checklists.json', async () => {
    const w = await enforcementWorld();
    const loaded = await loadPack(TEMPLATES, 'model-ipmc');
    const base = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', dataDir: '', templatesDir: TEMPLATES, fontsDir: '' };
    const ctx = { actor: 'clerk', progress: () => undefined };
    const without = checklistsHandlers({ ...base, pack: { pack: loaded.pack, notice: loaded.notice } }) as Handlers;
    await expect(dispatch(without, 'evaluateChecklist', { caseId: w.caseId, step: 'abatement' }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/has no checklists\.json/) } });
    const withLists = checklistsHandlers({ ...base, pack: loaded }) as Handlers;
    await expect(dispatch(withLists, 'evaluateChecklist', { caseId: w.caseId, step: 'abatement' }, ctx)).resolves.toMatchObject({ ok: true, value: { step: 'abatement', caseId: w.caseId } });
    await expect(dispatch(withLists, 'evaluateChecklist', { caseId: w.caseId, step: 'foreclose' }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
