/** Writes of the CSV case import: a case with its status as the source had it, and its violations. */
import type { ViolationStatus } from '../../../shared/domain';
import type { Db } from '../open';
import { stmt } from '../statements';

export function insertImportedCase(
  db: Db,
  c: { caseNumber: string; propertyId: number; ownerId: number; status: 'open' | 'closed'; openedOn: string; inspector: string },
  now: string,
): number {
  const id = Number(
    stmt(db, 'INSERT INTO cases (case_number, property_id, status, opened_on, inspector, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      c.caseNumber,
      c.propertyId,
      c.status,
      c.openedOn,
      c.inspector,
      now,
    ).lastInsertRowid,
  );
  stmt(db, "INSERT INTO case_parties (case_id, party_id, role) VALUES (?, ?, 'owner_of_record')").run(id, c.ownerId);
  return id;
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
