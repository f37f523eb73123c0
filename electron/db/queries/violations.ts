import type { ViolationStatus } from '../../../shared/domain';
import type { Severity } from '../../../shared/inspectionsTypes';
import type { NewViolationInput } from '../../../shared/schemas';
import type { Db } from '../open';
import { stmt } from '../statements';

export interface ViolationRow {
  readonly id: number;
  readonly caseId: number;
  readonly codeSection: string;
  readonly description: string;
  readonly correctiveAction: string;
  readonly complianceDate: string;
  readonly status: ViolationStatus;
  readonly codeSectionId: number | null;
  readonly severity: Severity | null;
  readonly statusOn: string | null;
}

const SELECT = `SELECT id, case_id AS caseId, code_section AS codeSection, description,
  corrective_action AS correctiveAction, compliance_date AS complianceDate, status,
  code_section_id AS codeSectionId, severity, status_on AS statusOn FROM violations`;

export function insertViolation(db: Db, v: NewViolationInput, now: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO violations (case_id, code_section, description, corrective_action, compliance_date, code_section_id, severity, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(v.caseId, v.codeSection, v.description, v.correctiveAction, v.complianceDate, v.codeSectionId ?? null, v.severity ?? null, now)
      .lastInsertRowid,
  );
}

export function getViolation(db: Db, id: number): ViolationRow | undefined {
  return stmt(db, `${SELECT} WHERE id = ?`).get(id) as ViolationRow | undefined;
}

export function listViolations(db: Db, caseId: number): ViolationRow[] {
  return stmt(db, `${SELECT} WHERE case_id = ? ORDER BY id`).all(caseId) as ViolationRow[];
}

/** Sets the current status; the transition itself is recorded in violation_events by the caller. */
export function updateViolationStatus(db: Db, id: number, status: ViolationStatus, statusOn: string): void {
  stmt(db, 'UPDATE violations SET status = ?, status_on = ? WHERE id = ?').run(status, statusOn, id);
}
