import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { openVault, TEMP_PREFIX, type Vault } from '../../electron/services/vault/vault';

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const isWindows = process.platform === 'win32';

async function expectAppError(promise: Promise<unknown> | (() => unknown), code: string, pattern?: RegExp): Promise<AppError> {
  let caught: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AppError);
  const appError = caught as AppError;
  expect(appError.code).toBe(code);
  if (pattern) expect(appError.message).toMatch(pattern);
  return appError;
}

async function listTemps(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (entry.name.startsWith(TEMP_PREFIX)) found.push(entry.name);
      if (entry.isDirectory()) await walk(path.join(dir, entry.name));
    }
  };
  await walk(path.join(root, 'objects'));
  return found;
}

let root: string;
let vault: Vault;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'caseready-vault-'));
  vault = openVault(root);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('put', () => {
  it('stores bytes under objects/<first two hex>/<sha256> and reports size', async () => {
    const bytes = Buffer.from('photo bytes');
    const result = await vault.put(bytes);
    expect(result).toEqual({ sha256: sha(bytes), size: bytes.length, existed: false });
    expect(vault.path(result.sha256)).toBe(path.join(root, 'objects', result.sha256.slice(0, 2), result.sha256));
    expect(await fs.readFile(vault.path(result.sha256))).toEqual(bytes);
    expect(await vault.has(result.sha256)).toBe(true);
  });

  it('stores the same bytes once and never rewrites the existing object', async () => {
    const bytes = Buffer.from('the same photo, imported twice');
    const first = await vault.put(bytes);
    const before = await fs.stat(vault.path(first.sha256));
    await new Promise((resolve) => setTimeout(resolve, 20)); // a rewrite would move mtime
    const second = await vault.put(Buffer.from(bytes));
    const after = await fs.stat(vault.path(first.sha256));
    expect(second).toEqual({ ...first, existed: true });
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await fs.readdir(path.join(root, 'objects', first.sha256.slice(0, 2)))).toEqual([first.sha256]);
    expect(await listTemps(root)).toEqual([]);
  });

  it('serialises concurrent puts of the same bytes: one writes, the other finds it', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    const results = await Promise.all([vault.put(bytes), vault.put(bytes), vault.put(bytes)]);
    expect(results.filter((r) => !r.existed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([sha(bytes)]));
    expect(await listTemps(root)).toEqual([]);
  });

  it.skipIf(isWindows)('makes stored objects read-only (0444)', async () => {
    const { sha256 } = await vault.put(Buffer.from('read-only please'));
    const { mode } = await fs.stat(vault.path(sha256));
    expect(mode & 0o777).toBe(0o444);
  });

  it('gives the same hash for a Buffer, a file path and a stream of the same bytes', async () => {
    // 3 MiB + 5 bytes, so the path and stream sources are read in several chunks.
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 5);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31 + 7) & 0xff;
    const sourceFile = path.join(root, 'source.bin');
    await fs.writeFile(sourceFile, bytes);

    const fromPath = await vault.put(sourceFile);
    const chunks = [bytes.subarray(0, 1000), bytes.subarray(1000, 2_000_000), bytes.subarray(2_000_000)];
    const fromStream = await vault.put(Readable.from(chunks));
    const fromBuffer = await vault.put(bytes);

    expect(fromPath).toEqual({ sha256: sha(bytes), size: bytes.length, existed: false });
    expect(fromStream).toEqual({ ...fromPath, existed: true });
    expect(fromBuffer).toEqual({ ...fromPath, existed: true });
  });

  it('stores zero bytes (refusing empty photos is the caller’s job) and reports size 0', async () => {
    const result = await vault.put(Buffer.alloc(0));
    expect(result.size).toBe(0);
    expect(result.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('reports a missing source file as NOT_FOUND and a folder as UNSUPPORTED_FILE, leaving no temp', async () => {
    await expectAppError(vault.put(path.join(root, 'nope.jpg')), 'NOT_FOUND', /"nope\.jpg" does not exist/);
    await fs.mkdir(path.join(root, 'a-folder.jpg'));
    await expectAppError(vault.put(path.join(root, 'a-folder.jpg')), 'UNSUPPORTED_FILE', /is a folder/);
    expect(await listTemps(root)).toEqual([]);
  });

  it('removes the temp file when the source stream fails half-way', async () => {
    const stream = new PassThrough();
    const pending = vault.put(stream);
    stream.write(Buffer.alloc(64 * 1024, 1));
    setTimeout(() => stream.destroy(new Error('USB stick unplugged')), 10);
    await expect(pending).rejects.toThrow('USB stick unplugged');
    expect(await listTemps(root)).toEqual([]);
  });

  it('restores a damaged object when its true bytes are put again, keeping the damaged copy', async () => {
    const bytes = Buffer.from('original evidence');
    const { sha256 } = await vault.put(bytes);
    const file = vault.path(sha256);
    await fs.chmod(file, 0o644);
    await fs.writeFile(file, 'altered evidence!');

    const again = await vault.put(bytes);
    expect(again.existed).toBe(false);
    expect(await vault.read(sha256)).toEqual(bytes);
    const kept = await fs.readdir(path.join(root, 'quarantine'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(new RegExp(`-${sha256}-damaged$`));
    expect(await fs.readFile(path.join(root, 'quarantine', kept[0]!), 'utf8')).toBe('altered evidence!');
  });
});

describe('path / has / read', () => {
  it.each([
    ['a path traversal', '../../etc/passwd'],
    ['uppercase hex', 'A'.repeat(64)],
    ['63 characters', 'a'.repeat(63)],
    ['65 characters', 'a'.repeat(65)],
    ['an absolute path', '/' + 'a'.repeat(63)],
    ['a hash with a suffix', 'a'.repeat(64) + '/../x'],
  ])('rejects %s as VALIDATION in path, has and read', async (_label, bad) => {
    await expectAppError(() => vault.path(bad), 'VALIDATION', /not a SHA-256 hash/);
    await expectAppError(vault.has(bad), 'VALIDATION');
    await expectAppError(vault.read(bad), 'VALIDATION');
  });

  it('returns the bytes of an intact object', async () => {
    const bytes = Buffer.from('intact');
    const { sha256 } = await vault.put(bytes);
    expect(await vault.read(sha256)).toEqual(bytes);
  });

  it('refuses to hand out a tampered object with INTEGRITY naming it', async () => {
    const { sha256 } = await vault.put(Buffer.from('the photo as taken'));
    const file = vault.path(sha256);
    await fs.chmod(file, 0o644); // "chmod u+w", as someone editing the vault by hand would
    const bytes = await fs.readFile(file);
    bytes[3] = bytes[3]! ^ 0xff;
    await fs.writeFile(file, bytes);

    const err = await expectAppError(vault.read(sha256), 'INTEGRITY');
    expect(err.message).toContain(sha256);
    expect(err.message).toMatch(/no longer matches the hash recorded at intake/);
    expect(err.message).toMatch(/possible tampering/);
    expect(err.message).toContain('caseready verify');
  });

  it('reports a missing object as INTEGRITY with a way forward', async () => {
    const { sha256 } = await vault.put(Buffer.from('soon gone'));
    await fs.rm(vault.path(sha256), { force: true });
    expect(await vault.has(sha256)).toBe(false);
    await expectAppError(vault.read(sha256), 'INTEGRITY', /is missing from the vault/);
  });
});

describe('verify', () => {
  it('re-hashes every expected object and lists mismatched and missing ones', async () => {
    const good = await vault.put(Buffer.from('good'));
    const tampered = await vault.put(Buffer.from('tampered'));
    const gone = await vault.put(Buffer.from('gone'));
    const never = sha(Buffer.from('never stored'));
    await fs.chmod(vault.path(tampered.sha256), 0o644);
    await fs.appendFile(vault.path(tampered.sha256), '!');
    await fs.rm(vault.path(gone.sha256));

    const progress: Array<[number, number]> = [];
    const report = await vault.verify([good.sha256, tampered.sha256, gone.sha256, never, good.sha256], (done, total) =>
      progress.push([done, total]),
    );
    expect(report.checked).toBe(4); // duplicates are checked once
    expect(report.mismatched).toEqual([tampered.sha256]);
    expect(report.missing.sort()).toEqual([gone.sha256, never].sort());
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('reports nothing wrong for an intact vault', async () => {
    const a = await vault.put(Buffer.from('a'));
    const b = await vault.put(Buffer.from('b'));
    expect(await vault.verify(new Set([a.sha256, b.sha256]))).toEqual({ checked: 2, mismatched: [], missing: [] });
  });

  it('rejects an invalid hash in the expected list before hashing anything', async () => {
    await expectAppError(vault.verify(['../x']), 'VALIDATION');
  });
});

describe('reconcile', () => {
  it('reports known hashes whose file is missing', async () => {
    const kept = await vault.put(Buffer.from('kept'));
    const lost = await vault.put(Buffer.from('lost'));
    await fs.rm(vault.path(lost.sha256));
    const report = await vault.reconcile(new Set([kept.sha256, lost.sha256]));
    expect(report).toEqual({ missing: [lost.sha256], quarantined: [], removedTemps: 0 });
  });

  it('moves objects without a row to quarantine instead of deleting them', async () => {
    const known = await vault.put(Buffer.from('has a row'));
    const orphanBytes = Buffer.from('import killed before its row was committed');
    const orphan = await vault.put(orphanBytes);

    const report = await vault.reconcile(new Set([known.sha256]));
    expect(report.quarantined).toEqual([orphan.sha256]);
    expect(await vault.has(orphan.sha256)).toBe(false);
    expect(await vault.has(known.sha256)).toBe(true);
    const moved = await fs.readdir(path.join(root, 'quarantine'));
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatch(new RegExp(`^\\d{8}T\\d{9}Z-${orphan.sha256}$`));
    expect(await fs.readFile(path.join(root, 'quarantine', moved[0]!))).toEqual(orphanBytes);
  });

  it('quarantines stray files whose names are not hashes, and keeps both when names collide', async () => {
    const folder = path.join(root, 'objects', 'ab');
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, 'notes.txt'), 'x');
    await fs.writeFile(path.join(root, 'objects', 'notes.txt'), 'y');
    const report = await vault.reconcile(new Set());
    expect(report.quarantined.sort()).toEqual(['notes.txt', 'notes.txt']);
    const contents = await Promise.all(
      (await fs.readdir(path.join(root, 'quarantine'))).map((f) => fs.readFile(path.join(root, 'quarantine', f), 'utf8')),
    );
    expect(contents.sort()).toEqual(['x', 'y']);
  });

  it('deletes stale temp files left by a crash, at both levels', async () => {
    const { sha256 } = await vault.put(Buffer.from('committed'));
    await fs.writeFile(path.join(root, 'objects', `${TEMP_PREFIX}123-crashed`), 'half a photo');
    await fs.writeFile(path.join(root, 'objects', sha256.slice(0, 2), `${TEMP_PREFIX}old-layout`), 'partial');
    const report = await vault.reconcile(new Set([sha256]));
    expect(report).toEqual({ missing: [], quarantined: [], removedTemps: 2 });
    expect(await listTemps(root)).toEqual([]);
    expect(await vault.read(sha256)).toEqual(Buffer.from('committed'));
  });

  it('works on a vault folder that does not exist yet', async () => {
    const fresh = openVault(path.join(root, 'new', 'vault'));
    expect(await fresh.reconcile(new Set())).toEqual({ missing: [], quarantined: [], removedTemps: 0 });
  });
});
