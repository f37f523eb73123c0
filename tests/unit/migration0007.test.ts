/**
 * Migration 0007 (demand for payment): documents is rebuilt to allow 'demand_for_payment'. A store
 * populated at schema 6 keeps every document row and id, the rows that point at them (service
 * attempts) still resolve, the immutability triggers and the index are back, and foreign keys are
 * on and clean afterwards.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate, schemaVersion } from '../../electron/db/open';

function storeAtSchema6() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= 6)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES ('P-1', '1 Main St', 'now')").run().lastInsertRowid;
  const owner = db.prepare("INSERT INTO parties (name, kind, mailing_address, created_at) VALUES ('Owner', 'individual', '1 Main St', 'now')").run().lastInsertRowid;
  const caseId = Number(db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES ('CE-1', ?, '2026-01-05', 'x', 'now')").run(p).lastInsertRowid);
  db.prepare("INSERT INTO case_parties (case_id, party_id, role) VALUES (?, ?, 'owner_of_record')").run(caseId, owner);
  const vault = db.prepare("INSERT INTO vault_objects (sha256, size, media_type, stored_at) VALUES (?, 10, 'application/pdf', 'now')");
  const doc = db.prepare(
    "INSERT INTO documents (id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head) VALUES (?, ?, 'notice_of_violation', ?, 'Notice', ?, 10, 1, '2026-02-01T10:00:00Z', 'clerk', ?)",
  );
  // Ids with a gap, so a rebuild that renumbered rows would show.
  for (const [id, n] of [[3, 1], [7, 2]] as const) {
    const sha = String(n).repeat(64);
    vault.run(sha);
    doc.run(id, caseId, `NOV-2026-00000${n}`, sha, '0'.repeat(64));
  }
  db.prepare(
    "INSERT INTO service_attempts (case_id, document_id, party_id, method, attempted_on, server, outcome, recorded_at, recorded_by) VALUES (?, 7, ?, 'personal_service', '2026-02-02', 'R. Peña', 'delivered', 'now', 'clerk')",
  ).run(caseId, owner);
  return { db, caseId };
}

const sqlOf = (db: Database.Database, type: string, name: string) =>
  db.prepare('SELECT sql FROM sqlite_schema WHERE type = ? AND name = ?').pluck().get(type, name) as string | undefined;

describe('migration 0007-demand-for-payment', () => {
  it('keeps every document row, id and reference, and allows demand_for_payment', () => {
    const { db, caseId } = storeAtSchema6();
    const before = db.prepare('SELECT * FROM documents ORDER BY id').all();
    expect(() => db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head) VALUES (?, 'demand_for_payment', 'DFP-2026-000001', 'D', ?, 1, 1, 'now', 'c', 'h')").run(caseId, '1'.repeat(64))).toThrow(/CHECK/);

    // migrate() runs every later migration too (0008 adds document_violations beside documents).
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    // Every value kept; later migrations only add columns (0012: versions, languages, DOCX rendition;
    // 0013: the record a document is about), NULL here.
    expect(db.prepare('SELECT * FROM documents ORDER BY id').all()).toEqual(
      before.map((row) => ({ ...(row as object), replaces_document_id: null, languages: null, docx_sha256: null, subject_type: null, subject_id: null })),
    );
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT d.number FROM service_attempts s JOIN documents d ON d.id = s.document_id').pluck().all()).toEqual(['NOV-2026-000002']);
    db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head) VALUES (?, 'demand_for_payment', 'DFP-2026-000001', 'D', ?, 1, 1, 'now', 'c', 'h')").run(caseId, '1'.repeat(64));
    // Since schema 13 the registry says which kinds exist; the column still refuses a name that is not snake_case.
    expect(() => db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head) VALUES (?, 'Lien filing', 'L-1', 'L', ?, 1, 1, 'now', 'c', 'h')").run(caseId, '1'.repeat(64))).toThrow(/CHECK/);
  });

  it('recreates the immutability triggers and the index, and foreign keys still bite', () => {
    const { db, caseId } = storeAtSchema6();
    migrate(db);
    expect(sqlOf(db, 'trigger', 'documents_no_update')).toMatch(/BEFORE UPDATE ON documents/);
    expect(sqlOf(db, 'trigger', 'documents_no_delete')).toMatch(/BEFORE DELETE ON documents/);
    expect(sqlOf(db, 'index', 'documents_case')).toMatch(/ON documents\(case_id\)/);
    expect(sqlOf(db, 'table', 'documents_new')).toBeUndefined();
    expect(sqlOf(db, 'table', 'service_attempts')).toMatch(/REFERENCES documents\(id\)/);
    expect(() => db.prepare("UPDATE documents SET title = 'x' WHERE id = 3").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM documents WHERE id = 3').run()).toThrow(/immutable/);
    // A service attempt for a document that does not exist is refused, as before the rebuild.
    expect(() =>
      db.prepare("INSERT INTO service_attempts (case_id, document_id, party_id, method, attempted_on, server, outcome, recorded_at, recorded_by) VALUES (?, 99, 1, 'posting', '2026-02-02', 'x', 'posted', 'now', 'c')").run(caseId),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head) VALUES (99, 'demand_for_payment', 'DFP-X', 'D', ?, 1, 1, 'now', 'c', 'h')").run('1'.repeat(64))).toThrow(/FOREIGN KEY/);
  });

  it('refuses to commit an upgrade whose rows point at nothing, leaving the store at schema 6', () => {
    const { db } = storeAtSchema6();
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO service_attempts (case_id, document_id, party_id, method, attempted_on, server, outcome, recorded_at, recorded_by) VALUES (1, 42, 1, 'posting', '2026-02-02', 'x', 'posted', 'now', 'c')").run();
    db.pragma('foreign_keys = ON');
    expect(() => migrate(db)).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', message: expect.stringMatching(/service_attempts row \d+ → documents/) }));
    expect(schemaVersion(db)).toBe(6);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlOf(db, 'table', 'documents')).toMatch(/CHECK \(kind IN \('notice_of_violation'\)\)/);
  });
});
