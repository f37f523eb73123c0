/** What a lien may be recorded for: the pack's lienable kinds of the ledger's standing charges, less payments, never more than the balance. */
import { describe, expect, it } from 'vitest';
import { lienAmountOf } from '../../electron/services/documents/kinds/lien/lienFilingModel';
import { ledgerOf, typicalLedger } from './support/demandFixture';

describe('lienAmountOf', () => {
  it('leaves out reversed charges and returned payments with their reversals, and equals the balance when everything is lienable', () => {
    const ledger = typicalLedger();
    const a = lienAmountOf('CE-1', ledger, ['abatement', 'admin_fee']);
    expect(a.amountCents).toBe(ledger.balanceCents);
    expect(a.lines.map((l) => l.entryId)).toEqual([1, 2, 7]);
    expect([a.chargesCents, a.creditsCents, a.excludedCents]).toEqual([138450, -10000, 0]);
  });

  it('leaves out fines where the pack does not lien them, and liens them where it does', () => {
    const ledger = ledgerOf([
      { kind: 'abatement', deltaCents: 50000, entryDate: '2026-10-01', description: 'Mowing' },
      { kind: 'fine', deltaCents: 25000, entryDate: '2026-10-02', description: 'Citation CT-1' },
      { kind: 'payment', deltaCents: -10000, entryDate: '2026-10-03', description: 'Check' },
    ]);
    expect(lienAmountOf('CE-1', ledger, ['abatement', 'admin_fee'])).toMatchObject({ amountCents: 40000, excludedCents: 25000 });
    expect(lienAmountOf('CE-1', ledger, ['abatement', 'admin_fee', 'fine'])).toMatchObject({ amountCents: 65000, excludedCents: 0 });
  });

  it('refuses when only unlienable charges are owed, or nothing is', () => {
    const fines = ledgerOf([{ kind: 'fine', deltaCents: 25000, entryDate: '2026-10-02', description: 'Citation CT-1' }]);
    expect(() => lienAmountOf('CE-1', fines, ['abatement'])).toThrow(/no abatement charge on its ledger that the pack allows to be liened/);
    const paid = ledgerOf([
      { kind: 'abatement', deltaCents: 50000, entryDate: '2026-10-01', description: 'Mowing' },
      { kind: 'payment', deltaCents: -50000, entryDate: '2026-10-03', description: 'Check' },
    ]);
    expect(() => lienAmountOf('CE-1', paid, ['abatement'])).toThrow(/owes nothing that can be liened \(balance \$0\.00\)/);
  });
});
