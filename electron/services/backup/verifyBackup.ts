/**
 * Checks a backup folder against its manifest: the folder name, the manifest, the database
 * file's hash, the copied store (integrity, foreign keys, audit chain, counts) and every
 * object re-hashed. Used before a restore, on the restored copy, and by `listBackups`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { hashFile } from './fsDurable';
import { BACKUP_DB_FILE, checkStoreCopy, MANIFEST_FILE, objectsDigest, parseManifest, PARTIAL_MARKER, type BackupManifest } from './manifest';

type ProgressFn = (done: number, total: number, message: string) => void;

/** Re-hashes every object of a backup (or restored) folder; throws INTEGRITY on the first problem. */
export async function verifyBackupObjects(folder: string, shas: readonly string[], label: string, onProgress: ProgressFn = () => {}): Promise<void> {
  for (const [i, sha] of shas.entries()) {
    const file = path.join(folder, 'vault', 'objects', sha.slice(0, 2), sha);
    let got: string;
    try {
      got = (await hashFile(file)).sha256;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('INTEGRITY', `${label}: vault object ${sha} is missing.`);
      throw err;
    }
    if (got !== sha) throw new AppError('INTEGRITY', `${label}: vault object ${sha} does not match its hash.`);
    if (i % 25 === 0 || i === shas.length - 1) onProgress(i + 1, shas.length, `Re-hashed ${i + 1} of ${shas.length} vault objects`);
  }
}

/** Reads the manifest of a folder that claims to be a complete backup, or says why it is not. */
export async function readManifest(folder: string): Promise<BackupManifest> {
  if (path.basename(folder).includes(PARTIAL_MARKER)) {
    throw new AppError('INTEGRITY', `${folder} is an interrupted backup (its name still has "${PARTIAL_MARKER}"); it cannot be restored. Use a complete backup.`);
  }
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppError('INTEGRITY', `${folder} is not a complete CaseReady backup (it has no ${MANIFEST_FILE}; the backup may have been interrupted). Use a complete backup.`);
    }
    throw err;
  }
  return parseManifest(text, folder);
}

/** Full check of a backup-shaped folder (a backup, or a restore's temp copy) against a manifest. */
export async function verifyAgainstManifest(folder: string, manifest: BackupManifest, label: string, onProgress: ProgressFn = () => {}): Promise<void> {
  const dbFile = path.join(folder, BACKUP_DB_FILE);
  const dbHash = await hashFile(dbFile).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new AppError('INTEGRITY', `${label}: ${BACKUP_DB_FILE} is missing.`);
    throw err;
  });
  if (dbHash.sha256 !== manifest.database.sha256) {
    throw new AppError('INTEGRITY', `${label}: ${BACKUP_DB_FILE} does not match the manifest (sha256 ${dbHash.sha256}, manifest says ${manifest.database.sha256}).`);
  }
  const facts = checkStoreCopy(dbFile, label);
  const c = manifest.counts;
  const mismatch = (Object.keys(c) as Array<keyof typeof c>).filter((k) => facts.counts[k] !== c[k]);
  if (mismatch.length > 0) throw new AppError('INTEGRITY', `${label}: the store's counts do not match the manifest (${mismatch.join(', ')}).`);
  if (facts.auditHead !== manifest.auditHead) throw new AppError('INTEGRITY', `${label}: the audit head does not match the manifest.`);
  if (objectsDigest(facts.shas) !== manifest.objects.digest || facts.shas.length !== manifest.objects.count) {
    throw new AppError('INTEGRITY', `${label}: the list of vault objects does not match the manifest.`);
  }
  await verifyBackupObjects(folder, facts.shas, label, onProgress);
}
