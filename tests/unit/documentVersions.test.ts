/**
 * Issued documents are versions: a kind with a current version is issued again only as a new
 * version naming it; two tabs racing produce one document and the other a CONFLICT that says
 * what happened; nothing is numbered or stored for a refusal, and both versions stay.
 */
import { describe, expect, it } from 'vitest';
import { getDocument, listDocuments } from '../../electron/db/queries/documents';
import { issueDocumentOfKind, type IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { enforcementWorld, file, PDF_BYTES, type EnforcementWorld } from './support/enforcementFixture';
import { FONTS_DIR, loadModelPack } from './support/noticeFixture';

/** The fixture's case with its hand-made NOV-2026-000001 as the current notice, the gate off. */
async function world(): Promise<{ w: EnforcementWorld; deps: IssueDeps; first: number }> {
  const loaded = await loadModelPack();
  const w = await enforcementWorld({ pack: loaded.pack });
  const deps: IssueDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: { ...loaded, checklists: undefined } };
  w.db.prepare("INSERT INTO number_sequences (prefix, year, last) VALUES ('NOV', 2026, 1)").run();
  w.db.prepare("UPDATE violations SET compliance_date = '2026-12-31' WHERE id = ?").run(w.violationId);
  return { w, deps, first: listDocuments(w.db, w.caseId)[0]!.id };
}

const notice = (deps: IssueDeps, caseId: number, replaces: number | null) => issueDocumentOfKind(deps, 'notice_of_violation', caseId, undefined, { replaces });
const rows = (w: EnforcementWorld) => w.db.prepare('SELECT count(*) FROM documents').pluck().get();

describe('document versions', () => {
  it('refuses a second first issue, naming the current version, and issues a new version that points to it', async () => {
    const { w, deps, first } = await world();
    await expect(notice(deps, w.caseId, null)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^NOV-2026-000001 is already the current notice of violation of this case \(issued .* by .*\)\. To issue a new version that replaces it, confirm the new version \(CLI: --new-version\); both stay on record\.$/),
    });
    expect(rows(w)).toBe(1);
    const second = await notice(deps, w.caseId, first);
    expect(second).toMatchObject({ number: 'NOV-2026-000002', replacesDocumentId: first, languages: 'en' });
    // Both stay, the first unchanged.
    expect(listDocuments(w.db, w.caseId).map((d) => d.number)).toEqual(['NOV-2026-000001', 'NOV-2026-000002']);
    expect(getDocument(w.db, first)?.replacesDocumentId).toBeNull();
    const audit = JSON.parse(w.db.prepare("SELECT details FROM audit_log WHERE action = 'document.issue' ORDER BY seq DESC LIMIT 1").pluck().get() as string);
    expect(audit).toMatchObject({ number: 'NOV-2026-000002', replacesDocumentId: first, languages: ['en'] });
  });

  it('two tabs replacing the same version produce one document; the other is told which was issued', async () => {
    const { w, deps, first } = await world();
    const [a, b] = await Promise.allSettled([notice(deps, w.caseId, first), notice(deps, w.caseId, first)]);
    expect(a).toMatchObject({ status: 'fulfilled', value: { number: 'NOV-2026-000002' } });
    expect(b).toMatchObject({
      status: 'rejected',
      reason: { code: 'CONFLICT', message: expect.stringMatching(/^NOV-2026-000002 was issued \(.*\) after you chose to replace NOV-2026-000001, so nothing was issued\. Open NOV-2026-000002; generate again to replace it\.$/) },
    });
    expect(rows(w)).toBe(2);
    // No number burnt by the refusal: the next version is 3.
    expect((await notice(deps, w.caseId, (a as PromiseFulfilledResult<{ id: number }>).value.id)).number).toBe('NOV-2026-000003');
  });

  it('refuses to replace a document that is not the current version of that kind', async () => {
    const { w, deps } = await world();
    await expect(notice(deps, w.caseId, 999)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/after you chose to replace document 999/) });
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 10000, entryDate: '2026-10-25', description: 'Lot mowed', contractor: 'GreenCut LLC', invoice: file('invoice.pdf', PDF_BYTES) });
    await expect(issueDocumentOfKind(deps, 'demand_for_payment', w.caseId, undefined, { replaces: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/There is no demand for payment on this case to replace/),
    });
    expect(rows(w)).toBe(1);
  });
});

describe('the language asked for', () => {
  it('is refused, naming what the pack offers, when the pack does not word it, and nothing is issued', async () => {
    const { w, deps, first } = await world();
    const englishOnly: IssueDeps = { ...deps, pack: { ...deps.pack, pack: { ...deps.pack.pack, languages: ['en'], localized: undefined } } };
    for (const language of ['es', 'both'] as const) {
      await expect(issueDocumentOfKind(englishOnly, 'notice_of_violation', w.caseId, undefined, { language, replaces: first })).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(language === 'es' ? /has no es wording \(it offers en\)\. Choose one of those languages\./ : /offers only en, so there is no second language to add/),
      });
    }
    expect(rows(w)).toBe(1);
  });
});
