/** Migration 0012 (document versions): columns added as NULL, documents still immutable, a document replaced once only. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

function storeBefore12() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version < 12)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES ('P-1', '1 Main St', 'now')").run().lastInsertRowid;
  const c = db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES ('CE-1', ?, '2026-01-05', 'x', 'now')").run(p).lastInsertRowid;
  db.prepare("INSERT INTO vault_objects (sha256, size, media_type, stored_at) VALUES (?, 1, 'application/pdf', 'now')").run('a'.repeat(64));
  const insert = db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head) VALUES (?, 'notice_of_violation', ?, 'N', ?, 1, 1, 'now', 'c', 'h')");
  insert.run(c, 'NOV-2026-000001', 'a'.repeat(64));
  return { db, caseId: Number(c) };
}

describe('migration 0012: document versions', () => {
  it('adds the columns as NULL to existing documents, which stay immutable', () => {
    const { db } = storeBefore12();
    migrate(db);
    expect(db.prepare('SELECT number, replaces_document_id, languages, docx_sha256 FROM documents').all()).toEqual([
      { number: 'NOV-2026-000001', replaces_document_id: null, languages: null, docx_sha256: null },
    ]);
    expect(() => db.prepare("UPDATE documents SET languages = 'en'").run()).toThrow(/immutable/);
  });

  it('lets a document be replaced by one version only', () => {
    const { db, caseId } = storeBefore12();
    migrate(db);
    const insert = db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, replaces_document_id, languages) VALUES (?, 'notice_of_violation', ?, 'N', ?, 1, 1, 'now', 'c', 'h', 1, 'en')");
    insert.run(caseId, 'NOV-2026-000002', 'a'.repeat(64));
    expect(() => insert.run(caseId, 'NOV-2026-000003', 'a'.repeat(64))).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, replaces_document_id) VALUES (?, 'notice_of_violation', 'NOV-X', 'N', ?, 1, 1, 'now', 'c', 'h', 999)").run(caseId, 'a'.repeat(64))).toThrow(/FOREIGN KEY/);
  });
});
