/**
 * The cost statement shared by the Demand for Payment and the Statement of Costs: sections with
 * their subtotals, reversals in the section of what they reverse, fines kept apart from a demand
 * when the pack says so (model-ipmc) or demanded with the rest (model-strict), and interest from
 * the one shared computation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemandModel, requireDemandWording } from '../../electron/services/documents/kinds/demand/demandModel';
import { buildCostStatement } from '../../electron/services/documents/kinds/costs/costStatement';
import { loadPack, type LoadedPack } from '../../electron/services/packs/loadPack';
import { interestOn } from '../../shared/costInterest';
import { AUDIT_HEAD, caseDetail, loadModelPack, TEMPLATES_DIR } from './support/noticeFixture';
import { costsOf, ledgerOf, linesOf, typicalLedger } from './support/demandFixture';

let ipmc: LoadedPack;
let strict: LoadedPack;
beforeAll(async () => {
  ipmc = await loadModelPack();
  strict = await loadPack(TEMPLATES_DIR, 'model-strict');
});

/** The ledger: one abatement cost and a $50 fine from citation CIT-2026-000004. */
const withFine = () =>
  ledgerOf([
    { kind: 'abatement', deltaCents: 30000, entryDate: '2026-10-25', description: 'Lot mowed', contractor: 'GreenCut LLC' },
    { kind: 'fine', deltaCents: 5000, entryDate: '2026-10-26', description: 'Fine for tall weeds', citationId: 4 },
  ]);
const CITATIONS = new Map([[4, 'CIT-2026-000004']]);

const demand = (loaded: LoadedPack, ledger = withFine(), issuedOn = '2026-11-02') =>
  buildDemandModel(
    { detail: caseDetail([]), ledger, notices: [], citationNumbers: CITATIONS },
    { documentNumber: 'DFP-2026-000007', issuedOn, auditHead: AUDIT_HEAD, pack: loaded.pack, wording: requireDemandWording(loaded), ...costsOf(loaded) },
  );

describe('the demand with a fine on the ledger (model-ipmc keeps fines apart)', () => {
  it('demands the costs of abatement without the $50 fine, and lists the fine as not included', () => {
    const m = demand(ipmc);
    const abatement = m.statement.sections.find((s) => s.key === 'abatement')!;
    expect(abatement.subtotal).toEqual({ label: 'Subtotal, costs of abatement', value: '$300.00' });
    expect(abatement.lines.map((l) => l.amountText)).toEqual(['$300.00']);
    const fines = m.statement.sections.find((s) => s.key === 'fines')!;
    expect(fines).toMatchObject({ demanded: false, subtotal: { value: '$50.00' } });
    expect(fines.lines[0]!.description).toBe('Fine for tall weeds. Citation CIT-2026-000004.');
    expect(m.statement.finesNote).toBe('The fines listed above ($50.00) are not included in this demand. They are owed under their citations and are collected separately.');
    expect(m.balanceCents).toBe(30000);
    expect(m.statement.totals).toEqual([{ label: 'Amount demanded', value: '$300.00' }]);
    expect(m.payBySentence).toBe(`Please pay the balance of $300.00 by ${m.payBy.dateText}.`);
    expect(m.metadata.subject).toMatch(/^Demand for payment of \$300\.00 in abatement costs/);
  });

  it('refuses a demand when only fines are still owed', () => {
    const paid = ledgerOf([...withFine().entries, { kind: 'payment', deltaCents: -30000, entryDate: '2026-10-30', description: 'Check 1041' }]);
    expect(() => demand(ipmc, paid)).toThrow(/nothing owing \(balance \$0\.00\).*The fines still owed \(\$50\.00\) are not demanded/);
  });
});

describe('model-strict: fines demanded with the costs, simple interest at 8% a year', () => {
  it('demands the fine too, with interest from each charge date computed by the shared function', () => {
    const m = demand(strict, withFine(), '2026-11-25');
    const ledger = withFine();
    // 30000 × 1 day + 35000 × 30 days = 1,080,000 cent-days × 8% / 365 = 236.7 → $2.37.
    expect(interestOn(ledger.entries, { annualRatePercent: 8, from: 'entryDate', simple: true }, '2026-11-25')).toEqual({ cents: 237, centDays: 1080000 });
    expect(m.statement.interestCents).toBe(237);
    const interest = m.statement.sections.find((s) => s.key === 'interest')!;
    expect(interest.lines).toEqual([expect.objectContaining({ number: 3, item: 'Interest', amountText: '$2.37', description: 'Simple interest at 8% a year on the unpaid costs, from the date of each charge to November 25, 2026' })]);
    expect(m.statement.sections.find((s) => s.key === 'fines')!.demanded).toBe(true);
    expect(m.statement.finesNote).toBeNull();
    expect(m.balanceCents).toBe(35237);
    expect(m.statement.totals.at(-1)).toEqual({ label: 'Amount demanded', value: '$352.37' });
  });

  it('accrues nothing on what was paid, from the day it was paid', () => {
    const rule = { annualRatePercent: 10, from: 'entryDate', simple: true } as const;
    const entries = [
      { deltaCents: 36500, entryDate: '2026-01-01' },
      { deltaCents: -36500, entryDate: '2026-01-11' },
    ];
    expect(interestOn(entries, rule, '2026-12-31').cents).toBe(100); // 10 days of $365 at 10%
    expect(interestOn(entries.slice(0, 1), rule, '2026-01-01').cents).toBe(0);
  });
});

describe('the sections', () => {
  it('puts each reversal with what it reverses and numbers the lines in printed order', () => {
    const st = buildCostStatement(
      { detail: caseDetail([]), ledger: typicalLedger(), citationNumbers: new Map() },
      { purpose: 'statement', asOf: '2026-11-02', pack: ipmc.pack, ...{ wording: costsOf(ipmc).costs, rules: costsOf(ipmc).rules }, letter: { documentNumber: 'SOC-2026-000001', issuedOnText: 'November 2, 2026', auditHead: AUDIT_HEAD } },
    );
    expect(st.sections.map((s) => [s.key, s.subtotal.value])).toEqual([
      ['abatement', '$1,234.50'],
      ['adminFee', '$150.00'],
      ['payments', '-$100.00'],
    ]);
    expect(linesOf({ statement: st }).map((l) => [l.number, l.item, l.amountText, l.description.replace(/ Invoice.*/, '')])).toEqual([
      [1, 'Abatement', '$1,234.50', 'Lot mowed and debris removed. Contractor: GreenCut LLC.'],
      [2, 'Abatement', '$400.00', 'Board-up of rear door. Contractor: SecureIt Inc. No invoice on file. Reversed on line 3.'],
      [3, 'Correction', '-$400.00', 'Reverses line 2: Work was at 1420 Maple Street'],
      [4, 'Administrative fee', '$150.00', 'Administrative fee'],
      [5, 'Payment received', '-$200.00', 'Check 1041. Reversed on line 6.'],
      [6, 'Payment returned', '$200.00', 'Reverses line 5: Check returned unpaid'],
      [7, 'Payment received', '-$100.00', 'Money order 55-1201'],
    ]);
    expect(st.balanceCents).toBe(typicalLedger().balanceCents);
    expect(st.sections.reduce((s, x) => s + x.subtotalCents, 0)).toBe(st.balanceCents);
    expect(st.totals).toEqual([{ label: 'Balance', value: '$1,284.50' }]);
  });
});
