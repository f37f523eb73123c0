/**
 * Reading enforcement attachments back out of the vault (a green card to show the hearing officer,
 * a contractor's invoice to send the owner). Every read goes through `vault.read`, which re-hashes
 * the bytes: an altered or missing file is an INTEGRITY error, never silently served.
 */
import type { ProofMediaType, StoredAttachment } from '../../../shared/enforcementTypes';
import { AppError } from '../../../shared/errors';
import { findServiceProof, vaultObjectMediaType } from '../../db/queries/enforcement';
import { getLedgerEntry } from '../../db/queries/enforcementMoney';
import type { EnforcementDeps } from './deps';

const EXTENSION: Record<ProofMediaType, string> = { 'application/pdf': '.pdf', 'image/jpeg': '.jpg', 'image/png': '.png', 'image/tiff': '.tif' };

export async function getServiceProof(deps: EnforcementDeps, input: { attemptId: number; sha256: string }): Promise<StoredAttachment> {
  const proof = findServiceProof(deps.db, input.attemptId, input.sha256);
  if (!proof) {
    throw new AppError('NOT_FOUND', `Service attempt ${input.attemptId} has no proof file with SHA-256 ${input.sha256}. List the case's service attempts to see their proofs.`);
  }
  const bytes = await deps.vault.read(proof.sha256);
  return { fileName: proof.originalName, mediaType: proof.mediaType, dataBase64: bytes.toString('base64') };
}

export async function getLedgerInvoice(deps: EnforcementDeps, input: { entryId: number }): Promise<StoredAttachment> {
  const entry = getLedgerEntry(deps.db, input.entryId);
  if (!entry) throw new AppError('NOT_FOUND', `There is no ledger entry #${input.entryId}.`);
  if (!entry.invoiceSha256) throw new AppError('NOT_FOUND', `Ledger entry #${entry.id} has no invoice attached.`);
  // The ledger keeps only the hash; the media type was judged by magic bytes at intake and kept in the vault index.
  const mediaType = vaultObjectMediaType(deps.db, entry.invoiceSha256) as ProofMediaType;
  const bytes = await deps.vault.read(entry.invoiceSha256);
  return { fileName: `invoice-${entry.id}${EXTENSION[mediaType] ?? ''}`, mediaType, dataBase64: bytes.toString('base64') };
}
