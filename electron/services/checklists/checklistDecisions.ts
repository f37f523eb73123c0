/**
 * Stored decisions about checklist items: waivers (with a reason, withdrawable) and solicitor
 * sign-offs bound to the evidence they saw. A sign-off stores the SHA-256 of the canonical JSON
 * of the item's evidence refs, status and detail; when any of those changes (a new photo, a new
 * finding, the item going stale) the hash no longer matches and the sign-off shows as lapsed.
 * Every write runs in one transaction with its audit entry.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonicalJson';
import type { ChecklistDecisionResult, ChecklistReview } from '../../../shared/checklistDecisionsTypes';
import type { ChecklistItemRefInput, WaiveChecklistItemInput, WithdrawWaiverInput } from '../../../shared/checklistDecisionsSchemas';
import { evaluateChecklist, type ChecklistItemResult, type Waiver } from '../../../shared/checklists/evaluate';
import type { ChecklistPack, ChecklistStep } from '../../../shared/checklists/schema';
import type { DeadlineSetup } from '../../../shared/deadlines/computeDeadline';
import { deadlineSetupFor } from '../../../shared/deadlines/packSetup';
import type { JurisdictionPack } from '../../../shared/jurisdictionPack';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import * as q from '../../db/queries/checklistDecisions';
import { appendAudit } from '../audit';
import { localIsoDate, type Clock } from '../clock';
import { buildCaseFacts } from './caseFacts';

export interface ChecklistDecisionDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: string;
  /** The pack's checklists, or null when the pack has none. */
  readonly checklists: ChecklistPack | null;
  readonly packName: string;
  /** The pack's deadline rules and holiday calendar: `deadlineSetupFor(pack)` (shared/deadlines/packSetup.ts). */
  readonly deadlines: DeadlineSetup;
}

/** The deps from what every service already holds (db, clock, actor, the loaded pack): one place that builds the deadline setup. */
export function checklistDecisionDeps(from: {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: string;
  readonly pack: { readonly pack: JurisdictionPack; readonly checklists?: ChecklistPack };
}): ChecklistDecisionDeps {
  const { db, clock, actor, pack } = from;
  return { db, clock, actor, checklists: pack.checklists ?? null, packName: pack.pack.name, deadlines: deadlineSetupFor(pack.pack) };
}

/** What a sign-off is bound to: the item's evidence refs, status and detail, hashed canonically. */
export function itemEvidenceHash(item: Pick<ChecklistItemResult, 'evidence' | 'status' | 'detail'>): string {
  return createHash('sha256').update(canonicalJson({ evidence: item.evidence, status: item.status, detail: item.detail })).digest('hex');
}

function requireChecklists(deps: ChecklistDecisionDeps): ChecklistPack {
  if (!deps.checklists) {
    throw new AppError('NOT_FOUND', `The jurisdiction pack "${deps.packName}" has no checklists.json, so there is no checklist to evaluate.`);
  }
  return deps.checklists;
}

/** The step evaluated with the stored waivers, each item carrying its latest sign-off and whether it still holds. */
export function reviewChecklist(deps: ChecklistDecisionDeps, caseId: number, step: ChecklistStep): ChecklistReview {
  const checklists = requireChecklists(deps);
  // Facts first: an unknown case is NOT_FOUND whatever the pack holds.
  const facts = buildCaseFacts(deps.db, caseId);
  const waivers: Waiver[] = q
    .latestWaivers(deps.db, caseId, step)
    .filter((w) => w.action === 'waive')
    .map((w) => ({ itemId: w.itemId, reason: w.reason ?? '', by: w.by }));
  const evaluation = evaluateChecklist(checklists, step, facts, { today: localIsoDate(deps.clock.now()), deadlines: deps.deadlines }, waivers);
  const signOffs = new Map(q.latestSignOffs(deps.db, caseId, step).map((s) => [s.itemId, s]));
  return {
    ...evaluation,
    items: evaluation.items.map((item) => {
      const s = signOffs.get(item.id);
      return { ...item, signOff: s ? { by: s.by, at: s.at, current: s.evidenceHash === itemEvidenceHash(item) } : null };
    }),
  };
}

function requireItem(review: ChecklistReview, itemId: string) {
  const item = review.items.find((i) => i.id === itemId);
  if (!item) {
    throw new AppError('NOT_FOUND', `The "${review.stepTitle}" checklist has no item "${itemId}". Its items are: ${review.items.map((i) => i.id).join(', ')}.`);
  }
  return item;
}

export function waiveChecklistItem(deps: ChecklistDecisionDeps, input: WaiveChecklistItemInput): ChecklistDecisionResult {
  const { caseId, step, itemId, reason } = input;
  return deps.db.transaction(() => {
    const item = requireItem(reviewChecklist(deps, caseId, step), itemId);
    if (item.waiver) throw new AppError('CONFLICT', `"${item.title}" is already waived (by ${item.waiver.by}: "${item.waiver.reason}"). Withdraw that waiver first to record a different reason.`);
    const now = deps.clock.now();
    const id = q.insertWaiverRow(deps.db, { caseId, step, itemId, action: 'waive', reason, by: deps.actor }, now.toISOString());
    appendAudit(deps.db, { actor: deps.actor, action: 'checklist.waive', entity: 'case', entityId: caseId, details: { waiverId: id, step, itemId, reason, statusBefore: item.status } }, now);
    return { caseId, step, itemId, review: reviewChecklist(deps, caseId, step) };
  })();
}

export function withdrawWaiver(deps: ChecklistDecisionDeps, input: WithdrawWaiverInput): ChecklistDecisionResult {
  const { caseId, step, itemId } = input;
  const reason = input.reason ?? null;
  return deps.db.transaction(() => {
    const item = requireItem(reviewChecklist(deps, caseId, step), itemId);
    if (!item.waiver) throw new AppError('CONFLICT', `"${item.title}" is not waived, so there is no waiver to withdraw.`);
    const now = deps.clock.now();
    const id = q.insertWaiverRow(deps.db, { caseId, step, itemId, action: 'withdraw', reason, by: deps.actor }, now.toISOString());
    appendAudit(deps.db, { actor: deps.actor, action: 'checklist.waiver.withdraw', entity: 'case', entityId: caseId, details: { waiverId: id, step, itemId, reason } }, now);
    return { caseId, step, itemId, review: reviewChecklist(deps, caseId, step) };
  })();
}

export function signOffChecklistItem(deps: ChecklistDecisionDeps, input: ChecklistItemRefInput): ChecklistDecisionResult {
  const { caseId, step, itemId } = input;
  return deps.db.transaction(() => {
    const item = requireItem(reviewChecklist(deps, caseId, step), itemId);
    if (!item.applies) throw new AppError('VALIDATION', `"${item.title}" does not apply to this case (${item.appliesNote ?? 'its conditions exclude it'}), so there is nothing to sign off.`);
    if (item.status !== 'met') {
      throw new AppError('VALIDATION', `"${item.title}" is ${item.status}, not met: ${item.detail} Only a met item can be signed off; fix it first.`);
    }
    const evidenceHash = itemEvidenceHash(item);
    const now = deps.clock.now();
    const id = q.insertSignOff(deps.db, { caseId, step, itemId, evidenceHash, by: deps.actor }, now.toISOString());
    appendAudit(deps.db, { actor: deps.actor, action: 'checklist.signoff', entity: 'case', entityId: caseId, details: { signOffId: id, step, itemId, evidenceHash, evidence: item.evidence } }, now);
    return { caseId, step, itemId, review: reviewChecklist(deps, caseId, step) };
  })();
}
