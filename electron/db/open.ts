/**
 * Opens the evidence store. Every connection gets the same pragmas (better-sqlite3 does not
 * carry them across connections, and synchronous would silently fall back to NORMAL), is
 * checked with quick_check, and is migrated forward in one transaction. A store written by a
 * newer CaseReady is refused before anything is written to it.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { classifyIoError, explainCantOpen } from '../services/ioErrors';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  readonly readonly?: boolean;
  /** Skip quick_check (bench only: measures the raw open). */
  readonly skipQuickCheck?: boolean;
}

/**
 * In development under Electron the Node-ABI build in node_modules cannot load; scripts/start.mjs
 * builds an Electron-ABI copy and points this variable at it. Tests, the CLI and packaged builds
 * leave it unset and get the default binding.
 */
function nativeBinding(): string | undefined {
  return process.env.CASEREADY_SQLITE_BINDING || undefined;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, nativeBinding: nativeBinding() });
  } catch (err) {
    const where = `the evidence store at ${file}`;
    throw (
      explainCantOpen(err, path.dirname(file), where) ??
      classifyIoError(err, where, path.dirname(file)) ??
      new AppError('DB_CORRUPT', `The evidence store at ${file} could not be opened: ${(err as Error).message}`, { cause: err })
    );
  }
  try {
    applyPragmas(db, options.readonly ?? false);
    if (!options.skipQuickCheck) assertHealthy(db, file);
    migrate(db, file);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    // A full disk, read-only media, a permission problem or a lock is not corruption: say which.
    const classified = explainCantOpen(err, path.dirname(file), `the evidence store at ${file}`) ?? classifyIoError(err, `the evidence store at ${file}`, path.dirname(file));
    if (classified) throw classified;
    // SQLITE_NOTADB and friends: the file is not a database at all, or is damaged beyond reading.
    throw new AppError('DB_CORRUPT', `The evidence store at ${file} is damaged or is not a CaseReady database (${(err as Error).message}). Restore it from a backup.`, { cause: err });
  }
}

export function applyPragmas(db: Db, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('busy_timeout = 5000');
}

function assertHealthy(db: Db, file: string): void {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) {
    throw new AppError('DB_CORRUPT', `The evidence store at ${file} failed its integrity check (${problems.slice(0, 3).join('; ')}). Restore it from a backup; CaseReady has not changed it.`);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration in one transaction; refuses a store from a newer version. */
export function migrate(db: Db, file = 'the evidence store'): number {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'DB_TOO_NEW',
      `The evidence store at ${file} was written by a newer version of CaseReady (schema ${current}; this version understands up to ${LATEST_SCHEMA_VERSION}). Update CaseReady to open it. The file has not been changed.`,
    );
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  if (db.readonly) {
    throw new AppError('DB_TOO_NEW', `The evidence store at ${file} needs an upgrade (schema ${current} → ${LATEST_SCHEMA_VERSION}) but was opened read-only.`);
  }
  // SQLite's table rebuild (12 steps): foreign keys off around the transaction (the pragma is a
  // no-op inside one), checked before commit, and back on whatever happens.
  const rebuilds = pending.some((m) => m.rebuildsTables === true);
  const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const m of pending) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      if (rebuilds) assertForeignKeysHold(db, file);
    }).immediate();
  } finally {
    if (rebuilds && foreignKeysWereOn) db.pragma('foreign_keys = ON');
  }
  return LATEST_SCHEMA_VERSION;
}

function assertForeignKeysHold(db: Db, file: string): void {
  const broken = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new AppError(
      'DB_CORRUPT',
      `The evidence store at ${file} could not be upgraded: ${broken.length} row(s) point at rows that do not exist (first: ${first.table} row ${first.rowid} → ${first.parent}). Nothing was changed; restore a backup or contact support.`,
    );
  }
}
