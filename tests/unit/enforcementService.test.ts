/** Service of notices and citations, on a real store and vault. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { changeCitationStatus, scheduledFine } from '../../electron/services/enforcement/citations';
import { getLedger } from '../../electron/services/enforcement/ledger';
import { detectAttachmentType } from '../../electron/services/enforcement/attachments';
import { addServiceAttempt, listServiceRecipients } from '../../electron/services/enforcement/serviceOfNotice';
import { enforcementHandlers } from '../../electron/services/handlers/enforcement';
import { addParty } from '../../electron/services/parties/partyService';
import type { CoreDeps } from '../../electron/services/core';
import type { Handlers } from '../../electron/services/dispatch';
import { AppError } from '../../shared/errors';
import { enforcementCounts, enforcementWorld, file, PDF_BYTES, PNG_BYTES, TIFF_BYTES } from './support/enforcementFixture';
import { citeUngated, ungatedIssueDeps } from './support/citationFixture';

const certified = { method: 'certified_mail' as const, trackingNumber: '9407 1000 0000 0000 0000 00', attemptedOn: '2026-10-07', server: 'Clerk J. Ortiz', outcome: 'delivered' as const };

describe('service of notices', () => {
  it('records an attempt with its green card in the vault, and lists it under the recipient', async () => {
    const w = await enforcementWorld();
    const a = await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, ...certified, notes: '', proofs: [file('green card.pdf', PDF_BYTES), file('scan.png', PNG_BYTES)] });
    expect(a).toMatchObject({ caseId: w.caseId, method: 'certified_mail', outcome: 'delivered', reResearchAddress: false });
    expect(a.proofs.map((p) => p.mediaType).sort()).toEqual(['application/pdf', 'image/png']);
    expect(readFileSync(path.join(w.vaultDir, 'objects', a.proofs[0]!.sha256.slice(0, 2), a.proofs[0]!.sha256))).toBeDefined();
    expect(await w.deps.vault.read(a.proofs.find((p) => p.mediaType === 'application/pdf')!.sha256)).toEqual(PDF_BYTES);
    const [recipient] = listServiceRecipients(w.deps, w.caseId);
    expect(recipient).toMatchObject({ partyId: w.ownerId, partyName: 'Dorothy M. Smith', served: true, reResearchAddress: false });
    expect(recipient!.attempts).toHaveLength(1);
    expect(listAudit(w.db, { entity: 'service_attempt' })[0]).toMatchObject({ action: 'service.attempt', actor: 'clerk' });
    expect(verifyAuditChain(w.db).ok).toBe(true);
  });

  it('flags a returned letter for address research, until a later attempt succeeds', async () => {
    const w = await enforcementWorld();
    await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, ...certified, outcome: 'returned', notes: 'Moved, left no address', proofs: [] });
    let [r] = listServiceRecipients(w.deps, w.caseId);
    expect(r).toMatchObject({ served: false, reResearchAddress: true });
    expect(r!.attempts[0]!.reResearchAddress).toBe(true);
    await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, method: 'posting', attemptedOn: '2026-10-12', server: 'R. Peña', outcome: 'posted', notes: '', proofs: [file('posting.tif', TIFF_BYTES)] });
    [r] = listServiceRecipients(w.deps, w.caseId);
    expect(r).toMatchObject({ served: true, reResearchAddress: false });
    expect(r!.attempts.map((a) => a.outcome)).toEqual(['returned', 'posted']);
  });

  it('refuses a proof that is not a PDF or image, writing nothing', async () => {
    const w = await enforcementWorld();
    const before = enforcementCounts(w.db);
    const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    await expect(
      addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, ...certified, notes: '', proofs: [file('card.pdf', PDF_BYTES), file('affidavit.pdf', docx)] }),
    ).rejects.toThrow(/affidavit\.pdf is not a PDF, JPEG, PNG or TIFF file \(it looks like a ZIP archive or an Office document\)/);
    await expect(
      addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, ...certified, notes: '', proofs: [file('x.jpg', Buffer.from('hello'))] }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    expect(enforcementCounts(w.db)).toEqual(before);
  });

  it('serves owners and tenants but never lists or serves a complainant', async () => {
    const w = await enforcementWorld();
    const person = (name: string) => ({ name, kind: 'individual' as const, mailingAddress: '1418 Maple Street, Apt 2' });
    const tenant = addParty(w.db, { caseId: w.caseId, role: 'tenant', party: person('Terry Tenant') }, 'clerk', w.deps.clock);
    const complainant = addParty(w.db, { caseId: w.caseId, role: 'complainant', party: person('Zelda Quietwater') }, 'clerk', w.deps.clock);
    const names = listServiceRecipients(w.deps, w.caseId).map((r) => r.partyName);
    expect(names).toEqual(['Dorothy M. Smith', 'Terry Tenant']);
    expect(names).not.toContain('Zelda Quietwater');
    await expect(
      addServiceAttempt(w.deps, { documentId: w.documentId, partyId: complainant.partyId, ...certified, notes: '', proofs: [] }),
    ).rejects.toThrow(/complainants and witnesses are never served/);
    const served = await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: tenant.partyId, method: 'personal_service', attemptedOn: '2026-10-08', server: 'R. Peña', outcome: 'delivered', notes: '', proofs: [] });
    expect(served.partyId).toBe(tenant.partyId);
  });

  it('refuses unknown documents, parties not on the case and dates before the notice', async () => {
    const w = await enforcementWorld();
    const other = await enforcementWorld({ db: w.db, parcelId: '99-999-999' });
    const base = { ...certified, notes: '', proofs: [] };
    await expect(addServiceAttempt(w.deps, { ...base, documentId: 999, partyId: w.ownerId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addServiceAttempt(w.deps, { ...base, documentId: w.documentId, partyId: other.ownerId })).rejects.toThrow(/is not a recipient on case/);
    await expect(addServiceAttempt(w.deps, { ...base, documentId: w.documentId, partyId: w.ownerId, attemptedOn: '2026-10-01' })).rejects.toThrow(/before NOV-/);
  });

  it('keeps attempts append-only in the database itself', async () => {
    const w = await enforcementWorld();
    await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, ...certified, notes: '', proofs: [] });
    expect(() => w.db.prepare("UPDATE service_attempts SET outcome = 'refused'").run()).toThrow(/append-only/);
    expect(() => w.db.prepare('DELETE FROM service_attempts').run()).toThrow(/append-only/);
  });

  it('detects attachment types by magic bytes only', () => {
    expect(detectAttachmentType(PDF_BYTES)).toBe('application/pdf');
    expect(detectAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectAttachmentType(PNG_BYTES)).toBe('image/png');
    expect(detectAttachmentType(TIFF_BYTES)).toBe('image/tiff');
    expect(detectAttachmentType(Buffer.from([0x4d, 0x4d, 0x00, 0x2a]))).toBe('image/tiff');
    expect(detectAttachmentType(Buffer.from('GIF89a'))).toBeNull();
    expect(detectAttachmentType(Buffer.alloc(0))).toBeNull();
  });
});

describe('citations', () => {
  it('numbers citations, escalates fines for repeat offenses and charges the ledger', async () => {
    const w = await enforcementWorld();
    const c1 = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-02' });
    expect(c1).toMatchObject({ number: 'CT-2026-000001', offenseNumber: 1, fineCents: 5000, status: 'issued', violationIds: [w.violationId] });
    // 2026-11-02 + 30 days = 2026-12-02, a Wednesday.
    expect(c1.dueOn).toBe('2026-12-02');
    const c2 = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-03' });
    const c3 = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-04' });
    const c4 = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'major', issuedOn: '2026-11-05' });
    expect([c2, c3, c4].map((c) => [c.number, c.offenseNumber, c.fineCents])).toEqual([
      ['CT-2026-000002', 2, 10000],
      ['CT-2026-000003', 3, 25000],
      ['CT-2026-000004', 4, 50000],
    ]);
    const ledger = getLedger(w.db, w.caseId);
    expect(ledger.balanceCents).toBe(5000 + 10000 + 25000 + 50000);
    expect(ledger.entries.map((e) => e.citationId)).toEqual([c1.id, c2.id, c3.id, c4.id]);
  });

  it('counts prior citations on the same property or the same owner, but not dismissed ones', async () => {
    const w = await enforcementWorld();
    const first = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-02' });
    // Another parcel with another owner: a first offense there.
    const other = await enforcementWorld({ db: w.db, parcelId: '11-111-111' });
    expect((await citeUngated(other, { caseId: other.caseId, violationIds: [other.violationId], severity: 'minor' })).offenseNumber).toBe(1);
    // A third parcel whose owner of record is Dorothy Smith again: her earlier citation counts.
    const third = await enforcementWorld({ db: w.db, parcelId: '33-333-333' });
    w.db.prepare("UPDATE case_parties SET party_id = ? WHERE case_id = ? AND role = 'owner_of_record'").run(w.ownerId, third.caseId);
    expect((await citeUngated(third, { caseId: third.caseId, violationIds: [third.violationId], severity: 'minor' })).offenseNumber).toBe(2);
    changeCitationStatus(w.deps, { citationId: first.id, status: 'dismissed', reason: 'Issued to the wrong owner' });
    const again = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-09' });
    expect(again.offenseNumber).toBe(2); // the third parcel's citation still counts; the dismissed one does not
    // Dismissal reversed the first fine.
    const ledger = getLedger(w.db, w.caseId);
    expect(ledger.entries.map((e) => [e.kind, e.deltaCents])).toEqual([
      ['fine', 5000],
      ['reversal', -5000],
      ['fine', 10000],
    ]);
    expect(ledger.balanceCents).toBe(10000);
    expect(() => changeCitationStatus(w.deps, { citationId: first.id, status: 'paid', reason: 'x' })).toThrow(/was dismissed/);
  });

  it('rolls a due date that falls on a weekend to Monday', async () => {
    const w = await enforcementWorld();
    // 2026-11-07 is a Saturday; + 30 days = 2026-12-07, a Monday. 2026-11-05 + 30 = 2026-12-05 (Saturday) -> 2026-12-07.
    const c = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-05' });
    expect(c.dueOn).toBe('2026-12-07');
  });

  it('needs an amount when the pack has no fine schedule, and uses one given', async () => {
    const base = await enforcementWorld();
    const { fines: _none, ...packWithoutFines } = base.pack;
    const w = await enforcementWorld({ pack: packWithoutFines });
    expect(scheduledFine(packWithoutFines, 'minor', 1)).toBeNull();
    const before = enforcementCounts(w.db);
    await expect(citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor' })).rejects.toThrow(/no fine schedule/);
    expect(enforcementCounts(w.db)).toEqual(before); // no number burned, no ledger row
    const c = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', fine: 7500, dueOn: '2026-12-01' });
    expect(c).toMatchObject({ fineCents: 7500, dueOn: '2026-12-01', number: 'CT-2026-000001' });
  });

  it('refuses violations of another case and dates out of order, writing nothing', async () => {
    const w = await enforcementWorld();
    const other = await enforcementWorld({ db: w.db, parcelId: '22-222-222' });
    const before = enforcementCounts(w.db);
    await expect(citeUngated(w, { caseId: w.caseId, violationIds: [other.violationId], severity: 'minor' })).rejects.toThrow(/is not part of case/);
    await expect(citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-01-01' })).rejects.toThrow(/before the case was opened/);
    await expect(citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-11-02', dueOn: '2026-11-01' })).rejects.toThrow(/before the citation is issued/);
    await expect(citeUngated(w, { caseId: 999, violationIds: [w.violationId], severity: 'minor' })).rejects.toThrow(AppError);
    expect(enforcementCounts(w.db)).toEqual(before);
  });

  it('keeps an issued citation fixed: only its status moves', async () => {
    const w = await enforcementWorld();
    const c = await citeUngated(w, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor' });
    expect(() => w.db.prepare('UPDATE citations SET fine_cents = 1').run()).toThrow(/cannot change/);
    expect(changeCitationStatus(w.deps, { citationId: c.id, status: 'paid', reason: 'Paid at the counter' }).status).toBe('paid');
    expect(listAudit(w.db, { entity: 'citation', entityId: String(c.id) })[0]!.details).toMatchObject({ from: 'issued', to: 'paid' });
  });
});

describe('enforcement methods through dispatch', () => {
  async function handlers() {
    const w = await enforcementWorld();
    // issueCitation issues the civil ticket: these tests are about input checks, so without the gate (ticketGate.test.ts has it).
    const { pack, fontsDir } = await ungatedIssueDeps(w);
    const core: CoreDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', pack, dataDir: '', templatesDir: '', fontsDir };
    return { w, h: enforcementHandlers(core) as unknown as Handlers };
  }
  const ctx = { actor: 'clerk', progress: () => {} };

  it('validates per field: certified mail without tracking, posting without posted, bad money', async () => {
    const { w, h } = await handlers();
    const base = { documentId: w.documentId, partyId: w.ownerId, attemptedOn: '2026-10-07', server: 'J. Ortiz' };
    expect(await dispatch(h, 'addServiceAttempt', { ...base, method: 'certified_mail', outcome: 'delivered' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/trackingNumber: is required for certified mail/) },
    });
    expect(await dispatch(h, 'addServiceAttempt', { ...base, method: 'posting', outcome: 'delivered' }, ctx)).toMatchObject({
      error: { message: expect.stringMatching(/outcome: is "posted" exactly when the method is posting/) },
    });
    expect(await dispatch(h, 'addServiceAttempt', { ...base, server: 'a\u0007b', method: 'first_class_mail', outcome: 'delivered' }, ctx)).toMatchObject({
      error: { message: expect.stringMatching(/server: contains control characters/) },
    });
    expect(await dispatch(h, 'addServiceAttempt', { ...base, attemptedOn: '2026-02-30', method: 'first_class_mail', outcome: 'delivered' }, ctx)).toMatchObject({
      error: { message: expect.stringMatching(/attemptedOn: is not a real calendar date/) },
    });
    expect(await dispatch(h, 'addServiceAttempt', { ...base, attemptedOn: '1899-12-31', method: 'first_class_mail', outcome: 'delivered' }, ctx)).toMatchObject({
      error: { message: expect.stringMatching(/attemptedOn: is not a real calendar date/) },
    });
    expect(await dispatch(h, 'addHearing', { caseId: w.caseId, tribunal: 'B', docketNumber: 'D', scheduledAt: '2026-11-18T24:00', place: 'P' }, ctx)).toMatchObject({
      error: { message: expect.stringMatching(/scheduledAt: must be a date and time/) },
    });
    expect(await dispatch(h, 'issueCitation', { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', fine: 12.5 }, ctx)).toMatchObject({
      error: { message: expect.stringMatching(/fine: must be whole cents/) },
    });
    expect(await dispatch(h, 'issueCitation', { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', fine: '-5' }, ctx)).toMatchObject({
      error: { code: 'VALIDATION', message: expect.stringMatching(/negative/) },
    });
    expect(await dispatch(h, 'issueCitation', { caseId: w.caseId, violationIds: [], severity: 'minor' }, ctx)).toMatchObject({
      error: { message: expect.stringMatching(/at least one violation/) },
    });
    const ok = await dispatch(h, 'issueCitation', { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', fine: '$1,234.50' }, ctx);
    expect(ok).toMatchObject({ ok: true, value: { fineCents: 123450 } });
  });

  it('seeds the partner directory from the pack once, then it is editable', async () => {
    const { h } = await handlers();
    const first = await dispatch(h, 'listPartners', {}, ctx);
    expect(first.ok && (first.value as { name: string; kind: string }[]).map((p) => [p.name, p.kind])).toEqual([
      ['Model County Legal Aid Society', 'legal_aid'],
      ['Model Home Repair Assistance Program', 'home_repair'],
      ['Model Land Bank Authority', 'land_bank'],
    ]);
    const again = await dispatch(h, 'listPartners', {}, ctx);
    expect(again.ok && (again.value as unknown[]).length).toBe(3);
  });
});
