/** Case notes (append-only) and imported-case sources. */
import type { CaseNote } from '../../../shared/searchTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

const NOTE_SELECT = `SELECT id, case_id AS caseId, body, created_at AS createdAt, created_by AS createdBy FROM case_notes`;

export function insertCaseNote(db: Db, n: { caseId: number; body: string; createdBy: string }, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO case_notes (case_id, body, created_at, created_by) VALUES (?, ?, ?, ?)').run(n.caseId, n.body, now, n.createdBy)
      .lastInsertRowid,
  );
}

export function getCaseNote(db: Db, id: number): CaseNote | undefined {
  return stmt(db, `${NOTE_SELECT} WHERE id = ?`).get(id) as CaseNote | undefined;
}

export function listCaseNotes(db: Db, caseId: number): CaseNote[] {
  return stmt(db, `${NOTE_SELECT} WHERE case_id = ? ORDER BY id`).all(caseId) as CaseNote[];
}

export interface CaseSourceRow {
  readonly caseId: number;
  readonly rowSha256: string;
}

export function findCaseSource(db: Db, sourceSystem: string, sourceCaseNumber: string): CaseSourceRow | undefined {
  return stmt(
    db,
    'SELECT case_id AS caseId, row_sha256 AS rowSha256 FROM case_sources WHERE source_system = ? AND source_case_number = ?',
  ).get(sourceSystem, sourceCaseNumber) as CaseSourceRow | undefined;
}

export function insertCaseSource(
  db: Db,
  s: { sourceSystem: string; sourceCaseNumber: string; caseId: number; rowSha256: string; importedBy: string },
  now: string,
): void {
  stmt(
    db,
    `INSERT INTO case_sources (source_system, source_case_number, case_id, row_sha256, imported_at, imported_by)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(s.sourceSystem, s.sourceCaseNumber, s.caseId, s.rowSha256, now, s.importedBy);
}
