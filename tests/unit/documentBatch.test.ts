/**
 * A sweep issues one kind for many cases through the same path as a single document: every case
 * is accounted for (issued, refused with why, or not started), the gate still refuses, and
 * cancelling — through the contract, as every transport does — stops between two documents.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import { addViolation, createCase } from '../../electron/services/cases/caseService';
import type { CoreDeps } from '../../electron/services/core';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { issueDocumentBatch } from '../../electron/services/documents/issue/issueBatch';
import { issueDocumentOfKind, type IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { documentsHandlers } from '../../electron/services/handlers/documents';
import { openVault } from '../../electron/services/vault/vault';
import type { DocumentBatchResult } from '../../shared/domain';
import { fixedClock, memoryStore } from './support/enforcementFixture';
import { FONTS_DIR, loadModelPack, TEMPLATES_DIR } from './support/noticeFixture';

async function sweepWorld(cases: number, opts: { gate?: boolean } = {}) {
  const db = memoryStore();
  const clock = fixedClock();
  const loaded = await loadModelPack();
  const vault = await openVault(mkdtempSync(path.join(os.tmpdir(), 'caseready-batch-')));
  const ids: number[] = [];
  for (let i = 0; i < cases; i++) {
    const c = createCase(
      db,
      {
        property: { address: `${100 + i} Elm Street`, parcelId: `09-100-${String(i).padStart(3, '0')}` },
        owner: { name: `Owner ${i}`, kind: 'individual', mailingAddress: `${100 + i} Elm Street, Model, ST 00000` },
        inspector: 'R. Peña',
        openedOn: '2026-10-05',
      },
      'clerk',
      clock,
    );
    ids.push(c.id);
  }
  // Every case but the last has an open violation; the last is refused by the notice's own rule.
  for (const caseId of ids.slice(0, -1)) {
    addViolation(db, { caseId, codeSection: '302.4', description: 'Tall weeds', correctiveAction: 'Cut the weeds', complianceDate: '2026-12-20' }, 'clerk', clock);
  }
  const pack = opts.gate ? loaded : { ...loaded, checklists: undefined };
  const deps: IssueDeps = { db, vault, clock, actor: 'clerk', fontsDir: FONTS_DIR, pack };
  const core: CoreDeps = { ...deps, dataDir: '', templatesDir: TEMPLATES_DIR };
  return { db, deps, ids, handlers: documentsHandlers(core) as Handlers };
}

describe('issuing one kind for many cases', () => {
  it('issues each ready case, names each refused one with its reason, and goes on', async () => {
    const { db, deps, ids } = await sweepWorld(4);
    const progress: string[] = [];
    const result = await issueDocumentBatch(deps, 'notice_of_violation', [...ids, 9999], (_d, _t, m) => progress.push(m));
    expect(result.issued.map((d) => d.caseId)).toEqual(ids.slice(0, 3));
    expect(result.issued.map((d) => d.number)).toEqual(['NOV-2026-000001', 'NOV-2026-000002', 'NOV-2026-000003']);
    expect(result.failed).toEqual([
      expect.objectContaining({ caseId: ids[3], code: 'VALIDATION', message: expect.stringMatching(/no open violations/) }),
      expect.objectContaining({ caseId: 9999, caseNumber: null, code: 'NOT_FOUND' }),
    ]);
    expect(result).toMatchObject({ requested: 5, notStarted: [], cancelled: false, stoppedBy: null });
    expect(ids.flatMap((id) => listDocuments(db, id))).toHaveLength(3);
    expect(progress[0]).toMatch(/notice 1 of 5 \(case /);
    expect(progress.at(-1)).toBe('3 issued, 2 refused');
  });

  it('prints byte for byte what single generations print: sharing the fonts changes nothing', async () => {
    const one = await sweepWorld(3);
    const batch = await issueDocumentBatch(one.deps, 'notice_of_violation', one.ids.slice(0, 2));
    const other = await sweepWorld(3);
    const singles = [];
    for (const caseId of other.ids.slice(0, 2)) singles.push(await issueDocumentOfKind(other.deps, 'notice_of_violation', caseId));
    const hashes = (db: typeof one.db, ids: number[]) => ids.map((id) => listDocuments(db, id)[0]!.sha256);
    expect(batch.issued).toHaveLength(2);
    expect(hashes(one.db, one.ids.slice(0, 2))).toEqual(singles.map((d) => d.sha256));
  });

  it('is refused by the checklist gate case by case, as a single notice is, and issues nothing', async () => {
    const { db, deps, ids } = await sweepWorld(3, { gate: true });
    const result = await issueDocumentBatch(deps, 'notice_of_violation', ids.slice(0, 2));
    expect(result.issued).toEqual([]);
    expect(result.failed.map((f) => f.code)).toEqual(['NOT_READY', 'NOT_READY']);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });

  it('stops between two documents when cancelled through the contract, and says what was not started', async () => {
    const { db, ids, handlers } = await sweepWorld(5);
    const jobId = 'sweep-1';
    let asked = false;
    const result = await dispatch(handlers, 'generateDocumentBatch', { kind: 'notice_of_violation', caseIds: ids.slice(0, 4) }, {
      actor: 'clerk',
      jobId,
      progress: (done) => {
        // The second document is being prepared when the person presses Cancel.
        if (done === 1 && !asked) {
          asked = true;
          void dispatch(handlers, 'cancelJob', { jobId }, { actor: 'clerk', progress: () => {} }).then((r) => expect(r).toEqual({ ok: true, value: { cancelled: true } }));
        }
      },
    });
    expect(result.ok).toBe(true);
    const value = (result as { value: DocumentBatchResult }).value;
    expect(value.issued).toHaveLength(2);
    expect(value.notStarted).toEqual(ids.slice(2, 4));
    expect(value.cancelled).toBe(true);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(2);
    // Nothing is running under that id any more.
    expect(await dispatch(handlers, 'cancelJob', { jobId }, { actor: 'clerk', progress: () => {} })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('refuses a list naming a case twice or an empty one, before anything is issued', async () => {
    const { db, ids, handlers } = await sweepWorld(2);
    const twice = await dispatch(handlers, 'generateDocumentBatch', { kind: 'notice_of_violation', caseIds: [ids[0], ids[0]] }, { actor: 'clerk', progress: () => {} });
    expect(twice).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/listed twice/) } });
    const none = await dispatch(handlers, 'generateDocumentBatch', { kind: 'notice_of_violation', caseIds: [] }, { actor: 'clerk', progress: () => {} });
    expect(none).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });
});
