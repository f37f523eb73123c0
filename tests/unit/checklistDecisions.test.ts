/** Stored waivers and sign-offs on a real store: readiness counts waivers, sign-offs lapse when their evidence changes, every write is audited. */
import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import {
  itemEvidenceHash,
  reviewChecklist,
  signOffChecklistItem,
  waiveChecklistItem,
  withdrawWaiver,
  type ChecklistDecisionDeps,
} from '../../electron/services/checklists/checklistDecisions';
import { importPhoto } from '../../electron/services/evidence/photoIntake';
import { loadPack } from '../../electron/services/packs/loadPack';
import { addOwnershipFinding } from '../../electron/services/parties/ownershipService';
import { waiveChecklistItemInput, withdrawWaiverInput } from '../../shared/checklistDecisionsSchemas';
import { deadlineSetupFor } from '../../shared/deadlines/packSetup';
import { generateTestJpeg } from '../fixtures/makePhotos';
import { enforcementWorld } from './support/enforcementFixture';
import { TEMPLATES } from './support/inspectionsStore';

async function world() {
  const w = await enforcementWorld();
  const { checklists, pack } = await loadPack(TEMPLATES, 'model-ipmc');
  const d: ChecklistDecisionDeps = { db: w.db, clock: w.deps.clock, actor: 'solicitor', checklists: checklists ?? null, packName: 'Model', deadlines: deadlineSetupFor(pack) };
  return { w, d };
}

const item = (review: ReturnType<typeof reviewChecklist>, id: string) => review.items.find((i) => i.id === id)!;

