/**
 * Issuing a Statement of Costs (SOC) on a real store, vault and pack: every section's items and
 * subtotals in the PDF text, in English and Spanish, the balance equal to getLedger's (plus the
 * shared interest figure where the pack charges interest), qpdf --check, the DOCX through
 * LibreOffice, and the refusals, which issue nothing. And the demand issued on the same case
 * keeps the fine apart (model-ipmc) — the issue's bug, end to end.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import { issueDocumentOfKind, readIssuedDocument, type IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { costsRules } from '../../electron/services/documents/kinds/costs/costsRules';
import { statementInterestCents } from '../../electron/services/documents/kinds/costs/costStatement';
import { citeUngated } from './support/citationFixture';
import { addLedgerEntry, getLedger, reverseLedgerEntry } from '../../electron/services/enforcement/ledger';
import { loadPack, type LoadedPack } from '../../electron/services/packs/loadPack';
import type { CostsWording } from '../../shared/costsWording';
import { formatCents } from '../../shared/money';
import { makeAbatementReady } from './support/abatementReady';
import { convertWithLibreOffice, hasPoppler, hasQpdf, hasSoffice, poppler } from './support/docxInspect';
import { enforcementCounts, enforcementWorld, file, PDF_BYTES, type EnforcementWorld } from './support/enforcementFixture';
import { issueNext } from './support/issueNext';
import { FONTS_DIR, TEMPLATES_DIR } from './support/noticeFixture';

async function world(packId = 'model-ipmc'): Promise<{ w: EnforcementWorld; deps: IssueDeps; loaded: LoadedPack }> {
  const loaded = await loadPack(TEMPLATES_DIR, packId);
  const w = await enforcementWorld({ pack: loaded.pack });
  return { w, loaded, deps: { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: loaded } };
}

/** Abatement with its contractor, a fee, a mistaken charge reversed, a $50 citation fine, a payment. */
async function costs(w: EnforcementWorld): Promise<string> {
  await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 123450, entryDate: '2026-10-25', description: 'Lot mowed and cleared', contractor: 'GreenCut LLC', invoice: file('invoice.pdf', PDF_BYTES) });
  await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'admin_fee', amount: 15000, entryDate: '2026-10-26', description: 'Administrative fee' });
  const wrong = await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 40000, entryDate: '2026-10-27', description: 'Board-up of rear door', contractor: 'SecureIt Inc.' });
  reverseLedgerEntry(w.deps, { entryId: wrong.id, reason: 'Work was at 1420 Maple Street', entryDate: '2026-10-28' });
  // The ticket's own gate is tested in ticketGate.test.ts; here only its fine on the ledger matters.
  const citation = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-10-27' });
  await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 10000, entryDate: '2026-11-01', description: 'Money order 55-1201' });
  return citation.number;
}

const flat = (text: string) => text.replace(/\s+/g, ' ');
const textOf = (bytes: Uint8Array, name: string) => {
  const p = `/tmp/caseready-costs-${name}-${process.pid}.pdf`;
  writeFileSync(p, bytes);
  if (hasQpdf) poppler('qpdf', ['--check', p]);
  return { text: flat(poppler('pdftotext', ['-layout', p, '-'])), path: p };
};

describe.skipIf(!hasPoppler)('the statement of costs', () => {
  it.each([
    ['en', ['STATEMENT OF COSTS', 'AS OF', 'November 2, 2026', 'Costs of abatement', 'GreenCut LLC', 'Reverses line 2',
      'Subtotal, costs of abatement $1,234.50', 'Administrative fees', 'Subtotal, administrative fees $150.00', 'Fines', 'Subtotal, fines $50.00',
      'Payments and credits', 'Money order 55-1201', '-$100.00', 'Subtotal, payments and credits -$100.00', 'Balance $1,334.50', 'Dorothy M. Smith']],
    ['es', ['ESTADO DE COSTOS', 'AL ', '2 de noviembre de 2026', 'Costos de saneamiento', 'GreenCut LLC', 'Anula la línea 2',
      'Subtotal, costos de saneamiento $1,234.50', 'Cargos administrativos', 'Subtotal, cargos administrativos $150.00', 'Multas', 'Subtotal, multas $50.00',
      'Pagos y créditos', 'Money order 55-1201', '-$100.00', 'Subtotal, pagos y créditos -$100.00', 'Saldo $1,334.50', 'Dorothy M. Smith']],
  ] as const)('prints every section, its items and subtotal, and the balance getLedger has (%s)', async (language, elements) => {
    const { w, deps } = await world();
    const citationNumber = await costs(w);
    const doc = await issueNext(deps, 'statement_of_costs', w.caseId, undefined);
    const again = language === 'es' ? await issueDocumentOfKind(deps, 'statement_of_costs', w.caseId, undefined, { language: 'es', replaces: doc.id }) : doc;
    expect(again).toMatchObject({ kind: 'statement_of_costs', title: 'Statement of Costs — 1418 Maple Street' });
    expect(again.number).toMatch(/^SOC-2026-00000[12]$/);
    const { text } = textOf(await w.deps.vault.read(again.sha256), `soc-${language}`);
    for (const e of [...elements, again.number, citationNumber]) expect(text, `${language} statement prints "${e}"`).toContain(e);
    expect(getLedger(w.db, w.caseId).balanceCents).toBe(133450);
    expect(text).not.toMatch(/pay by|Pagar a más tardar|lien|gravamen|not included in this demand/i);
    // No interest rule in model-ipmc: no interest line.
    expect(text).not.toMatch(/Interest|Intereses/);
    if (hasSoffice) {
      const docx = await readIssuedDocument(w.db, deps.vault, again.id, 'docx');
      const converted = await convertWithLibreOffice(docx.bytes, `soc-${language}`);
      const fromDocx = flat(poppler('pdftotext', [converted.pdfPath, '-'])).toLowerCase();
      for (const e of ['$1,234.50', '$150.00', '$50.00', '-$100.00', '$1,334.50', citationNumber, 'GreenCut LLC']) expect(fromDocx, `DOCX carries ${e}`).toContain(e.toLowerCase());
    }
  });

  it('prints the interest the shared function computes when the pack charges interest (model-strict)', async () => {
    const { w, deps, loaded } = await world('model-strict');
    await costs(w);
    const doc = await issueNext(deps, 'statement_of_costs', w.caseId);
    const ledger = getLedger(w.db, w.caseId);
    const interest = statementInterestCents(ledger, costsRules(loaded), '2026-11-02');
    expect(interest).toBeGreaterThan(0);
    const { text } = textOf(await w.deps.vault.read(doc.sha256), 'soc-strict');
    expect(text).toContain(`Subtotal, interest ${formatCents(interest)}`);
    expect(text).toContain(`Balance ${formatCents(ledger.balanceCents + interest)}`);
    expect(text).toContain('Simple interest at 8% a year');
  });
});

