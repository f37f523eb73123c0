import type { DocumentKind, DocumentSubject, IssuedDocument } from '../../../shared/domain';
import type { Db } from '../open';
import { stmt } from '../statements';

const SELECT = `SELECT id, case_id AS caseId, kind, number, title, sha256, size_bytes AS sizeBytes,
  page_count AS pageCount, issued_at AS issuedAt, audit_head AS auditHead,
  replaces_document_id AS replacesDocumentId, languages, docx_sha256 AS docxSha256,
  subject_type AS subjectType, subject_id AS subjectId FROM documents`;

type DocumentRow = Omit<IssuedDocument, 'subject'> & { subjectType: DocumentSubject['type'] | null; subjectId: number | null };

function toDocument<T extends DocumentRow>(row: T): Omit<T, 'subjectType' | 'subjectId'> & { subject: DocumentSubject | null } {
  const { subjectType, subjectId, ...rest } = row;
  return { ...rest, subject: subjectType && subjectId ? { type: subjectType, id: subjectId } : null };
}

export function insertDocument(
  db: Db,
  d: Omit<IssuedDocument, 'id' | 'replacesDocumentId' | 'languages' | 'docxSha256' | 'subject'> & {
    subject?: DocumentSubject | null;
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
      `INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head, replaces_document_id, languages, docx_sha256, subject_type, subject_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      d.caseId, d.kind, d.number, d.title, d.sha256, d.sizeBytes, d.pageCount, d.issuedAt, d.issuedBy, d.auditHead,
      d.replacesDocumentId ?? null, d.languages ?? null, d.docxSha256 ?? null, d.subject?.type ?? null, d.subject?.id ?? null,
    )
      .lastInsertRowid,
  );
}

export function getDocument(db: Db, id: number): IssuedDocument | undefined {
  const row = stmt(db, `${SELECT} WHERE id = ?`).get(id) as DocumentRow | undefined;
  return row && toDocument(row);
}

/**
 * The current version of a kind on a case (about one subject, for a per-record kind): the latest
 * issued (every later one names its predecessor).
 */
export function currentDocument(db: Db, caseId: number, kind: DocumentKind, subject: DocumentSubject | null = null): (IssuedDocument & { issuedBy: string }) | undefined {
  const row = stmt(
    db,
    `${SELECT.replace(' FROM documents', ', issued_by AS issuedBy FROM documents')}
      WHERE case_id = ? AND kind = ? AND subject_type IS ? AND subject_id IS ? ORDER BY id DESC LIMIT 1`,
  ).get(caseId, kind, subject?.type ?? null, subject?.id ?? null) as (DocumentRow & { issuedBy: string }) | undefined;
  return row && toDocument(row);
}

export function listDocuments(db: Db, caseId: number): IssuedDocument[] {
  return (stmt(db, `${SELECT} WHERE case_id = ? ORDER BY id`).all(caseId) as DocumentRow[]).map(toDocument);
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
