/**
 * Schema 13: every document of the legal steps. Two changes to `documents`:
 *
 * - `kind` is no longer a fixed list in the schema. The registry of kinds (and, later, kinds a
 *   jurisdiction pack declares) says what can be issued; a schema CHECK that lists kinds would
 *   need this 12-step rebuild for each new one. The column still only takes a snake_case name.
 * - A document can be about one record of the case: a civil ticket about its citation, a
 *   certificate or affidavit about one service attempt, a notice of hearing about its hearing,
 *   a lien filing or release about its lien (`subject_type` + `subject_id`, both or neither).
 *   The current version is then per case, kind and subject.
 *
 * SQLite cannot alter a CHECK, so the table is rebuilt as in 0007 (foreign keys off around the
 * batch and checked before commit: `rebuildsTables`). document_violations' same-case trigger
 * reads `documents` in its body; it is dropped first and recreated after the rename so the
 * rename never sees a trigger naming a table that is, for a moment, gone. Every index and
 * immutability trigger of 0007 and 0012 is recreated exactly.
 */
import type { Db } from '../open';

export const version = 13;
export const name = 'document-subjects';
export const rebuildsTables = true;

export const DOCUMENT_SUBJECT_TYPES = ['citation', 'service_attempt', 'hearing', 'lien'] as const;

export function up(db: Db): void {
  db.exec(`
    DROP TRIGGER document_violations_same_case;
    CREATE TABLE documents_new (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64 AND kind NOT GLOB '*[^a-z_]*'),
      number TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES vault_objects(sha256),
      size_bytes INTEGER NOT NULL,
      page_count INTEGER NOT NULL,
      issued_at TEXT NOT NULL,
      issued_by TEXT NOT NULL,
      audit_head TEXT NOT NULL,
      replaces_document_id INTEGER REFERENCES documents(id),
      languages TEXT,
      docx_sha256 TEXT REFERENCES vault_objects(sha256),
      subject_type TEXT CHECK (subject_type IN (${DOCUMENT_SUBJECT_TYPES.map((t) => `'${t}'`).join(',')})),
      subject_id INTEGER CHECK (subject_id >= 1),
      CHECK ((subject_type IS NULL) = (subject_id IS NULL))
    ) STRICT;
    INSERT INTO documents_new (id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, replaces_document_id, languages, docx_sha256)
      SELECT id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, replaces_document_id, languages, docx_sha256 FROM documents;
    DROP TABLE documents;
    ALTER TABLE documents_new RENAME TO documents;
    CREATE INDEX documents_case ON documents(case_id);
    CREATE UNIQUE INDEX documents_replaced_once ON documents(replaces_document_id) WHERE replaces_document_id IS NOT NULL;
    CREATE INDEX documents_case_kind ON documents(case_id, kind, subject_type, subject_id, id);
    CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
    CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are immutable'); END;
    CREATE TRIGGER document_violations_same_case BEFORE INSERT ON document_violations
      WHEN (SELECT case_id FROM documents WHERE id = NEW.document_id) IS NOT (SELECT case_id FROM violations WHERE id = NEW.violation_id)
      BEGIN SELECT RAISE(ABORT, 'a document can only list violations of its own case'); END;
  `);
}
