/**
 * kill -9 during `caseready backup` and `caseready restore`, many times: at every named crash
 * point (CASEREADY_CRASH_AT) and at random moments (SIGKILL of the child after a random delay).
 * Afterwards the source is unchanged and verifies, every folder that looks complete really is
 * (checked against its manifest), and every interrupted one is refused.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { readManifest, verifyAgainstManifest } from '../../electron/services/backup/verifyBackup';
import { cli, ROOT, tempDir } from './cliHarness';
import { seedStoreWithPhotos } from './backupSupport';

const CLI = path.join(ROOT, 'dist', 'cli', 'caseready.cjs');
const RUNS = 20;

let source: string;
let sourceFacts: string;

function facts(dbFile: string): string {
  const db = new Database(dbFile, { readonly: true });
  try {
    const n = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    const head = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    return JSON.stringify({ cases: n('cases'), photos: n('photos'), objects: n('vault_objects'), head });
  } finally {
    db.close();
  }
}

/** Runs the CLI; kills it with SIGKILL after `killAfterMs` (if given) or lets the crash point do it. */
function run(dataDir: string, args: string[], opts: { crashAt?: string; killAfterMs?: number }): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--data-dir', dataDir, ...args], {
      cwd: ROOT,
      env: { ...process.env, CASEREADY_ACTOR: 'tester', ...(opts.crashAt ? { CASEREADY_CRASH_AT: opts.crashAt } : {}) },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

/** Complete-looking folders must pass the full manifest check; interrupted ones must be refused. */
async function checkFolders(parent: string, prefix: string): Promise<{ complete: string[]; refused: number }> {
  const complete: string[] = [];
  let refused = 0;
  for (const name of readdirSync(parent).filter((n) => n.startsWith(prefix))) {
    const folder = path.join(parent, name);
    if (name.includes('.partial-') || name.includes('.restoring-') || !existsSync(path.join(folder, 'caseready-backup.json'))) {
      if (!name.includes('.restoring-')) await expect(readManifest(folder)).rejects.toThrow(/interrupted|not a complete/);
      refused += 1;
    } else {
      complete.push(folder);
    }
  }
  return { complete, refused };
}

beforeAll(() => {
  source = tempDir('caseready-bkcrash-src-');
  seedStoreWithPhotos(source);
  sourceFacts = facts(path.join(source, 'caseready.db'));
});

const BACKUP_POINTS = ['backup:after-db-copy', 'backup:mid-objects', 'backup:before-manifest', 'backup:before-rename'];
const RESTORE_POINTS = ['restore:after-db-copy', 'restore:mid-objects', 'restore:before-rename'];

describe.skipIf(process.platform === 'win32')('kill -9 during backup and restore', () => {
  it(`backup killed ${RUNS} times: the source is intact and nothing incomplete looks complete`, async () => {
    const parent = tempDir('caseready-bkcrash-dest-');
    const t0 = Date.now();
    const full = await run(source, ['backup', path.join(parent, 'full')], {});
    expect(full.code, full.stderr).toBe(0);
    const fullMs = Date.now() - t0;
    let killed = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const crashAt = i < BACKUP_POINTS.length * 2 ? BACKUP_POINTS[i % BACKUP_POINTS.length] : undefined;
      const r = await run(source, ['backup', path.join(parent, `b${i}`)], crashAt ? { crashAt } : { killAfterMs: Math.random() * fullMs });
      if (r.signal === 'SIGKILL') killed += 1;
      else expect(r.code, r.stderr).toBe(0);
      expect(facts(path.join(source, 'caseready.db'))).toBe(sourceFacts);
    }
    expect(killed).toBeGreaterThanOrEqual(BACKUP_POINTS.length * 2);
    const { complete, refused } = await checkFolders(parent, 'b');
    expect(refused).toBeGreaterThan(0);
    for (const folder of [path.join(parent, 'full'), ...complete]) await verifyAgainstManifest(folder, await readManifest(folder), folder);

    // The CLI refuses an interrupted one, restores a complete one, and both stores verify.
    const partial = readdirSync(parent).find((n) => n.includes('.partial-'))!;
    const refusedRun = cli(tempDir(), ['restore', path.join(parent, partial)]);
    expect(refusedRun.status).toBe(1);
    const target = path.join(tempDir(), 'restored');
    expect(cli(target, ['restore', complete[0] ?? path.join(parent, 'full')]).status).toBe(0);
    expect(cli(target, ['verify']).status).toBe(0);
    expect(cli(source, ['verify']).status).toBe(0);
  }, 240_000);

  it(`restore killed ${RUNS} times: the target is absent or a complete verified copy`, async () => {
    const backup = path.join(tempDir('caseready-bkcrash-b-'), 'backup');
    expect(cli(source, ['backup', backup]).status).toBe(0);
    const manifest = await readManifest(backup);
    const parent = tempDir('caseready-bkcrash-r-');
    const t0 = Date.now();
    expect((await run(path.join(parent, 'full'), ['restore', backup], {})).code).toBe(0);
    const fullMs = Date.now() - t0;
    let killed = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const crashAt = i < RESTORE_POINTS.length * 2 ? RESTORE_POINTS[i % RESTORE_POINTS.length] : undefined;
      const target = path.join(parent, `r${i}`);
      const r = await run(target, ['restore', backup], crashAt ? { crashAt } : { killAfterMs: Math.random() * fullMs });
      if (r.signal === 'SIGKILL') killed += 1;
      else expect(r.code, r.stderr).toBe(0);
      if (existsSync(target)) await verifyAgainstManifest(target, manifest, target);
    }
    expect(killed).toBeGreaterThanOrEqual(RESTORE_POINTS.length * 2);
    // The backup itself was only read, and an interrupted restore can simply be run again.
    await verifyAgainstManifest(backup, manifest, backup);
    const again = path.join(parent, 'r0');
    if (!existsSync(again)) expect(cli(again, ['restore', backup]).status).toBe(0);
    expect(cli(again, ['verify']).status).toBe(0);
  }, 240_000);
});
