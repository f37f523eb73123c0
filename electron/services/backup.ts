/**
 * Backup of a whole data folder: the store through SQLite's online backup API (a plain file copy
 * of a live WAL database can be torn), then every vault object the store knows, copied and
 * re-hashed. Objects are immutable, so a later backup into the same folder copies only new ones.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { allVaultShas } from '../db/queries/vaultObjects';
import type { Vault } from './vault/vault';

export interface BackupReport {
  readonly folder: string;
  readonly databaseFile: string;
  readonly objectsTotal: number;
  readonly objectsCopied: number;
}

export async function backupDataFolder(
  db: Db,
  vault: Vault,
  destFolder: string,
  onProgress: (done: number, total: number, message: string) => void = () => {},
): Promise<BackupReport> {
  const folder = path.resolve(destFolder);
  await mkdir(folder, { recursive: true });
  const databaseFile = path.join(folder, 'caseready.db');
  // Write to a temp name and rename, so an interrupted backup never looks like a finished one.
  const tmp = `${databaseFile}.partial`;
  await db.backup(tmp);
  await rename(tmp, databaseFile);

  const shas = allVaultShas(db);
  let copied = 0;
  for (const [i, sha] of shas.entries()) {
    const dest = path.join(folder, 'vault', 'objects', sha.slice(0, 2), sha);
    if (!(await exists(dest))) {
      await mkdir(path.dirname(dest), { recursive: true });
      await vault.read(sha); // refuses to back up an object that no longer matches its hash
      await copyFile(vault.path(sha), `${dest}.partial`);
      const got = createHash('sha256').update(await readFile(`${dest}.partial`)).digest('hex');
      if (got !== sha) throw new AppError('INTEGRITY', `The backup copy of ${sha} does not match; the backup folder's disk may be failing.`);
      await rename(`${dest}.partial`, dest);
      copied += 1;
    }
    if (i % 25 === 0 || i === shas.length - 1) onProgress(i + 1, shas.length, `Backed up ${i + 1} of ${shas.length} vault objects`);
  }
  return { folder, databaseFile, objectsTotal: shas.length, objectsCopied: copied };
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
