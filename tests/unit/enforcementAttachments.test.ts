/** Reading proofs of service and abatement invoices back out of the vault, re-hashed. */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../electron/services/dispatch';
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { addServiceAttempt } from '../../electron/services/enforcement/serviceOfNotice';
import { getLedgerInvoice, getServiceProof } from '../../electron/services/enforcement/storedAttachments';
import { enforcementHandlers } from '../../electron/services/handlers/enforcement';
import type { CoreDeps } from '../../electron/services/core';
import { enforcementWorld, file, PDF_BYTES, PNG_BYTES, type EnforcementWorld } from './support/enforcementFixture';

const served = { method: 'posting' as const, attemptedOn: '2026-10-07', server: 'R. Peña', outcome: 'posted' as const, notes: '' };

function tamper(w: EnforcementWorld, sha256: string): void {
  const object = path.join(w.vaultDir, 'objects', sha256.slice(0, 2), sha256);
  chmodSync(object, 0o600);
  writeFileSync(object, Buffer.concat([PNG_BYTES, Buffer.from('altered')]));
}

describe('stored enforcement attachments', () => {
  it('returns a proof of service with its name and type, byte for byte', async () => {
    const w = await enforcementWorld();
    const a = await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, ...served, proofs: [file('posting photo.png', PNG_BYTES), file('affidavit.pdf', PDF_BYTES)] });
    const png = a.proofs.find((p) => p.mediaType === 'image/png')!;
    const got = await getServiceProof(w.deps, { attemptId: a.id, sha256: png.sha256 });
    expect(got).toMatchObject({ fileName: 'posting photo.png', mediaType: 'image/png' });
    expect(Buffer.from(got.dataBase64, 'base64')).toEqual(PNG_BYTES);
  });

  it('refuses a proof that is not on that attempt, and one whose bytes changed in the vault', async () => {
    const w = await enforcementWorld();
    const a = await addServiceAttempt(w.deps, { documentId: w.documentId, partyId: w.ownerId, ...served, proofs: [file('card.png', PNG_BYTES)] });
    const sha256 = a.proofs[0]!.sha256;
    await expect(getServiceProof(w.deps, { attemptId: a.id + 1, sha256 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/has no proof file/) });
    tamper(w, sha256);
    await expect(getServiceProof(w.deps, { attemptId: a.id, sha256 })).rejects.toMatchObject({ code: 'INTEGRITY', message: expect.stringMatching(/no longer matches the hash/) });
  });

  it('returns an abatement invoice, and says so when an entry has none', async () => {
    const w = await enforcementWorld();
    const inv = await addLedgerEntry(w.deps, {
      caseId: w.caseId, kind: 'abatement', amount: 123450, entryDate: '2026-11-10', description: 'Lot mowed', contractor: 'GreenCut LLC', invoice: file('inv.pdf', PDF_BYTES),
    });
    const got = await getLedgerInvoice(w.deps, { entryId: inv.id });
    expect(got).toEqual({ fileName: `invoice-${inv.id}.pdf`, mediaType: 'application/pdf', dataBase64: PDF_BYTES.toString('base64') });
    const fee = await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'admin_fee', amount: 7500, entryDate: '2026-11-10', description: 'Fee' });
    await expect(getLedgerInvoice(w.deps, { entryId: fee.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: `Ledger entry #${fee.id} has no invoice attached.` });
    await expect(getLedgerInvoice(w.deps, { entryId: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    tamper(w, inv.invoiceSha256!);
    await expect(getLedgerInvoice(w.deps, { entryId: inv.id })).rejects.toMatchObject({ code: 'INTEGRITY' });
  });

  it('validates the proof reference at the contract boundary', async () => {
    const w = await enforcementWorld();
    const handlers = enforcementHandlers({ db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', pack: { pack: w.pack } } as unknown as CoreDeps) as unknown as Handlers;
    const r = await dispatch(handlers, 'getServiceProof', { attemptId: 1, sha256: 'not-a-hash' }, { actor: 'clerk', progress: () => {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
