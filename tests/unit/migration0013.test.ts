/** Migration 0013 (document subjects): any snake_case kind, documents about one record, every row, index and trigger kept. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

const SHA = 'a'.repeat(64);

function storeBefore13() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version < 13)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES ('P-1', '1 Main St', 'now')").run().lastInsertRowid;
  const c = Number(db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES ('CE-1', ?, '2026-01-05', 'x', 'now')").run(p).lastInsertRowid);
  const c2 = Number(db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES ('CE-2', ?, '2026-01-05', 'x', 'now')").run(p).lastInsertRowid);
  db.prepare("INSERT INTO vault_objects (sha256, size, media_type, stored_at) VALUES (?, 1, 'application/pdf', 'now')").run(SHA);
  db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, languages) VALUES (?, 'notice_of_violation', 'NOV-2026-000001', 'N', ?, 1, 1, 'now', 'c', 'h', 'en')").run(c, SHA);
  const v = db.prepare("INSERT INTO violations (case_id, code_section, description, corrective_action, compliance_date, status, created_at) VALUES (?, '302.4', 'd', 'a', '2026-02-01', 'open', 'now')");
  const v1 = Number(v.run(c).lastInsertRowid);
  const v2 = Number(v.run(c2).lastInsertRowid);
  db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (1, ?, 1)').run(v1);
  return { db, caseId: c, otherViolation: v2 };
}

const insertKind = (db: Database.Database, caseId: number, kind: string, number: string, subject: [string, number] | [null, null] = [null, null]) =>
  db
    .prepare('INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, subject_type, subject_id) VALUES (?, ?, ?, \'T\', ?, 1, 1, \'now\', \'c\', \'h\', ?, ?)')
    .run(caseId, kind, number, SHA, ...subject);

describe('migration 0013: document subjects', () => {
  it('keeps every document, what it listed and its immutability', () => {
    const { db, otherViolation } = storeBefore13();
    migrate(db);
    expect(db.prepare('SELECT id, number, languages, subject_type, subject_id FROM documents').all()).toEqual([
      { id: 1, number: 'NOV-2026-000001', languages: 'en', subject_type: null, subject_id: null },
    ]);
    expect(db.prepare('SELECT document_id, position FROM document_violations').all()).toEqual([{ document_id: 1, position: 1 }]);
    expect(() => db.prepare("UPDATE documents SET title = 'x'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM documents').run()).toThrow(/immutable/);
    // The same-case trigger came back: a violation of another case cannot be listed.
    expect(() => db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (1, ?, 2)').run(otherViolation)).toThrow(/its own case/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('takes any snake_case kind and a subject given whole, and refuses the rest', () => {
    const { db, caseId } = storeBefore13();
    migrate(db);
    insertKind(db, caseId, 'civil_ticket', 'CT-1', ['citation', 1]);
    insertKind(db, caseId, 'lien_release', 'REL-1');
    expect(() => insertKind(db, caseId, 'Civil Ticket', 'CT-2')).toThrow(/CHECK/);
    expect(() => insertKind(db, caseId, 'civil_ticket', 'CT-3', ['citation', null as unknown as number])).toThrow(/CHECK/);
    expect(() => insertKind(db, caseId, 'civil_ticket', 'CT-4', ['parcel', 1])).toThrow(/CHECK/);
    const replace = db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, replaces_document_id) VALUES (?, 'notice_of_violation', ?, 'N', ?, 1, 1, 'now', 'c', 'h', 1)");
    replace.run(caseId, 'NOV-2026-000002', SHA);
    expect(() => replace.run(caseId, 'NOV-2026-000003', SHA)).toThrow(/UNIQUE/);
  });
});
