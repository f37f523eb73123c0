import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getViolation } from '../../electron/db/queries/violations';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { createCase } from '../../electron/services/cases/caseService';
import { importPhoto } from '../../electron/services/evidence/photoIntake';
import { createInspection, linkPhotoToInspection, listInspections, recordFindings } from '../../electron/services/inspections/inspectionService';
import { listViolationEvents, setViolationStatus } from '../../electron/services/inspections/violationLifecycle';
import { openVault } from '../../electron/services/vault/vault';
import { createInspectionInput, recordFindingsInput, setViolationStatusInput } from '../../shared/inspectionsSchemas';
import { realPhoto } from '../fixtures/makePhotos';
import { clock, seedCaseWithViolations, store } from './support/inspectionsStore';

const deps = (db: ReturnType<typeof store>) => ({ db, clock, actor: 'insp' });
const status = (db: ReturnType<typeof store>, id: number) => getViolation(db, id)!.status;

const initial = (caseId: number) =>
  createInspectionInput.parse({ caseId, kind: 'initial', inspectedOn: '2026-10-05', inspector: 'R. Peña', entryAuthority: 'public_view' });

describe('violation lifecycle', () => {
  it('records each allowed transition as an event, updates the status and audits it', () => {
    const db = store();
    const { violations } = seedCaseWithViolations(db, 1);
    const v = violations[0]!;
    setViolationStatus(deps(db), setViolationStatusInput.parse({ violationId: v.id, status: 'referred', effectiveOn: '2026-10-20', note: 'Sent to law' }));
    setViolationStatus(deps(db), setViolationStatusInput.parse({ violationId: v.id, status: 'abated', effectiveOn: '2026-10-30' }));
    expect(getViolation(db, v.id)).toMatchObject({ status: 'abated', statusOn: '2026-10-30' });
    expect(listViolationEvents(db, v.id).map((e) => [e.fromStatus, e.toStatus, e.effectiveOn, e.recordedBy])).toEqual([
      ['open', 'referred', '2026-10-20', 'insp'],
      ['referred', 'abated', '2026-10-30', 'insp'],
    ]);
    expect(listAudit(db, { entity: 'violation', entityId: String(v.id) }).map((e) => e.action)).toEqual(['violation.status', 'violation.status', 'violation.create']);
    expect(() => db.prepare('UPDATE violation_events SET note = ?').run('x')).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM violation_events').run()).toThrow(/append-only/);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('refuses moves out of a final state, to the same state, and out of order or future dates, writing nothing', () => {
    const db = store();
    const { violations } = seedCaseWithViolations(db, 2);
    const [a, b] = violations as [(typeof violations)[0], (typeof violations)[0]];
    const set = (violationId: number, s: string, effectiveOn: string) =>
      setViolationStatus(deps(db), setViolationStatusInput.parse({ violationId, status: s, effectiveOn }));
    set(a.id, 'dismissed', '2026-10-10');
    const before = listAudit(db).length;
    expect(() => set(a.id, 'open', '2026-10-11')).toThrow(/dismissed, which is final/);
    expect(() => set(b.id, 'open', '2026-10-11')).toThrow(/already open/);
    set(b.id, 'corrected', '2026-10-20');
    expect(() => set(b.id, 'abated', '2026-10-21')).toThrow(/is corrected; it can only become open/);
    expect(() => set(b.id, 'open', '2026-10-19')).toThrow(/before the violation's last status change \(2026-10-20\)/);
    expect(() => set(b.id, 'open', '2026-12-19')).toThrow(/in the future/);
    expect(() => set(b.id, 'open', '2026-09-01')).toThrow(/before the case was opened/);
    expect(() => set(999, 'open', '2026-10-22')).toThrow(/Violation 999 does not exist/);
    expect(setViolationStatusInput.safeParse({ violationId: b.id, status: 'closed', effectiveOn: '2026-02-30' }).success).toBe(false);
    expect(listAudit(db).length).toBe(before + 1);
    expect(status(db, b.id)).toBe('corrected');
  });
});

describe('inspections', () => {
  it('requires the consenting person or the warrant number for the entry authority', () => {
    const base = { caseId: 1, kind: 'complaint', inspectedOn: '2026-10-05', inspector: 'R. Peña' };
    const consent = createInspectionInput.safeParse({ ...base, entryAuthority: 'consent' });
    expect(consent.error!.issues[0]).toMatchObject({ path: ['consentGivenBy'], message: expect.stringMatching(/needs the name/) });
    const warrant = createInspectionInput.safeParse({ ...base, entryAuthority: 'administrative_warrant', warrantNumber: '   ' });
    expect(warrant.error!.issues[0]).toMatchObject({ path: ['warrantNumber'], message: expect.stringMatching(/warrant number/) });
    expect(createInspectionInput.safeParse({ ...base, kind: 'drive-by', entryAuthority: 'public_view' }).success).toBe(false);
    expect(createInspectionInput.safeParse({ ...base, inspectedOn: '2026-13-01', entryAuthority: 'public_view' }).success).toBe(false);
  });

  it('creates inspections (newest first), keeping only the field the entry authority calls for', () => {
    const db = store();
    const { caseId } = seedCaseWithViolations(db, 1);
    createInspection(deps(db), initial(caseId));
    const w = createInspection(
      deps(db),
      createInspectionInput.parse({ caseId, kind: 'reinspection', inspectedOn: '2026-10-25', inspector: 'R. Peña', entryAuthority: 'administrative_warrant', warrantNumber: 'AW-2026-17', consentGivenBy: 'stray' }),
    );
    expect(w).toMatchObject({ entryAuthority: 'administrative_warrant', warrantNumber: 'AW-2026-17', consentGivenBy: null, findings: [], photoIds: [] });
    expect(listInspections(db, caseId).map((i) => i.kind)).toEqual(['reinspection', 'initial']);
    expect(() => createInspection(deps(db), { ...initial(caseId), inspectedOn: '2027-01-01' })).toThrow(/in the future/);
    expect(() => createInspection(deps(db), initial(999))).toThrow(/Case 999 does not exist/);
    expect(() => db.prepare("UPDATE inspections SET inspector = 'x'").run()).toThrow(/cannot be changed/);
  });

  it('records findings; a corrected finding at a reinspection moves the violation to corrected through the lifecycle', () => {
    const db = store();
    const { caseId, violations } = seedCaseWithViolations(db, 2);
    const [a, b] = violations as [(typeof violations)[0], (typeof violations)[0]];
    const first = createInspection(deps(db), initial(caseId));
    recordFindings(deps(db), recordFindingsInput.parse({ inspectionId: first.id, findings: [{ violationId: a.id, finding: 'present' }, { violationId: b.id, finding: 'present' }] }));
    const re = createInspection(deps(db), { ...initial(caseId), kind: 'reinspection', inspectedOn: '2026-10-28' });
    const result = recordFindings(
      deps(db),
      recordFindingsInput.parse({ inspectionId: re.id, findings: [{ violationId: a.id, finding: 'corrected', note: 'New glass' }, { violationId: b.id, finding: 'present' }] }),
    );
    expect(result.statusChanges).toHaveLength(1);
    expect(result.statusChanges[0]).toMatchObject({ violationId: a.id, fromStatus: 'open', toStatus: 'corrected', effectiveOn: '2026-10-28', inspectionId: re.id });
    expect([status(db, a.id), status(db, b.id)]).toEqual(['corrected', 'open']);
    expect(result.inspection.findings.map((f) => [f.violationId, f.finding, f.note])).toEqual([
      [a.id, 'corrected', 'New glass'],
      [b.id, 'present', ''],
    ]);
  });

  it('corrects a finding with a superseding row, never an update; the same finding again writes nothing', () => {
    const db = store();
    const { caseId, violations } = seedCaseWithViolations(db, 1);
    const v = violations[0]!;
    const insp = createInspection(deps(db), initial(caseId));
    const input = (finding: string, applyCorrections = true) => recordFindingsInput.parse({ inspectionId: insp.id, findings: [{ violationId: v.id, finding }], applyCorrections });
    recordFindings(deps(db), input('not_observed'));
    const auditCount = listAudit(db).length;
    recordFindings(deps(db), input('not_observed'));
    expect(listAudit(db)).toHaveLength(auditCount);
    const r = recordFindings(deps(db), input('present', false));
    expect(r.inspection.findings).toHaveLength(1);
    expect(r.inspection.findings[0]).toMatchObject({ finding: 'present', supersedesId: expect.any(Number) });
    expect(db.prepare('SELECT count(*) FROM inspection_findings').pluck().get()).toBe(2);
    expect(listAudit(db)[0]).toMatchObject({ action: 'inspection.finding.correct', details: { supersedes: { finding: 'not_observed' } } });
    expect(() => db.prepare("UPDATE inspection_findings SET finding = 'corrected'").run()).toThrow(/append-only/);
  });

  it('refuses findings for another case, listed twice, or that would break the status date order, writing nothing', () => {
    const db = store();
    const { caseId, violations } = seedCaseWithViolations(db, 1);
    const other = seedCaseWithViolations(db, 1); // same parcel and address, second case
    const v = violations[0]!;
    const insp = createInspection(deps(db), initial(caseId));
    const before = listAudit(db).length;
    expect(() =>
      recordFindings(deps(db), recordFindingsInput.parse({ inspectionId: insp.id, findings: [{ violationId: v.id, finding: 'present' }, { violationId: other.violations[0]!.id, finding: 'present' }] })),
    ).toThrow(/belongs to another case/);
    expect(() =>
      recordFindings(deps(db), recordFindingsInput.parse({ inspectionId: insp.id, findings: [{ violationId: v.id, finding: 'present' }, { violationId: v.id, finding: 'corrected' }] })),
    ).toThrow(/listed twice/);
    setViolationStatus(deps(db), setViolationStatusInput.parse({ violationId: v.id, status: 'referred', effectiveOn: '2026-10-20' }));
    expect(() => recordFindings(deps(db), recordFindingsInput.parse({ inspectionId: insp.id, findings: [{ violationId: v.id, finding: 'corrected' }] }))).toThrow(
      /before the violation's last status change/,
    );
    expect(listAudit(db).length).toBe(before + 1);
    expect(db.prepare('SELECT count(*) FROM inspection_findings').pluck().get()).toBe(0);
    expect(recordFindingsInput.safeParse({ inspectionId: insp.id, findings: [] }).success).toBe(false);
    expect(() => recordFindings(deps(db), recordFindingsInput.parse({ inspectionId: 999, findings: [{ violationId: v.id, finding: 'present' }] }))).toThrow(/Inspection 999 does not exist/);
  });

  it('links photos of the same case to one inspection', async () => {
    const db = store();
    const vault = await openVault(mkdtempSync(path.join(os.tmpdir(), 'cr-insp-vault-')));
    const { caseId } = seedCaseWithViolations(db, 1);
    const { photo } = await importPhoto({ db, vault, clock, actor: 'insp' }, { caseId, violationId: null }, { bytes: realPhoto('DSCN0010.jpg'), fileName: 'DSCN0010.jpg' });
    const a = createInspection(deps(db), initial(caseId));
    const b = createInspection(deps(db), { ...initial(caseId), kind: 'reinspection', inspectedOn: '2026-10-20' });
    expect(linkPhotoToInspection(deps(db), { inspectionId: a.id, photoId: photo.id }).photoIds).toEqual([photo.id]);
    expect(linkPhotoToInspection(deps(db), { inspectionId: a.id, photoId: photo.id }).photoIds).toEqual([photo.id]);
    expect(() => linkPhotoToInspection(deps(db), { inspectionId: b.id, photoId: photo.id })).toThrow(/already recorded as taken at inspection/);
    const other = createCase(
      db,
      { property: { address: '9 Elm St', parcelId: 'X-1' }, owner: { name: 'Q', kind: 'individual', mailingAddress: '9 Elm St' }, inspector: 'R', openedOn: '2026-10-01' },
      'clerk',
      clock,
    );
    const c = createInspection(deps(db), initial(other.id));
    expect(() => linkPhotoToInspection(deps(db), { inspectionId: c.id, photoId: photo.id })).toThrow(/belongs to another case/);
    expect(() => linkPhotoToInspection(deps(db), { inspectionId: a.id, photoId: 999 })).toThrow(/Photo 999 does not exist/);
    expect(() => db.prepare('DELETE FROM inspection_photos').run()).toThrow(/cannot be removed/);
  });
});
