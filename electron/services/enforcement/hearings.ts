/**
 * Hearings before a tribunal. A hearing row is what was first scheduled; each continuance is a
 * new row (new date and reason) so the history of postponements is kept for the record; the
 * outcome is one row, written once. The appeal deadline is the order date plus the pack's appeal
 * days, moved to Monday when it falls on a weekend.
 */
import type { Hearing } from '../../../shared/enforcementTypes';
import type { AddHearingInput, RecordHearingOutcomeInput } from '../../../shared/enforcementSchemas';
import { computeDeadline } from '../../../shared/deadlines/computeDeadline';
import { deadlineSetupFor } from '../../../shared/deadlines/packSetup';
import { AppError } from '../../../shared/errors';
import * as q from '../../db/queries/enforcement';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import { applyCitationStatus } from './citations';
import type { EnforcementDeps } from './deps';
import { postFine } from './ledger';

type Deps = Omit<EnforcementDeps, 'vault'>;

export function addHearing(deps: Deps, input: AddHearingInput): Hearing {
  const { db, clock, actor } = deps;
  const now = clock.now();
  const id = db
    .transaction(() => {
      const c = requireCase(db, input.caseId);
      if (input.citationId !== null) {
        const citation = q.getCitation(db, input.citationId);
        if (!citation || citation.caseId !== c.id) throw new AppError('NOT_FOUND', `Citation ${input.citationId} is not part of case ${c.caseNumber}.`);
      }
      const other = q.findHearingByDocket(db, input.tribunal, input.docketNumber);
      if (other !== undefined) {
        throw new AppError('CONFLICT', `Docket ${input.docketNumber} before ${input.tribunal} is already recorded (hearing ${other}). To move it, record a continuance.`);
      }
      if (input.scheduledAt.slice(0, 10) < c.openedOn) {
        throw new AppError('VALIDATION', `scheduledAt: ${input.scheduledAt} is before the case was opened (${c.openedOn}).`);
      }
      const hearingId = q.insertHearing(
        db,
        { caseId: c.id, citationId: input.citationId, tribunal: input.tribunal, docketNumber: input.docketNumber, originalAt: input.scheduledAt, place: input.place, hearingOfficer: input.hearingOfficer },
        now.toISOString(),
        actor,
      );
      appendAudit(db, { actor, action: 'hearing.add', entity: 'hearing', entityId: hearingId, details: { ...input } }, now);
      return hearingId;
    })
    .immediate();
  return q.getHearing(db, id)!;
}

function requireOpenHearing(deps: Deps, hearingId: number): Hearing {
  const h = q.getHearing(deps.db, hearingId);
  if (!h) throw new AppError('NOT_FOUND', `Hearing ${hearingId} does not exist.`);
  if (h.outcome) {
    throw new AppError('CONFLICT', `Hearing ${h.docketNumber} already has its outcome (${h.outcome.outcome}, ordered ${h.outcome.orderDate}); it cannot be changed.`);
  }
  return h;
}

export function continueHearing(deps: Deps, input: { hearingId: number; newAt: string; reason: string }): Hearing {
  const { db, clock, actor } = deps;
  const now = clock.now();
  db.transaction(() => {
    const h = requireOpenHearing(deps, input.hearingId);
    if (input.newAt === h.scheduledAt) {
      throw new AppError('VALIDATION', `newAt: the hearing is already set for ${h.scheduledAt}. Give the new date and time.`);
    }
    const cid = q.insertContinuance(db, h.id, { previousAt: h.scheduledAt, newAt: input.newAt, reason: input.reason, recordedAt: now.toISOString(), recordedBy: actor });
    appendAudit(db, { actor, action: 'hearing.continue', entity: 'hearing', entityId: h.id, details: { continuance: cid, from: h.scheduledAt, ...input } }, now);
  }).immediate();
  return q.getHearing(db, input.hearingId)!;
}

export function recordHearingOutcome(deps: Deps, input: RecordHearingOutcomeInput): Hearing {
  const { db, clock, actor, pack } = deps;
  const now = clock.now();
  db.transaction(() => {
    const h = requireOpenHearing(deps, input.hearingId);
    if (input.orderDate < h.originalAt.slice(0, 10)) {
      throw new AppError('VALIDATION', `orderDate: ${input.orderDate} is before the hearing was first set (${h.originalAt.slice(0, 10)}).`);
    }
    const noFine = input.outcome === 'not_liable' || input.outcome === 'dismissed';
    if (noFine && input.finesOrdered > 0) {
      throw new AppError('VALIDATION', `finesOrdered: an outcome of "${input.outcome.replace('_', ' ')}" orders no fine. Record $0.00 or choose another outcome.`);
    }
    // The pack's appeal rule (deadlines.rules.appeal, else appeal.days calendar days) with its unit and roll.
    const appealDeadline = computeDeadline('appeal', { from: input.orderDate }, deadlineSetupFor(pack)).date;
    q.insertHearingOutcome(db, h.id, {
      outcome: input.outcome,
      finesOrderedCents: input.finesOrdered,
      orderDate: input.orderDate,
      appealDeadline,
      notes: input.notes,
      recordedAt: now.toISOString(),
      recordedBy: actor,
    });
    appendAudit(db, { actor, action: 'hearing.outcome', entity: 'hearing', entityId: h.id, details: { ...input, appealDeadline } }, now);
    postFine(
      db,
      { caseId: h.caseId, cents: input.finesOrdered, entryDate: input.orderDate, description: `Fine ordered, ${h.tribunal} docket ${h.docketNumber}`, hearingId: h.id },
      actor,
      now,
    );
    // A citation heard and thrown out is dismissed, which reverses its fine on the ledger.
    if (h.citationId !== null && noFine) {
      applyCitationStatus(deps, h.citationId, 'dismissed', `hearing ${h.docketNumber}: ${input.outcome.replace('_', ' ')}`, now);
    }
  }).immediate();
  return q.getHearing(db, input.hearingId)!;
}
