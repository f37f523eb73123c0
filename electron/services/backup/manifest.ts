/**
 * The backup manifest, `caseready-backup.json`: written last, after the copy was verified, and
 * only then is the folder renamed to its final name. A folder without it (or still named
 * `*.partial-*`) is an interrupted backup and restore refuses it.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { BackupCounts, BackupManifest } from '../../../shared/backupTypes';
import { verifyAuditChain } from '../audit';

export const MANIFEST_FILE = 'caseready-backup.json';
export const BACKUP_DB_FILE = 'caseready.db';
export const BACKUP_FORMAT = 'caseready-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const PARTIAL_MARKER = '.partial-';
/** Names of backups made by the scheduler or into an existing folder. */
export const BACKUP_NAME_PREFIX = 'caseready-backup-';

export type { BackupCounts, BackupManifest };

export function objectsDigest(shas: readonly string[]): string {
  return createHash('sha256').update([...shas].sort().join('\n')).digest('hex');
}

/** What a copied store says about itself, read through its own connection. */
export interface StoreFacts {
  readonly schemaVersion: number;
  readonly sqliteVersion: string;
  readonly counts: BackupCounts;
  readonly auditHead: string | null;
  readonly shas: string[];
}

/**
 * Opens a copied store read-only and checks it as a store of its own: integrity_check,
 * foreign_key_check and the audit chain. Throws INTEGRITY with the first problem.
 */
export function checkStoreCopy(file: string, label: string): StoreFacts {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: process.env.CASEREADY_SQLITE_BINDING || undefined });
  } catch (err) {
    throw new AppError('INTEGRITY', `${label}: the database copy cannot be opened (${(err as Error).message}).`, { cause: err });
  }
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    if (integrity.join('; ') !== 'ok') throw new AppError('INTEGRITY', `${label}: the database copy failed its integrity check (${integrity.slice(0, 3).join('; ')}).`);
    const fk = db.pragma('foreign_key_check') as Array<{ table: string }>;
    if (fk.length > 0) throw new AppError('INTEGRITY', `${label}: the database copy has ${fk.length} broken reference(s) (first in table ${fk[0]!.table}).`);
    const audit = verifyAuditChain(db);
    if (!audit.ok) throw new AppError('INTEGRITY', `${label}: the audit chain of the copy is broken at entry ${audit.firstBroken!.seq}: ${audit.firstBroken!.reason}.`);
    const count = (table: string): number => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return {
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      sqliteVersion: db.prepare('SELECT sqlite_version()').pluck().get() as string,
      counts: { cases: count('cases'), photos: count('photos'), documents: count('documents'), auditEntries: audit.entries, objects: count('vault_objects') },
      auditHead: audit.head,
      shas: db.prepare('SELECT sha256 FROM vault_objects ORDER BY sha256').pluck().all() as string[],
    };
  } finally {
    db.close();
  }
}

/** Parses a manifest; anything but a complete, known-format manifest is refused with the reason. */
export function parseManifest(text: string, where: string): BackupManifest {
  let m: Partial<BackupManifest>;
  try {
    m = JSON.parse(text) as Partial<BackupManifest>;
  } catch {
    throw new AppError('INTEGRITY', `${where} has a damaged ${MANIFEST_FILE}; it is not a complete CaseReady backup.`);
  }
  if (m.format !== BACKUP_FORMAT || typeof m.formatVersion !== 'number') {
    throw new AppError('INTEGRITY', `${where} has a ${MANIFEST_FILE} that was not written by CaseReady.`);
  }
  if (m.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new AppError('DB_TOO_NEW', `${where} was made by a newer CaseReady (backup format ${m.formatVersion}); update CaseReady to restore it.`);
  }
  if (!m.counts || !m.database?.sha256 || !m.objects?.digest || typeof m.createdAt !== 'string') {
    throw new AppError('INTEGRITY', `${where} has an incomplete ${MANIFEST_FILE}; it is not a complete CaseReady backup.`);
  }
  return m as BackupManifest;
}
