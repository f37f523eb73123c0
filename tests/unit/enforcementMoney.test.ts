/** Hearings, the ledger, liens and referrals, on a real store and vault. */
import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { addHearing, continueHearing, recordHearingOutcome } from '../../electron/services/enforcement/hearings';
import { addLedgerEntry, getLedger, reverseLedgerEntry } from '../../electron/services/enforcement/ledger';
import * as lr from '../../electron/services/enforcement/liensReferrals';
import { rollForward } from '../../shared/deadlines/periods';
import { deadlineAfter, packCalendar } from '../../shared/enforcementDates';
import { enforcementCounts, enforcementWorld, file, PDF_BYTES } from './support/enforcementFixture';
import { citeUngated } from './support/citationFixture';

const hearingInput = (caseId: number, citationId: number | null = null) => ({
  caseId,
  citationId,
  tribunal: 'Property Maintenance Appeals Board',
  docketNumber: 'PMAB-26-114',
  scheduledAt: '2026-11-18T09:30',
  place: 'City Hall, Room 105',
  hearingOfficer: 'Hon. A. Whitaker',
});

describe('deadlines', () => {
  it('rolls a weekend or holiday to the next business day of the pack calendar and leaves business days alone', () => {
    const federalOnly = packCalendar({});
    expect(rollForward('2026-11-07', federalOnly)).toBe('2026-11-09'); // Saturday
    expect(rollForward('2026-11-08', federalOnly)).toBe('2026-11-09'); // Sunday
    expect(rollForward('2026-11-06', federalOnly)).toBe('2026-11-06'); // Friday
    expect(deadlineAfter('2026-11-18', 20, federalOnly)).toBe('2026-12-08'); // Tuesday
    expect(deadlineAfter('2026-11-16', 20, federalOnly)).toBe('2026-12-07'); // Dec 6 is a Sunday
    expect(deadlineAfter('2028-02-09', 20, federalOnly)).toBe('2028-02-29'); // leap day, a Tuesday
    // Formerly rolled only past weekends: Nov 11 2026 is Veterans Day (a Wednesday), so the 12th.
    expect(deadlineAfter('2026-10-22', 20, federalOnly)).toBe('2026-11-12');
  });
});

