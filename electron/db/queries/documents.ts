import type { DocumentKind, IssuedDocument } from '../../../shared/domain';
import type { Db } from '../open';
import { stmt } from '../statements';

const SELECT = `SELECT id, case_id AS caseId, kind, number, title, sha256, size_bytes AS sizeBytes,
  page_count AS pageCount, issued_at AS issuedAt, audit_head AS auditHead FROM documents`;

export function insertDocument(
  db: Db,
  d: Omit<IssuedDocument, 'id'> & { issuedBy: string; kind: DocumentKind },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO documents (case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(d.caseId, d.kind, d.number, d.title, d.sha256, d.sizeBytes, d.pageCount, d.issuedAt, d.issuedBy, d.auditHead)
      .lastInsertRowid,
  );
}

export function getDocument(db: Db, id: number): IssuedDocument | undefined {
  return stmt(db, `${SELECT} WHERE id = ?`).get(id) as IssuedDocument | undefined;
}

export function listDocuments(db: Db, caseId: number): IssuedDocument[] {
  return stmt(db, `${SELECT} WHERE case_id = ? ORDER BY id`).all(caseId) as IssuedDocument[];
}
