/** The Demand for Payment's content: itemized statement, credits, totals in dollars from cents, the pay-by date, refusals. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemandModel, demandPayBy, requireDemandWording, type DemandModel } from '../../electron/services/documents/kinds/demand/demandModel';
import type { LoadedPack } from '../../electron/services/packs/loadPack';
import type { CaseDetail } from '../../shared/domain';
import { AUDIT_HEAD, caseDetail, loadModelPack } from './support/noticeFixture';
import { costsOf, INVOICE_SHA, ledgerOf, linesOf, typicalLedger } from './support/demandFixture';

let loaded: LoadedPack;
beforeAll(async () => {
  loaded = await loadModelPack();
});

const opts = (issuedOn = '2026-11-02') => ({ documentNumber: 'DFP-2026-000007', issuedOn, auditHead: AUDIT_HEAD, pack: loaded.pack, wording: requireDemandWording(loaded), ...costsOf(loaded) });
const notices = [{ number: 'NOV-2026-000012', issuedOn: '2026-10-06' }];
const build = (detail: CaseDetail = caseDetail([]), ledger = typicalLedger(), n = notices): DemandModel => buildDemandModel({ detail, ledger, notices: n }, opts());

describe('the demand model', () => {
  it('itemizes every ledger entry by section with its date, contractor and invoice, naming corrections by statement line', () => {
    const m = build();
    const lines = linesOf(m);
    expect(lines.map((l) => [l.number, l.dateText, l.item, l.amountText])).toEqual([
      [1, 'Oct 25, 2026', 'Abatement', '$1,234.50'],
      [2, 'Oct 27, 2026', 'Abatement', '$400.00'],
      [3, 'Oct 28, 2026', 'Correction', '-$400.00'],
      [4, 'Oct 26, 2026', 'Administrative fee', '$150.00'],
      [5, 'Oct 29, 2026', 'Payment received', '-$200.00'],
      [6, 'Oct 31, 2026', 'Payment returned', '$200.00'],
      [7, 'Nov 1, 2026', 'Payment received', '-$100.00'],
    ]);
    expect(lines[0]!.description).toBe(`Lot mowed and debris removed. Contractor: GreenCut LLC. Invoice on file (SHA-256 ${INVOICE_SHA.slice(0, 12)}…).`);
    expect(lines[1]!.description).toBe('Board-up of rear door. Contractor: SecureIt Inc. No invoice on file. Reversed on line 3.');
    expect(lines[2]!.description).toBe('Reverses line 2: Work was at 1420 Maple Street');
    expect(lines[5]!.description).toBe('Reverses line 5: Check returned unpaid');
    expect(lines[3]!.description).toBe('Administrative fee');
  });

  it('subtotals each section so the lines add up to the amount demanded', () => {
    const m = build();
    expect(m.statement.sections.map((s) => [s.heading, s.subtotal.value])).toEqual([
      ['Costs of abatement', '$1,234.50'],
      ['Administrative fees', '$150.00'],
      ['Payments and credits', '-$100.00'],
    ]);
    expect(m.statement.totals).toEqual([{ label: 'Amount demanded', value: '$1,284.50' }]);
    expect(m.balanceCents).toBe(128450);
    expect(linesOf(m).reduce((s, l) => s + l.amountCents, 0)).toBe(m.balanceCents);
    expect(m.statement.interestCents).toBe(0); // model-ipmc has no interest rule: no interest line
    expect(m.statement.sections.some((s) => s.key === 'interest')).toBe(false);
    expect(m.payBySentence).toBe('Please pay the balance of $1,284.50 by December 9, 2026.');
  });

  it('formats large and odd-cent amounts exactly', () => {
    const m = build(caseDetail([]), ledgerOf([{ kind: 'abatement', deltaCents: 123456789, entryDate: '2026-10-01', description: 'Demolition' }, { kind: 'payment', deltaCents: -1, entryDate: '2026-10-02', description: 'Penny' }]));
    expect(linesOf(m).map((l) => l.amountText)).toEqual(['$1,234,567.89', '-$0.01']);
    expect(m.statement.totals.at(-1)!.value).toBe('$1,234,567.88');
  });

  it('addresses the owner of record at the mailing address and names the notice it follows', () => {
    const m = build();
    expect(m.recipient).toEqual({ heading: 'To the owner of record', name: 'Nguyễn Thị Hương Peña', addressLines: ['88 Bayview Terrace, Apt 4', 'Port Model, ST 00001'] });
    expect(m.letterhead.jurisdictionName).toBe('City of Model');
    expect(m.letterhead.departmentName).toBe('City of Model Department of Code Enforcement');
    expect(m.intro).toMatch(/^The City of Model Department of Code Enforcement sent you Notice of Violation NOV-2026-000012 of October 6, 2026\./);
    expect(build(undefined, undefined, [...notices, { number: 'NOV-2026-000015', issuedOn: '2026-10-20' }]).intro).toMatch(/Notices of Violation NOV-2026-000012 of October 6, 2026 and NOV-2026-000015 of October 20, 2026/);
    expect(build(undefined, undefined, []).intro).toMatch(/^The City had the violations at 1417 Alder Street/);
    expect(m.references.map((r) => r.label)).toEqual(['Demand number', 'Case number', 'Date', 'Parcel', 'Pay by']);
    expect(m.footerTemplate).toBe('Demand DFP-2026-000007 · Case CE-2026-0001 · Page {page} of {pages} · Audit chain head 3f2a9c41d07be5a8…');
  });

  it('says how to pay, how to contest and that the unpaid balance will be recorded as a lien', () => {
    const m = build();
    const text = m.sections.map((s) => `${s.heading}: ${s.paragraph}`).join('\n');
    expect(text).toMatch(/How to pay: Pay by check or money order made payable to "City of Model"\. Write demand number DFP-2026-000007/);
    expect(text).toMatch(/How to contest these charges: .*City of Model Property Maintenance Appeals Board.*within 20 days of receiving this letter/);
    expect(text).toMatch(/the unpaid balance will be recorded as a lien against the property at 1417 Alder Street, Model, ST 00000 \(parcel 14-022-0093\)/);
    expect(text).toMatch(/you still have 30 days from the day you receive it/);
  });

  it('refuses when nothing is owed, when no abatement cost or fee stands, and without a mailing address', () => {
    const paid = ledgerOf([{ kind: 'abatement', deltaCents: 5000, entryDate: '2026-10-01', description: 'Mowing' }, { kind: 'payment', deltaCents: -5000, entryDate: '2026-10-02', description: 'Paid' }]);
    expect(() => build(undefined, paid)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/nothing owing \(balance \$0\.00\)/) }));
    const overpaid = ledgerOf([{ kind: 'abatement', deltaCents: 5000, entryDate: '2026-10-01', description: 'Mowing' }, { kind: 'payment', deltaCents: -6000, entryDate: '2026-10-02', description: 'Paid' }]);
    expect(() => build(undefined, overpaid)).toThrow(/balance -\$10\.00/);
    const finesOnly = ledgerOf([{ kind: 'fine', deltaCents: 5000, entryDate: '2026-10-01', description: 'Citation' }]);
    expect(() => build(undefined, finesOnly)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/no abatement cost or administrative fee/) }));
    const reversed = ledgerOf([
      { kind: 'abatement', deltaCents: 5000, entryDate: '2026-10-01', description: 'Mowing' },
      { kind: 'reversal', deltaCents: -5000, entryDate: '2026-10-02', description: 'Wrong case', reversesEntryId: 1 },
      { kind: 'fine', deltaCents: 5000, entryDate: '2026-10-03', description: 'Citation' },
    ]);
    expect(() => build(undefined, reversed)).toThrow(/no abatement cost or administrative fee/);
    expect(() => build(caseDetail([], { owner: { id: 1, name: 'A. Owner', kind: 'individual', mailingAddress: ' \n ' } }))).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: expect.stringMatching(/no mailing address for its owner of record \(A\. Owner\)\. Add the owner's current mailing address in the Parties tab/) }),
    );
  });

  it('refuses a bad date, document number or audit head', () => {
    const input = { detail: caseDetail([]), ledger: typicalLedger(), notices };
    expect(() => buildDemandModel(input, { ...opts(), issuedOn: '2026-02-30' })).toThrow(/not a real date/);
    expect(() => buildDemandModel(input, { ...opts(), documentNumber: ' ' })).toThrow(/needs a document number/);
    expect(() => buildDemandModel(input, { ...opts(), auditHead: 'ABC' })).toThrow(/SHA-256 in lowercase hex/);
  });
});

describe('the pay-by date', () => {
  it('runs the lien waiting period from service by the slowest method, rolled past weekends', () => {
    // 2026-11-02 + 5 days (certified mail) = Sat Nov 7 → Mon Nov 9; + 30 = Wed Dec 9.
    expect(demandPayBy(loaded.pack, '2026-11-02')).toMatchObject({ serviceCompleteBy: '2026-11-09', date: '2026-12-09', dateText: 'December 9, 2026', waitingDays: 30 });
  });

  it('rolls past Christmas when the period ends on it', () => {
    // 2026-11-20 + 5 = Wed Nov 25; + 30 = Fri Dec 25 (Christmas Day) → Mon Dec 28.
    const r = demandPayBy(loaded.pack, '2026-11-20');
    expect(r).toMatchObject({ serviceCompleteBy: '2026-11-25', date: '2026-12-28' });
    expect(r.explanation).toMatch(/2026-12-25 \(Friday, Christmas Day\) → rolled to 2026-12-28/);
  });

  it('rolls service completion past Thanksgiving and the pack\'s Day after Thanksgiving', () => {
    // 2026-11-21 + 5 = Thu Nov 26 (Thanksgiving) → Fri Nov 27 is the pack's own holiday → Mon Nov 30; + 30 = Wed Dec 30.
    expect(demandPayBy(loaded.pack, '2026-11-21')).toMatchObject({ serviceCompleteBy: '2026-11-30', date: '2026-12-30' });
  });

  it('uses the slowest service method of the pack, whichever it is', () => {
    const deadlines = loaded.pack.deadlines!;
    const pack = { ...loaded.pack, deadlines: { ...deadlines, serviceDays: { ...deadlines.serviceDays, posting: 10 } } };
    // 2026-11-02 + 10 = Thu Nov 12; + 30 = Sat Dec 12 → Mon Dec 14.
    expect(demandPayBy(pack, '2026-11-02')).toMatchObject({ serviceCompleteBy: '2026-11-12', date: '2026-12-14' });
  });

  it('refuses a pack without a lien waiting period, saying what to add', () => {
    const { lienWaiting: _gone, ...rules } = loaded.pack.deadlines!.rules;
    expect(() => demandPayBy({ ...loaded.pack, deadlines: { ...loaded.pack.deadlines!, rules } }, '2026-11-02')).toThrow(/Add "lienWaiting" to deadlines\.rules/);
    expect(() => demandPayBy({ ...loaded.pack, deadlines: undefined }, '2026-11-02')).toThrow(/no lien waiting period/);
  });
});