describe('hearings', () => {
  it('keeps continuances as history and computes the appeal deadline from the pack', async () => {
    const w = await enforcementWorld();
    const h = addHearing(w.deps, hearingInput(w.caseId));
    expect(h).toMatchObject({ scheduledAt: '2026-11-18T09:30', originalAt: '2026-11-18T09:30', continuances: [], outcome: null });
    continueHearing(w.deps, { hearingId: h.id, newAt: '2026-12-02T09:30', reason: 'Owner in hospital' });
    const moved = continueHearing(w.deps, { hearingId: h.id, newAt: '2026-12-16T13:00', reason: 'Board lacked a quorum' });
    expect(moved.scheduledAt).toBe('2026-12-16T13:00');
    expect(moved.continuances.map((c) => [c.previousAt, c.newAt, c.reason])).toEqual([
      ['2026-11-18T09:30', '2026-12-02T09:30', 'Owner in hospital'],
      ['2026-12-02T09:30', '2026-12-16T13:00', 'Board lacked a quorum'],
    ]);
    // Order 2026-12-16 + 20 days (model pack) = 2027-01-05, a Tuesday.
    const done = recordHearingOutcome(w.deps, { hearingId: h.id, outcome: 'liable', finesOrdered: 25000, orderDate: '2026-12-16', notes: '' });
    expect(done.outcome).toMatchObject({ outcome: 'liable', finesOrderedCents: 25000, appealDeadline: '2027-01-05' });
    expect(getLedger(w.db, w.caseId).entries.map((e) => [e.kind, e.deltaCents, e.hearingId])).toEqual([['fine', 25000, h.id]]);
    expect(() => continueHearing(w.deps, { hearingId: h.id, newAt: '2027-01-10T09:00', reason: 'x' })).toThrow(/already has its outcome/);
    expect(() => recordHearingOutcome(w.deps, { hearingId: h.id, outcome: 'dismissed', finesOrdered: 0, orderDate: '2026-12-17', notes: '' })).toThrow(/already has its outcome/);
    expect(() => w.db.prepare("UPDATE hearing_outcomes SET outcome = 'not_liable'").run()).toThrow(/append-only/);
    expect(() => w.db.prepare('DELETE FROM hearing_continuances').run()).toThrow(/append-only/);
    expect(verifyAuditChain(w.db).ok).toBe(true);
  });

  it('an appeal deadline that lands on a weekend moves to Monday', async () => {
    const w = await enforcementWorld();
    const h = addHearing(w.deps, hearingInput(w.caseId));
    // Order 2026-11-22 + 20 days = 2026-12-12, a Saturday: the deadline is Monday 2026-12-14.
    const done = recordHearingOutcome(w.deps, { hearingId: h.id, outcome: 'compliance_order', finesOrdered: 0, orderDate: '2026-11-22', notes: '' });
    expect(done.outcome!.appealDeadline).toBe('2026-12-14');
    expect(getLedger(w.db, w.caseId).entries).toEqual([]); // no fine, no ledger row
  });

  it('a citation heard and found not liable is dismissed and its fine reversed', async () => {
    const w = await enforcementWorld();
    const c = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'major', issuedOn: '2026-11-02' });
    const h = addHearing(w.deps, hearingInput(w.caseId, c.id));
    recordHearingOutcome(w.deps, { hearingId: h.id, outcome: 'not_liable', finesOrdered: 0, orderDate: '2026-11-18', notes: 'Photos show a different lot' });
    const ledger = getLedger(w.db, w.caseId);
    expect(ledger.entries.map((e) => [e.kind, e.deltaCents])).toEqual([['fine', 10000], ['reversal', -10000]]);
    expect(ledger.balanceCents).toBe(0);
    expect(listAudit(w.db, { entity: 'citation' })[0]!.details).toMatchObject({ to: 'dismissed' });
    // Liable on another citation: its fine cannot be reversed by hand, only by dismissing the citation.
    const c2 = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-20' });
    const fine = getLedger(w.db, w.caseId).entries.find((e) => e.citationId === c2.id)!;
    expect(() => reverseLedgerEntry(w.deps, { entryId: fine.id, reason: 'typo' })).toThrow(/Dismiss the citation instead/);
  });

  it('refuses bad hearing input, writing nothing', async () => {
    const w = await enforcementWorld();
    addHearing(w.deps, hearingInput(w.caseId));
    const before = enforcementCounts(w.db);
    expect(() => addHearing(w.deps, hearingInput(w.caseId))).toThrow(/already recorded/);
    expect(() => addHearing(w.deps, { ...hearingInput(w.caseId, 999), docketNumber: 'X-1' })).toThrow(/Citation 999 is not part/);
    expect(() => addHearing(w.deps, { ...hearingInput(w.caseId), docketNumber: 'X-2', scheduledAt: '2026-01-01T09:00' })).toThrow(/before the case was opened/);
    const hid = w.db.prepare('SELECT id FROM hearings').pluck().get() as number;
    expect(() => continueHearing(w.deps, { hearingId: hid, newAt: '2026-11-18T09:30', reason: 'same' })).toThrow(/already set for/);
    expect(() => recordHearingOutcome(w.deps, { hearingId: hid, outcome: 'not_liable', finesOrdered: 500, orderDate: '2026-11-18', notes: '' })).toThrow(/orders no fine/);
    expect(() => recordHearingOutcome(w.deps, { hearingId: hid, outcome: 'liable', finesOrdered: 500, orderDate: '2026-11-01', notes: '' })).toThrow(/before the hearing/);
    expect(() => continueHearing(w.deps, { hearingId: 999, newAt: '2026-12-01T09:00', reason: 'x' })).toThrow(/does not exist/);
    expect(enforcementCounts(w.db)).toEqual(before);
  });
});

