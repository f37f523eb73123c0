/**
 * A backup that can be trusted: written into `<DEST>.partial-<random>` beside its final name,
 * the store copied with SQLite's online backup API (a file copy of a live WAL database can be
 * torn), every vault object copied and re-hashed, every file and folder fsynced, then the copy
 * opened and checked as a store of its own, then the manifest written, and only then the folder
 * renamed to its final name (and the parent fsynced). An interrupted or failed backup therefore
 * never looks complete: it has no manifest and keeps its `.partial-` name.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { crashPoint } from '../crashPoint';
import type { Vault } from '../vault/vault';
import { VERSION } from '../version';
import { copyVerified, fsyncDir, fsyncFile, hashFile, pathExists, writeFileDurable } from './fsDurable';
import {
  BACKUP_DB_FILE,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_NAME_PREFIX,
  checkStoreCopy,
  MANIFEST_FILE,
  objectsDigest,
  PARTIAL_MARKER,
  type BackupManifest,
} from './manifest';
import { verifyBackupObjects } from './verifyBackup';

export type ProgressFn = (done: number, total: number, message: string) => void;

export interface BackupReport {
  readonly folder: string;
  readonly manifest: BackupManifest;
}

/** `20261203-091500`: sortable and legal on every file system. */
export function backupStamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/-/g, '').replace('T', '-').replace(/:/g, '');
}

/**
 * Where a backup "into DEST" goes: DEST itself when it does not exist yet, else a new
 * `caseready-backup-YYYYMMDD-HHMMSS` folder inside it, so a complete backup is never overwritten.
 */
export async function resolveBackupTarget(dest: string, now: Date): Promise<string> {
  const folder = path.resolve(dest);
  if (!(await pathExists(folder))) return folder;
  const st = await fs.stat(folder);
  if (!st.isDirectory()) throw new AppError('CONFLICT', `${folder} is a file, not a folder; choose a folder for the backup.`);
  const base = path.join(folder, `${BACKUP_NAME_PREFIX}${backupStamp(now)}`);
  let target = base;
  for (let n = 2; await pathExists(target); n += 1) target = `${base}-${n}`;
  return target;
}

export async function backupDataFolder(db: Db, vault: Vault, dest: string, onProgress: ProgressFn = () => {}, now: Date = new Date()): Promise<BackupReport> {
  const finalFolder = await resolveBackupTarget(dest, now);
  const parent = path.dirname(finalFolder);
  await fs.mkdir(parent, { recursive: true });
  const tmp = path.join(parent, `${path.basename(finalFolder)}${PARTIAL_MARKER}${randomBytes(4).toString('hex')}`);
  await fs.mkdir(tmp);
  try {
    const manifest = await writeBackup(db, vault, tmp, onProgress, now);
    crashPoint('backup:before-rename');
    await fs.rename(tmp, finalFolder);
    await fsyncDir(parent);
    return { folder: finalFolder, manifest };
  } catch (err) {
    // Nothing half-written may stay behind looking like a backup; a kill -9 skips this, which is
    // why the folder keeps its `.partial-` name and has no manifest until the very end.
    await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  }
}

async function writeBackup(db: Db, vault: Vault, tmp: string, onProgress: ProgressFn, now: Date): Promise<BackupManifest> {
  const dbFile = path.join(tmp, BACKUP_DB_FILE);
  onProgress(0, 1, 'Copying the evidence store');
  await db.backup(dbFile);
  // A single self-contained file (no -wal/-shm needed to read it), checked read-only below.
  const copy = new Database(dbFile, { nativeBinding: process.env.CASEREADY_SQLITE_BINDING || undefined });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  await fsyncFile(dbFile);
  crashPoint('backup:after-db-copy');

  // The list of objects comes from the copy, so objects imported meanwhile are not half-included.
  const facts0 = checkStoreCopy(dbFile, 'The new backup');
  const shas = facts0.shas;
  const objectsDir = path.join(tmp, 'vault', 'objects');
  const madeDirs = new Set<string>();
  let objectBytes = 0;
  for (const [i, sha] of shas.entries()) {
    const dir = path.join(objectsDir, sha.slice(0, 2));
    if (!madeDirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    objectBytes += await copyVerified(vault.path(sha), path.join(dir, sha), sha, 'Vault object');
    if (i === Math.floor(shas.length / 2)) crashPoint('backup:mid-objects');
    if (i % 25 === 0 || i === shas.length - 1) onProgress(i + 1, shas.length, `Copied ${i + 1} of ${shas.length} vault objects`);
  }
  for (const dir of madeDirs) await fsyncDir(dir);
  await fs.mkdir(objectsDir, { recursive: true });
  await fsyncDir(objectsDir);
  await fsyncDir(path.dirname(objectsDir));
  await fsyncDir(tmp);

  // Verify the copy as its own store, from what is on the backup disk, not from memory.
  onProgress(0, shas.length, 'Verifying the backup');
  const facts = checkStoreCopy(dbFile, 'The new backup');
  await verifyBackupObjects(tmp, facts.shas, 'The new backup', onProgress);
  const dbHash = await hashFile(dbFile);
  crashPoint('backup:before-manifest');
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    appVersion: VERSION,
    schemaVersion: facts.schemaVersion,
    sqliteVersion: facts.sqliteVersion,
    counts: facts.counts,
    totalBytes: dbHash.bytes + objectBytes,
    database: { file: BACKUP_DB_FILE, sha256: dbHash.sha256, bytes: dbHash.bytes },
    auditHead: facts.auditHead,
    objects: { count: facts.shas.length, bytes: objectBytes, digest: objectsDigest(facts.shas) },
  };
  await writeFileDurable(path.join(tmp, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await fsyncDir(tmp);
  return manifest;
}

