/**
 * Files attached to enforcement records (a scanned green card, an affidavit of posting, a
 * contractor's invoice). The type is judged by magic bytes, never by the name, and only PDF,
 * JPEG, PNG and TIFF are kept: those are what scanners and phones produce and what a hearing
 * officer can open. Files go into the vault before the transaction; the caller records the vault
 * object inside its transaction (a crash in between leaves a file that reconcile quarantines).
 */
import type { ProofMediaType, ServiceProof } from '../../../shared/enforcementTypes';
import type { Attachment } from '../../../shared/enforcementSchemas';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/enforcementSchemas';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { recordVaultObject } from '../../db/queries/vaultObjects';
import { describeFileKind } from '../imaging/detectImageType';
import { sanitizeFileName } from '../imaging/sanitizeFileName';
import type { Vault } from '../vault/vault';

export function detectAttachmentType(buf: Uint8Array): ProofMediaType | null {
  const startsWith = (...bytes: number[]): boolean => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (startsWith(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (startsWith(0x49, 0x49, 0x2a, 0x00) || startsWith(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  return null;
}

export interface CheckedAttachment {
  readonly bytes: Buffer;
  readonly originalName: string;
  readonly mediaType: ProofMediaType;
}

/** Decodes and checks every attachment before anything is written; the first bad one refuses all. */
export function checkAttachments(files: readonly Attachment[], what: string): CheckedAttachment[] {
  return files.map((f) => {
    const originalName = sanitizeFileName(f.fileName);
    const bytes = Buffer.from(f.dataBase64, 'base64');
    if (bytes.length === 0) throw new AppError('UNSUPPORTED_FILE', `${originalName} is empty. Scan or save the ${what} again.`);
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('UNSUPPORTED_FILE', `${originalName} is larger than ${MAX_ATTACHMENT_BYTES / 1048576} MB. Scan the ${what} at a lower resolution.`);
    }
    const mediaType = detectAttachmentType(bytes);
    if (!mediaType) {
      const kind = describeFileKind(bytes);
      throw new AppError(
        'UNSUPPORTED_FILE',
        `${originalName} is not a PDF, JPEG, PNG or TIFF file${kind ? ` (it looks like ${kind})` : ''}. Scan or save the ${what} as a PDF or an image.`,
      );
    }
    return { bytes, originalName, mediaType };
  });
}

/** Puts checked files into the vault (durable before any row refers to them). */
export async function putAttachments(vault: Vault, files: readonly CheckedAttachment[]): Promise<ServiceProof[]> {
  const stored: ServiceProof[] = [];
  for (const f of files) {
    const put = await vault.put(f.bytes);
    stored.push({ sha256: put.sha256, originalName: f.originalName, mediaType: f.mediaType, sizeBytes: put.size });
  }
  return stored;
}

/** Inside the caller's transaction: the vault index rows for files already put. */
export function recordAttachments(db: Db, files: readonly ServiceProof[], nowIso: string): void {
  for (const f of files) recordVaultObject(db, { sha256: f.sha256, size: f.sizeBytes, mediaType: f.mediaType }, nowIso);
}
