/**
 * What a notice listed, on a real store and vault: issuing a Notice of Violation records exactly
 * the violations the notice printed, in the transaction that records the document (a refusal or a
 * crash records none), and the escalation checklists then know which violations the owner had
 * notice of: a violation added after the notice blocks a civil ticket until a new notice covers it.
 */
import { describe, expect, it } from 'vitest';
import { listDocumentViolationIds } from '../../electron/db/queries/documents';
import { GENESIS_HASH } from '../../electron/services/audit';
import { addViolation, getCaseDetail } from '../../electron/services/cases/caseService';
import { checklistDecisionDeps, reviewChecklist } from '../../electron/services/checklists/checklistDecisions';
import { buildCaseFacts } from '../../electron/services/checklists/caseFacts';
import { buildCaseFactsForCases } from '../../electron/services/checklists/caseFactsBatch';
import { localIsoDate } from '../../electron/services/clock';
import { commitIssuedDocument } from '../../electron/services/documents/issue/issueDocument';
import type { IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { issueNext } from './support/issueNext';

const issueNotice = (deps: IssueDeps, caseId: number) => issueNext(deps, 'notice_of_violation', caseId);
import { buildNoticeModel } from '../../electron/services/documents/kinds/notice/noticeModel';
import { setViolationStatus } from '../../electron/services/inspections/violationLifecycle';
import type { LoadedPack } from '../../electron/services/packs/loadPack';
import { enforcementWorld, PDF_BYTES, type EnforcementWorld } from './support/enforcementFixture';
import { FONTS_DIR, loadModelPack } from './support/noticeFixture';

/** The fixture's case (its hand-made notice NOV-2026-000001 lists violation 302.4) with the notice gate off, so notices issue. */
async function world(): Promise<{ w: EnforcementWorld; deps: IssueDeps; loaded: LoadedPack }> {
  const loaded = await loadModelPack();
  const w = await enforcementWorld({ pack: loaded.pack });
  // The notice step's own gate has its own tests; here it would only ask for photos and deeds.
  const deps: IssueDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: { ...loaded, checklists: undefined } };
  // The fixture's notice took NOV-2026-000001 by hand; its first violation gets a new period so a notice may list it.
  w.db.prepare("INSERT INTO number_sequences (prefix, year, last) VALUES ('NOV', 2026, 1)").run();
  w.db.prepare("UPDATE violations SET compliance_date = '2026-12-31' WHERE id = ?").run(w.violationId);
  return { w, deps, loaded };
}

const newViolation = (w: EnforcementWorld, codeSection: string) =>
  addViolation(w.db, { caseId: w.caseId, codeSection, description: 'Peeling paint', correctiveAction: 'Scrape and paint', complianceDate: '2026-12-31' }, 'insp', w.deps.clock);

const counts = (w: EnforcementWorld) =>
  Object.fromEntries(['documents', 'document_violations', 'audit_log', 'vault_objects', 'number_sequences'].map((t) => [t, w.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]));

const civilTicketItem = (w: EnforcementWorld, loaded: LoadedPack) =>
  reviewChecklist(checklistDecisionDeps({ db: w.db, clock: w.deps.clock, actor: 'clerk', pack: loaded }), w.caseId, 'civil_ticket').items.find((i) => i.id === 'violations-noticed')!;

