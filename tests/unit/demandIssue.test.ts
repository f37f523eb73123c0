/**
 * Issuing a Demand for Payment on a real store and vault: the document row, the PDF, the audit
 * entry, the refusals, and the abatement checklist's gate (the demand bills an abatement, which is
 * lawful only once that step's checklist is satisfied). Cases that issue one are made ready through
 * the services (`makeAbatementReady`).
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { previewDemandForPayment } from '../../electron/services/documents/issue/demandPreview';
import { issueDocumentOfKind, type IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { issueNext } from './support/issueNext';

const issueDemandForPayment = (deps: IssueDeps, caseId: number, progress?: Parameters<typeof issueDocumentOfKind>[3]) => issueNext(deps, 'demand_for_payment', caseId, progress);
const issueNotice = (deps: IssueDeps, caseId: number) => issueNext(deps, 'notice_of_violation', caseId);
import { checklistDecisionDeps, waiveChecklistItem, withdrawWaiver } from '../../electron/services/checklists/checklistDecisions';
import { addLedgerEntry, reverseLedgerEntry } from '../../electron/services/enforcement/ledger';
import { addServiceAttempt, listServiceRecipients } from '../../electron/services/enforcement/serviceOfNotice';
import type { LoadedPack } from '../../electron/services/packs/loadPack';
import { addOwnershipFinding } from '../../electron/services/parties/ownershipService';
import { ABATEMENT_GAPS, makeAbatementReady } from './support/abatementReady';
import { enforcementCounts, enforcementWorld, file, PDF_BYTES, type EnforcementWorld } from './support/enforcementFixture';
import { FONTS_DIR, loadModelPack } from './support/noticeFixture';

async function world(pack?: LoadedPack): Promise<{ w: EnforcementWorld; deps: IssueDeps }> {
  const loaded = pack ?? (await loadModelPack());
  const w = await enforcementWorld({ pack: loaded.pack });
  return { w, deps: { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: loaded } };
}

const abatement = (w: EnforcementWorld, amount = 123450) =>
  addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount, entryDate: '2026-10-25', description: 'Lot mowed and cleared', contractor: 'GreenCut LLC', invoice: file('invoice.pdf', PDF_BYTES) });

describe('issuing a demand for payment', () => {
  it('stores the PDF in the vault and records a numbered, immutable document with its audit entry', async () => {
    const { w, deps } = await world();
    await makeAbatementReady(w);
    await abatement(w);
    const progress: string[] = [];
    const doc = await issueDemandForPayment(deps, w.caseId, (_d, _t, m) => progress.push(m));
    expect(doc).toMatchObject({ caseId: w.caseId, kind: 'demand_for_payment', number: 'DFP-2026-000001', title: 'Demand for Payment — 1418 Maple Street' });
    const bytes = await w.deps.vault.read(doc.sha256);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(doc.pageCount);
    expect(doc.sizeBytes).toBe(bytes.length);
    expect(progress.at(-1)).toBe('Issued DFP-2026-000001');
    const audit = listAudit(w.db, { entity: 'document' }).at(-1)!;
    expect(audit).toMatchObject({ action: 'document.issue', actor: 'clerk' });
    expect(JSON.parse(JSON.stringify(audit.details))).toMatchObject({ kind: 'demand_for_payment', number: 'DFP-2026-000001', balanceCents: 123450, payBy: '2026-12-09' });
    expect(verifyAuditChain(w.db).ok).toBe(true);
    expect(() => w.db.prepare("UPDATE documents SET title = 'x' WHERE id = ?").run(doc.id)).toThrow(/immutable/);
    // Its own series: the next demand is 000002 whatever the notices are numbered.
    const second = await issueDemandForPayment(deps, w.caseId);
    expect(second.number).toBe('DFP-2026-000002');
    expect(listDocuments(w.db, w.caseId).map((d) => d.kind)).toEqual(['notice_of_violation', 'demand_for_payment', 'demand_for_payment']);
  });

  it('is served like a notice: recipients are listed for it and an attempt with proof is recorded against it', async () => {
    const { w, deps } = await world();
    await makeAbatementReady(w);
    await abatement(w);
    const doc = await issueDemandForPayment(deps, w.caseId);
    const rows = listServiceRecipients(w.deps, w.caseId).filter((r) => r.documentId === doc.id);
    expect(rows.map((r) => [r.documentNumber, r.partyName, r.served])).toEqual([['DFP-2026-000001', 'Dorothy M. Smith', false]]);
    const attempt = await addServiceAttempt(w.deps, {
      documentId: doc.id, partyId: w.ownerId, method: 'certified_mail', trackingNumber: '9407 1000 0000 0000 0000 01',
      attemptedOn: '2026-11-03', server: 'Clerk J. Ortiz', outcome: 'delivered', notes: '', proofs: [file('green card.pdf', PDF_BYTES)],
    });
    expect(attempt).toMatchObject({ documentId: doc.id, outcome: 'delivered' });
    expect(listServiceRecipients(w.deps, w.caseId).find((r) => r.documentId === doc.id)!.served).toBe(true);
  });

  it('refuses (CONFLICT) when nothing is owed, writing nothing', async () => {
    const { w, deps } = await world();
    await abatement(w, 20000);
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 20000, entryDate: '2026-10-30', description: 'Check 1041' });
    const before = enforcementCounts(w.db);
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/nothing owing \(balance \$0\.00\)/) });
    expect(enforcementCounts(w.db)).toEqual(before);
    expect(listDocuments(w.db, w.caseId)).toHaveLength(1);
  });

  it('refuses (CONFLICT) a ledger with no abatement cost or fee, even with a balance', async () => {
    const { w, deps } = await world();
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'fine', amount: 10000, entryDate: '2026-10-30', description: 'Citation fine' });
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/no abatement cost or administrative fee.*Costs tab/) });
    const entry = await abatement(w, 5000);
    reverseLedgerEntry(w.deps, { entryId: entry.id, reason: 'Billed to the wrong case', entryDate: '2026-10-31' });
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses (CONFLICT) an empty ledger and (NOT_FOUND) an unknown case', async () => {
    const { w, deps } = await world();
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(issueDemandForPayment(deps, 9999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses (VALIDATION) a case whose owner of record has no mailing address, or that has no owner of record', async () => {
    const { w, deps } = await world();
    await abatement(w);
    w.db.prepare("UPDATE parties SET mailing_address = '  ' WHERE id = ?").run(w.ownerId);
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/no mailing address for its owner of record \(Dorothy M\. Smith\).*Parties tab/) });
    w.db.prepare("DELETE FROM case_parties WHERE case_id = ? AND role = 'owner_of_record'").run(w.caseId);
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/has no owner of record.*Parties tab/) });
  });

  it('refuses (VALIDATION) when the pack sets no lien waiting period, and burns no number', async () => {
    const loaded = await loadModelPack();
    const deadlines = loaded.pack.deadlines!;
    const { lienWaiting: _dropped, ...rules } = deadlines.rules;
    const { w, deps } = await world({ ...loaded, pack: { ...loaded.pack, deadlines: { ...deadlines, rules } } });
    await abatement(w);
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/no lien waiting period.*lienWaiting/) });
    expect(w.db.prepare("SELECT count(*) FROM number_sequences WHERE prefix = 'DFP'").pluck().get()).toBe(0);
  });

  it('shares the issuing queue with notices, so both series stay gap-free when issued together', async () => {
    // Without checklists nothing gates the notice; the gate has its own tests.
    const { w, deps } = await world({ ...(await loadModelPack()), checklists: undefined });
    await abatement(w);
    w.db.prepare("UPDATE violations SET compliance_date = '2026-12-31'").run();
    // The fixture's notice was inserted by hand as NOV-2026-000001: take that number from the series.
    w.db.prepare("INSERT INTO number_sequences (prefix, year, last) VALUES ('NOV', 2026, 1)").run();
    // Two demands asked for at once (two tabs): both saw no current demand, so one is issued and
    // the other refused, naming it; the notice in between is issued; no number is burnt.
    const [a, b, c] = await Promise.allSettled([issueDemandForPayment(deps, w.caseId), issueNotice(deps, w.caseId), issueDemandForPayment(deps, w.caseId)]);
    expect(a).toMatchObject({ status: 'fulfilled', value: { number: 'DFP-2026-000001' } });
    expect(b).toMatchObject({ status: 'fulfilled', value: { number: 'NOV-2026-000002' } });
    expect(c).toMatchObject({ status: 'rejected', reason: { code: 'CONFLICT', message: expect.stringMatching(/^DFP-2026-000001 is already the current demand for payment of this case/) } });
    expect((await issueDemandForPayment(deps, w.caseId)).number).toBe('DFP-2026-000002');
  });

  it('previews the balance and pay-by date, refusing exactly when issuing would', async () => {
    const { w, deps } = await world();
    expect(() => previewDemandForPayment(deps, w.caseId)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    await abatement(w);
    expect(previewDemandForPayment(deps, w.caseId)).toEqual({
      caseId: w.caseId, balanceCents: 123450, payBy: '2026-12-09', waitingDays: 30, serviceCompleteBy: '2026-11-09',
      explanation: expect.stringMatching(/2026-11-09 \+ 30 calendar days = 2026-12-09/),
    });
    expect(() => previewDemandForPayment(deps, 9999)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses (CONFLICT) when the ledger changes while the PDF is being stored, burning no number', async () => {
    const { w, deps } = await world();
    await makeAbatementReady(w);
    await abatement(w);
    const vault = w.deps.vault;
    // A payment recorded by someone else between rendering and committing.
    const racing = { ...deps, vault: Object.assign(Object.create(Object.getPrototypeOf(vault) as object) as typeof vault, vault, {
      put: async (bytes: Buffer) => {
        const stored = await vault.put(bytes);
        await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 5000, entryDate: '2026-11-01', description: 'Cash at the counter' });
        return stored;
      },
    }) };
    await expect(issueDemandForPayment(racing, w.caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/ledger .* changed while the demand was being prepared\. Issue the demand again/) });
    expect(listDocuments(w.db, w.caseId).map((d) => d.kind)).toEqual(['notice_of_violation']);
    expect((await issueDemandForPayment(deps, w.caseId)).number).toBe('DFP-2026-000001');
  });
});

describe('the abatement checklist gates the demand', () => {
  const STEP = 'abatement' as const;
  const sequences = (w: EnforcementWorld) => w.db.prepare("SELECT count(*) FROM number_sequences WHERE prefix = 'DFP'").pluck().get();

  it('refuses (NOT_READY) before rendering, naming the abatement step\'s missing items, and writes or numbers nothing', async () => {
    const { w, deps } = await world();
    await abatement(w);
    const before = enforcementCounts(w.db);
    const progress: string[] = [];
    await expect(issueDemandForPayment(deps, w.caseId, (_d, _t, m) => progress.push(m))).rejects.toMatchObject({
      code: 'NOT_READY',
      message:
        `The demand for payment cannot be issued yet: 4 blocking items are missing from "Abate at the owner's cost" — ${ABATEMENT_GAPS.join('; ')}. ` +
        'Fix them in Prepare or record a waiver.',
    });
    // Refused while reading the ledger: nothing was laid out, stored, numbered or audited.
    expect(progress).toEqual(['Reading the case record']);
    expect(enforcementCounts(w.db)).toEqual(before);
    expect(sequences(w)).toBe(0);
    expect(listDocuments(w.db, w.caseId).map((d) => d.kind)).toEqual(['notice_of_violation']);
    // The preview still answers (the Costs tab shows the balance beside the lock); the lock is the gate's.
    expect(previewDemandForPayment(deps, w.caseId).balanceCents).toBe(123450);
  });

  it('names only what is left once part of the record is made', async () => {
    const { w, deps } = await world();
    await abatement(w);
    const { db, vault, clock, actor } = w.deps;
    await addOwnershipFinding({ db, vault, clock, actor }, { caseId: w.caseId, source: 'assessor', performedOn: '2026-10-30', finding: 'Assessor roll 2026', partyId: w.ownerId }, []);
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({
      code: 'NOT_READY',
      message: expect.stringMatching(/: 3 blocking items are missing from "Abate at the owner's cost" — Notice served on the owner by an allowed method, with proof; Reinspection after the deadline shows the violation; Entry authority recorded for every inspection\. Fix/),
    });
  });

  it('issues with waivers recorded for each gap, each with its reason', async () => {
    const { w, deps } = await world();
    await abatement(w);
    const decisions = checklistDecisionDeps(deps);
    const ids = ['owner-verified', 'service-proved', 'reinspection-shows-violation', 'entry-authority'];
    for (const itemId of ids) waiveChecklistItem(decisions, { caseId: w.caseId, step: STEP, itemId, reason: 'Emergency abatement ordered by the board of health' });
    expect((await issueDemandForPayment(deps, w.caseId)).number).toBe('DFP-2026-000001');
    withdrawWaiver(decisions, { caseId: w.caseId, step: STEP, itemId: 'service-proved' });
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toMatchObject({ code: 'NOT_READY', message: expect.stringMatching(/1 blocking item is missing .*— Notice served on the owner by an allowed method, with proof\./) });
  });

  it('checks again inside the committing transaction: a waiver withdrawn while the letter is laid out stops it, burning no number', async () => {
    const { w, deps } = await world();
    await abatement(w);
    const decisions = checklistDecisionDeps(deps);
    const ids = ['owner-verified', 'service-proved', 'reinspection-shows-violation', 'entry-authority'];
    for (const itemId of ids) waiveChecklistItem(decisions, { caseId: w.caseId, step: STEP, itemId, reason: 'Emergency abatement ordered by the board of health' });
    const before = enforcementCounts(w.db);
    let withdrawn = false;
    const refused = issueDemandForPayment(deps, w.caseId, (_d, _t, message) => {
      if (message === 'Laying out the demand' && !withdrawn) {
        withdrawn = true;
        withdrawWaiver(decisions, { caseId: w.caseId, step: STEP, itemId: 'entry-authority' });
      }
    });
    await expect(refused).rejects.toMatchObject({ code: 'NOT_READY', message: expect.stringMatching(/— Entry authority recorded for every inspection\. Fix/) });
    expect(withdrawn).toBe(true);
    // Only the withdrawal was written (its row and audit entry); the rendered PDF may sit unreferenced in the vault folder, but no row, number or audit entry of a demand exists.
    expect(enforcementCounts(w.db)).toEqual({ ...before, audit_log: (before.audit_log ?? 0) + 1 });
    expect(sequences(w)).toBe(0);
    expect(listDocuments(w.db, w.caseId).map((d) => d.kind)).toEqual(['notice_of_violation']);
    waiveChecklistItem(decisions, { caseId: w.caseId, step: STEP, itemId: 'entry-authority', reason: 'Seen from the public sidewalk' });
    expect((await issueDemandForPayment(deps, w.caseId)).number).toBe('DFP-2026-000001');
  });

});
