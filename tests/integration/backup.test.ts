/**
 * `caseready backup` / `caseready restore` end to end on the built CLI: the manifest format, the
 * refusals (incomplete backup, non-empty target, tampered source object) and a verified restore.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './cliHarness';
import { seedStoreWithPhotos } from './backupSupport';

let source: string;
let work: string;

beforeAll(() => {
  source = tempDir('caseready-bk-src-');
  work = tempDir('caseready-bk-');
  seedStoreWithPhotos(source);
});

interface Manifest {
  format: string;
  formatVersion: number;
  counts: { cases: number; photos: number; documents: number; auditEntries: number; objects: number };
  database: { sha256: string };
  auditHead: string;
  objects: { count: number; digest: string };
  totalBytes: number;
}

function backup(dest: string) {
  const r = cli(source, ['backup', '--json', dest]);
  return { r, folder: r.status === 0 ? r.json<{ folder: string }>().folder : '' };
}

describe('backup format', () => {
  it('writes a verified folder with a manifest that matches the store', () => {
    const dest = path.join(work, 'b1');
    const { r, folder } = backup(dest);
    expect(r.status, r.stderr).toBe(0);
    expect(folder).toBe(dest);
    const m = JSON.parse(readFileSync(path.join(folder, 'caseready-backup.json'), 'utf8')) as Manifest;
    expect(m.format).toBe('caseready-backup');
    expect(m.formatVersion).toBe(1);
    expect(m.counts.cases).toBe(2);
    expect(m.counts.photos).toBe(3);
    expect(m.counts.objects).toBe(m.objects.count);
    expect(m.objects.count).toBeGreaterThanOrEqual(9); // original + display + thumb per photo
    const info = cli(source, ['verify', '--json']).json<{ audit: { head: string; entries: number } }>();
    expect(m.auditHead).toBe(info.audit.head);
    expect(m.counts.auditEntries).toBe(info.audit.entries);
    expect(readdirSync(work).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('into an existing folder makes a new timestamped subfolder and never overwrites', () => {
    const dest = path.join(work, 'into');
    mkdirSync(dest);
    const a = backup(dest);
    const b = backup(dest);
    expect(a.r.status, a.r.stderr).toBe(0);
    expect(path.basename(a.folder)).toMatch(/^caseready-backup-\d{8}-\d{6}(-\d+)?$/);
    expect(b.folder).not.toBe(a.folder);
    expect(readdirSync(dest)).toHaveLength(2);
  });
});

describe('restore', () => {
  it('restores into a new folder, and the restored store verifies with the same audit head', () => {
    const { folder } = backup(path.join(work, 'b2'));
    const target = path.join(work, 'restored');
    const r = cli(target, ['restore', '--json', folder]);
    expect(r.status, r.stderr).toBe(0);
    const report = r.json<{ counts: { cases: number }; auditHead: string }>();
    expect(report.counts.cases).toBe(2);
    const v = cli(target, ['verify', '--json']);
    expect(v.status, v.stdout).toBe(0);
    expect(v.json<{ audit: { head: string } }>().audit.head).toBe(report.auditHead);
    expect(cli(target, ['case', 'show', '--json', 'CE-' + new Date().getFullYear() + '-0001']).status).toBe(0);
  });

  it('refuses a non-empty target and does not touch it', () => {
    const { folder } = backup(path.join(work, 'b3'));
    const target = path.join(work, 'busy');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep.txt'), 'mine');
    const r = cli(target, ['restore', folder]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not empty/);
    expect(readdirSync(target)).toEqual(['keep.txt']);
  });

  it('does not create a store in the target before restoring (no core opened on --data-dir)', () => {
    const target = path.join(work, 'never');
    const r = cli(target, ['restore', path.join(work, 'no-such-backup')]);
    expect(r.status).toBe(1);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a backup without its manifest, a .partial folder, and a manifest that does not match', () => {
    const { folder } = backup(path.join(work, 'b4'));
    const noManifest = path.join(work, 'no-manifest');
    cli(source, ['backup', noManifest]);
    rmSync(path.join(noManifest, 'caseready-backup.json'));
    let r = cli(path.join(work, 't1'), ['restore', noManifest]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a complete CaseReady backup/);

    const partial = `${folder}.partial-abcd1234`;
    renameSync(folder, partial);
    r = cli(path.join(work, 't2'), ['restore', partial]);
    expect(r.stderr).toMatch(/interrupted backup/);
    renameSync(partial, folder);

    const mFile = path.join(folder, 'caseready-backup.json');
    const m = JSON.parse(readFileSync(mFile, 'utf8')) as Manifest;
    writeFileSync(mFile, JSON.stringify({ ...m, counts: { ...m.counts, cases: 99 } }));
    r = cli(path.join(work, 't3'), ['restore', folder]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/counts do not match/);
    expect(existsSync(path.join(work, 't3'))).toBe(false);
  });

  it('refuses a backup whose object was changed after the backup', () => {
    const { folder } = backup(path.join(work, 'b5'));
    const objects = path.join(folder, 'vault', 'objects');
    const sub = readdirSync(objects)[0]!;
    const file = path.join(objects, sub, readdirSync(path.join(objects, sub))[0]!);
    writeFileSync(file, 'tampered');
    const r = cli(path.join(work, 't4'), ['restore', folder]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/does not match its hash/);
    expect(readdirSync(work).filter((n) => n.includes('.restoring-'))).toEqual([]);
  });
});

describe('a tampered object in the source', () => {
  it('fails the backup and leaves no complete-looking folder', () => {
    const src = tempDir('caseready-bk-tamper-');
    seedStoreWithPhotos(src);
    const objects = path.join(src, 'vault', 'objects');
    const sub = readdirSync(objects).filter((n) => n.length === 2)[0]!;
    const file = path.join(objects, sub, readdirSync(path.join(objects, sub))[0]!);
    writeFileSync(file, 'tampered');
    const parent = tempDir('caseready-bk-tdest-');
    const r = cli(src, ['backup', path.join(parent, 'b')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no longer matches its hash/);
    expect(readdirSync(parent)).toEqual([]);
  });
});
