/**
 * A full disk is not corruption. On a small tmpfs (CI runs as root; the test says clearly when it
 * cannot mount one), with the disk filled to ~12 KB free every command used to report the store
 * as damaged and advise restoring a backup; a 60-photo import that filled the vault died with a
 * stack trace without saying which photos were saved. Now: DISK_FULL (exit 6), the store intact,
 * and the import lists per file what was saved before it stopped.
 */
import { execFileSync } from 'node:child_process';
import { fallocateSync } from './support/fillDisk';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, seedCase, tempDir } from './cliHarness';

const mountPoint = tempDir('caseready-tmpfs-');
let mounted = false;
let whyNot = '';
beforeAll(() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch (err) {
    whyNot = String((err as { stderr?: Buffer }).stderr ?? err).trim();
    console.warn(`SKIPPED disk-full tests: cannot mount a tmpfs here (${whyNot}); they need root, as in CI.`);
  }
});
const fillers: string[] = [];
afterEach(() => {
  for (const f of fillers.splice(0)) rmSync(f, { force: true });
});
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('is reported as DISK_FULL with exit 6, never as a damaged store, and nothing is lost', (ctx) => {
    if (!mounted) ctx.skip();
    const dir = path.join(mountPoint, 'store');
    mkdirSync(dir);
    const { caseId } = seedCase(dir);
    const filler = path.join(mountPoint, 'filler');
    fillers.push(filler);
    fallocateSync(filler, mountPoint, 12 * 1024);

    for (const args of [['case', 'list'], ['case', 'show', String(caseId)], ['note', 'add', '--case', String(caseId), '--text', 'Owner called']]) {
      const r = cli(dir, args);
      expect(r.stderr, args.join(' ')).not.toMatch(/DB_CORRUPT|restore it from a backup|not a CaseReady database/i);
      if (r.status !== 0) {
        expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(6);
        expect(r.stderr).toMatch(/disk holding .* is full.*Nothing is damaged.*Free some space.*\[DISK_FULL\]/);
      }
    }
    rmSync(filler);
    const verify = cli(dir, ['verify', '--json']);
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    expect(cli(dir, ['case', 'list', '--json']).json<{ total: number }>().total).toBe(1);
  });

  it('a multi-file photo import that fills the disk says per file what was saved, stops cleanly, and the saved ones verify', async (ctx) => {
    if (!mounted) ctx.skip();
    const dir = path.join(mountPoint, 'photos-store');
    mkdirSync(dir);
    const { caseId } = seedCase(dir);
    const photos = tempDir('caseready-photos-');
    // Incompressible ~60 KB JPEGs: with original + display + thumbnail each takes ~100 KB of vault.
    for (let i = 0; i < 60; i += 1) {
      const noise = Buffer.alloc(200 * 150 * 3);
      for (let j = 0; j < noise.length; j += 1) noise[j] = (j * 7919 + i * 104729 + ((j * j) % 251)) & 0xff;
      writeFileSync(path.join(photos, `p${String(i).padStart(2, '0')}.jpg`), await sharp(noise, { raw: { width: 200, height: 150, channels: 3 } }).jpeg({ quality: 100 }).toBuffer());
    }
    const filler = path.join(mountPoint, 'filler2');
    fillers.push(filler);
    fallocateSync(filler, mountPoint, 1200 * 1024);

    const r = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), photos]);
    expect(r.status, r.stderr).toBe(6);
    const report = r.json<{ imported: number; failed: number; stopped: { code: string }; results: Array<{ file: string; saved: boolean; sha256?: string; error?: string }> }>();
    expect(report.stopped.code).toBe('DISK_FULL');
    expect(report.results).toHaveLength(60);
    expect(report.imported).toBeGreaterThan(0);
    expect(report.imported).toBeLessThan(60);
    // Saved files come first, then the one that hit the full disk, then the ones never attempted.
    const firstUnsaved = report.results.findIndex((x) => !x.saved);
    expect(report.results.slice(firstUnsaved).every((x) => !x.saved)).toBe(true);
    expect(report.results[firstUnsaved]!.error).toMatch(/full/);
    expect(report.results.slice(firstUnsaved + 1).every((x) => /not attempted/.test(x.error ?? ''))).toBe(true);

    const human = cli(dir, ['evidence', 'add', '--case', String(caseId), photos]);
    expect(human.stdout + human.stderr).not.toMatch(/unexpected failure|at .*\.cjs:\d+/);

    rmSync(filler);
    const db = new Database(path.join(dir, 'caseready.db'), { readonly: true });
    const originals = db.prepare('SELECT original_sha256 FROM photos').pluck().all() as string[];
    db.close();
    for (const saved of report.results.filter((x) => x.saved)) expect(originals).toContain(saved.sha256);
    const verify = cli(dir, ['verify', '--json']);
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    // And once there is room, running the same command adds the rest.
    const rest = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), photos]);
    expect(rest.status, rest.stderr).toBe(0);
  }, 180_000);
});

describe('other storage failures are told apart', () => {
  it('read-only media: READ_ONLY, with what to do', (ctx) => {
    if (!mounted) ctx.skip();
    const dir = path.join(mountPoint, 'ro-store');
    mkdirSync(dir);
    seedCase(dir);
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const r = cli(dir, ['case', 'create', '--address', '2 Oak St', '--parcel', '99-2', '--owner', 'A. Owner', '--owner-kind', 'individual', '--owner-address', '2 Oak St', '--inspector', 'R. I.']);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/read-only media.*\[READ_ONLY\]/);
      expect(r.stderr).not.toMatch(/DB_CORRUPT|restore it from a backup/i);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
    expect(cli(dir, ['verify']).status).toBe(0);
  });

  it('a store another program keeps locked: STORE_BUSY (exit 5) after the busy timeout, not corruption', () => {
    const dir = tempDir();
    seedCase(dir);
    const holder = new Database(path.join(dir, 'caseready.db'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const r = cli(dir, ['note', 'add', '--case', '1', '--text', 'hello']);
      expect(r.status, r.stderr).toBe(5);
      expect(r.stderr).toMatch(/locked by another program.*\[STORE_BUSY\]/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 60_000);

  it('real corruption is still DB_CORRUPT and says to restore', () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'caseready.db'), Buffer.alloc(8192, 0x41));
    const r = cli(dir, ['case', 'list']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[DB_CORRUPT\]/);
  });
});
