/**
 * Inspections: when, by whom, under what entry authority (public view, consent — by whom,
 * administrative warrant — its number), what was found for each violation, and the photos taken.
 * Records are append-only: a finding is corrected by a new row that supersedes it. A
 * 'corrected' finding moves an open or referred violation to corrected through the lifecycle.
 */
import { AppError } from '../../../shared/errors';
import type { Inspection, RecordFindingsResult, ViolationEvent } from '../../../shared/inspectionsTypes';
import type { CreateInspectionInput, RecordFindingsInput } from '../../../shared/inspectionsSchemas';
import type { Db } from '../../db/open';
import { getPhoto } from '../../db/queries/photos';
import * as q from '../../db/queries/inspections';
import { appendAudit } from '../audit';
import { localIsoDate } from '../clock';
import { requireCase } from '../cases/caseService';
import { requireViolation, transitionViolation, type LifecycleDeps } from './violationLifecycle';

export function requireInspection(db: Db, inspectionId: number): Inspection {
  const head = q.getInspectionHead(db, inspectionId);
  if (!head) throw new AppError('NOT_FOUND', `Inspection ${inspectionId} does not exist. It may belong to another data folder.`);
  return { ...head, findings: q.currentFindings(db, inspectionId), photoIds: q.inspectionPhotoIds(db, inspectionId) };
}

export function listInspections(db: Db, caseId: number): Inspection[] {
  requireCase(db, caseId);
  return q.listInspectionHeads(db, caseId).map((h) => ({ ...h, findings: q.currentFindings(db, h.id), photoIds: q.inspectionPhotoIds(db, h.id) }));
}

export function createInspection(deps: LifecycleDeps, input: CreateInspectionInput): Inspection {
  const { db, clock, actor } = deps;
  const now = clock.now();
  if (input.inspectedOn > localIsoDate(now)) {
    throw new AppError('VALIDATION', `The inspection date ${input.inspectedOn} is in the future. Record an inspection on or after the day it took place.`);
  }
  const id = db
    .transaction(() => {
      requireCase(db, input.caseId);
      const newId = q.insertInspection(db, input, now.toISOString(), actor);
      appendAudit(db, { actor, action: 'inspection.create', entity: 'inspection', entityId: newId, details: { ...input } }, now);
      return newId;
    })
    .immediate();
  return requireInspection(db, id);
}

export function recordFindings(deps: LifecycleDeps, input: RecordFindingsInput): RecordFindingsResult {
  const { db, clock, actor } = deps;
  const now = clock.now();
  const seen = new Set<number>();
  for (const f of input.findings) {
    if (seen.has(f.violationId)) {
      throw new AppError('VALIDATION', `Violation ${f.violationId} is listed twice. Record one finding per violation per inspection.`);
    }
    seen.add(f.violationId);
  }
  const statusChanges = db
    .transaction(() => {
      const inspection = requireInspection(db, input.inspectionId);
      const changes: ViolationEvent[] = [];
      for (const f of input.findings) {
        const v = requireViolation(db, f.violationId);
        if (v.caseId !== inspection.caseId) {
          throw new AppError('VALIDATION', `Violation ${v.id} belongs to another case than inspection ${inspection.id}. Record findings only for this case's violations.`);
        }
        const current = inspection.findings.find((x) => x.violationId === v.id);
        // Recording the same finding again is a no-op, so a retried save writes nothing twice.
        if (current && current.finding === f.finding && current.note === f.note) continue;
        const findingId = q.insertFinding(
          db,
          { inspectionId: inspection.id, violationId: v.id, finding: f.finding, note: f.note, supersedesId: current?.id ?? null },
          now.toISOString(),
          actor,
        );
        appendAudit(
          db,
          {
            actor,
            action: current ? 'inspection.finding.correct' : 'inspection.finding',
            entity: 'inspection',
            entityId: inspection.id,
            details: { findingId, violationId: v.id, finding: f.finding, note: f.note, supersedes: current ? { id: current.id, finding: current.finding, note: current.note } : null },
          },
          now,
        );
        if (input.applyCorrections && f.finding === 'corrected' && (v.status === 'open' || v.status === 'referred')) {
          changes.push(
            transitionViolation(
              deps,
              { violationId: v.id, to: 'corrected', effectiveOn: inspection.inspectedOn, note: `Found corrected at ${inspection.kind} inspection ${inspection.id}${f.note ? `: ${f.note}` : ''}`, inspectionId: inspection.id },
              now,
            ),
          );
        }
      }
      return changes;
    })
    .immediate();
  return { inspection: requireInspection(db, input.inspectionId), statusChanges };
}

export function linkPhotoToInspection(deps: LifecycleDeps, input: { inspectionId: number; photoId: number }): Inspection {
  const { db, clock, actor } = deps;
  const now = clock.now();
  db.transaction(() => {
    const inspection = requireInspection(db, input.inspectionId);
    const photo = getPhoto(db, input.photoId);
    if (!photo) throw new AppError('NOT_FOUND', `Photo ${input.photoId} does not exist.`);
    if (photo.caseId !== inspection.caseId) {
      throw new AppError('VALIDATION', `Photo ${photo.id} belongs to another case than inspection ${inspection.id}.`);
    }
    const linked = q.photoInspectionId(db, photo.id);
    if (linked === inspection.id) return;
    if (linked !== undefined) {
      throw new AppError('CONFLICT', `Photo ${photo.id} is already recorded as taken at inspection ${linked}. A photo is taken at one inspection.`);
    }
    q.insertInspectionPhoto(db, inspection.id, photo.id, now.toISOString(), actor);
    appendAudit(db, { actor, action: 'inspection.photo', entity: 'inspection', entityId: inspection.id, details: { photoId: photo.id, sha256: photo.originalSha256 } }, now);
  }).immediate();
  return requireInspection(db, input.inspectionId);
}
