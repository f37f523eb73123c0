/** Queries for inspections, findings, inspection photos and violation events. `db` first, statements cached. */
import type { ViolationStatus } from '../../../shared/domain';
import type { Finding, Inspection, InspectionFinding, ViolationEvent } from '../../../shared/inspectionsTypes';
import type { CreateInspectionInput } from '../../../shared/inspectionsSchemas';
import type { Db } from '../open';
import { stmt } from '../statements';

type InspectionHead = Omit<Inspection, 'findings' | 'photoIds'>;

const INSPECTION_SELECT = `SELECT id, case_id AS caseId, kind, inspected_on AS inspectedOn, inspector,
  entry_authority AS entryAuthority, consent_given_by AS consentGivenBy, warrant_number AS warrantNumber,
  notes, created_at AS createdAt FROM inspections`;

const FINDING_SELECT = `SELECT id, inspection_id AS inspectionId, violation_id AS violationId, finding, note,
  supersedes_id AS supersedesId, recorded_at AS recordedAt, recorded_by AS recordedBy FROM inspection_findings`;

const EVENT_SELECT = `SELECT id, violation_id AS violationId, from_status AS fromStatus, to_status AS toStatus,
  effective_on AS effectiveOn, note, inspection_id AS inspectionId, recorded_at AS recordedAt,
  recorded_by AS recordedBy FROM violation_events`;

export function insertInspection(db: Db, i: CreateInspectionInput, now: string, actor: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO inspections (case_id, kind, inspected_on, inspector, entry_authority, consent_given_by, warrant_number, notes, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      i.caseId,
      i.kind,
      i.inspectedOn,
      i.inspector,
      i.entryAuthority,
      // Only the field the authority calls for is kept, so a stray warrant number on a consent entry is not evidence.
      i.entryAuthority === 'consent' ? i.consentGivenBy ?? null : null,
      i.entryAuthority === 'administrative_warrant' ? i.warrantNumber ?? null : null,
      i.notes,
      now,
      actor,
    ).lastInsertRowid,
  );
}

export function getInspectionHead(db: Db, id: number): InspectionHead | undefined {
  return stmt(db, `${INSPECTION_SELECT} WHERE id = ?`).get(id) as InspectionHead | undefined;
}

export function listInspectionHeads(db: Db, caseId: number): InspectionHead[] {
  return stmt(db, `${INSPECTION_SELECT} WHERE case_id = ? ORDER BY inspected_on DESC, id DESC`).all(caseId) as InspectionHead[];
}

/** The current finding per violation: the newest row, which supersedes any earlier one. */
export function currentFindings(db: Db, inspectionId: number): InspectionFinding[] {
  return stmt(
    db,
    `${FINDING_SELECT} WHERE id IN (SELECT max(id) FROM inspection_findings WHERE inspection_id = ? GROUP BY violation_id)
     ORDER BY violation_id`,
  ).all(inspectionId) as InspectionFinding[];
}

export function findingHistory(db: Db, inspectionId: number): InspectionFinding[] {
  return stmt(db, `${FINDING_SELECT} WHERE inspection_id = ? ORDER BY id`).all(inspectionId) as InspectionFinding[];
}

export function latestFindingId(db: Db, inspectionId: number, violationId: number): number | undefined {
  return stmt(db, 'SELECT max(id) FROM inspection_findings WHERE inspection_id = ? AND violation_id = ?').pluck().get(inspectionId, violationId) as
    | number
    | undefined;
}

export function insertFinding(
  db: Db,
  f: { inspectionId: number; violationId: number; finding: Finding; note: string; supersedesId: number | null },
  now: string,
  actor: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO inspection_findings (inspection_id, violation_id, finding, note, supersedes_id, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(f.inspectionId, f.violationId, f.finding, f.note, f.supersedesId, now, actor).lastInsertRowid,
  );
}

export function inspectionPhotoIds(db: Db, inspectionId: number): number[] {
  return stmt(db, 'SELECT photo_id FROM inspection_photos WHERE inspection_id = ? ORDER BY photo_id').pluck().all(inspectionId) as number[];
}

export function photoInspectionId(db: Db, photoId: number): number | undefined {
  return stmt(db, 'SELECT inspection_id FROM inspection_photos WHERE photo_id = ?').pluck().get(photoId) as number | undefined;
}

export function insertInspectionPhoto(db: Db, inspectionId: number, photoId: number, now: string, actor: string): void {
  stmt(db, 'INSERT INTO inspection_photos (photo_id, inspection_id, linked_at, linked_by) VALUES (?, ?, ?, ?)').run(photoId, inspectionId, now, actor);
}

export function insertViolationEvent(
  db: Db,
  e: { violationId: number; fromStatus: ViolationStatus; toStatus: ViolationStatus; effectiveOn: string; note: string; inspectionId: number | null },
  now: string,
  actor: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO violation_events (violation_id, from_status, to_status, effective_on, note, inspection_id, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(e.violationId, e.fromStatus, e.toStatus, e.effectiveOn, e.note, e.inspectionId, now, actor).lastInsertRowid,
  );
}

export function getViolationEvent(db: Db, id: number): ViolationEvent | undefined {
  return stmt(db, `${EVENT_SELECT} WHERE id = ?`).get(id) as ViolationEvent | undefined;
}

export function listViolationEvents(db: Db, violationId: number): ViolationEvent[] {
  return stmt(db, `${EVENT_SELECT} WHERE violation_id = ? ORDER BY id`).all(violationId) as ViolationEvent[];
}

export function lastEventDate(db: Db, violationId: number): string | undefined {
  return stmt(db, 'SELECT effective_on FROM violation_events WHERE violation_id = ? ORDER BY id DESC LIMIT 1').pluck().get(violationId) as
    | string
    | undefined;
}
