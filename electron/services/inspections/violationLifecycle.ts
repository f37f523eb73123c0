/**
 * The violation lifecycle: open -> corrected / referred / dismissed / abated, with the allowed
 * moves in shared/inspectionsTypes.ts (dismissed and abated are final). Each change appends a
 * violation_events row (append-only by trigger) and an audit entry, and updates the violation's
 * current status, all in the caller's transaction.
 */
import type { ViolationStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { canTransition, VIOLATION_TRANSITIONS, type ViolationEvent } from '../../../shared/inspectionsTypes';
import type { SetViolationStatusInput } from '../../../shared/inspectionsSchemas';
import type { Db } from '../../db/open';
import * as q from '../../db/queries/inspections';
import * as violations from '../../db/queries/violations';
import { appendAudit } from '../audit';
import { localIsoDate, type Clock } from '../clock';
import { requireCase } from '../cases/caseService';

export interface LifecycleDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: string;
}

export function requireViolation(db: Db, violationId: number): violations.ViolationRow {
  const v = violations.getViolation(db, violationId);
  if (!v) throw new AppError('NOT_FOUND', `Violation ${violationId} does not exist. It may belong to another data folder.`);
  return v;
}

/** Checks and records one transition; must run inside the caller's transaction. */
export function transitionViolation(
  deps: LifecycleDeps,
  change: { violationId: number; to: ViolationStatus; effectiveOn: string; note: string; inspectionId: number | null },
  now: Date,
): ViolationEvent {
  const { db, actor } = deps;
  const v = requireViolation(db, change.violationId);
  if (v.status === change.to) {
    throw new AppError('CONFLICT', `Violation ${v.id} (${v.codeSection}) is already ${change.to}.`);
  }
  if (!canTransition(v.status, change.to)) {
    const allowed = VIOLATION_TRANSITIONS[v.status];
    throw new AppError(
      'CONFLICT',
      allowed.length === 0
        ? `Violation ${v.id} (${v.codeSection}) is ${v.status}, which is final. If the condition came back, record a new violation.`
        : `Violation ${v.id} (${v.codeSection}) is ${v.status}; it can only become ${allowed.join(', ')}.`,
    );
  }
  const today = localIsoDate(now);
  if (change.effectiveOn > today) {
    throw new AppError('VALIDATION', `The status date ${change.effectiveOn} is in the future. Record a change on or after the day it happens.`);
  }
  const openedOn = requireCase(db, v.caseId).openedOn;
  if (change.effectiveOn < openedOn) {
    throw new AppError('VALIDATION', `The status date ${change.effectiveOn} is before the case was opened (${openedOn}).`);
  }
  const last = q.lastEventDate(db, v.id);
  if (last && change.effectiveOn < last) {
    throw new AppError('VALIDATION', `The status date ${change.effectiveOn} is before the violation's last status change (${last}). Status changes are recorded in date order.`);
  }
  const eventId = q.insertViolationEvent(
    db,
    { violationId: v.id, fromStatus: v.status, toStatus: change.to, effectiveOn: change.effectiveOn, note: change.note, inspectionId: change.inspectionId },
    now.toISOString(),
    actor,
  );
  violations.updateViolationStatus(db, v.id, change.to, change.effectiveOn);
  appendAudit(
    db,
    {
      actor,
      action: 'violation.status',
      entity: 'violation',
      entityId: v.id,
      details: { eventId, from: v.status, to: change.to, effectiveOn: change.effectiveOn, note: change.note, inspectionId: change.inspectionId },
    },
    now,
  );
  return q.getViolationEvent(db, eventId)!;
}

export function setViolationStatus(deps: LifecycleDeps, input: SetViolationStatusInput): ViolationEvent {
  const now = deps.clock.now();
  return deps.db
    .transaction(() => transitionViolation(deps, { violationId: input.violationId, to: input.status, effectiveOn: input.effectiveOn, note: input.note, inspectionId: null }, now))
    .immediate();
}

export function listViolationEvents(db: Db, violationId: number): ViolationEvent[] {
  requireViolation(db, violationId);
  return q.listViolationEvents(db, violationId);
}
