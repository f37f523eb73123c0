/**
 * Schema 12: issued documents become versions. A correction or a re-issue is a new document that
 * names the one it replaces (`replaces_document_id`); both stay, immutable. A partial unique
 * index lets a document be replaced once only, so two racing re-issues cannot both succeed.
 * `languages` records what the document was written in ("en", "es", "en+es"), and
 * `docx_sha256` the vault object of its DOCX rendition when one was made with it.
 *
 * Adding columns is not an UPDATE, so the immutability triggers stay as they are; existing rows
 * get NULL (no predecessor, language and rendition not recorded).
 */
import type { Db } from '../open';

export const version = 12;
export const name = 'document-versions';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE documents ADD COLUMN replaces_document_id INTEGER REFERENCES documents(id);
    ALTER TABLE documents ADD COLUMN languages TEXT;
    ALTER TABLE documents ADD COLUMN docx_sha256 TEXT REFERENCES vault_objects(sha256);
    CREATE UNIQUE INDEX documents_replaced_once ON documents(replaces_document_id) WHERE replaces_document_id IS NOT NULL;
    CREATE INDEX documents_case_kind ON documents(case_id, kind, id);
  `);
}
