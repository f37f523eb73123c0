/**
 * The document gate on a real core (through dispatch, as IPC, the HTTP bridge and the CLI call
 * it): a notice is refused while the checklist step that guards it has blocking items left,
 * naming them; it is issued once they are fixed or waived; a pack without checklists or a kind no
 * step lists is not gated. Also the pack schema's `documents` list.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checklistDecisionDeps } from '../../electron/services/checklists/checklistDecisions';
import { documentGate } from '../../electron/services/checklists/documentGate';
import { createCore, type Core } from '../../electron/services/core';
import { dispatch } from '../../electron/services/dispatch';
import { loadPack } from '../../electron/services/packs/loadPack';
import { checklistPackSchema, stepGuardingDocument } from '../../shared/checklists/schema';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';
import { realPhoto } from '../fixtures/makePhotos';

const ROOT = path.resolve(__dirname, '..', '..');
const NOW = new Date('2026-11-02T15:00:00Z');
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function openCore(templatesDir = path.join(ROOT, 'templates')) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-gate-'));
  const core = await createCore({ dataDir: dir, resourcesDir: path.join(ROOT, 'resources'), templatesDir, actor: 'clerk', clock: { now: () => NOW } });
  cleanups.push(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return core;
}

type Progress = (done: number, total: number, message: string) => void;
async function attempt<K extends MethodName>(core: Core, name: K, input: MethodInput<K>, progress: Progress = () => {}) {
  return dispatch(core.handlers, name, input, { actor: 'clerk', progress }) as Promise<{ ok: true; value: MethodOutput<K> } | { ok: false; error: AppErrorShape }>;
}
async function call<K extends MethodName>(core: Core, name: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const r = await attempt(core, name, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A case with one violation citing a section but no photo, owner not researched, no inspection. */
async function newCase(core: Core) {
  const c = await call(core, 'createCase', {
    property: { address: '1418 Maple Street', parcelId: `07-215-${Math.floor(Math.random() * 900 + 100)}` },
    owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street' },
    inspector: 'R. Peña',
    openedOn: '2026-10-05',
  });
  const v = await call(core, 'addViolation', { caseId: c.id, codeSection: 'IPMC 304.13', description: 'Two broken windows.', correctiveAction: 'Replace the glazing.', complianceDate: '2026-12-15' });
  return { caseId: c.id, ownerId: c.owner.id, violationId: v.id };
}

