/** Handlers of the backup area (verified backups, the schedule, restore), spread into core.ts. */
import { BACKUP_SCHEDULE } from '../../../shared/backupTypes';
import type { backupMethods } from '../../../shared/contracts/backup';
import { AppError } from '../../../shared/errors';
import path from 'node:path';
import { listBackups } from '../backup/listBackups';
import { restoreBackup } from '../backup/restore';
import type { BackupRunner } from '../backup/scheduler';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { readSetting, writeSetting } from '../settings';

export function backupHandlers(deps: CoreDeps, runner: BackupRunner): Pick<Handlers, keyof typeof backupMethods> {
  return {
    getBackupStatus: () => runner.status(),
    setBackupSchedule: (input) => {
      writeSetting(deps.db, BACKUP_SCHEDULE, input, deps.actor, deps.clock);
      return runner.status();
    },
    backupNow: ({ folder }, ctx) => runner.runNow(folder, 'manual', ctx.progress),
    listBackups: async ({ folder }) => {
      const where = folder ?? readSetting(deps.db, BACKUP_SCHEDULE).value.folder;
      return where ? listBackups(path.resolve(where)) : [];
    },
    restoreBackup: ({ backupFolder, targetFolder }, ctx) => {
      const target = path.resolve(targetFolder);
      if (target === deps.dataDir || deps.dataDir.startsWith(target + path.sep) || target.startsWith(deps.dataDir + path.sep)) {
        throw new AppError('VALIDATION', 'Restore into a new folder outside the open data folder; the open store is never replaced.');
      }
      return restoreBackup(backupFolder, target, ctx.progress);
    },
  };
}