describe('checklist waivers', () => {
  it('counts a waived blocking item toward readiness, keeps the gap visible, and can be withdrawn', async () => {
    const { w, d } = await world();
    const before = reviewChecklist(d, w.caseId, 'notice_of_violation');
    expect(item(before, 'dated-photos')).toMatchObject({ status: 'missing', waiver: null, signOff: null });

    const input = waiveChecklistItemInput.parse({ caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos', reason: '  Photos are on the body camera record  ' });
    const waived = waiveChecklistItem(d, input).review;
    expect(item(waived, 'dated-photos')).toMatchObject({ status: 'waived', waiver: { reason: 'Photos are on the body camera record', by: 'solicitor' } });
    expect(item(waived, 'dated-photos').detail).toMatch(/photo/i); // what the predicate found stays beside the waiver
    expect(waived.readiness.done).toBe(before.readiness.done + 1);
    expect(waived.readiness.percent).toBeGreaterThan(before.readiness.percent);
    // Stored: a fresh evaluation still sees it, and only on this step.
    expect(item(reviewChecklist(d, w.caseId, 'notice_of_violation'), 'dated-photos').status).toBe('waived');
    expect(item(reviewChecklist(d, w.caseId, 'refer_to_law'), 'dated-photos').status).toBe('missing');
    expect(() => waiveChecklistItem(d, input)).toThrow(/already waived .*Withdraw that waiver first/);

    const withdrawn = withdrawWaiver(d, withdrawWaiverInput.parse({ caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos' })).review;
    expect(item(withdrawn, 'dated-photos')).toMatchObject({ status: 'missing', waiver: null });
    expect(withdrawn.readiness).toEqual(before.readiness);
    expect(() => withdrawWaiver(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos' })).toThrow(/not waived/);
    // Waived again after a withdrawal: the latest row wins.
    expect(item(waiveChecklistItem(d, { ...input, reason: 'Second reason' }).review, 'dated-photos').waiver?.reason).toBe('Second reason');

    const actions = listAudit(w.db, { entity: 'case', entityId: String(w.caseId) }).map((e) => e.action).filter((a) => a.startsWith('checklist.'));
    expect(actions).toEqual(['checklist.waive', 'checklist.waiver.withdraw', 'checklist.waive']);
    expect(verifyAuditChain(w.db).ok).toBe(true);
    expect(w.db.prepare('SELECT action, reason FROM checklist_waivers ORDER BY id').all()).toEqual([
      { action: 'waive', reason: 'Photos are on the body camera record' },
      { action: 'withdraw', reason: null },
      { action: 'waive', reason: 'Second reason' },
    ]);
  });

  it('refuses a waiver without a reason, with control characters, for an unknown item, step or case — writing nothing', async () => {
    const { w, d } = await world();
    const base = { caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos' };
    expect(waiveChecklistItemInput.safeParse({ ...base, reason: '   ' }).error?.issues[0]?.message).toMatch(/Say why the item is waived/);
    expect(waiveChecklistItemInput.safeParse({ ...base }).success).toBe(false);
    expect(waiveChecklistItemInput.safeParse({ ...base, reason: 'ok\u0007' }).error?.issues[0]?.message).toMatch(/control characters/);
    expect(waiveChecklistItemInput.safeParse({ ...base, reason: 'x'.repeat(2001) }).success).toBe(false);
    expect(waiveChecklistItemInput.safeParse({ ...base, itemId: 'Dated Photos', reason: 'r' }).error?.issues[0]?.message).toMatch(/lowercase letters/);
    expect(waiveChecklistItemInput.safeParse({ ...base, step: 'foreclose', reason: 'r' }).success).toBe(false);
    expect(() => waiveChecklistItem(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'no-such-item', reason: 'r' })).toThrow(
      /has no item "no-such-item"\. Its items are: owner-verified, code-sections/,
    );
    expect(() => waiveChecklistItem(d, { caseId: 999, step: 'notice_of_violation', itemId: 'dated-photos', reason: 'r' })).toThrow(/Case 999 does not exist/);
    expect(() => waiveChecklistItem({ ...d, checklists: null }, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos', reason: 'r' })).toThrow(/has no checklists\.json/);
    expect(w.db.prepare('SELECT count(*) FROM checklist_waivers').pluck().get()).toBe(0);
  });
});

describe('checklist sign-offs', () => {
  it('binds a sign-off to the evidence it saw and shows it lapsed when a new photo changes that evidence', async () => {
    const { w, d } = await world();
    // Photos taken on the case's own days (a camera date years back would not count: see photoDates.ts).
    const atCase = (taken: string, label: string) => generateTestJpeg({ width: 320, height: 240, dateTimeOriginal: taken, label });
    await importPhoto({ ...w.deps }, { caseId: w.caseId, violationId: w.violationId }, { bytes: await atCase('2026-10-05T10:00:00', 'first'), fileName: 'first.jpg' });
    const met = item(reviewChecklist(d, w.caseId, 'notice_of_violation'), 'dated-photos');
    expect(met.status).toBe('met');

    const signed = item(signOffChecklistItem(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos' }).review, 'dated-photos');
    expect(signed.signOff).toEqual({ by: 'solicitor', at: w.deps.clock.now().toISOString(), current: true });
    expect(w.db.prepare('SELECT evidence_hash FROM checklist_signoffs').pluck().get()).toBe(itemEvidenceHash(met));

    await importPhoto({ ...w.deps }, { caseId: w.caseId, violationId: w.violationId }, { bytes: await atCase('2026-10-25T09:00:00', 'second'), fileName: 'second.jpg' });
    const after = item(reviewChecklist(d, w.caseId, 'notice_of_violation'), 'dated-photos');
    expect(after.status).toBe('met'); // still met, but not what the solicitor saw
    expect(after.signOff).toMatchObject({ by: 'solicitor', current: false });

    // Signing off again binds to the new evidence.
    expect(item(signOffChecklistItem(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos' }).review, 'dated-photos').signOff?.current).toBe(true);
    const audit = listAudit(w.db, { entity: 'case', entityId: String(w.caseId) }).filter((e) => e.action === 'checklist.signoff');
    expect(audit).toHaveLength(2);
    expect(verifyAuditChain(w.db).ok).toBe(true);
  });

  it('lapses an owner-verified sign-off when a newer ownership finding is recorded', async () => {
    const { w, d } = await world();
    await addOwnershipFinding({ ...w.deps }, { caseId: w.caseId, source: 'assessor', performedOn: '2026-10-06', finding: 'Owner per assessor roll', partyId: w.ownerId }, []);
    signOffChecklistItem(d, { caseId: w.caseId, step: 'civil_ticket', itemId: 'owner-verified' });
    expect(item(reviewChecklist(d, w.caseId, 'civil_ticket'), 'owner-verified').signOff?.current).toBe(true);
    await addOwnershipFinding({ ...w.deps }, { caseId: w.caseId, source: 'recorder_deed', performedOn: '2026-10-07', finding: 'Deed book 12 page 4', partyId: w.ownerId }, []);
    expect(item(reviewChecklist(d, w.caseId, 'civil_ticket'), 'owner-verified').signOff?.current).toBe(false);
  });

  it('refuses to sign off an item that is not met, writing nothing', async () => {
    const { w, d } = await world();
    expect(() => signOffChecklistItem(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'dated-photos' })).toThrow(/is missing, not met: .*Only a met item can be signed off/);
    waiveChecklistItem(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'entry-authority', reason: 'Viewed from the street' });
    expect(() => signOffChecklistItem(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'entry-authority' })).toThrow(/is waived, not met/);
    expect(() => signOffChecklistItem(d, { caseId: w.caseId, step: 'notice_of_violation', itemId: 'nope' })).toThrow(/has no item "nope"/);
    expect(w.db.prepare('SELECT count(*) FROM checklist_signoffs').pluck().get()).toBe(0);
  });
});
