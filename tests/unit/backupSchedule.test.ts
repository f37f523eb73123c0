/**
 * The backup area through the core's handlers on a real store: the schedule setting, a due
 * backup run by the scheduler's tick, pruning that keeps `keep` complete backups and never
 * touches anything CaseReady did not make, the recorded last result, and restore via the contract.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/services/core';
import { dispatch } from '../../electron/services/dispatch';
import { createBackupRunner } from '../../electron/services/backup/scheduler';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';

const ROOT = path.resolve(__dirname, '..', '..');
let now = new Date('2026-03-02T09:00:00Z');
const cores: Core[] = [];

async function openCore(dir: string): Promise<Core> {
  const core = await createCore({ dataDir: dir, resourcesDir: path.join(ROOT, 'resources'), templatesDir: path.join(ROOT, 'templates'), actor: 'clerk', clock: { now: () => now } });
  cores.push(core);
  return core;
}

async function call<K extends MethodName>(core: Core, name: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const r = await dispatch(core.handlers, name, input, { actor: 'clerk', progress: () => {} });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as MethodOutput<K>;
}

afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

describe('scheduled backups', () => {
  it('runs when due, records the result, and prunes only complete CaseReady backups beyond keep', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-sched-'));
    const core = await openCore(path.join(tmp, 'data'));
    const folder = path.join(tmp, 'backups');
    mkdirSync(folder);
    const foreign = path.join(folder, 'caseready-backup-20200101-000000');
    mkdirSync(foreign); // named like ours, but no manifest: must never be deleted
    writeFileSync(path.join(folder, 'notes.txt'), 'not a backup');

    expect((await call(core, 'getBackupStatus', {})).nextDueAt).toBeNull();
    const status = await call(core, 'setBackupSchedule', { enabled: true, folder, everyHours: 24, keep: 2 });
    expect(status.nextDueAt).toBe(now.toISOString());

    // The timer's tick: runs the due backup once, then nothing until everyHours have passed.
    const runner = createBackupRunner({ db: core.db, vault: core.vault, clock: { now: () => now }, actor: 'clerk', dataDir: path.join(tmp, 'data') });
    await runner.tick();
    await runner.tick();
    expect((await call(core, 'listBackups', {})).filter((b) => b.complete)).toHaveLength(1);
    expect((await call(core, 'getBackupStatus', {})).lastResult).toMatchObject({ ok: true, trigger: 'schedule' });
    now = new Date(now.getTime() + 25 * 3_600_000);
    for (let i = 0; i < 3; i += 1) {
      const r = await call(core, 'backupNow', {});
      expect(r.manifest.format).toBe('caseready-backup');
      now = new Date(now.getTime() + 25 * 3_600_000);
    }
    const listed = await call(core, 'listBackups', {});
    expect(listed.filter((b) => b.complete)).toHaveLength(2);
    expect(listed.find((b) => b.folder === foreign)?.complete).toBe(false);
    expect(readdirSync(folder)).toContain('notes.txt');
    const last = (await call(core, 'getBackupStatus', {})).lastResult!;
    expect(last.ok).toBe(true);
    expect(last.trigger).toBe('manual');

    // Restore through the contract: refused into the open data folder, fine into a new one.
    await expect(call(core, 'restoreBackup', { backupFolder: listed[0]!.folder, targetFolder: path.join(tmp, 'data') })).rejects.toThrow(/VALIDATION/);
    const restored = await call(core, 'restoreBackup', { backupFolder: listed[0]!.folder, targetFolder: path.join(tmp, 'restored') });
    expect(restored.counts).toEqual(listed[0]!.counts);
  });

  it('records a failed backup with its message', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-sched-'));
    const core = await openCore(path.join(tmp, 'data'));
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'x');
    await expect(call(core, 'backupNow', { folder: path.join(file, 'sub') })).rejects.toThrow(/cannot be created/);
    const last = (await call(core, 'getBackupStatus', {})).lastResult!;
    expect(last.ok).toBe(false);
    expect(last.message.length).toBeGreaterThan(0);
  });

  it('refuses to turn the schedule on without a folder', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-sched-'));
    const core = await openCore(path.join(tmp, 'data'));
    await expect(call(core, 'setBackupSchedule', { enabled: true, folder: '', everyHours: 24, keep: 7 })).rejects.toThrow(/choose a backup folder/);
  });
});
