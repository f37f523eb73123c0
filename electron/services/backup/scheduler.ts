/**
 * Scheduled backups: a timer in the app and the web harness (never the CLI) that runs a backup
 * into the schedule's folder when one is due, prunes the oldest complete backups beyond `keep`,
 * and records the result (setting `backup.lastResult`). Due = enabled and no attempt in the last
 * `everyHours` hours; a failed attempt is retried at the next interval, not in a tight loop.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { BACKUP_LAST_RESULT, BACKUP_SCHEDULE, type BackupResult, type BackupStatus } from '../../../shared/backupTypes';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import type { Clock } from '../clock';
import { readSetting, writeSetting } from '../settings';
import type { Vault } from '../vault/vault';
import { backupDataFolder, type ProgressFn } from './createBackup';
import { pruneBackups } from './listBackups';

export interface BackupRunner {
  status(): BackupStatus;
  /** Runs one backup now (into `folder`, else the schedule's folder); records the result. */
  runNow(folder: string | undefined, trigger: 'schedule' | 'manual', onProgress?: ProgressFn): Promise<BackupResult>;
  /** Starts the timer (checks every `checkEveryMs`, default one minute). */
  start(checkEveryMs?: number): void;
  /** Runs a backup if one is due; used by the timer and the tests. */
  tick(): Promise<void>;
  stop(): void;
}

export function createBackupRunner(deps: { db: Db; vault: Vault; clock: Clock; actor: string; dataDir: string }): BackupRunner {
  let running: Promise<BackupResult> | null = null;
  let timer: NodeJS.Timeout | undefined;

  function nextDueAt(): string | null {
    const schedule = readSetting(deps.db, BACKUP_SCHEDULE).value;
    if (!schedule.enabled) return null;
    const last = readSetting(deps.db, BACKUP_LAST_RESULT).value;
    const lastScheduled = last ? Date.parse(last.at) : NaN;
    if (Number.isNaN(lastScheduled)) return deps.clock.now().toISOString();
    return new Date(lastScheduled + schedule.everyHours * 3_600_000).toISOString();
  }

  async function runNow(folder: string | undefined, trigger: 'schedule' | 'manual', onProgress?: ProgressFn): Promise<BackupResult> {
    if (running) throw new AppError('CONFLICT', 'A backup is already running; wait for it to finish.');
    const schedule = readSetting(deps.db, BACKUP_SCHEDULE).value;
    const target = folder ?? schedule.folder;
    if (!target) throw new AppError('VALIDATION', 'Choose a backup folder first (Settings, Backups).');
    const resolved = path.resolve(target);
    if (resolved === deps.dataDir || resolved.startsWith(deps.dataDir + path.sep)) {
      throw new AppError('VALIDATION', 'The backup folder must not be inside the data folder; choose another drive or folder.');
    }
    const record = (ok: boolean, message: string, where: string | null) =>
      writeSetting(deps.db, BACKUP_LAST_RESULT, { at: deps.clock.now().toISOString(), ok, message, folder: where, trigger }, deps.actor, deps.clock);
    running = (async () => {
      // A folder of dated backups: made if missing, so every run gets its own subfolder.
      await fs.mkdir(resolved, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
        throw new AppError(err.code === 'EACCES' || err.code === 'EPERM' ? 'PERMISSION_DENIED' : 'VALIDATION', `The backup folder ${resolved} cannot be created (${err.code ?? err.message}); choose another folder.`, { cause: err });
      });
      return backupDataFolder(deps.db, deps.vault, resolved, onProgress, deps.clock.now());
    })();
    try {
      const result = await running;
      let pruned: string[] = [];
      if (folder === undefined || path.resolve(folder) === path.resolve(schedule.folder || '.')) pruned = await pruneBackups(resolved, schedule.keep);
      const m = result.manifest;
      record(true, `Verified backup of ${m.counts.cases} case(s) and ${m.counts.objects} vault object(s)${pruned.length ? `; removed ${pruned.length} older backup(s)` : ''}.`, result.folder);
      return result;
    } catch (err) {
      record(false, (err as Error).message, resolved);
      throw err;
    } finally {
      running = null;
    }
  }

  async function tick(): Promise<void> {
    const due = nextDueAt();
    if (!due || running || Date.parse(due) > deps.clock.now().getTime()) return;
    await runNow(undefined, 'schedule').catch(() => undefined); // recorded in backup.lastResult
  }

  return {
    status: () => ({
      schedule: readSetting(deps.db, BACKUP_SCHEDULE).value,
      lastResult: readSetting(deps.db, BACKUP_LAST_RESULT).value,
      nextDueAt: nextDueAt(),
      running: running !== null,
    }),
    runNow,
    tick,
    start(checkEveryMs = 60_000) {
      if (timer) return;
      timer = setInterval(() => void tick().catch(() => undefined), checkEveryMs);
      timer.unref();
      void tick().catch(() => undefined);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
