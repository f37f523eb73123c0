/**
 * The evidence vault: a content-addressed store of original files (and derived ones) on disk.
 *
 * Layout: `<root>/objects/ab/<sha256>` where `ab` is the first two hex characters of the hash.
 * The name *is* the SHA-256 of the bytes, so identical photos are stored once, and anyone can
 * check a file against its name (and against the hash recorded in the database and printed in
 * hearing packets) with any SHA-256 tool.
 *
 * Write protocol (crash-safe, ARCHITECTURE.md §8): stream into a temp file while hashing, fsync
 * it, rename it into place, fsync the folder, and only then let the caller commit its database
 * row. A crash at any point leaves either a temp file (deleted by `reconcile`) or a complete
 * object without a row (moved to quarantine by `reconcile`), never a row without its file.
 *
 * Plain Node on purpose: no 'electron' import, so the CLI, tests and the app share this code.
 * One process owns writes (ARCHITECTURE.md §7); `put` serialises same-hash writes in-process.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { listQuarantine, logQuarantineMove, restoreFromQuarantine, type QuarantineListing } from './quarantine';

export interface PutResult {
  readonly sha256: string;
  /** Byte count; callers refuse zero-byte photos (the vault itself can store any bytes). */
  readonly size: number;
  /** True when an identical object was already in the vault (nothing was written). */
  readonly existed: boolean;
}

export interface VaultCheck {
  readonly checked: number;
  readonly mismatched: string[];
  readonly missing: string[];
}

export interface ReconcileReport {
  /** Known hashes (database rows) whose object file is gone. */
  readonly missing: string[];
  /** Names of files that had no row, now under `<root>/quarantine/`. */
  readonly quarantined: string[];
  readonly removedTemps: number;
}

export type PutSource = string | Buffer | NodeJS.ReadableStream;

