import type { DocumentKind, IssuedDocument } from '../../../shared/domain';
import type { Db } from '../open';
import { stmt } from '../statements';

const SELECT = `SELECT id, case_id AS caseId, kind, number, title, sha256, size_bytes AS sizeBytes,
  page_count AS pageCount, issued_at AS issuedAt, audit_head AS auditHead,
  replaces_document_id AS replacesDocumentId, languages, docx_sha256 AS docxSha256 FROM documents`;

export function insertDocument(
  db: Db,
  d: Omit<IssuedDocument, 'id' | 'replacesDocumentId' | 'languages' | 'docxSha256'> & {
    issuedBy: string;
    kind: DocumentKind;
    replacesDocumentId?: number | null;
    languages?: string | null;
    docxSha256?: string | null;
  },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, replaces_document_id, languages, docx_sha256)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(d.caseId, d.kind, d.number, d.title, d.sha256, d.sizeBytes, d.pageCount, d.issuedAt, d.issuedBy, d.auditHead, d.replacesDocumentId ?? null, d.languages ?? null, d.docxSha256 ?? null)
      .lastInsertRowid,
  );
}

export function getDocument(db: Db, id: number): IssuedDocument | undefined {
  return stmt(db, `${SELECT} WHERE id = ?`).get(id) as IssuedDocument | undefined;
}

/** The current version of a kind on a case: the latest issued (every later one names its predecessor). */
export function currentDocument(db: Db, caseId: number, kind: DocumentKind): (IssuedDocument & { issuedBy: string }) | undefined {
  return stmt(db, `${SELECT.replace(' FROM documents', ', issued_by AS issuedBy FROM documents')} WHERE case_id = ? AND kind = ? ORDER BY id DESC LIMIT 1`).get(caseId, kind) as
    | (IssuedDocument & { issuedBy: string })
    | undefined;
}

export function listDocuments(db: Db, caseId: number): IssuedDocument[] {
  return stmt(db, `${SELECT} WHERE case_id = ? ORDER BY id`).all(caseId) as IssuedDocument[];
}

/**
 * Records the violations a document listed, in the order printed (position 1 = "Violation 1 of
 * n"). Append-only by trigger, and refused by trigger for a violation of another case.
 */
export function insertDocumentViolations(db: Db, documentId: number, violationIds: readonly number[]): void {
  const insert = stmt(db, 'INSERT INTO document_violations (document_id, violation_id, position) VALUES (?, ?, ?)');
  violationIds.forEach((violationId, i) => insert.run(documentId, violationId, i + 1));
}

/** The violation ids a document listed, in printed order. */
export function listDocumentViolationIds(db: Db, documentId: number): number[] {
  return stmt(db, 'SELECT violation_id FROM document_violations WHERE document_id = ? ORDER BY position').pluck().all(documentId) as number[];
}
