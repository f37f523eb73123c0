/**
 * Schema 7: the Demand for Payment letter is an issued document like the Notice of Violation, so
 * documents.kind must allow 'demand_for_payment'.
 *
 * SQLite cannot alter a CHECK constraint, so the table is rebuilt with the documented 12-step
 * procedure (https://sqlite.org/lang_altertable.html#otheralter): create the new table, copy every
 * row with its id, drop the old one, rename, then recreate its index and triggers. Unlike
 * case_parties in 0002, documents IS referenced (service_attempts.document_id), and dropping a
 * parent table with foreign keys ON would fail on the implicit DELETE; `rebuildsTables` makes
 * migrate() turn foreign keys off around the migration transaction and run
 * `PRAGMA foreign_key_check` before committing (steps 1, 10 and 12 of the procedure). Child
 * tables name their parent by name, so after the rename their REFERENCES resolve again.
 *
 * The immutability triggers are recreated exactly: an issued document is never updated or deleted.
 */
import type { Db } from '../open';

export const version = 7;
export const name = 'demand-for-payment';
/** Tells migrate() this migration drops and recreates a table other tables reference. */
export const rebuildsTables = true;

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE documents_new (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL CHECK (kind IN ('notice_of_violation','demand_for_payment')),
      number TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      size_bytes INTEGER NOT NULL,
      page_count INTEGER NOT NULL,
      issued_at TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      audit_head TEXT NOT NULL
    ) STRICT;
    INSERT INTO documents_new (id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head)
      SELECT id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head FROM documents;
    DROP TABLE documents;
    ALTER TABLE documents_new RENAME TO documents;
    CREATE INDEX documents_case ON documents(case_id);
    CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
    CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
  `);
}