export interface Vault {
  readonly root: string;
  put(source: PutSource): Promise<PutResult>;
  path(sha256: string): string;
  has(sha256: string): Promise<boolean>;
  read(sha256: string): Promise<Buffer>;
  verify(expected: Iterable<string>, onProgress?: (done: number, total: number) => void): Promise<VaultCheck>;
  reconcile(known: ReadonlySet<string>): Promise<ReconcileReport>;
  /** Puts back every quarantined file whose content hashes to a wanted (recorded, missing) object; returns their hashes. */
  restoreFromQuarantine(wanted: ReadonlySet<string>): Promise<string[]>;
  /** What is in quarantine, and every move recorded in its log. */
  listQuarantine(): Promise<QuarantineListing>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Every temp file starts with this, so a crash leaves something `reconcile` can recognise. */
export const TEMP_PREFIX = '.tmp-';

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/**
 * Crash-test hook. The integration test that proves "a killed import leaves no row without its
 * file" sets CASEREADY_CRASH_AT to one of these points and expects the process to die there:
 *  - `vault:after-temp-fsync`: the bytes are in a durable temp file, nothing is in place yet;
 *  - `vault:after-rename`: the object is in place and durable, but the caller has not committed
 *    the row that refers to it.
 * SIGKILL (not an exception) so no finally-block or exit handler can tidy up: like a power cut.
 */
function crashPointForTests(point: 'vault:after-temp-fsync' | 'vault:after-rename'): void {
  if (process.env.CASEREADY_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

/**
 * fsync a folder so a rename or new entry inside it survives a power cut (on Linux/macOS a
 * rename is atomic but not durable until the directory itself is flushed). Windows cannot open
 * or fsync a directory (EISDIR / EPERM) and some file systems refuse it (EINVAL / ENOTSUP);
 * NTFS journals the rename itself, so those specific errors are tolerated and all others thrown.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'ENOTSUP') throw err;
  } finally {
    await handle?.close();
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** SHA-256 of a file, streamed so verifying a vault of large originals needs little memory. */
async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Turns a missing or unreadable *source* file into a message a person can act on. */
function sourceError(source: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  const name = path.basename(source);
  if (code === 'ENOENT') return new AppError('NOT_FOUND', `The file "${name}" does not exist (it may have been moved or deleted).`, { cause: err });
  if (code === 'EISDIR') return new AppError('UNSUPPORTED_FILE', `"${name}" is a folder, not a file. Choose the photo files inside it.`, { cause: err });
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError('FORBIDDEN', `CaseReady is not allowed to read "${name}". Check the file's permissions and try again.`, { cause: err });
  }
  return err;
}

function timestampForFileName(now: Date): string {
  // 2026-01-27T10:15:00.123Z -> 20260127T101500123Z: sortable and legal on every file system.
  return now.toISOString().replace(/[-:.]/g, '');
}

export function openVault(rootDir: string): Vault {
  const root = path.resolve(rootDir);
  const objectsDir = path.join(root, 'objects');
  const quarantineDir = path.join(root, 'quarantine');
  /** Temp files of puts in progress, so a reconcile in the same process never deletes them. */
  const activeTemps = new Set<string>();
  /** Same-hash puts run one after another, so "check, then rename" cannot race in-process. */
  const locks = new Map<string, Promise<unknown>>();
  let tempCounter = 0;

  function objectPath(sha256: string): string {
    if (!isSha256Hex(sha256)) {
      // The hash becomes part of a path: refusing anything but 64 lowercase hex characters is
      // what stops "../" or an absolute path from escaping the vault.
      throw new AppError('VALIDATION', `"${String(sha256).slice(0, 80)}" is not a SHA-256 hash (64 lowercase hex characters).`);
    }
    return path.join(objectsDir, sha256.slice(0, 2), sha256);
  }

  /** Moves a file to `<root>/quarantine/<timestamp>-<name>`; never replaces an earlier one. */
  async function moveToQuarantine(file: string, name: string, stamp = timestampForFileName(new Date())): Promise<string> {
    await fs.mkdir(quarantineDir, { recursive: true });
    let target = path.join(quarantineDir, `${stamp}-${name}`);
    for (let n = 1; await exists(target); n += 1) target = path.join(quarantineDir, `${stamp}-${name}-${n}`);
    await fs.rename(file, target);
    await fsyncDir(quarantineDir);
    await logQuarantineMove(quarantineDir, { action: 'quarantined', from: path.relative(root, file), to: path.relative(root, target) });
    return target;
  }

  async function writeTemp(source: PutSource): Promise<{ temp: string; sha256: string; size: number }> {
    await fs.mkdir(objectsDir, { recursive: true });
    // Same folder tree (same file system) as the final object, so the rename below is atomic.
    const temp = path.join(objectsDir, `${TEMP_PREFIX}${process.pid}-${Date.now()}-${tempCounter++}`);
    activeTemps.add(temp);
    const hash = createHash('sha256');
    let size = 0;
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      const append = async (chunk: Buffer): Promise<void> => {
        hash.update(chunk);
        size += chunk.length;
        // write() may write fewer bytes than asked (e.g. interrupted by a signal): loop until done.
        for (let offset = 0; offset < chunk.length; ) offset += (await handle.write(chunk, offset)).bytesWritten;
      };
      if (Buffer.isBuffer(source)) {
        await append(source);
      } else {
        const stream = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
        try {
          for await (const chunk of stream) await append(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
        } catch (err) {
          throw typeof source === 'string' ? sourceError(source, err) : err;
        }
      }
      // Flush the bytes before the rename: otherwise a power cut could leave a correctly named
      // object whose content is zeros or partial, which would look like tampering later.
      await handle.sync();
    } catch (err) {
      await handle.close().catch(() => undefined);
      await fs.rm(temp, { force: true });
      activeTemps.delete(temp);
      throw err;
    }
    await handle.close();
    crashPointForTests('vault:after-temp-fsync');
    return { temp, sha256: hash.digest('hex'), size };
  }

  async function commitTemp(temp: string, sha256: string, size: number): Promise<PutResult> {
    const finalPath = objectPath(sha256);
    try {
      if (await exists(finalPath)) {
        if ((await hashFile(finalPath)) === sha256) {
          // Never overwrite an original: the stored one already has exactly these bytes, and
          // rewriting it would change its timestamps and risk a torn file.
          await fs.rm(temp, { force: true });
          return { sha256, size, existed: true };
        }
        // The stored copy was altered or damaged and these are the true bytes again: keep the
        // damaged file in quarantine (it is evidence of what happened) and restore the original.
        await moveToQuarantine(finalPath, `${sha256}-damaged`);
      }
      const folder = path.dirname(finalPath);
      const createdFolder = !(await exists(folder));
      await fs.mkdir(folder, { recursive: true });
      if (createdFolder) await fsyncDir(objectsDir); // the new `ab/` entry must be durable too
      // Read-only before it appears under its final name, so no moment exists where the stored
      // original is writable. (Root can still write it; `read` re-hashes for that reason.)
      await fs.chmod(temp, 0o444);
      await fs.rename(temp, finalPath);
      await fsyncDir(folder);
      await fsyncDir(objectsDir); // the temp's removal from objects/, so no stale temp reappears
      crashPointForTests('vault:after-rename');
      return { sha256, size, existed: false };
    } catch (err) {
      await fs.chmod(temp, 0o600).catch(() => undefined);
      await fs.rm(temp, { force: true });
      throw err;
    } finally {
      activeTemps.delete(temp);
    }
  }

  async function withHashLock<T>(sha256: string, run: () => Promise<T>): Promise<T> {
    const previous = locks.get(sha256) ?? Promise.resolve();
    const next = previous.then(run, run);
    locks.set(sha256, next);
    try {
      return await next;
    } finally {
      if (locks.get(sha256) === next) locks.delete(sha256);
    }
  }

  return {
    root,

    async put(source) {
      const { temp, sha256, size } = await writeTemp(source);
      return withHashLock(sha256, () => commitTemp(temp, sha256, size));
    },

    path: objectPath,

    async has(sha256) {
      return exists(objectPath(sha256));
    },

    /**
     * Reads an object and re-hashes it before handing it out. The read-only mode bit stops
     * accidents, not an administrator or malware, so every read proves the bytes are still the
     * ones hashed at intake; a packet must never carry a silently altered photo.
     */
    async read(sha256) {
      const file = objectPath(sha256);
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        throw new AppError(
          'INTEGRITY',
          `Evidence file ${sha256} is missing from the vault (${file}). It may have been deleted or moved. ` +
            'Restore it from a backup, then run `caseready verify`.',
          { cause: err },
        );
      }
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== sha256) {
        throw new AppError(
          'INTEGRITY',
          `Evidence file ${sha256} no longer matches the hash recorded at intake (its bytes now hash to ` +
            `${actual}): possible tampering or disk damage. Do not use it until this is resolved; ` +
            'run `caseready verify` to check the whole vault.',
        );
      }
      return bytes;
    },

    async verify(expected, onProgress) {
      const unique = [...new Set(expected)];
      for (const sha256 of unique) objectPath(sha256); // validate all before the slow part
      const mismatched: string[] = [];
      const missing: string[] = [];
      let checked = 0;
      for (const sha256 of unique) {
        const file = objectPath(sha256);
        if (!(await exists(file))) missing.push(sha256);
        else if ((await hashFile(file)) !== sha256) mismatched.push(sha256);
        checked += 1;
        onProgress?.(checked, unique.length);
      }
      return { checked, mismatched, missing };
    },

    /**
     * Startup check against the database's list of known hashes. Files without a row are
     * moved to quarantine rather than deleted: the vault never destroys possible evidence, and
     * a person can inspect them. Stale temp files are only half-written copies and are deleted.
     */
    restoreFromQuarantine: (wanted) => restoreFromQuarantine(root, quarantineDir, wanted, objectPath),
    listQuarantine: () => listQuarantine(quarantineDir),

    async reconcile(known) {
      await fs.mkdir(objectsDir, { recursive: true });
      const present = new Set<string>();
      const quarantined: string[] = [];
      let removedTemps = 0;
      const stamp = timestampForFileName(new Date());

      const removeTemp = async (file: string): Promise<void> => {
        if (activeTemps.has(file)) return;
        await fs.chmod(file, 0o600).catch(() => undefined); // Windows refuses to delete read-only files
        await fs.rm(file, { force: true });
        removedTemps += 1;
      };
      const quarantine = async (file: string, name: string): Promise<void> => {
        await moveToQuarantine(file, name, stamp);
        quarantined.push(name);
      };

      for (const entry of await fs.readdir(objectsDir, { withFileTypes: true })) {
        const full = path.join(objectsDir, entry.name);
        if (entry.name.startsWith(TEMP_PREFIX)) {
          await removeTemp(full);
          continue;
        }
        if (!entry.isDirectory()) {
          await quarantine(full, entry.name); // a stray file where only folders belong
          continue;
        }
        for (const inner of await fs.readdir(full, { withFileTypes: true })) {
          const file = path.join(full, inner.name);
          if (inner.name.startsWith(TEMP_PREFIX)) await removeTemp(file);
          else if (inner.isFile() && isSha256Hex(inner.name) && inner.name.startsWith(entry.name) && known.has(inner.name)) present.add(inner.name);
          else await quarantine(file, inner.name);
        }
        await fsyncDir(full);
      }
      await fsyncDir(objectsDir);
      const missing = [...known].filter((sha256) => !present.has(sha256)).sort();
      return { missing, quarantined, removedTemps };
    },
  };
}
