/**
 * Liens recorded against the property (each release is its own row, recorded once), and the
 * partner directory with the referrals logged on a case. The directory starts from the pack's
 * help resources the first time anyone opens it, and is then the office's to edit.
 */
import type { Lien, Partner, PartnerKind, Referral } from '../../../shared/enforcementTypes';
import type { AddPartnerInput, AddReferralInput, RecordLienInput, ReleaseLienInput, UpdatePartnerInput } from '../../../shared/enforcementSchemas';
import { AppError } from '../../../shared/errors';
import * as q from '../../db/queries/enforcementMoney';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import type { EnforcementDeps } from './deps';

type Deps = Omit<EnforcementDeps, 'vault'>;

const ref = (v: { instrumentNumber?: string; book?: string; page?: string }) => ({
  instrumentNumber: v.instrumentNumber || null,
  book: v.book || null,
  page: v.page || null,
});

export function recordLien(deps: Deps, input: RecordLienInput): Lien {
  const { db, clock, actor } = deps;
  const now = clock.now();
  const id = db
    .transaction(() => {
      const c = requireCase(db, input.caseId);
      if (input.recordedOn < c.openedOn) throw new AppError('VALIDATION', `recordedOn: ${input.recordedOn} is before the case was opened (${c.openedOn}).`);
      const lienId = q.insertLien(
        db,
        { caseId: c.id, lienType: input.lienType, amountCents: input.amount, recordedOn: input.recordedOn, ...ref(input) },
        now.toISOString(),
        actor,
      );
      appendAudit(db, { actor, action: 'lien.record', entity: 'lien', entityId: lienId, details: { ...input } }, now);
      return lienId;
    })
    .immediate();
  return q.getLien(db, id)!;
}

export function releaseLien(deps: Deps, input: ReleaseLienInput): Lien {
  const { db, clock, actor } = deps;
  const now = clock.now();
  db.transaction(() => {
    const lien = q.getLien(db, input.lienId);
    if (!lien) throw new AppError('NOT_FOUND', `Lien ${input.lienId} does not exist.`);
    if (lien.release) throw new AppError('CONFLICT', `Lien ${lien.id} was already released on ${lien.release.releasedOn}.`);
    if (input.releasedOn < lien.recordedOn) {
      throw new AppError('VALIDATION', `releasedOn: ${input.releasedOn} is before the lien was recorded (${lien.recordedOn}).`);
    }
    q.insertLienRelease(db, lien.id, { releasedOn: input.releasedOn, ...ref(input) }, now.toISOString(), actor);
    appendAudit(db, { actor, action: 'lien.release', entity: 'lien', entityId: lien.id, details: { ...input } }, now);
  }).immediate();
  return q.getLien(db, input.lienId)!;
}

/** A help resource's kind, guessed from its words; "other" when nothing matches. */
export function guessPartnerKind(text: string): PartnerKind {
  const t = text.toLowerCase();
  if (/land bank/.test(t)) return 'land_bank';
  if (/legal aid|lawyer|attorney/.test(t)) return 'legal_aid';
  if (/tenant|renter/.test(t)) return 'tenant_advocate';
  if (/aging|older adult|senior/.test(t) && !/repair/.test(t)) return 'aging_services';
  if (/repair|weatheri[sz]ation|rehab/.test(t)) return 'home_repair';
  return 'other';
}

/** Seeds an empty directory from the pack's help resources (once: after that it is never empty). */
export function ensurePartnersSeeded(deps: Deps): void {
  const { db, clock, actor, pack } = deps;
  if (q.countPartners(db) > 0 || pack.helpResources.length === 0) return;
  const now = clock.now();
  db.transaction(() => {
    if (q.countPartners(db) > 0) return;
    for (const r of pack.helpResources) {
      const p: AddPartnerInput = { name: r.name, kind: guessPartnerKind(`${r.name} ${r.description}`), contact: r.phone ?? '', whenToRefer: r.description };
      const id = q.insertPartner(db, p, now.toISOString());
      appendAudit(db, { actor, action: 'partner.seed', entity: 'partner', entityId: id, details: { ...p, pack: pack.id } }, now);
    }
  }).immediate();
}

