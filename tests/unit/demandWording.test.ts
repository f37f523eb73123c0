/**
 * The Demand for Payment's wording comes from the jurisdiction pack: model-strict's letter says
 * what its demand.en.json says, and a pack without the file cannot issue or preview a demand
 * (refused before anything is rendered or stored, naming the file to add).
 */
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import { buildDemandModel, requireDemandWording } from '../../electron/services/documents/kinds/demand/demandModel';
import { previewDemandForPayment } from '../../electron/services/documents/issue/demandPreview';
import type { IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { issueNext } from './support/issueNext';

const issueDemandForPayment = (deps: IssueDeps, caseId: number) => issueNext(deps, 'demand_for_payment', caseId);
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { loadPack } from '../../electron/services/packs/loadPack';
import { costsOf, ledgerOf, linesOf, typicalLedger } from './support/demandFixture';
import { costsRules } from '../../electron/services/documents/kinds/costs/costsRules';
import { statementInterestCents } from '../../electron/services/documents/kinds/costs/costStatement';
import { formatCents } from '../../shared/money';
import { enforcementWorld } from './support/enforcementFixture';
import { AUDIT_HEAD, caseDetail, FONTS_DIR, loadModelPack, TEMPLATES_DIR } from './support/noticeFixture';

const opts = { documentNumber: 'DFP-2026-000007', issuedOn: '2026-11-02', auditHead: AUDIT_HEAD };

describe("the demand model in a pack's own words", () => {
  it("fills model-strict's sentences with the same values as the model pack's", async () => {
    const strict = await loadPack(TEMPLATES_DIR, 'model-strict');
    const m = buildDemandModel({ detail: caseDetail([]), ledger: typicalLedger(), notices: [] }, { ...opts, pack: strict.pack, wording: requireDemandWording(strict), ...costsOf(strict) });
    expect(m.subtitle).toBe('Final demand for the costs of abatement charged to the property');
    // model-strict charges interest (costs.en.json rules): the shared computation's figure.
    const interest = statementInterestCents(typicalLedger(), costsRules(strict), opts.issuedOn);
    expect(m.statement.interestCents).toBe(interest);
    expect(m.payBySentence).toBe(`Payment in full of ${formatCents(128450 + interest)} is due by ${m.payBy.dateText}.`);
    const lien = m.sections.find((s) => s.heading === 'Lien if the balance is not paid');
    expect(lien?.paragraph).toMatch(/^If payment in full is not received by \w+ \d+, 2026, the City will record the unpaid balance as a lien against the property at 1417 Alder Street, Model, ST 00000 \(parcel 14-022-0093\) without further notice\./);
    expect(lien?.paragraph).toMatch(/you still have \d+ days from the day you receive it/);
  });

  it('takes every statement label and note from the wording (costs.en.json)', async () => {
    const loaded = await loadModelPack();
    const wording = structuredClone(requireDemandWording(loaded));
    const { costs, rules } = structuredClone(costsOf(loaded));
    costs.statement.items.abatement = 'Work done by the City';
    costs.statement.notes.contractor = 'Done by {contractor}';
    costs.statement.totals.demanded = 'Amount owed';
    wording.intro.withoutNotices = 'Costs at {propertyAddress} under the {codeShortName}.';
    const ledger = ledgerOf([{ kind: 'abatement', deltaCents: 5000, entryDate: '2026-10-01', description: 'Mowing', contractor: 'GreenCut LLC', invoiceSha256: 'ab'.repeat(32) }]);
    const m = buildDemandModel({ detail: caseDetail([]), ledger, notices: [] }, { ...opts, pack: loaded.pack, wording, costs, rules });
    expect(linesOf(m)[0]).toMatchObject({ item: 'Work done by the City', description: 'Mowing. Done by GreenCut LLC. Invoice on file (SHA-256 abababababab…).' });
    expect(m.statement.totals.at(-1)).toEqual({ label: 'Amount owed', value: '$50.00' });
    expect(m.intro).toBe('Costs at 1417 Alder Street, Model, ST 00000 under the IPMC.');
  });
});

describe('a pack without demand.en.json', () => {
  it('refuses to preview or issue a demand, naming the file, and stores nothing', async () => {
    const loaded = { ...(await loadModelPack()), demand: undefined };
    const w = await enforcementWorld({ pack: loaded.pack });
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 48000, entryDate: '2026-10-25', description: 'Lot mowed' });
    const deps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: loaded };
    const refusal = expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringMatching(/has no wording for the Demand for Payment.*Add templates\/jurisdictions\/model-ipmc\/demand\.en\.json/) });
    expect(() => previewDemandForPayment(deps, w.caseId)).toThrow(refusal);
    await expect(issueDemandForPayment(deps, w.caseId)).rejects.toThrow(refusal);
    expect(listDocuments(w.db, w.caseId).filter((d) => d.kind === 'demand_for_payment')).toEqual([]);
  });
});
