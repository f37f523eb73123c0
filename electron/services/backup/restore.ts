/**
 * Restore of a complete backup into a fresh data folder. The target must not exist or be empty
 * (restore never merges into or replaces a store). The backup is checked against its manifest,
 * copied into `<TARGET>.restoring-<random>` beside the target (objects re-hashed while copying),
 * fsynced, checked again from the copy, and only then renamed into place.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { crashPoint } from '../crashPoint';
import { copyVerified, fsyncDir, fsyncFile, isEmptyOrMissingDir, pathExists } from './fsDurable';
import { BACKUP_DB_FILE, checkStoreCopy, type BackupCounts } from './manifest';
import { readManifest, verifyAgainstManifest } from './verifyBackup';

type ProgressFn = (done: number, total: number, message: string) => void;

export const RESTORING_MARKER = '.restoring-';

export interface RestoreReport {
  readonly backupFolder: string;
  readonly dataDir: string;
  readonly counts: BackupCounts;
  readonly auditHead: string | null;
  readonly backupCreatedAt: string;
}

export async function restoreBackup(backupFolder: string, targetFolder: string, onProgress: ProgressFn = () => {}): Promise<RestoreReport> {
  const source = path.resolve(backupFolder);
  const target = path.resolve(targetFolder);
  if (!(await isEmptyOrMissingDir(target))) {
    throw new AppError('CONFLICT', `${target} is not empty. Restore only into a new or empty folder; CaseReady never overwrites a data folder.`);
  }
  const manifest = await readManifest(source);
  onProgress(0, manifest.objects.count, 'Checking the backup');
  await verifyAgainstManifest(source, manifest, `The backup ${source}`, onProgress);

  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true });
  const tmp = path.join(parent, `${path.basename(target)}${RESTORING_MARKER}${randomBytes(4).toString('hex')}`);
  await fs.mkdir(tmp);
  try {
    const dbFile = path.join(tmp, BACKUP_DB_FILE);
    await fs.copyFile(path.join(source, BACKUP_DB_FILE), dbFile);
    await fsyncFile(dbFile);
    crashPoint('restore:after-db-copy');
    const shas = checkStoreCopy(dbFile, 'The restored copy').shas;
    const dirs = new Set<string>();
    for (const [i, sha] of shas.entries()) {
      const dir = path.join(tmp, 'vault', 'objects', sha.slice(0, 2));
      if (!dirs.has(dir)) {
        await fs.mkdir(dir, { recursive: true });
        dirs.add(dir);
      }
      await copyVerified(path.join(source, 'vault', 'objects', sha.slice(0, 2), sha), path.join(dir, sha), sha, 'Backed-up vault object');
      if (i === Math.floor(shas.length / 2)) crashPoint('restore:mid-objects');
      if (i % 25 === 0 || i === shas.length - 1) onProgress(i + 1, shas.length, `Restored ${i + 1} of ${shas.length} vault objects`);
    }
    await fs.mkdir(path.join(tmp, 'vault', 'objects'), { recursive: true });
    for (const dir of dirs) await fsyncDir(dir);
    await fsyncDir(path.join(tmp, 'vault', 'objects'));
    await fsyncDir(path.join(tmp, 'vault'));
    await fsyncDir(tmp);
    onProgress(0, shas.length, 'Verifying the restored copy');
    await verifyAgainstManifest(tmp, manifest, 'The restored copy', onProgress);
    crashPoint('restore:before-rename');
    // An empty target folder is replaced by the verified copy (rename cannot replace a folder on
    // every platform); it was checked empty above and nothing else writes into a fresh folder.
    if (await pathExists(target)) await fs.rmdir(target);
    await fs.rename(tmp, target);
    await fsyncDir(parent);
  } catch (err) {
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }
  return { backupFolder: source, dataDir: target, counts: manifest.counts, auditHead: manifest.auditHead, backupCreatedAt: manifest.createdAt };
}