describe('ledger', () => {
  it('keeps a running balance in cents, with an invoice in the vault', async () => {
    const w = await enforcementWorld();
    const inv = await addLedgerEntry(w.deps, {
      caseId: w.caseId,
      kind: 'abatement',
      amount: 123450,
      entryDate: '2026-11-10',
      description: 'Mowed and cleared lot',
      contractor: 'GreenCut LLC',
      invoice: file('invoice 4471.pdf', PDF_BYTES),
    });
    expect(inv).toMatchObject({ deltaCents: 123450, balanceCents: 123450, contractor: 'GreenCut LLC' });
    expect(await w.deps.vault.read(inv.invoiceSha256!)).toEqual(PDF_BYTES);
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'admin_fee', amount: 7500, entryDate: '2026-11-10', description: 'Administrative fee' });
    const pay = await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 50000, entryDate: '2026-11-20', description: 'Check 1021' });
    expect(pay).toMatchObject({ deltaCents: -50000, balanceCents: 80950 });
    const ledger = getLedger(w.db, w.caseId);
    expect(ledger.entries.map((e) => e.balanceCents)).toEqual([123450, 130950, 80950]);
    expect(ledger).toMatchObject({ chargesCents: 130950, paymentsCents: 50000, balanceCents: 80950 });
  });

  it('corrects a mistake with a reversing entry, once, and never edits the original', async () => {
    const w = await enforcementWorld();
    const pay = await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 2000, entryDate: '2026-11-20', description: 'Check 1022' });
    const rev = reverseLedgerEntry(w.deps, { entryId: pay.id, reason: 'Check returned for insufficient funds', entryDate: '2026-11-25' });
    expect(rev).toMatchObject({ kind: 'reversal', deltaCents: 2000, reversesEntryId: pay.id, balanceCents: 0 });
    expect(rev.description).toMatch(/Reverses entry \d+ \(-\$20\.00\): Check returned/);
    expect(getLedger(w.db, w.caseId)).toMatchObject({ chargesCents: 0, paymentsCents: 0, balanceCents: 0 });
    expect(getLedger(w.db, w.caseId).entries[0]!.reversedByEntryId).toBe(rev.id);
    expect(() => reverseLedgerEntry(w.deps, { entryId: pay.id, reason: 'again' })).toThrow(/already reversed/);
    expect(() => reverseLedgerEntry(w.deps, { entryId: rev.id, reason: 'undo' })).toThrow(/itself a reversal/);
    expect(() => reverseLedgerEntry(w.deps, { entryId: 999, reason: 'x' })).toThrow(/does not exist/);
    expect(() => w.db.prepare('UPDATE ledger_entries SET delta_cents = 1').run()).toThrow(/append-only/);
    expect(() => w.db.prepare('DELETE FROM ledger_entries').run()).toThrow(/append-only/);
  });

  it('refuses a non-PDF invoice and an unknown case, writing nothing', async () => {
    const w = await enforcementWorld();
    const before = enforcementCounts(w.db);
    await expect(
      addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 100, entryDate: '2026-11-10', description: 'x', contractor: 'Y', invoice: file('inv.pdf', Buffer.from('plain text')) }),
    ).rejects.toThrow(/inv\.pdf is not a PDF, JPEG, PNG or TIFF file \(it looks like a text file\)/);
    await expect(addLedgerEntry(w.deps, { caseId: 999, kind: 'payment', amount: 100, entryDate: '2026-11-10', description: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(enforcementCounts(w.db)).toEqual(before);
  });
});

