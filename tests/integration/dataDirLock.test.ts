/**
 * One owner per data folder (issue: "two processes on one data folder lose evidence").
 *
 * Reproduces the auditor's scenario: the browser harness imports photos while the CLI tries to
 * add others to the same folder and `case list` runs beside them, repeated over several rounds.
 * Before the lock, each process's start-up reconciliation quarantined the other's in-flight
 * objects and acknowledged photos lost their files. Now the CLI writer is refused with exit 5 and
 * a message naming the harness, the read-only command runs beside it, and afterwards every
 * acknowledged photo has its file and `verify` is clean.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSyntheticJpeg } from '../../electron/services/imaging/syntheticPhoto';
import { acquireDataDirLock } from '../../electron/services/dataDirLock';
import { cli, ROOT, seedCase, tempDir } from './cliHarness';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

async function startHarness(dataDir: string): Promise<{ url: URL; token: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/web/server.cjs'), '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CASEREADY_ACTOR: 'harness-test' },
  });
  children.push(child);
  let log = '';
  const raw = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${log}`)), 30_000);
    child.stdout!.on('data', (c: Buffer) => {
      log += c.toString();
      const m = /CASEREADY_URL=(\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}:\n${log}`)));
  });
  const url = new URL(raw);
  return { url, token: url.hash.replace(/^#token=/, ''), child };
}

async function callHarness(h: { url: URL; token: string }, method: string, input: unknown): Promise<{ ok: boolean; value?: { id: number; originalSha256: string }; error?: { code: string } }> {
  const res = await fetch(`${h.url.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ input }),
  });
  return (await res.json()) as { ok: boolean };
}

function runCli(dataDir: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/caseready.cjs'), '--data-dir', dataDir, ...args], {
      cwd: ROOT,
      env: { ...process.env, CASEREADY_ACTOR: 'cli-test' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

describe('one owner per data folder', () => {
  it('a second writer is refused naming the holder; the lock of a killed process is taken over and reported', () => {
    const dir = tempDir();
    const first = acquireDataDirLock(dir, 'harness');
    expect(() => acquireDataDirLock(dir, 'cli', 'caseready case create')).toThrow(
      expect.objectContaining({ code: 'DATA_DIR_IN_USE', message: expect.stringMatching(new RegExp(`browser harness.*pid ${process.pid}.*since`)) }),
    );
    first.release();
    const second = acquireDataDirLock(dir, 'cli');
    expect(second.tookOverFrom).toBeUndefined(); // released cleanly: nothing to report
    second.release();
  });

  it('takes over the lock of a process killed while holding it, and says whose it was', async () => {
    const dir = tempDir();
    seedCase(dir);
    // A CLI import killed (SIGKILL) mid-way never releases anything; the kernel frees its lock.
    const photo = path.join(dir, 'p.jpg');
    writeFileSync(photo, await generateSyntheticJpeg({ width: 64, height: 48, label: 'killed' }));
    const killed = cli(dir, ['evidence', 'add', '--case', '1', photo], { CASEREADY_CRASH_AT: 'vault:after-rename' });
    expect(killed.signal).toBe('SIGKILL');
    const next = cli(dir, ['case', 'create', '--address', '2 Oak St', '--parcel', '99-1', '--owner', 'A. Owner', '--owner-kind', 'individual', '--owner-address', '2 Oak St', '--inspector', 'R. I.']);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/took over the data folder's lock from the command `caseready evidence add` \(pid \d+/);
    expect(next.stderr).toMatch(/moved 1 vault file\(s\).*quarantine/);
  });

  it('harness importing while the CLI tries to write and case list reads: nothing lost, verify clean (5 rounds)', { timeout: 240_000 }, async () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const photosDir = path.join(dir, '..', `${path.basename(dir)}-photos`);
    mkdirSync(photosDir);
    const harnessPhotos: Buffer[] = [];
    for (let i = 0; i < 40; i += 1) harnessPhotos.push(await generateSyntheticJpeg({ width: 96, height: 64, label: `harness ${i}` }));
    for (let i = 0; i < 60; i += 1) writeFileSync(path.join(photosDir, `cli-${String(i).padStart(2, '0')}.jpg`), await generateSyntheticJpeg({ width: 96, height: 64, label: `cli ${i}` }));

    const acknowledged = new Set<string>();
    let cliRefusals = 0;
    for (let round = 0; round < 5; round += 1) {
      const h = await startHarness(dir);
      const batch = harnessPhotos.slice(round * 8, round * 8 + 8);
      const imports = (async () => {
        for (const [i, bytes] of batch.entries()) {
          const r = await callHarness(h, 'importPhoto', { caseId, violationId: null, fileName: `h-${round}-${i}.jpg`, dataBase64: bytes.toString('base64') });
          expect(r.ok).toBe(true);
          acknowledged.add(r.value!.originalSha256);
        }
      })();
      const writer = runCli(dir, ['evidence', 'add', '--case', String(caseId), photosDir]);
      const reader = runCli(dir, ['case', 'list', '--json']);
      const [, w, r] = await Promise.all([imports, writer, reader]);
      expect(w.status, w.stderr).toBe(5);
      expect(w.stderr).toMatch(/in use by the browser harness \(npm run web\) \(pid \d+ on .+, since .+\)/);
      expect(w.stderr).toMatch(/DATA_DIR_IN_USE/);
      cliRefusals += 1;
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).total).toBeGreaterThanOrEqual(1);
      await stop(h.child);
    }
    expect(cliRefusals).toBe(5);

    // With the harness gone the CLI owns the folder and its 60 photos go in.
    const added = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), photosDir]);
    expect(added.status, added.stderr).toBe(0);
    const cliResults = added.json<{ imported: number; results: Array<{ sha256: string }> }>();
    expect(cliResults.imported).toBe(60);
    for (const r of cliResults.results) acknowledged.add(r.sha256);

    const db = new Database(path.join(dir, 'caseready.db'), { readonly: true });
    const originals = db.prepare('SELECT original_sha256 FROM photos').pluck().all() as string[];
    for (const sha of db.prepare('SELECT sha256 FROM vault_objects').pluck().all() as string[]) {
      expect(existsSync(path.join(dir, 'vault', 'objects', sha.slice(0, 2), sha)), `vault object ${sha} has no file`).toBe(true);
    }
    db.close();
    expect(acknowledged.size).toBe(100);
    for (const sha of acknowledged) expect(originals).toContain(sha);
    const verify = cli(dir, ['verify', '--json']);
    expect(verify.status, verify.stdout).toBe(0);
    expect(verify.json()).toMatchObject({ ok: true, vault: { missing: [], mismatched: [] } });
    expect(existsSync(path.join(dir, 'vault', 'quarantine'))).toBe(false);
  });

  it('quarantine is reported and reversible: a recorded object moved away is put back, re-hashed', async () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const photo = path.join(dir, 'q.jpg');
    writeFileSync(photo, await generateSyntheticJpeg({ width: 64, height: 48, label: 'quarantine' }));
    const added = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), photo]);
    const sha = added.json<{ results: Array<{ sha256: string }> }>().results[0]!.sha256;
    // Simulate the old bug: the object was quarantined although its row exists.
    const { renameSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'vault', 'quarantine'), { recursive: true });
    renameSync(path.join(dir, 'vault', 'objects', sha.slice(0, 2), sha), path.join(dir, 'vault', 'quarantine', `20260101T000000000Z-${sha}`));
    const restored = cli(dir, ['quarantine', 'restore', '--json']);
    // Start-up already puts back a verified copy a row wants, and says so.
    expect(restored.status, restored.stderr).toBe(0);
    const listing = cli(dir, ['quarantine', 'list', '--json']).json<{ moves: Array<{ action: string; to: string }> }>();
    expect(listing.moves).toEqual([expect.objectContaining({ action: 'restored', to: path.join('objects', sha.slice(0, 2), sha) })]);
    expect(readFileSync(path.join(dir, 'vault', 'objects', sha.slice(0, 2), sha)).equals(readFileSync(photo))).toBe(true);
    expect(cli(dir, ['verify']).status).toBe(0);
  });
});
