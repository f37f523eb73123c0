/**
 * Durable file-system steps for backups and restores: every file and folder is fsynced before
 * a backup or restore is made visible, so a power cut cannot leave a "complete" copy whose
 * bytes never reached the disk.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { AppError } from '../../../shared/errors';

/** The vault's folder fsync (tolerates Windows' EISDIR/EPERM and file systems that refuse it). */
export { fsyncDir } from '../vault/vault';

export async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a new file (never overwrites) and fsyncs it. */
export async function writeFileDurable(file: string, data: string | Buffer): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** SHA-256 and size of a file, streamed. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/**
 * Copies a file while hashing the bytes read, fsyncs the copy, and refuses it unless the hash
 * is `expectedSha256`: a vault object that changed since it was stored (tampering, a failing
 * disk) stops the backup instead of being copied as if it were evidence.
 */
export async function copyVerified(source: string, dest: string, expectedSha256: string, what: string): Promise<number> {
  const hash = createHash('sha256');
  let bytes = 0;
  const out = await fs.open(dest, 'wx', 0o600);
  try {
    for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20 })) {
      const buf = chunk as Buffer;
      hash.update(buf);
      bytes += buf.length;
      for (let offset = 0; offset < buf.length; ) offset += (await out.write(buf, offset)).bytesWritten;
    }
    await out.sync();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('INTEGRITY', `${what} ${expectedSha256} is missing from the vault; nothing was backed up. Run \`caseready verify\`.`, { cause: err });
    }
    throw err;
  } finally {
    await out.close();
  }
  const got = hash.digest('hex');
  if (got !== expectedSha256) {
    throw new AppError('INTEGRITY', `${what} ${expectedSha256} no longer matches its hash (read ${got}); it was changed after it was stored. Nothing was backed up as complete. Run \`caseready verify\`.`);
  }
  return bytes;
}

export async function isEmptyOrMissingDir(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return false;
    throw err;
  }
}

/** Whether anything (file, folder, link) is at the path; the vault's one implementation. */
export { exists as pathExists } from '../vault/vault';
