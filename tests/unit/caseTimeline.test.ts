/** Case notes and the case timeline: every dated fact in order, linked to its evidence, filterable by kind. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas, migrate } from '../../electron/db/open';
import { listAudit } from '../../electron/services/audit';
import { addViolation, createCase } from '../../electron/services/cases/caseService';
import type { Clock } from '../../electron/services/clock';
import { addCaseNote, getTimeline, listCaseNotes } from '../../electron/services/search/caseNotes';
import { addCaseNoteInput } from '../../shared/searchSchemas';

const clock: Clock = { now: () => new Date('2026-11-02T15:00:00Z') };

function caseWithEvidence() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  const c = createCase(db, { property: { address: '1418 Maple Street', parcelId: '07-215-033' }, owner: { name: 'Dorothy Smith', kind: 'individual', mailingAddress: 'x' }, inspector: 'R. Peña', openedOn: '2026-10-05' }, 'clerk', clock);
  const v = addViolation(db, { caseId: c.id, codeSection: 'IPMC 304.13', description: 'Broken windows', correctiveAction: 'Replace', complianceDate: '2026-12-01' }, 'insp', clock);
  const sha = 'a'.repeat(64);
  db.prepare("INSERT INTO vault_objects VALUES (?, 10, 'image/jpeg', 'now')").run(sha);
  const photoId = Number(
    db.prepare(`INSERT INTO photos (case_id, violation_id, original_sha256, display_sha256, thumb_sha256, original_name, media_type, width, height, size_bytes, exif_taken_at, added_at, added_by)
                VALUES (?, ?, ?, ?, ?, 'IMG_1.jpg', 'image/jpeg', 10, 10, 10, '2026-10-04T09:15:00', '2026-11-02T15:00:00.000Z', 'insp')`).run(c.id, v.id, sha, sha, sha).lastInsertRowid,
  );
  const docId = Number(
    db.prepare(`INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head)
                VALUES (?, 'notice_of_violation', 'NOV-2026-000001', 'Notice of Violation', ?, 10, 1, '2026-11-03T10:00:00.000Z', 'clerk', 'h')`).run(c.id, sha).lastInsertRowid,
  );
  db.prepare(`INSERT INTO inspections (case_id, kind, inspected_on, inspector, entry_authority, created_at, created_by)
              VALUES (?, 'initial', '2026-10-04', 'R. Peña', 'public_view', 'now', 'insp')`).run(c.id);
  db.prepare(`INSERT INTO hearings (case_id, tribunal, docket_number, scheduled_at, place, hearing_officer, created_at, created_by)
              VALUES (?, 'Housing Court', 'HC-1', '2027-01-10T09:30', 'Room 2', 'J. Doe', 'now', 'clerk')`).run(c.id);
  return { db, c, v, photoId, docId };
}

describe('case notes', () => {
  it('adds notes with an audit entry, lists them in order, and refuses unknown cases', () => {
    const { db, c } = caseWithEvidence();
    const n = addCaseNote(db, { caseId: c.id, body: 'Owner called; roofer booked for Nov 10' }, 'clerk', clock);
    addCaseNote(db, { caseId: c.id, body: 'Correction: roofer booked for Nov 12' }, 'clerk', clock);
    expect(listCaseNotes(db, c.id).map((x) => x.body)).toEqual(['Owner called; roofer booked for Nov 10', 'Correction: roofer booked for Nov 12']);
    expect(n).toMatchObject({ caseId: c.id, createdBy: 'clerk', createdAt: '2026-11-02T15:00:00.000Z' });
    expect(listAudit(db, { entity: 'case_note' })).toHaveLength(2);
    expect(() => addCaseNote(db, { caseId: 999, body: 'x' }, 'clerk', clock)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(db.prepare('SELECT count(*) FROM case_notes').pluck().get()).toBe(2);
  });

  it('validates note text: required, bounded, no control characters (line breaks allowed)', () => {
    expect(addCaseNoteInput.safeParse({ caseId: 1, body: '  ' }).success).toBe(false);
    expect(addCaseNoteInput.safeParse({ caseId: 1, body: 'bell\u0007' }).success).toBe(false);
    expect(addCaseNoteInput.safeParse({ caseId: 1, body: 'x'.repeat(10001) }).success).toBe(false);
    expect(addCaseNoteInput.safeParse({ caseId: 1, body: 'line one\nline two' }).success).toBe(true);
  });
});

describe('case timeline', () => {
  it('lists every dated fact in order, each linked to its evidence', () => {
    const { db, c, v, photoId, docId } = caseWithEvidence();
    addCaseNote(db, { caseId: c.id, body: 'Owner called' }, 'clerk', clock);
    const t = getTimeline(db, { caseId: c.id });
    const facts = t.filter((e) => e.kind !== 'audit').map((e) => [e.at.slice(0, 10), e.kind, e.title]);
    expect(facts).toEqual([
      ['2026-10-04', 'inspection', 'Inspection (initial)'], // a date sorts before a time on that date
      ['2026-10-04', 'photo', 'Photo taken (camera clock)'],
      ['2026-10-05', 'case', 'Case opened'],
      ['2026-11-02', 'violation', 'Violation recorded: IPMC 304.13'],
      ['2026-11-02', 'photo', 'Photo added to the evidence vault'],
      ['2026-11-02', 'note', 'Note by clerk'],
      ['2026-11-03', 'document', 'Issued NOV-2026-000001'],
      ['2026-12-01', 'deadline', 'Compliance due: IPMC 304.13'],
      ['2027-01-10', 'hearing', 'Hearing: Housing Court'],
    ]);
    expect(t.find((e) => e.kind === 'photo')!.evidence).toEqual({ photoId, violationId: v.id });
    expect(t.find((e) => e.kind === 'document')!.evidence).toEqual({ documentId: docId });
    const audit = t.filter((e) => e.kind === 'audit').map((e) => e.title);
    expect(audit).toEqual(['case.create', 'violation.create', 'case_note.add']);
    expect([...t].map((e) => e.at)).toEqual([...t].map((e) => e.at).sort());
  });

  it('filters by kind and refuses an unknown case', () => {
    const { db, c } = caseWithEvidence();
    expect(getTimeline(db, { caseId: c.id, kinds: ['deadline', 'hearing'] }).map((e) => e.kind)).toEqual(['deadline', 'hearing']);
    expect(() => getTimeline(db, { caseId: 404 })).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
