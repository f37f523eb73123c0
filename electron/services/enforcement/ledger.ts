/**
 * The case's money: abatement costs, administrative fees, fines and payments, with a running
 * balance. Integer cents only. Entries are append-only; a mistake is undone by a reversing entry
 * that names its reason, so the history a hearing officer reads is the history that happened.
 */
import type { Ledger, LedgerEntry } from '../../../shared/enforcementTypes';
import type { AddLedgerEntryInput } from '../../../shared/enforcementSchemas';
import { AppError } from '../../../shared/errors';
import { formatCents } from '../../../shared/money';
import type { Db } from '../../db/open';
import * as q from '../../db/queries/enforcementMoney';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import { localIsoDate } from '../clock';
import { checkAttachments, putAttachments, recordAttachments } from './attachments';
import type { EnforcementDeps } from './deps';

export async function addLedgerEntry(deps: EnforcementDeps, input: AddLedgerEntryInput): Promise<LedgerEntry> {
  const { db, vault, clock, actor } = deps;
  requireCase(db, input.caseId);
  const invoice = (await putAttachments(vault, checkAttachments(input.invoice ? [input.invoice] : [], 'invoice')))[0] ?? null;
  const now = clock.now();
  const nowIso = now.toISOString();
  const id = db
    .transaction(() => {
      if (invoice) recordAttachments(db, [invoice], nowIso);
      const entryId = q.insertLedgerEntry(db, {
        caseId: input.caseId,
        kind: input.kind,
        deltaCents: input.kind === 'payment' ? -input.amount : input.amount,
        entryDate: input.entryDate,
        description: input.description,
        contractor: input.contractor || null,
        invoiceSha256: invoice?.sha256 ?? null,
        citationId: null,
        hearingId: null,
        reversesEntryId: null,
        recordedAt: nowIso,
        recordedBy: actor,
      });
      const { invoice: _file, ...details } = input;
      appendAudit(db, { actor, action: 'ledger.add', entity: 'ledger_entry', entityId: entryId, details: { ...details, invoice: invoice?.sha256 ?? null } }, now);
      return entryId;
    })
    .immediate();
  return entryWithBalance(db, input.caseId, id);
}

/** Inside a caller's transaction: a fine charged by a citation or ordered at a hearing. */
export function postFine(
  db: Db,
  fine: { caseId: number; cents: number; entryDate: string; description: string; citationId?: number; hearingId?: number },
  actor: string,
  now: Date,
): number | null {
  if (fine.cents === 0) return null;
  const entryId = q.insertLedgerEntry(db, {
    caseId: fine.caseId,
    kind: 'fine',
    deltaCents: fine.cents,
    entryDate: fine.entryDate,
    description: fine.description,
    contractor: null,
    invoiceSha256: null,
    citationId: fine.citationId ?? null,
    hearingId: fine.hearingId ?? null,
    reversesEntryId: null,
    recordedAt: now.toISOString(),
    recordedBy: actor,
  });
  appendAudit(db, { actor, action: 'ledger.add', entity: 'ledger_entry', entityId: entryId, details: { ...fine, kind: 'fine' } }, now);
  return entryId;
}

/** Inside a caller's transaction: the reversing entry; refuses a reversal of a reversal or a second one. */
export function postReversal(db: Db, entryId: number, reason: string, entryDate: string, actor: string, now: Date): number {
  const original = q.getLedgerEntry(db, entryId);
  if (!original) throw new AppError('NOT_FOUND', `Ledger entry ${entryId} does not exist.`);
  if (original.kind === 'reversal') {
    throw new AppError('CONFLICT', `Entry ${entryId} is itself a reversal. To restore the original amount, add a new entry.`);
  }
  if (original.reversedByEntryId !== null) {
    throw new AppError('CONFLICT', `Entry ${entryId} was already reversed by entry ${original.reversedByEntryId}.`);
  }
  if (entryDate < original.entryDate) {
    throw new AppError('VALIDATION', `entryDate: a reversal cannot be dated ${entryDate}, before the entry it reverses (${original.entryDate}).`);
  }
  const id = q.insertLedgerEntry(db, {
    caseId: original.caseId,
    kind: 'reversal',
    deltaCents: -original.deltaCents,
    entryDate,
    description: `Reverses entry ${entryId} (${formatCents(original.deltaCents)}): ${reason}`,
    contractor: null,
    invoiceSha256: null,
    citationId: original.citationId,
    hearingId: original.hearingId,
    reversesEntryId: entryId,
    recordedAt: now.toISOString(),
    recordedBy: actor,
  });
  appendAudit(db, { actor, action: 'ledger.reverse', entity: 'ledger_entry', entityId: id, details: { reverses: entryId, reason, entryDate } }, now);
  return id;
}

export function reverseLedgerEntry(
  deps: Pick<EnforcementDeps, 'db' | 'clock' | 'actor'>,
  input: { entryId: number; reason: string; entryDate?: string },
): LedgerEntry {
  const { db, clock, actor } = deps;
  const now = clock.now();
  const { id, caseId } = db
    .transaction(() => {
      const original = q.getLedgerEntry(db, input.entryId);
      // A citation's fine follows the citation: dismissing it reverses the fine, so the two never disagree.
      if (original?.kind === 'fine' && original.citationId !== null && original.reversedByEntryId === null) {
        throw new AppError('CONFLICT', `Entry ${original.id} is the fine of a citation. Dismiss the citation instead; that reverses its fine.`);
      }
      const entryDate = input.entryDate ?? localIsoDate(now);
      const newId = postReversal(db, input.entryId, input.reason, entryDate, actor, now);
      return { id: newId, caseId: q.getLedgerEntry(db, newId)!.caseId };
    })
    .immediate();
  return entryWithBalance(db, caseId, id);
}

export function getLedger(db: Db, caseId: number): Ledger {
  requireCase(db, caseId);
  let balance = 0;
  let charges = 0;
  let payments = 0;
  const entries = q.listLedgerRows(db, caseId).map((e) => {
    balance += e.deltaCents;
    if (e.kind === 'payment') payments -= e.deltaCents;
    else if (e.kind === 'reversal') {
      // A reversed payment gives the money back; a reversed charge takes the charge away.
      if (e.deltaCents > 0) payments -= e.deltaCents;
      else charges += e.deltaCents;
    } else charges += e.deltaCents;
    return { ...e, balanceCents: balance };
  });
  return { caseId, entries, chargesCents: charges, paymentsCents: payments, balanceCents: balance };
}

function entryWithBalance(db: Db, caseId: number, entryId: number): LedgerEntry {
  return getLedger(db, caseId).entries.find((e) => e.id === entryId)!;
}