const waive = (core: Core, caseId: number, itemId: string) => call(core, 'waiveChecklistItem', { caseId, step: 'notice_of_violation', itemId, reason: 'Seen from the public sidewalk' });
const count = (core: Core, table: string) => core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('the notice gate', () => {
  it('refuses a notice while blocking items are missing, naming them, and writes nothing', async () => {
    const core = await openCore();
    const { caseId } = await newCase(core);
    const before = { documents: count(core, 'documents'), audit: count(core, 'audit_log'), vault: count(core, 'vault_objects') };
    const r = await attempt(core, 'generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({
      code: 'NOT_READY',
      message:
        'The notice of violation cannot be issued yet: 3 blocking items are missing from "Issue a notice of violation" — Owner of record verified recently; ' +
        'Every violation has a dated photo; Entry authority recorded for every inspection. Fix them in Prepare or record a waiver.',
    });
    expect({ documents: count(core, 'documents'), audit: count(core, 'audit_log'), vault: count(core, 'vault_objects') }).toEqual(before);
    expect(await call(core, 'getDocumentGates', { caseId })).toEqual([
      {
        kind: 'notice_of_violation',
        step: 'notice_of_violation',
        stepTitle: 'Issue a notice of violation',
        unlocked: false,
        blockingLeft: [
          { id: 'owner-verified', title: 'Owner of record verified recently', status: 'missing' },
          { id: 'dated-photos', title: 'Every violation has a dated photo', status: 'missing' },
          { id: 'entry-authority', title: 'Entry authority recorded for every inspection', status: 'missing' },
        ],
      },
      // The demand for payment bills an abatement: the abatement step guards it (demandIssue.test.ts).
      expect.objectContaining({
        kind: 'demand_for_payment',
        step: 'abatement',
        stepTitle: "Abate at the owner's cost",
        unlocked: false,
        blockingLeft: expect.arrayContaining(
          ['owner-verified', 'notice-issued', 'service-proved', 'compliance-period-elapsed', 'reinspection-shows-violation', 'entry-authority'].map((id) =>
            expect.objectContaining({ id, status: 'missing' }),
          ),
        ),
      }),
      // Issuing a citation is issuing its civil ticket: the civil_ticket step guards it (ticketGate.test.ts).
      expect.objectContaining({
        kind: 'civil_ticket',
        step: 'civil_ticket',
        unlocked: false,
        blockingLeft: expect.arrayContaining(
          ['owner-verified', 'notice-issued', 'violations-noticed', 'service-proved', 'compliance-period-elapsed', 'reinspection-shows-violation'].map((id) =>
            expect.objectContaining({ id, status: 'missing' }),
          ),
        ),
      }),
      // The lien filing is recorded only once the lien step is met (lienFiling.test.ts).
      expect.objectContaining({ kind: 'lien_filing', step: 'file_lien', stepTitle: 'File a lien', unlocked: false }),
    ]);
  });

  it('issues the notice once the items are fixed, without burning a number on the refusals', async () => {
    const core = await openCore();
    const { caseId, ownerId, violationId } = await newCase(core);
    await call(core, 'addOwnershipFinding', { caseId, source: 'recorder_deed', performedOn: '2026-10-20', finding: 'Deed book 123 page 45', partyId: ownerId, documents: [] });
    await call(core, 'createInspection', { caseId, kind: 'initial', inspectedOn: '2026-10-05', inspector: 'R. Peña', entryAuthority: 'public_view', notes: '' });
    const one = await attempt(core, 'generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(one.ok ? null : one.error.message).toMatch(/: 1 blocking item is missing from "Issue a notice of violation" — Every violation has a dated photo\. Fix/);

    // DSCN0010.jpg's camera date is 2008-10-22: a dated photo, but not one of this case until explained.
    const photo = await call(core, 'importPhoto', { caseId, violationId, fileName: 'DSCN0010.jpg', dataBase64: realPhoto('DSCN0010.jpg').toString('base64') });
    expect(photo.cameraDateFlag).toEqual({ reason: 'camera date 2008-10-22 is 17 years before the case was opened on 2026-10-05', explanation: null });
    const two = await attempt(core, 'generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(two.ok ? null : two.error.message).toMatch(/— Every violation has a dated photo\. Fix/);
    await call(core, 'explainPhotoDate', { photoId: photo.id, explanation: 'Camera clock never set; photographed at the initial inspection.' });
    expect((await call(core, 'getDocumentGates', { caseId }))[0]).toMatchObject({ unlocked: true, blockingLeft: [] });
    const doc = await call(core, 'generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(doc.number).toBe('NOV-2026-000001');
  });

  it('issues the notice with waivers, and a withdrawn waiver locks it again', async () => {
    const core = await openCore();
    const { caseId } = await newCase(core);
    for (const item of ['owner-verified', 'dated-photos']) await waive(core, caseId, item);
    const last = await attempt(core, 'generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(last.ok ? null : last.error.message).toMatch(/1 blocking item is missing .*— Entry authority recorded for every inspection\./);
    await waive(core, caseId, 'entry-authority');
    const first = await call(core, 'generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(first.number).toBe('NOV-2026-000001');

    await call(core, 'withdrawWaiver', { caseId, step: 'notice_of_violation', itemId: 'dated-photos' });
    const again = await attempt(core, 'generateDocument', { caseId, kind: 'notice_of_violation', replaces: first.id });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'NOT_READY', message: expect.stringMatching(/— Every violation has a dated photo\. Fix/) });
  });

  it('checks again when committing: a waiver withdrawn while the PDF is laid out stops the notice', async () => {
    const core = await openCore();
    const { caseId } = await newCase(core);
    for (const item of ['owner-verified', 'dated-photos', 'entry-authority']) await waive(core, caseId, item);
    const documents = count(core, 'documents');
    let withdrawn = false;
    const r = await attempt(core, 'generateDocument', { caseId, kind: 'notice_of_violation' }, (_d, _t, message) => {
      if (message === 'Laying out the notice' && !withdrawn) {
        withdrawn = true;
        core.handlers.withdrawWaiver({ caseId, step: 'notice_of_violation', itemId: 'owner-verified' }, { actor: 'clerk', progress: () => {} });
      }
    });
    expect(withdrawn).toBe(true);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'NOT_READY', message: expect.stringMatching(/— Owner of record verified recently\./) });
    expect(count(core, 'documents')).toBe(documents);
    // The number was not taken: the next notice is still the first.
    await waive(core, caseId, 'owner-verified');
    expect((await call(core, 'generateDocument', { caseId, kind: 'notice_of_violation' })).number).toBe('NOV-2026-000001');
  });

  it('says "out of date" for a stale item', async () => {
    const core = await openCore();
    const { caseId, ownerId } = await newCase(core);
    await call(core, 'addOwnershipFinding', { caseId, source: 'assessor', performedOn: '2026-06-01', finding: 'Assessor roll', partyId: ownerId, documents: [] });
    for (const item of ['dated-photos', 'entry-authority']) await waive(core, caseId, item);
    const r = await attempt(core, 'generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(r.ok ? null : r.error.message).toMatch(/1 blocking item is missing .*— Owner of record verified recently \(out of date\)\./);
  });

  it('does not gate a pack without checklists', async () => {
    const templates = mkdtempSync(path.join(os.tmpdir(), 'caseready-templates-'));
    cleanups.push(() => rmSync(templates, { recursive: true, force: true }));
    cpSync(path.join(ROOT, 'templates'), templates, { recursive: true });
    rmSync(path.join(templates, 'jurisdictions', 'model-ipmc', 'checklists.json'));
    const core = await openCore(templates);
    const { caseId } = await newCase(core);
    expect(await call(core, 'getDocumentGates', { caseId })).toEqual([]);
    expect((await call(core, 'generateDocument', { caseId, kind: 'notice_of_violation' })).number).toBe('NOV-2026-000001');
  });

  it('does not gate a kind no step lists, and answers NOT_FOUND for an unknown case', async () => {
    const core = await openCore();
    const { caseId } = await newCase(core);
    const checklists = { steps: core.pack.checklists!.steps.map(({ documents: _documents, ...step }) => step) };
    const deps = checklistDecisionDeps({ db: core.db, clock: { now: () => NOW }, actor: 'clerk', pack: { ...core.pack, checklists } });
    expect(documentGate(deps, caseId, 'notice_of_violation')).toBeNull();
    const unknown = await attempt(core, 'getDocumentGates', { caseId: 999 });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'NOT_FOUND', message: 'Case 999 does not exist.' });
  });
});

