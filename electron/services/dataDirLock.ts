/**
 * One owner per data folder: the app, the browser harness or a CLI command holds an OS-level lock
 * on `<data>/caseready.lock` for as long as it runs; a second process that needs to write is
 * refused with a message naming the holder (docs/architecture.md, "One owner per data folder").
 *
 * The lock is a POSIX advisory lock taken through SQLite (a one-table SQLite file opened with
 * `locking_mode=EXCLUSIVE` and an exclusive transaction): SQLite is already a dependency, its
 * locking is correct across processes and across connections inside one process, and the kernel
 * drops the lock the moment its process dies, however it dies. So a "stale" lock cannot exist at
 * the OS level: a lock file left by a killed process is simply free, and the next process takes it
 * over and reports whose it was. No pid-liveness guessing (pids are reused) decides anything.
 *
 * Who holds it is written beside it in `caseready.lock.json` (kind, pid, host, since) after the
 * lock is taken, so a refused process can name the holder.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { classifyIoError, explainCantOpen } from './ioErrors';

export type OwnerKind = 'app' | 'harness' | 'cli';

export interface LockHolder {
  readonly kind: OwnerKind;
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  /** What the holder is doing, e.g. "caseready evidence add". */
  readonly command?: string;
}

export interface DataDirLock {
  readonly holder: LockHolder;
  /** The holder recorded by a process that died without releasing (the kernel freed its lock). */
  readonly tookOverFrom?: LockHolder;
  release(): void;
}

export const LOCK_FILE = 'caseready.lock';
export const HOLDER_FILE = 'caseready.lock.json';

const KIND_NAMES: Record<OwnerKind, string> = { app: 'the CaseReady app', harness: 'the browser harness (npm run web)', cli: 'a caseready command' };

export function describeHolder(h: LockHolder): string {
  const what = h.kind === 'cli' && h.command ? `the command \`${h.command}\`` : KIND_NAMES[h.kind] ?? 'another CaseReady process';
  return `${what} (pid ${h.pid} on ${h.host}, since ${h.since})`;
}

/** Takes the data folder's lock or throws DATA_DIR_IN_USE naming the holder. */
export function acquireDataDirLock(dataDir: string, kind: OwnerKind, command?: string): DataDirLock {
  const lockPath = path.join(dataDir, LOCK_FILE);
  const holderPath = path.join(dataDir, HOLDER_FILE);
  const where = `the data folder ${dataDir}`;
  let db: Database.Database;
  try {
    db = new Database(lockPath, { nativeBinding: process.env.CASEREADY_SQLITE_BINDING || undefined });
  } catch (err) {
    throw explainCantOpen(err, dataDir, where) ?? classifyIoError(err, where, dataDir) ?? err;
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    // The exclusive lock taken here is never released while the connection is open.
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS lock (id INTEGER PRIMARY KEY); COMMIT;');
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      const holder = readHolder(holderPath);
      throw new AppError(
        'DATA_DIR_IN_USE',
        holder
          ? `The data folder ${dataDir} is in use by ${describeHolder(holder)}. Only one CaseReady program may change a data folder at a time; ${holder.kind === 'cli' ? 'wait for that command to finish' : 'use that program, or close it'} and try again.`
          : `The data folder ${dataDir} is in use by another CaseReady program. Only one may change a data folder at a time; close it and try again.`,
      );
    }
    throw classifyIoError(err, where, dataDir) ?? err;
  }
  const previous = readHolder(holderPath);
  const holder: LockHolder = { kind, pid: process.pid, host: os.hostname(), since: new Date().toISOString(), ...(command ? { command } : {}) };
  try {
    writeHolder(holderPath, holder);
  } catch {
    // Best effort (a full disk cannot take even this small file): the OS lock is what excludes
    // other processes; without the file a refused process just cannot name us.
  }
  let released = false;
  return {
    holder,
    ...(previous ? { tookOverFrom: previous } : {}),
    release() {
      if (released) return;
      released = true;
      // Remove our name before letting go, so nobody reads a holder that no longer holds it.
      // (A crash skips this; the next owner then reports the old name as taken over.) Unlinking
      // needs no free space, unlike rewriting the file, so this works on a full disk too.
      try {
        if (readHolder(holderPath)?.pid === process.pid) unlinkSync(holderPath);
      } catch {
        // best effort: the lock itself is what counts
      }
      db.close();
    },
  };
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder> | null;
    if (!parsed || typeof parsed.pid !== 'number' || typeof parsed.kind !== 'string') return undefined;
    return parsed as LockHolder;
  } catch {
    return undefined;
  }
}

function writeHolder(file: string, holder: LockHolder): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(holder)}\n`);
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
