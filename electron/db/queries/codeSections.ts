/** Queries for the code library (area "codes"). `db` first, statements cached. */
import type { CodeSectionRecord, Severity } from '../../../shared/inspectionsTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

const SELECT = `SELECT id, jurisdiction_id AS jurisdictionId, code_name AS codeName, section, title, text,
  corrective_action AS correctiveAction, severity, default_compliance_days AS defaultComplianceDays,
  retired_on AS retiredOn, updated_at AS updatedAt FROM code_sections`;

export interface CodeSectionValues {
  readonly codeName: string;
  readonly section: string;
  readonly title: string;
  readonly text: string;
  readonly correctiveAction: string;
  readonly severity: Severity;
  readonly defaultComplianceDays: number;
}

export function insertCodeSection(db: Db, jurisdictionId: string, v: CodeSectionValues, now: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO code_sections (jurisdiction_id, code_name, section, title, text, corrective_action, severity,
         default_compliance_days, created_at, updated_at)
       VALUES (@jurisdictionId, @codeName, @section, @title, @text, @correctiveAction, @severity, @defaultComplianceDays, @now, @now)`,
    ).run({ jurisdictionId, ...v, now }).lastInsertRowid,
  );
}

export function getCodeSection(db: Db, id: number): CodeSectionRecord | undefined {
  return stmt(db, `${SELECT} WHERE id = ?`).get(id) as CodeSectionRecord | undefined;
}

export function findCodeSection(db: Db, jurisdictionId: string, codeName: string, section: string): CodeSectionRecord | undefined {
  return stmt(db, `${SELECT} WHERE jurisdiction_id = ? AND code_name = ? AND section = ?`).get(jurisdictionId, codeName, section) as
    | CodeSectionRecord
    | undefined;
}

export function countCodeSections(db: Db, jurisdictionId: string): number {
  return stmt(db, 'SELECT count(*) FROM code_sections WHERE jurisdiction_id = ?').pluck().get(jurisdictionId) as number;
}

export function listCodeSections(db: Db, jurisdictionId: string, opts: { includeRetired: boolean; query?: string }): CodeSectionRecord[] {
  const like = opts.query ? `%${opts.query.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return stmt(
    db,
    `${SELECT} WHERE jurisdiction_id = @jurisdictionId
       AND (@includeRetired = 1 OR retired_on IS NULL)
       AND (@like IS NULL OR section LIKE @like ESCAPE '\\' OR title LIKE @like ESCAPE '\\' OR text LIKE @like ESCAPE '\\')
     ORDER BY code_name, section COLLATE NOCASE, id`,
  ).all({ jurisdictionId, includeRetired: opts.includeRetired ? 1 : 0, like }) as CodeSectionRecord[];
}

/** Columns an edit may change; section number, code name and jurisdiction identify the row. */
export type EditableCodeField = 'title' | 'text' | 'correctiveAction' | 'severity' | 'defaultComplianceDays' | 'retiredOn';

const COLUMN: Record<EditableCodeField, string> = {
  title: 'title',
  text: 'text',
  correctiveAction: 'corrective_action',
  severity: 'severity',
  defaultComplianceDays: 'default_compliance_days',
  retiredOn: 'retired_on',
};

export function updateCodeSectionFields(
  db: Db,
  id: number,
  changes: Partial<Record<EditableCodeField, string | number | null>>,
  now: string,
): void {
  const fields = Object.keys(changes) as EditableCodeField[];
  if (fields.length === 0) return;
  // Column names come from the fixed COLUMN map, never from input.
  const sets = fields.map((f) => `${COLUMN[f]} = @${f}`).join(', ');
  stmt(db, `UPDATE code_sections SET ${sets}, updated_at = @now WHERE id = @id`).run({ ...changes, now, id });
}
