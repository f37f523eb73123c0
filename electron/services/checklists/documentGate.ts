/**
 * The gate between a step's checklist and the documents it guards: a document whose kind a
 * step lists in the pack's `documents` is issued only when that step is ready for the case
 * (every applicable blocking item met or waived). Services that issue documents call
 * `assertDocumentUnlocked` first, so the app, the HTTP bridge and the CLI are all gated alike;
 * a pack without checklists, or one where no step lists the kind, gates nothing.
 */
import { GUARDABLE_DOCUMENT_KINDS, stepGuardingDocument, type ChecklistStep } from '../../../shared/checklists/schema';
import type { DocumentGate } from '../../../shared/documentGateTypes';
import type { DocumentKind } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { getCaseRow } from '../../db/queries/cases';
import { reviewChecklist, type ChecklistDecisionDeps } from './checklistDecisions';

function gateFor(deps: ChecklistDecisionDeps, caseId: number, kind: DocumentKind, step: ChecklistStep): DocumentGate {
  const review = reviewChecklist(deps, caseId, step);
  const blockingLeft = review.items
    .filter((i) => i.applies && i.severity === 'blocking' && i.status !== 'met' && i.status !== 'waived')
    .map(({ id, title, status }) => ({ id, title, status }));
  return { kind, step, stepTitle: review.stepTitle, unlocked: review.ready, blockingLeft };
}

/** The gate of one kind for a case, or null when no step guards it (the document is never locked). */
export function documentGate(deps: ChecklistDecisionDeps, caseId: number, kind: DocumentKind): DocumentGate | null {
  const step = deps.checklists ? stepGuardingDocument(deps.checklists, kind) : null;
  return step ? gateFor(deps, caseId, kind, step) : null;
}

/** Every guarded document of the pack for a case, locked or not (for the Prepare tab and the Generate buttons). */
export function documentGates(deps: ChecklistDecisionDeps, caseId: number): DocumentGate[] {
  if (!getCaseRow(deps.db, caseId)) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist.`);
  return GUARDABLE_DOCUMENT_KINDS.flatMap((kind) => documentGate(deps, caseId, kind) ?? []);
}

/** Throws NOT_READY naming every blocking item left, so the clerk knows exactly what to fix. */
export function assertDocumentUnlocked(deps: ChecklistDecisionDeps, caseId: number, kind: DocumentKind): void {
  const gate = documentGate(deps, caseId, kind);
  if (gate && !gate.unlocked) throw new AppError('NOT_READY', notReadyMessage(gate));
}

export function notReadyMessage(gate: DocumentGate): string {
  const n = gate.blockingLeft.length;
  const items = gate.blockingLeft.map((i) => (i.status === 'stale' ? `${i.title} (out of date)` : i.title)).join('; ');
  const count = n === 1 ? '1 blocking item is missing' : `${n} blocking items are missing`;
  return `The ${gate.kind.replaceAll('_', ' ')} cannot be issued yet: ${count} from "${gate.stepTitle}" — ${items}. Fix them in Prepare or record a waiver.`;
}