describe.skipIf(!hasPoppler)('the demand issued on the same case (model-ipmc keeps fines apart)', () => {
  it('demands the abatement costs and fee without the $50 fine, and lists the fine as not included', async () => {
    const { w, deps } = await world();
    await makeAbatementReady(w);
    const citationNumber = await costs(w);
    const doc = await issueNext(deps, 'demand_for_payment', w.caseId);
    const { text } = textOf(await w.deps.vault.read(doc.sha256), 'dfp-fine');
    expect(text).toContain('Subtotal, costs of abatement $1,234.50');
    expect(text).toContain('Subtotal, fines $50.00');
    expect(text).toContain(citationNumber);
    expect(text).toContain('The fines listed above ($50.00) are not included in this demand.');
    expect(text).toContain('Amount demanded $1,284.50');
    expect(text).toContain('Please pay the balance of $1,284.50');
    expect(text).not.toContain('$1,334.50');
  });
});

describe('refusals: nothing issued, no number burnt', () => {
  const documentsOf = (w: EnforcementWorld) => listDocuments(w.db, w.caseId).filter((d) => d.kind === 'statement_of_costs');

  it('refuses an empty ledger and a ledger with nothing owing', async () => {
    const { w, deps } = await world();
    const before = enforcementCounts(w.db);
    await expect(issueNext(deps, 'statement_of_costs', w.caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/has no entries on its ledger, so there are no costs to state/) });
    expect(enforcementCounts(w.db)).toEqual(before);
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 20000, entryDate: '2026-10-25', description: 'Mowing' });
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 20000, entryDate: '2026-10-30', description: 'Check 1041' });
    const paid = enforcementCounts(w.db);
    await expect(issueNext(deps, 'statement_of_costs', w.caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/nothing owing \(balance \$0\.00\), so no statement of costs/) });
    expect(enforcementCounts(w.db)).toEqual(paid);
    expect(documentsOf(w)).toEqual([]);
  });

  it('refuses a pack that does not word the statement, naming the file', async () => {
    const { w, deps, loaded } = await world();
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 20000, entryDate: '2026-10-25', description: 'Mowing' });
    const wordings = Object.fromEntries(Object.entries(loaded.wordings ?? {}).map(([l, wd]) => [l, { ...wd, kinds: {} }]));
    const before = enforcementCounts(w.db);
    await expect(issueNext({ ...deps, pack: { ...loaded, wordings } }, 'statement_of_costs', w.caseId)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/add costs\.en\.json to the pack/) });
    expect(enforcementCounts(w.db)).toEqual(before);
    expect(documentsOf(w)).toEqual([]);
  });

  it('refuses rules that differ between the languages of a pack', async () => {
    const { w, deps, loaded } = await world();
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 20000, entryDate: '2026-10-25', description: 'Mowing' });
    const es = loaded.wordings!.es!;
    const costsEs = { ...(es.kinds!.costs as CostsWording), rules: { demandIncludesFines: true } };
    const pack = { ...loaded, wordings: { ...loaded.wordings, es: { ...es, kinds: { ...es.kinds, costs: costsEs } } } };
    await expect(issueNext({ ...deps, pack }, 'statement_of_costs', w.caseId)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/different cost rules in costs\.en\.json and costs\.es\.json/) });
    expect(documentsOf(w)).toEqual([]);
  });
});
