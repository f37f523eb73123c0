/** Recording why a photo's camera date is questionable: append-only, audited, refused clearly when it makes no sense. */
import { describe, expect, it } from 'vitest';
import { listPhotoDateExplanations } from '../../electron/db/queries/photos';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { getCaseDetail } from '../../electron/services/cases/caseService';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { explainPhotoDate } from '../../electron/services/evidence/photoDateExplanation';
import { importPhoto } from '../../electron/services/evidence/photoIntake';
import { evidenceHandlers } from '../../electron/services/handlers/evidence';
import { generateTestJpeg, realPhoto } from '../fixtures/makePhotos';
import { enforcementWorld } from './support/enforcementFixture';
import { TEMPLATES } from './support/inspectionsStore';

const REASON = 'camera date 2008-10-22 is 17 years before the case was opened on 2026-10-05';

async function world() {
  const w = await enforcementWorld(); // case opened 2026-10-05, clock 2026-11-02
  const deps = { db: w.db, clock: w.deps.clock, actor: 'insp' };
  const { photo: old } = await importPhoto(w.deps, { caseId: w.caseId, violationId: w.violationId }, { bytes: realPhoto('DSCN0010.jpg'), fileName: 'DSCN0010.jpg' });
  const { photo: today } = await importPhoto(
    w.deps,
    { caseId: w.caseId, violationId: w.violationId },
    { bytes: await generateTestJpeg({ width: 64, height: 48, dateTimeOriginal: '2026-10-05T09:30:00' }), fileName: 'today.jpg' },
  );
  const { photo: undated } = await importPhoto(w.deps, { caseId: w.caseId, violationId: null }, { bytes: await generateTestJpeg({ width: 64, height: 48 }), fileName: 'undated.jpg' });
  return { w, deps, old, today, undated };
}

describe('explainPhotoDate', () => {
  it('flags the 2008 photo on import, and the newest explanation supersedes while the history, the photo row and the audit chain stay', async () => {
    const { w, deps, old, today, undated } = await world();
    expect(old.cameraDateFlag).toEqual({ reason: REASON, explanation: null });
    expect(today.cameraDateFlag).toBeNull();
    expect(undated.cameraDateFlag).toBeNull();
    const row = w.db.prepare('SELECT * FROM photos WHERE id = ?').get(old.id);

    expect(explainPhotoDate(deps, { photoId: old.id, explanation: '  First guess  ' }).cameraDateFlag).toEqual({ reason: REASON, explanation: 'First guess' });
    const after = explainPhotoDate(deps, { photoId: old.id, explanation: 'Camera clock never set; taken at the 2026-10-05 inspection.' });
    expect(after.cameraDateFlag).toEqual({ reason: REASON, explanation: 'Camera clock never set; taken at the 2026-10-05 inspection.' });

    // Every consumer of the case sees the same flag.
    const detail = getCaseDetail(w.db, w.caseId);
    expect(detail.violations[0]!.photos.map((p) => p.cameraDateFlag?.explanation ?? null)).toEqual(['Camera clock never set; taken at the 2026-10-05 inspection.', null]);
    expect(listPhotoDateExplanations(w.db, old.id).map((e) => [e.explanation, e.recordedBy])).toEqual([
      ['First guess', 'insp'],
      ['Camera clock never set; taken at the 2026-10-05 inspection.', 'insp'],
    ]);
    expect(w.db.prepare('SELECT * FROM photos WHERE id = ?').get(old.id)).toEqual(row);
    const audit = listAudit(w.db, { entity: 'photo', entityId: String(old.id) }).filter((e) => e.action === 'photo.explainDate');
    expect(audit).toHaveLength(2);
    expect(audit[0]!.details).toMatchObject({ explanation: 'Camera clock never set; taken at the 2026-10-05 inspection.', reason: REASON, sha256: old.originalSha256 });
    expect(verifyAuditChain(w.db).ok).toBe(true);
  });

  it('refuses a blank or too-long explanation, an unknown photo and a photo with nothing to explain, writing nothing', async () => {
    const { w, deps, old, today, undated } = await world();
    const seq = () => w.db.prepare('SELECT max(seq) FROM audit_log').pluck().get();
    const before = seq();
    const refused = (photoId: number, explanation: string) => {
      try {
        explainPhotoDate(deps, { photoId, explanation });
      } catch (err) {
        return { code: (err as { code: string }).code, message: (err as Error).message };
      }
      throw new Error('not refused');
    };
    expect(refused(old.id, '   ')).toEqual({ code: 'VALIDATION', message: expect.stringMatching(/^The explanation is blank\. Say why the camera date/) });
    expect(refused(old.id, 'x'.repeat(301))).toEqual({ code: 'VALIDATION', message: 'The explanation is 301 characters; at most 300 fit under the photo on the notice. Shorten it.' });
    expect(refused(999, 'Clock never set')).toEqual({ code: 'NOT_FOUND', message: 'Photo 999 does not exist. It may belong to another data folder.' });
    expect(refused(today.id, 'Nothing wrong')).toEqual({ code: 'VALIDATION', message: `Photo ${today.id}'s camera date is within the case's dates, so there is nothing to explain.` });
    expect(refused(undated.id, 'No date')).toEqual({ code: 'VALIDATION', message: `Photo ${undated.id} carries no camera date, so there is no date to explain.` });
    expect(w.db.prepare('SELECT count(*) FROM photo_date_explanations').pluck().get()).toBe(0);
    expect(seq()).toBe(before);
  });

  it('validates through the contract like every transport (blank, too long, not an id)', async () => {
    const { w, old } = await world();
    const handlers = evidenceHandlers({ db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', pack: { pack: w.pack, notice: null } as never, dataDir: '', templatesDir: TEMPLATES, fontsDir: '' }) as Handlers;
    const ctx = { actor: 'clerk', progress: () => undefined };
    await expect(dispatch(handlers, 'explainPhotoDate', { photoId: old.id, explanation: ' ' }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/explanation.*is required/) } });
    await expect(dispatch(handlers, 'explainPhotoDate', { photoId: old.id, explanation: 'y'.repeat(301) }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/at most 300 characters/) } });
    await expect(dispatch(handlers, 'explainPhotoDate', { photoId: 0, explanation: 'ok' }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expect(dispatch(handlers, 'explainPhotoDate', { photoId: old.id, explanation: 'Clock never set' }, ctx)).resolves.toMatchObject({
      ok: true,
      value: { id: old.id, cameraDateFlag: { reason: REASON, explanation: 'Clock never set' } },
    });
  });
});
