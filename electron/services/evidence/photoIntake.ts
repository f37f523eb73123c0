/**
 * Photo intake: analyse first (refuse bad files before anything is written), then make the
 * original and its derivatives durable in the vault, then commit the rows and the audit entry
 * in one transaction. A crash between the two leaves files without rows, which startup
 * reconciliation quarantines; it can never leave a row without its file.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Photo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { MAX_PHOTO_BYTES } from '../../../shared/schemas';
import type { Db } from '../../db/open';
import { findPhotoByOriginal, getPhoto, insertPhoto } from '../../db/queries/photos';
import { recordDerivative, recordVaultObject } from '../../db/queries/vaultObjects';
import { getViolation } from '../../db/queries/violations';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import type { Clock } from '../clock';
import { analyzePhoto } from '../imaging/analyzePhoto';
import { sanitizeFileName } from '../imaging/sanitizeFileName';
import type { Vault } from '../vault/vault';
import { crashPoint } from '../crashPoint';

export interface PhotoSource {
  readonly bytes: Buffer;
  /** As given by the person or the file system; only ever displayed, never used as a path. */
  readonly fileName: string | Buffer;
}

export interface IntakeDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
}

export async function readPhotoFile(path: string | Buffer): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AppError('NOT_FOUND', `Cannot read ${String(path)}: ${code === 'ENOENT' ? 'no such file' : code ?? String(err)}.`);
  }
  if (size > MAX_PHOTO_BYTES) {
    throw new AppError('UNSUPPORTED_FILE', `${String(path)} is ${Math.round(size / 1048576)} MB; photos up to ${MAX_PHOTO_BYTES / 1048576} MB are accepted.`);
  }
  return readFile(path);
}

export async function importPhoto(
  deps: IntakeDeps,
  target: { caseId: number; violationId: number | null },
  source: PhotoSource,
  onProgress: (done: number, total: number, message: string) => void = () => {},
): Promise<{ photo: Photo; duplicate: boolean }> {
  const { db, vault } = deps;
  const name = sanitizeFileName(source.fileName);
  requireCase(db, target.caseId);
  if (target.violationId !== null) {
    const v = getViolation(db, target.violationId);
    if (!v || v.caseId !== target.caseId) {
      throw new AppError('NOT_FOUND', `Violation ${target.violationId} is not part of this case.`);
    }
  }
  onProgress(0, 4, `Checking ${name}`);
  const analyzed = await analyzePhoto(source.bytes, name);

  onProgress(1, 4, `Storing the original of ${name}`);
  const original = await vault.put(source.bytes);
  const existing = findPhotoByOriginal(db, target.caseId, original.sha256);
  if (existing) {
    onProgress(4, 4, `${name} is already in this case`);
    return { photo: existing, duplicate: true };
  }
  onProgress(2, 4, `Storing the display copy and thumbnail of ${name}`);
  const display = await vault.put(analyzed.display);
  const thumb = await vault.put(analyzed.thumb);
  crashPoint('import:before-commit');

  onProgress(3, 4, `Recording ${name}`);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const id = db
    .transaction(() => {
      recordVaultObject(db, { sha256: original.sha256, size: original.size, mediaType: analyzed.mediaType }, nowIso);
      recordVaultObject(db, { sha256: display.sha256, size: display.size, mediaType: 'image/jpeg' }, nowIso);
      recordVaultObject(db, { sha256: thumb.sha256, size: thumb.size, mediaType: 'image/jpeg' }, nowIso);
      recordDerivative(db, { sha256: display.sha256, sourceSha256: original.sha256, kind: 'display' });
      recordDerivative(db, { sha256: thumb.sha256, sourceSha256: original.sha256, kind: 'thumb' });
      const photoId = insertPhoto(
        db,
        {
          caseId: target.caseId,
          violationId: target.violationId,
          originalName: name,
          mediaType: analyzed.mediaType,
          originalSha256: original.sha256,
          displaySha256: display.sha256,
          thumbSha256: thumb.sha256,
          width: analyzed.width,
          height: analyzed.height,
          sizeBytes: original.size,
          exif: analyzed.exif,
        },
        nowIso,
        deps.actor,
      );
      appendAudit(
        db,
        {
          actor: deps.actor,
          action: 'photo.import',
          entity: 'photo',
          entityId: photoId,
          details: {
            caseId: target.caseId,
            violationId: target.violationId,
            originalName: name,
            originalSha256: original.sha256,
            displaySha256: display.sha256,
            thumbSha256: thumb.sha256,
            exifTakenAt: analyzed.exif.takenAt,
          },
        },
        now,
      );
      return photoId;
    })
    .immediate();
  onProgress(4, 4, `Added ${name}`);
  return { photo: getPhoto(db, id)!, duplicate: false };
}