export function listPartners(deps: Deps): Partner[] {
  ensurePartnersSeeded(deps);
  return q.listPartners(deps.db);
}

function refuseDuplicateName(deps: Deps, name: string, exceptId?: number): void {
  const other = q.findPartnerByName(deps.db, name);
  if (other && other.id !== exceptId) throw new AppError('CONFLICT', `A partner named "${other.name}" is already in the directory (partner ${other.id}). Edit that one instead.`);
}

export function addPartner(deps: Deps, input: AddPartnerInput): Partner {
  const { db, clock, actor } = deps;
  ensurePartnersSeeded(deps);
  const now = clock.now();
  const id = db
    .transaction(() => {
      refuseDuplicateName(deps, input.name);
      const pid = q.insertPartner(db, input, now.toISOString());
      appendAudit(db, { actor, action: 'partner.add', entity: 'partner', entityId: pid, details: { ...input } }, now);
      return pid;
    })
    .immediate();
  return q.getPartner(db, id)!;
}

export function updatePartner(deps: Deps, input: UpdatePartnerInput): Partner {
  const { db, clock, actor } = deps;
  const now = clock.now();
  db.transaction(() => {
    const before = q.getPartner(db, input.partnerId);
    if (!before) throw new AppError('NOT_FOUND', `Partner ${input.partnerId} does not exist.`);
    refuseDuplicateName(deps, input.name, before.id);
    const { partnerId: _id, ...fields } = input;
    q.updatePartner(db, before.id, fields, now.toISOString());
    appendAudit(db, { actor, action: 'partner.update', entity: 'partner', entityId: before.id, details: { before, after: fields } }, now);
  }).immediate();
  return q.getPartner(db, input.partnerId)!;
}

export function addReferral(deps: Deps, input: AddReferralInput): Referral {
  const { db, clock, actor } = deps;
  const now = clock.now();
  const id = db
    .transaction(() => {
      const c = requireCase(db, input.caseId);
      const partner = q.getPartner(db, input.partnerId);
      if (!partner) throw new AppError('NOT_FOUND', `Partner ${input.partnerId} is not in the directory. Add the partner first.`);
      if (input.referredOn < c.openedOn) throw new AppError('VALIDATION', `referredOn: ${input.referredOn} is before the case was opened (${c.openedOn}).`);
      const rid = q.insertReferral(db, input, now.toISOString(), actor);
      appendAudit(db, { actor, action: 'referral.add', entity: 'referral', entityId: rid, details: { ...input, partnerName: partner.name } }, now);
      return rid;
    })
    .immediate();
  return q.getReferral(db, id)!;
}

export function setReferralOutcome(deps: Deps, input: { referralId: number; outcome: string }): Referral {
  const { db, clock, actor } = deps;
  const now = clock.now();
  db.transaction(() => {
    const before = q.getReferral(db, input.referralId);
    if (!before) throw new AppError('NOT_FOUND', `Referral ${input.referralId} does not exist.`);
    q.setReferralOutcome(db, before.id, input.outcome);
    appendAudit(db, { actor, action: 'referral.outcome', entity: 'referral', entityId: before.id, details: { before: before.outcome, after: input.outcome } }, now);
  }).immediate();
  return q.getReferral(db, input.referralId)!;
}

export function listReferrals(deps: Pick<Deps, 'db'>, caseId: number): Referral[] {
  requireCase(deps.db, caseId);
  return q.listReferrals(deps.db, caseId);
}

export function listLiens(deps: Pick<Deps, 'db'>, caseId: number): Lien[] {
  requireCase(deps.db, caseId);
  return q.listLiens(deps.db, caseId);
}
