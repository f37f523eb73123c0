/**
 * Turns the operating system's and SQLite's failure codes into errors that tell the truth.
 *
 * Why: a store on a full disk used to be reported as "damaged, restore a backup", which would
 * have thrown away every case since that backup although nothing was wrong with the file. Each
 * condition below has its own code (shared/errors.ts) and a message that says what to do; only
 * SQLite's own corruption codes are ever called corruption.
 */
import { accessSync, constants, statfsSync } from 'node:fs';
import { AppError, isAppError } from '../../shared/errors';

/** The error codes of node:fs / libuv and SQLite (better-sqlite3's SqliteError.code) we act on. */
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const READ_ONLY = new Set(['EROFS']);
const PERMISSION = new Set(['EACCES', 'EPERM', 'SQLITE_PERM', 'SQLITE_AUTH']);
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'EBUSY']);
const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function family(code: string): string {
  // SQLite extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE, ...) share their primary code's meaning.
  const m = /^(SQLITE_[A-Z]+?)(_[A-Z_]+)?$/.exec(code);
  if (!m) return code;
  const primary = ['SQLITE_READONLY', 'SQLITE_IOERR', 'SQLITE_CANTOPEN', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CORRUPT'].find((p) =>
    code.startsWith(p),
  );
  return primary ?? code;
}

/**
 * `where` names the thing in the message ("the evidence store at /d/caseready.db", "the vault").
 * Returns undefined for an error that is none of these conditions (a bug: callers report INTERNAL).
 */
export function classifyIoError(err: unknown, where: string, folder?: string): AppError | undefined {
  if (isAppError(err)) return err;
  const raw = codeOf(err);
  if (!raw) return undefined;
  const code = family(raw);
  // SQLite reports a full disk during a write as SQLITE_IOERR_WRITE with errno ENOSPC in some
  // paths; the message then says "disk is full" or "database or disk is full".
  const text = String((err as Error).message ?? '');
  // SQLite reports some out-of-space failures only as an I/O error (SQLITE_IOERR_SHMSIZE when its
  // shared-memory file cannot grow): ask the file system how much room is left before blaming the drive.
  const ioError = code === 'SQLITE_IOERR' || code === 'EIO';
  if (DISK_FULL.has(code) || /disk is full|no space left/i.test(text) || (ioError && folder !== undefined && nearlyFull(folder))) {
    return new AppError(
      'DISK_FULL',
      `The disk holding ${where} is full. Nothing is damaged: this step saved nothing, and everything saved before it is intact. Free some space on that disk and try again (CaseReady needs a little room even to read the store).`,
      { cause: err },
    );
  }
  if (READ_ONLY.has(code) || code === 'SQLITE_READONLY') {
    return new AppError(
      'READ_ONLY',
      `${capital(where)} is on read-only media or a read-only mount, so CaseReady cannot save changes there. Copy the data folder to a writable disk (or remount it writable) and try again; nothing was changed.`,
      { cause: err },
    );
  }
  if (PERMISSION.has(code)) {
    return new AppError(
      'PERMISSION_DENIED',
      `The operating system refused CaseReady access to ${where}. Check that the folder and its files belong to, and are writable by, the account running CaseReady; nothing was changed.`,
      { cause: err },
    );
  }
  if (BUSY.has(code)) {
    return new AppError(
      'STORE_BUSY',
      `${capital(where)} stayed locked by another program for too long. Close any other program that has it open (an sqlite3 shell, a backup or sync tool) and try again; nothing was changed.`,
      { cause: err },
    );
  }
  if (CORRUPT.has(code)) {
    return new AppError('DB_CORRUPT', `${capital(where)} is damaged or is not a CaseReady database (${text}). Restore it from a backup; CaseReady has not changed it.`, {
      cause: err,
    });
  }
  if (ioError) {
    return new AppError(
      'IO_ERROR',
      `The disk reported an error while CaseReady was reading or writing ${where} (${raw}). Check the drive (cable, card, network share); the change was not saved.`,
      { cause: err },
    );
  }
  return undefined;
}

/**
 * SQLITE_CANTOPEN says only that the file could not be opened; ask the folder why, so "permission
 * denied" or "read-only" is reported instead of a guess.
 */
export function explainCantOpen(err: unknown, folder: string, where: string): AppError | undefined {
  if (family(codeOf(err) ?? '') !== 'SQLITE_CANTOPEN') return undefined;
  try {
    accessSync(folder, constants.W_OK | constants.R_OK);
  } catch (accessErr) {
    return classifyIoError(accessErr, where);
  }
  return undefined;
}

/** Under 1 MiB free for this process: SQLite's WAL and shared-memory files cannot grow. */
function nearlyFull(folder: string): boolean {
  try {
    const s = statfsSync(folder);
    return s.bavail * s.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
