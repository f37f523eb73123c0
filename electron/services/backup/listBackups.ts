/** The backups in a folder, and pruning of the oldest complete ones the scheduler made. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupListing } from '../../../shared/backupTypes';
import { BACKUP_NAME_PREFIX, PARTIAL_MARKER } from './manifest';
import { readManifest } from './verifyBackup';

/** Only names CaseReady gives its dated backups (and their interrupted `.partial-` forms). */
const DATED_BACKUP = /^caseready-backup-\d{8}-\d{6}(-\d+)?$/;

export async function listBackups(folder: string): Promise<BackupListing[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: BackupListing[] = [];
  for (const name of names.filter((n) => n.startsWith(BACKUP_NAME_PREFIX))) {
    const dir = path.join(folder, name);
    try {
      const m = await readManifest(dir);
      out.push({ folder: dir, complete: true, createdAt: m.createdAt, counts: m.counts, totalBytes: m.totalBytes });
    } catch (err) {
      out.push({ folder: dir, complete: false, problem: (err as Error).message });
    }
  }
  return out.sort((a, b) => (b.createdAt ?? b.folder).localeCompare(a.createdAt ?? a.folder));
}

/**
 * Deletes the oldest complete dated backups beyond `keep`. Never touches anything else: a folder
 * is removed only if its name is one CaseReady gives (`caseready-backup-YYYYMMDD-HHMMSS`), it has
 * a valid CaseReady manifest, and `keep` newer complete backups exist. Interrupted `.partial-`
 * folders are left for a person to look at.
 */
export async function pruneBackups(folder: string, keep: number): Promise<string[]> {
  const complete = (await listBackups(folder)).filter((b) => b.complete && DATED_BACKUP.test(path.basename(b.folder)) && !b.folder.includes(PARTIAL_MARKER));
  const removed: string[] = [];
  for (const b of complete.slice(keep)) {
    await fs.rm(b.folder, { recursive: true, force: true });
    removed.push(b.folder);
  }
  return removed;
}
