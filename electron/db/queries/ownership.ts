/** Queries for ownership research findings and their attached documents. */
import type { OwnershipDocument, OwnershipDocumentType, OwnershipSource } from '../../../shared/partiesTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

export interface FindingRow {
  readonly id: number;
  readonly caseId: number;
  readonly source: OwnershipSource;
  readonly performedOn: string;
  readonly performedBy: string;
  readonly finding: string;
  readonly partyId: number | null;
  readonly partyName: string | null;
  readonly partyIsOwner: 0 | 1;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export function insertFinding(
  db: Db,
  f: { caseId: number; source: OwnershipSource; performedOn: string; performedBy: string; finding: string; partyId: number | null; actor: string },
  now: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO ownership_findings (case_id, source, performed_on, performed_by, finding, party_id, recorded_at, recorded_by)
       VALUES (@caseId, @source, @performedOn, @performedBy, @finding, @partyId, @now, @actor)`,
    ).run({ ...f, now }).lastInsertRowid,
  );
}

export function insertFindingDocument(
  db: Db,
  d: { findingId: number; sha256: string; fileName: string; mediaType: OwnershipDocumentType; sizeBytes: number },
): void {
  stmt(
    db,
    `INSERT INTO ownership_finding_documents (finding_id, sha256, file_name, media_type, size_bytes)
     VALUES (@findingId, @sha256, @fileName, @mediaType, @sizeBytes) ON CONFLICT DO NOTHING`,
  ).run(d);
}

/** Newest research first (by the date it was performed, then by entry). */
export function listFindings(db: Db, caseId: number): FindingRow[] {
  return stmt(
    db,
    `SELECT f.id, f.case_id AS caseId, f.source, f.performed_on AS performedOn, f.performed_by AS performedBy, f.finding,
            f.party_id AS partyId, p.name AS partyName,
            EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = f.case_id AND cp.party_id = f.party_id
                       AND cp.role = 'owner_of_record') AS partyIsOwner,
            f.recorded_at AS recordedAt, f.recorded_by AS recordedBy
       FROM ownership_findings f LEFT JOIN parties p ON p.id = f.party_id
      WHERE f.case_id = ?
      ORDER BY f.performed_on DESC, f.id DESC`,
  ).all(caseId) as FindingRow[];
}

export function listFindingDocuments(db: Db, caseId: number): Array<OwnershipDocument & { findingId: number }> {
  return stmt(
    db,
    `SELECT d.finding_id AS findingId, d.sha256, d.file_name AS fileName, d.media_type AS mediaType, d.size_bytes AS sizeBytes
       FROM ownership_finding_documents d JOIN ownership_findings f ON f.id = d.finding_id
      WHERE f.case_id = ?
      ORDER BY d.finding_id, d.file_name`,
  ).all(caseId) as Array<OwnershipDocument & { findingId: number }>;
}

export function getFindingDocument(db: Db, findingId: number, sha256: string): OwnershipDocument | undefined {
  return stmt(
    db,
    `SELECT sha256, file_name AS fileName, media_type AS mediaType, size_bytes AS sizeBytes
       FROM ownership_finding_documents WHERE finding_id = ? AND sha256 = ?`,
  ).get(findingId, sha256) as OwnershipDocument | undefined;
}