describe('checklists.json documents', () => {
  const step = (id: string, documents?: unknown) => ({
    id,
    title: 'A step',
    ...(documents === undefined ? {} : { documents }),
    items: [{ id: 'notice', title: 'Notice issued', why: 'Due process.', predicate: { name: 'noticeIssued', params: {} }, severity: 'blocking', fixAt: 'tab:evidence' }],
  });
  const problems = (pack: unknown) => checklistPackSchema.safeParse(pack).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('names the step that guards a kind', () => {
    const pack = checklistPackSchema.parse({ steps: [step('civil_ticket'), step('notice_of_violation', ['notice_of_violation'])] });
    expect(stepGuardingDocument(pack, 'notice_of_violation')).toBe('notice_of_violation');
    expect(stepGuardingDocument(checklistPackSchema.parse({ steps: [step('civil_ticket')] }), 'notice_of_violation')).toBeNull();
  });

  it('refuses an unknown kind, a kind listed twice and a kind two steps guard', () => {
    expect(problems({ steps: [step('notice_of_violation', ['eviction_order'])] })[0]).toMatch(/^steps\.0\.documents\.0: /);
    expect(problems({ steps: [step('notice_of_violation', ['notice_of_violation', 'notice_of_violation'])] })).toEqual([
      'steps.0.documents.1: step "notice_of_violation": document "notice_of_violation" is listed twice',
    ]);
    expect(problems({ steps: [step('notice_of_violation', ['notice_of_violation']), step('civil_ticket', ['notice_of_violation'])] })).toEqual([
      'steps.1.documents.0: step "civil_ticket": document "notice_of_violation" is already guarded by step "notice_of_violation"',
    ]);
    expect(problems({ steps: [step('notice_of_violation', 'notice_of_violation')] })[0]).toMatch(/^steps\.0\.documents: /);
  });

  it('guards the notice with the notice step and the demand with the abatement step in both model packs', async () => {
    for (const id of ['model-ipmc', 'model-strict']) {
      const { checklists } = await loadPack(path.join(ROOT, 'templates'), id);
      expect(stepGuardingDocument(checklists!, 'notice_of_violation')).toBe('notice_of_violation');
      // Not the lien step: it requires a served demand, so guarding the demand there would deadlock.
      expect(stepGuardingDocument(checklists!, 'demand_for_payment')).toBe('abatement');
      expect(stepGuardingDocument(checklists!, 'civil_ticket')).toBe('civil_ticket');
      expect(stepGuardingDocument(checklists!, 'lien_filing')).toBe('file_lien');
    }
  });
});
