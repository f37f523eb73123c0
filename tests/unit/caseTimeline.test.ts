/** Case notes and the case timeline: every dated fact in order, linked to its evidence, filterable by kind. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas, migrate } from '../../electron/db/open';
import { listAudit } from '../../electron/services/audit';
import { addViolation, createCase } from '../../electron/services/cases/caseService';
import type { Clock } from '../../electron/services/clock';
import { addParty, listCaseParties, logContact } from '../../electron/services/parties/partyService';
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

describe('case timeline: ownership research and the contact log', () => {
  const COMPLAINANT = 'Zelda Quietwater';

  function withResearchAndContacts() {
    const fixture = caseWithEvidence();
    const { db, c } = fixture;
    const owner = listCaseParties(db, c.id).find((p) => p.roles.includes('owner_of_record'))!;
    const complainant = addParty(db, { caseId: c.id, role: 'complainant', party: { name: COMPLAINANT, kind: 'individual' } }, 'clerk', clock);
    const deedSha = 'd'.repeat(64);
    const printoutSha = 'b'.repeat(64);
    for (const sha of [deedSha, printoutSha]) db.prepare("INSERT INTO vault_objects VALUES (?, 10, 'application/pdf', 'now')").run(sha);
    const findingId = Number(
      db.prepare(`INSERT INTO ownership_findings (case_id, source, performed_on, performed_by, finding, party_id, recorded_at, recorded_by)
                  VALUES (?, 'recorder_deed', '2026-10-20', 'M. Ortiz', 'Deed book 123 page 45 names Dorothy Smith', ?, 'now', 'clerk')`).run(c.id, owner.partyId).lastInsertRowid,
    );
    // Inserted in the opposite order of their file names: the timeline lists them by name.
    db.prepare("INSERT INTO ownership_finding_documents VALUES (?, ?, 'deed.pdf', 'application/pdf', 10)").run(findingId, deedSha);
    db.prepare("INSERT INTO ownership_finding_documents VALUES (?, ?, 'assessor.pdf', 'application/pdf', 10)").run(findingId, printoutSha);
    logContact(db, { caseId: c.id, partyId: owner.partyId, contactedAt: '2026-10-21T14:30', method: 'phone', contactedBy: 'R. Peña', summary: 'Owner promised a roofer' }, 'clerk', clock);
    logContact(db, { caseId: c.id, partyId: complainant.partyId, contactedAt: '2026-10-22T09:05', method: 'visit', summary: 'Tenant reports water in the bedroom' }, 'clerk', clock);
    return { ...fixture, owner, complainant, deedSha, printoutSha };
  }

  it('lists findings (date, source, who, finding, vault documents) and contacts (time, method, who, summary) in order', () => {
    const { db, c, owner, deedSha, printoutSha } = withResearchAndContacts();
    const t = getTimeline(db, { caseId: c.id, kinds: ['ownership', 'contact'] });
    expect(t.map((e) => [e.at, e.kind, e.title, e.detail])).toEqual([
      ['2026-10-20', 'ownership', 'Ownership research (recorder deed)', 'Deed book 123 page 45 names Dorothy Smith — by M. Ortiz; identifies Dorothy Smith'],
      ['2026-10-21T14:30', 'contact', 'Contact with Dorothy Smith (phone)', 'Owner promised a roofer — by R. Peña'],
      ['2026-10-22T09:05', 'contact', 'Contact with confidential complainant (visit)', 'Tenant reports water in the bedroom — by clerk'],
    ]);
    expect(t[0]!.evidence).toEqual({ partyId: owner.partyId, documentShas: [printoutSha, deedSha] });
    expect(t[1]!.evidence).toEqual({ partyId: owner.partyId });
    // Among everything else, the new kinds sort by their dates.
    const all = getTimeline(db, { caseId: c.id }).filter((e) => e.kind !== 'audit');
    expect(all.map((e) => e.at)).toEqual(all.map((e) => e.at).sort());
    expect(all.map((e) => e.kind)).toEqual(expect.arrayContaining(['ownership', 'contact', 'case', 'violation']));
  });

  it('never names a complainant who is not a witness, nor links to them; names them once they are a witness', () => {
    const { db, c, complainant } = withResearchAndContacts();
    const hidden = getTimeline(db, { caseId: c.id });
    expect(JSON.stringify(hidden)).not.toContain(COMPLAINANT);
    const contact = hidden.find((e) => e.at === '2026-10-22T09:05')!;
    expect(contact.title).toBe('Contact with confidential complainant (visit)');
    expect(contact.evidence).toEqual({});

    addParty(db, { caseId: c.id, role: 'witness', partyId: complainant.partyId }, 'clerk', clock);
    const named = getTimeline(db, { caseId: c.id, kinds: ['contact'] }).find((e) => e.at === '2026-10-22T09:05')!;
    expect(named.title).toBe(`Contact with ${COMPLAINANT} (visit)`);
    expect(named.evidence).toEqual({ partyId: complainant.partyId });
  });

  it('hides a complainant identified by a finding, and keeps the rule per case', () => {
    const { db, c, complainant } = withResearchAndContacts();
    db.prepare(`INSERT INTO ownership_findings (case_id, source, performed_on, performed_by, finding, party_id, recorded_at, recorded_by)
                VALUES (?, 'other', '2026-10-23', 'M. Ortiz', 'Neighbour says the tenant manages the building', ?, 'now', 'clerk')`).run(c.id, complainant.partyId);
    const finding = getTimeline(db, { caseId: c.id, kinds: ['ownership'] }).find((e) => e.at === '2026-10-23')!;
    expect(finding.detail).toBe('Neighbour says the tenant manages the building — by M. Ortiz; identifies a confidential complainant');
    expect(finding.evidence).toEqual({});

    // A witness role on ANOTHER case does not lift the confidentiality on this one.
    const other = createCase(db, { property: { address: '9 Oak Ave', parcelId: '07-215-034' }, owner: { name: 'Oak LLC', kind: 'organization', mailingAddress: 'y' }, inspector: 'R. Peña', openedOn: '2026-10-06' }, 'clerk', clock);
    addParty(db, { caseId: other.id, role: 'witness', partyId: complainant.partyId }, 'clerk', clock);
    expect(JSON.stringify(getTimeline(db, { caseId: c.id }))).not.toContain(COMPLAINANT);
    expect(getTimeline(db, { caseId: other.id, kinds: ['contact', 'ownership'] })).toEqual([]);
  });
});
