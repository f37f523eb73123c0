/** Writes of the CSV case import: a case with its status as the source had it, and its violations. */
import type { ViolationStatus } from '../../../shared/domain';
import type { Db } from '../open';
import { stmt } from '../statements';
import { insertCase } from './cases';

/** A case as the source system had it (open or closed): the same insert as a new case. */
export function insertImportedCase(
  db: Db,
  c: { caseNumber: string; propertyId: number; ownerId: number; status: 'open' | 'closed'; openedOn: string; inspector: string },
  now: string,
): number {
  return insertCase(db, c, now);
}

export function insertImportedViolation(
  db: Db,
  v: { caseId: number; codeSection: string; description: string; complianceDate: string; status: ViolationStatus },
  now: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO violations (case_id, code_section, description, corrective_action, compliance_date, status, created_at)
       VALUES (?, ?, ?, '', ?, ?, ?)`,
    ).run(v.caseId, v.codeSection, v.description, v.complianceDate, v.status, now).lastInsertRowid,
  );
}
