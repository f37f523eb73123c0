/**
 * The civil_ticket gate guards issuing a citation through the contract (the same dispatch the
 * IPC, HTTP and CLI transports call): refused NOT_READY with nothing recorded — no citation, no
 * fine, no document, no number burnt — while the pack's civil_ticket step is not ready, and
 * issued once it is. The bug this reproduces: a citation issued with the step at 50% and
 * "Compliance period has run out" missing.
 */
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import type { CoreDeps } from '../../electron/services/core';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { enforcementHandlers } from '../../electron/services/handlers/enforcement';
import { makeAbatementReady } from './support/abatementReady';
import { enforcementCounts, enforcementWorld, type EnforcementWorld } from './support/enforcementFixture';
import { FONTS_DIR, loadModelPack } from './support/noticeFixture';

const ctx = { actor: 'clerk', progress: () => {} };

async function gated(): Promise<{ w: EnforcementWorld; h: Handlers }> {
  const pack = await loadModelPack(); // with the pack's real checklists.json
  const w = await enforcementWorld({ pack: pack.pack });
  const core: CoreDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', pack, dataDir: '', templatesDir: '', fontsDir: FONTS_DIR };
  return { w, h: enforcementHandlers(core) as unknown as Handlers };
}

describe('the civil_ticket gate on issueCitation', () => {
  it('refuses NOT_READY while the step is not ready, recording nothing; issues once it is', async () => {
    const { w, h } = await gated();
    // The compliance date is 2026-10-20 and the clock reads 2026-11-02, but the notice is unserved
    // and there is no reinspection: the step is part way, not ready.
    w.db.prepare('UPDATE violations SET compliance_date = ? WHERE id = ?').run('2026-11-20', w.violationId);
    const counts = enforcementCounts(w.db);
    const documents = listDocuments(w.db, w.caseId).length;
    const input = { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor' };
    const refused = await dispatch(h, 'issueCitation', input, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_READY', message: expect.stringMatching(/Compliance period has run out/) } });
    expect(enforcementCounts(w.db)).toEqual(counts); // no citation, no citation_violations, no fine, no audit, no number
    expect(listDocuments(w.db, w.caseId)).toHaveLength(documents);

    // Ready: owner verified, notice served with proof, reinspection after the deadline finds it.
    w.db.prepare('UPDATE violations SET compliance_date = ? WHERE id = ?').run('2026-10-20', w.violationId);
    await makeAbatementReady(w);
    const issued = await dispatch(h, 'issueCitation', input, ctx);
    expect(issued).toMatchObject({ ok: true, value: { number: 'CT-2026-000001', fineCents: 5000, offenseNumber: 1 } });
    expect(listDocuments(w.db, w.caseId).filter((d) => d.kind === 'civil_ticket').map((d) => d.number)).toEqual(['CT-2026-000001']);
  }, 60_000);
});
