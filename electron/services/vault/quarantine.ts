/**
 * The vault's quarantine: files found in `objects/` that no row refers to are moved to
 * `quarantine/<timestamp>-<name>` at start-up (never deleted), and every move in or out is
 * appended to `quarantine-moves.jsonl` beside it, so a person can always see what happened and undo it.
 *
 * Undo is `restoreFromQuarantine`: a quarantined file goes back only when a row of the store
 * names its hash (the object is recorded but missing) and its bytes re-hash to that name; a file
 * no row wants stays where it is (putting it back would only quarantine it again at the next start).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fsyncDir } from './vault';

/** Beside the quarantine folder, not in it, so the folder holds only set-aside files. */
export const MOVES_LOG = 'quarantine-moves.jsonl';

function movesLog(quarantineDir: string): string {
  return path.join(path.dirname(quarantineDir), MOVES_LOG);
}

export interface QuarantineMove {
  readonly at?: string;
  readonly action: 'quarantined' | 'restored';
  readonly from: string;
  readonly to: string;
}

export interface QuarantinedFile {
  readonly name: string;
  readonly size: number;
  /** The SHA-256 the file name claims (objects are named by their hash), if it has one. */
  readonly claimedSha256?: string;
}

export interface QuarantineListing {
  readonly folder: string;
  readonly files: QuarantinedFile[];
  readonly moves: QuarantineMove[];
}

/** `<timestamp>-<sha256>` or `<timestamp>-<sha256>-<n>`: the hash the object was stored under. */
function claimedHash(name: string): string | undefined {
  return /^[0-9TZ]+-([0-9a-f]{64})(?:-\d+)?$/.exec(name)?.[1];
}

export async function logQuarantineMove(quarantineDir: string, move: QuarantineMove): Promise<void> {
  const handle = await fs.open(movesLog(quarantineDir), 'a', 0o600);
  try {
    await handle.write(`${JSON.stringify({ at: new Date().toISOString(), ...move })}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function listQuarantine(quarantineDir: string): Promise<QuarantineListing> {
  const entries = await fs.readdir(quarantineDir, { withFileTypes: true }).catch(() => []);
  const files: QuarantinedFile[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const { size } = await fs.stat(path.join(quarantineDir, e.name));
    const claimed = claimedHash(e.name);
    files.push({ name: e.name, size, ...(claimed ? { claimedSha256: claimed } : {}) });
  }
  const log = await fs.readFile(movesLog(quarantineDir), 'utf8').catch(() => '');
  const moves = log
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as QuarantineMove];
      } catch {
        return []; // a torn last line from a crash mid-append
      }
    });
  return { folder: quarantineDir, files: files.sort((a, b) => a.name.localeCompare(b.name)), moves };
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function restoreFromQuarantine(
  root: string,
  quarantineDir: string,
  wanted: ReadonlySet<string>,
  objectPath: (sha256: string) => string,
): Promise<string[]> {
  const restored: string[] = [];
  const { files } = await listQuarantine(quarantineDir);
  for (const f of files) {
    const sha = f.claimedSha256;
    if (!sha || !wanted.has(sha) || restored.includes(sha)) continue;
    const from = path.join(quarantineDir, f.name);
    if ((await sha256OfFile(from)) !== sha) continue; // damaged or not what its name says: leave it
    const target = objectPath(sha);
    if (await fs.lstat(target).then(() => true, () => false)) continue;
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.rename(from, target);
    await fs.chmod(target, 0o444);
    await fsyncDir(path.dirname(target));
    await fsyncDir(quarantineDir);
    await logQuarantineMove(quarantineDir, { action: 'restored', from: path.relative(root, from), to: path.relative(root, target) });
    restored.push(sha);
  }
  return restored;
}
