/** Ledgers written by hand for demand-for-payment tests: entries in ledger order with their running balance. */
import type { Ledger, LedgerEntry } from '../../../shared/enforcementTypes';
import type { CostsRules, CostsWording } from '../../../shared/costsWording';
import type { PackLanguage } from '../../../shared/packLocalization';
import type { CostStatement, StatementLine } from '../../../electron/services/documents/kinds/costs/costStatement';
import { costsRules, costsWording } from '../../../electron/services/documents/kinds/costs/costsRules';
import type { LoadedPack } from '../../../electron/services/packs/loadPack';

export type EntryFields = Pick<LedgerEntry, 'kind' | 'deltaCents' | 'entryDate' | 'description'> & Partial<LedgerEntry>;

/** A ledger of `entries` (ids 1, 2, …); `reversesEntryId` on a reversal marks the original as reversed. */
export function ledgerOf(entries: EntryFields[]): Ledger {
  const reversedBy = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.reversesEntryId) reversedBy.set(e.reversesEntryId, i + 1);
  });
  let balance = 0;
  const rows: LedgerEntry[] = entries.map((e, i) => {
    balance += e.deltaCents;
    return {
      id: i + 1,
      caseId: 1,
      contractor: null,
      invoiceSha256: null,
      citationId: null,
      hearingId: null,
      reversesEntryId: null,
      recordedAt: '2026-11-01T12:00:00.000Z',
      recordedBy: 'clerk',
      ...e,
      reversedByEntryId: reversedBy.get(i + 1) ?? null,
      balanceCents: balance,
    };
  });
  const charges = rows.filter((r) => r.deltaCents > 0).reduce((s, r) => s + r.deltaCents, 0);
  return { caseId: 1, entries: rows, chargesCents: charges, paymentsCents: charges - balance, balanceCents: balance };
}

export const INVOICE_SHA = '5a8386780580f2e1c0aa4c87d2c0d1f1d51a07bc1a2bd0b9b2c6cf2f1d7a9e01';

/** Mowing with its invoice, a fee, a mistaken charge reversed, a bounced check and a payment. */
export function typicalLedger(): Ledger {
  return ledgerOf([
    { kind: 'abatement', deltaCents: 123450, entryDate: '2026-10-25', description: 'Lot mowed and debris removed', contractor: 'GreenCut LLC', invoiceSha256: INVOICE_SHA },
    { kind: 'admin_fee', deltaCents: 15000, entryDate: '2026-10-26', description: 'Administrative fee' },
    { kind: 'abatement', deltaCents: 40000, entryDate: '2026-10-27', description: 'Board-up of rear door', contractor: 'SecureIt Inc.' },
    { kind: 'reversal', deltaCents: -40000, entryDate: '2026-10-28', description: 'Reverses entry 3 ($400.00): Work was at 1420 Maple Street', reversesEntryId: 3 },
    { kind: 'payment', deltaCents: -20000, entryDate: '2026-10-29', description: 'Check 1041' },
    { kind: 'reversal', deltaCents: 20000, entryDate: '2026-10-31', description: 'Reverses entry 5 (-$200.00): Check returned unpaid', reversesEntryId: 5 },
    { kind: 'payment', deltaCents: -10000, entryDate: '2026-11-01', description: 'Money order 55-1201' },
  ]);
}

/** What a demand model needs from the pack's costs.<lang>.json: the statement's wording and the cost rules. */
export function costsOf(loaded: LoadedPack, language: PackLanguage = 'en'): { costs: CostsWording; rules: CostsRules } {
  return { costs: costsWording(loaded, language), rules: costsRules(loaded) };
}

/** Every printed line of a cost statement, in printed order. */
export const linesOf = (m: { statement: CostStatement }): StatementLine[] => m.statement.sections.flatMap((s) => s.lines);