describe('liens', () => {
  it('records a lien and its release as its own row, once', async () => {
    const w = await enforcementWorld();
    const lien = lr.recordLien(w.deps, { caseId: w.caseId, lienType: 'abatement', amount: 123450, recordedOn: '2026-12-01', instrumentNumber: '2026-0045512' });
    expect(lien).toMatchObject({ amountCents: 123450, instrumentNumber: '2026-0045512', book: null, release: null });
    const released = lr.releaseLien(w.deps, { lienId: lien.id, releasedOn: '2027-02-01', book: '1187', page: '220' });
    expect(released.release).toEqual({ releasedOn: '2027-02-01', instrumentNumber: null, book: '1187', page: '220' });
    expect(() => lr.releaseLien(w.deps, { lienId: lien.id, releasedOn: '2027-02-02', instrumentNumber: 'x' })).toThrow(/already released on 2027-02-01/);
    expect(() => w.db.prepare('DELETE FROM lien_releases').run()).toThrow(/append-only/);
    expect(lr.listLiens(w.deps, w.caseId)).toHaveLength(1);
  });

  it('refuses dates out of order, writing nothing', async () => {
    const w = await enforcementWorld();
    const lien = lr.recordLien(w.deps, { caseId: w.caseId, lienType: 'fines', amount: 5000, recordedOn: '2026-12-01', book: '1', page: '2' });
    const before = enforcementCounts(w.db);
    expect(() => lr.releaseLien(w.deps, { lienId: lien.id, releasedOn: '2026-11-30', instrumentNumber: 'R-1' })).toThrow(/before the lien was recorded/);
    expect(() => lr.recordLien(w.deps, { caseId: w.caseId, lienType: 'other', amount: 5000, recordedOn: '2025-01-01', instrumentNumber: 'I' })).toThrow(/before the case was opened/);
    expect(() => lr.releaseLien(w.deps, { lienId: 999, releasedOn: '2027-01-01', instrumentNumber: 'R-1' })).toThrow(/does not exist/);
    expect(enforcementCounts(w.db)).toEqual(before);
  });
});

describe('partners and referrals', () => {
  it('guesses a help resource\'s kind from its words', () => {
    expect(lr.guessPartnerKind('Model Land Bank Authority')).toBe('land_bank');
    expect(lr.guessPartnerKind('Tenant Union of Model')).toBe('tenant_advocate');
    expect(lr.guessPartnerKind('Area Agency on Aging')).toBe('aging_services');
    expect(lr.guessPartnerKind('Roof repair grants for older adults')).toBe('home_repair');
    expect(lr.guessPartnerKind('Food pantry')).toBe('other');
  });

  it('edits the directory and logs referrals with their outcome', async () => {
    const w = await enforcementWorld();
    const p = lr.addPartner(w.deps, { name: 'Model Tenant Union', kind: 'tenant_advocate', contact: '(555) 010-0111', whenToRefer: 'Tenants facing retaliation' });
    expect(lr.listPartners(w.deps).map((x) => x.name)).toContain('Model Tenant Union'); // seeded three plus this one
    expect(lr.listPartners(w.deps)).toHaveLength(4);
    expect(() => lr.addPartner(w.deps, { name: 'model tenant union', kind: 'other', contact: '', whenToRefer: '' })).toThrow(/already in the directory/);
    const edited = lr.updatePartner(w.deps, { partnerId: p.id, name: 'Model Tenant Union', kind: 'tenant_advocate', contact: 'help@mtu.example', whenToRefer: 'Tenants in a unit with violations' });
    expect(edited.contact).toBe('help@mtu.example');
    const r = lr.addReferral(w.deps, { caseId: w.caseId, partnerId: p.id, referredOn: '2026-11-03', reason: 'Tenant asked for help', outcome: '' });
    expect(r).toMatchObject({ partnerName: 'Model Tenant Union', outcome: '' });
    expect(lr.setReferralOutcome(w.deps, { referralId: r.id, outcome: 'Tenant enrolled' }).outcome).toBe('Tenant enrolled');
    expect(lr.listReferrals(w.deps, w.caseId)).toHaveLength(1);
    expect(() => w.db.prepare("UPDATE referrals SET reason = 'x'").run()).toThrow(/cannot change/);
    expect(() => lr.addReferral(w.deps, { caseId: w.caseId, partnerId: 999, referredOn: '2026-11-03', reason: 'x', outcome: '' })).toThrow(/not in the directory/);
    expect(() => lr.addReferral(w.deps, { caseId: w.caseId, partnerId: p.id, referredOn: '2020-01-01', reason: 'x', outcome: '' })).toThrow(/before the case was opened/);
    expect(() => lr.updatePartner(w.deps, { partnerId: 999, name: 'X', kind: 'other', contact: '', whenToRefer: '' })).toThrow(/does not exist/);
    expect(listAudit(w.db, { entity: 'partner' }).map((e) => e.action)).toEqual(expect.arrayContaining(['partner.seed', 'partner.add', 'partner.update']));
  });
});
