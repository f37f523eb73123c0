/** Contract methods of the "backup" area: verified backups, the schedule, and restore into a new folder. */
import { z } from 'zod';
import type { BackupListing, BackupResult, BackupStatus, RestoreResult } from '../backupTypes';
import { backupScheduleSchema } from '../backupTypes';
import { empty, method } from '../contractMethod';

const folderPath = z.string().trim().min(1, 'enter a folder path').max(1000);

export const backupMethods = {
  /** The schedule, the last result and when the next scheduled backup is due. */
  getBackupStatus: method<BackupStatus>()(empty),
  /** Saves the schedule (audited); the scheduler picks it up at once. */
  setBackupSchedule: method<BackupStatus>()(backupScheduleSchema),
  /** A verified backup now, into `folder` or else the schedule's folder (a new dated subfolder). */
  backupNow: method<BackupResult>()(z.object({ folder: folderPath.optional() }), { progress: true }),
  /** The backups in a folder (default: the schedule's), newest first, complete or not. */
  listBackups: method<BackupListing[]>()(z.object({ folder: folderPath.optional() })),
  /** Restores a complete backup into a new or empty folder (never the open data folder). */
  restoreBackup: method<RestoreResult>()(z.object({ backupFolder: folderPath, targetFolder: folderPath }), { progress: true }),
} as const;