describe('the violations a notice listed', () => {
  it('records exactly the violations the notice printed, in printed order, not inferred', async () => {
    const { w, deps } = await world();
    const paint = newViolation(w, '304.2');
    const dismissed = newViolation(w, '305.1');
    setViolationStatus({ db: w.db, clock: w.deps.clock, actor: 'insp' }, { violationId: dismissed.id, status: 'dismissed', effectiveOn: '2026-11-01', note: '' });
    // What the notice prints, from the same record and pack.
    const printed = buildNoticeModel(getCaseDetail(w.db, w.caseId), {
      documentNumber: 'NOV-2026-000002', issuedOn: localIsoDate(w.deps.clock.now()), auditHead: GENESIS_HASH, pack: deps.pack.pack, wording: deps.pack.notice,
    }).violations.map((v) => v.violationId);
    expect(printed).toEqual([w.violationId, paint.id]);

    const doc = await issueNotice(deps, w.caseId);
    expect(listDocumentViolationIds(w.db, doc.id)).toEqual(printed);
    expect(w.db.prepare('SELECT DISTINCT inferred FROM document_violations WHERE document_id = ?').pluck().all(doc.id)).toEqual([0]);
    expect(buildCaseFacts(w.db, w.caseId).notices.at(-1)).toEqual({ id: doc.id, number: 'NOV-2026-000002', issuedOn: '2026-11-02', violationIds: printed, inferred: false });
    const audit = w.db.prepare("SELECT details FROM audit_log WHERE action = 'document.issue' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ number: 'NOV-2026-000002', violationIds: printed });
  });

  it('records none when issuing is refused or crashes inside the committing transaction', async () => {
    const { w } = await world();
    // A case elsewhere in the same store (its hand-made notice is NOV-2026-000002).
    const other = await enforcementWorld({ db: w.db, parcelId: '99-000-001' });
    w.db.prepare("UPDATE number_sequences SET last = 2 WHERE prefix = 'NOV' AND year = 2026").run();
    const before = counts(w);
    const commit = { caseId: w.caseId, kind: 'notice_of_violation', prefix: 'NOV', issuedOn: '2026-11-02', number: 'NOV-2026-000003', title: 'Notice', bytes: PDF_BYTES, pageCount: 1, auditHead: GENESIS_HASH } as const;
    const refuse = () => {
      throw new Error('checklist no longer ready');
    };
    await expect(commitIssuedDocument(w.deps, w.deps.clock.now(), { ...commit, violationIds: [w.violationId], recheck: refuse })).rejects.toThrow(/no longer ready/);
    expect(counts(w)).toEqual(before);
    // A crash after the document row is written (a listed violation of another case) undoes the row too.
    await expect(commitIssuedDocument(w.deps, w.deps.clock.now(), { ...commit, violationIds: [w.violationId, other.violationId] })).rejects.toThrow(/own case/);
    expect(counts(w)).toEqual(before);
    // And the number was not burnt: the same commit with the right list goes through as 000003.
    const doc = await commitIssuedDocument(w.deps, w.deps.clock.now(), { ...commit, violationIds: [w.violationId] });
    expect(doc.number).toBe('NOV-2026-000003');
    expect(listDocumentViolationIds(w.db, doc.id)).toEqual([w.violationId]);
  });

  it('blocks a civil ticket for a violation added after the notice, until a new notice covers it', async () => {
    const { w, deps, loaded } = await world();
    expect(civilTicketItem(w, loaded)).toMatchObject({ status: 'met', severity: 'blocking', detail: 'The violation pursued was listed on NOV-2026-000001 (2026-10-06).' });

    const paint = newViolation(w, '304.2');
    const gap = civilTicketItem(w, loaded);
    expect(gap).toMatchObject({ status: 'missing', fixAt: 'tab:evidence', detail: `304.2 (#${paint.id}) was not listed on NOV-2026-000001; issue a new notice covering it.` });
    expect(gap.evidence).toEqual([{ kind: 'violation', id: paint.id }]);

    const second = await issueNotice(deps, w.caseId);
    const covered = civilTicketItem(w, loaded);
    expect(covered).toMatchObject({ status: 'met', detail: 'All 2 violations pursued were listed on NOV-2026-000001 (2026-10-06), NOV-2026-000002 (2026-11-02).' });
    expect(covered.evidence).toEqual([{ kind: 'document', id: w.documentId }, { kind: 'document', id: second.id }]);
    // The dashboard's batch builder reads the same lists.
    expect(buildCaseFactsForCases(w.db, [w.caseId])).toEqual([buildCaseFacts(w.db, w.caseId)]);
  });
});
