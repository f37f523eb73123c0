/** Types and settings of backups and restore (electron/services/backup/), shared with the renderer. */
import { z } from 'zod';
import { defineSetting } from './settings';

export interface BackupCounts {
  readonly cases: number;
  readonly photos: number;
  readonly documents: number;
  readonly auditEntries: number;
  readonly objects: number;
}

/** The manifest `caseready-backup.json` (docs/architecture.md, "Backups and restore"). */
export interface BackupManifest {
  readonly format: 'caseready-backup';
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly sqliteVersion: string;
  readonly counts: BackupCounts;
  /** Database file + every object, in bytes. */
  readonly totalBytes: number;
  readonly database: { readonly file: string; readonly sha256: string; readonly bytes: number };
  readonly auditHead: string | null;
  /** sha256 over the sorted object hashes, one per line: the list itself is in the copied store. */
  readonly objects: { readonly count: number; readonly bytes: number; readonly digest: string };
}

export interface BackupResult {
  readonly folder: string;
  readonly manifest: BackupManifest;
}

export interface RestoreResult {
  readonly backupFolder: string;
  readonly dataDir: string;
  readonly counts: BackupCounts;
  readonly auditHead: string | null;
  readonly backupCreatedAt: string;
}

/** One entry of a backup folder: a complete CaseReady backup, or something that is not one (with why). */
export interface BackupListing {
  readonly folder: string;
  readonly complete: boolean;
  readonly createdAt?: string;
  readonly counts?: BackupCounts;
  readonly totalBytes?: number;
  readonly problem?: string;
}

export const backupScheduleSchema = z
  .object({
    enabled: z.boolean(),
    /** Absolute folder that receives one `caseready-backup-YYYYMMDD-HHMMSS` per run. */
    folder: z.string().trim().max(1000),
    everyHours: z.number().int().min(1).max(24 * 30),
    keep: z.number().int().min(1).max(365),
  })
  .refine((s) => !s.enabled || s.folder.length > 0, { message: 'choose a backup folder before turning scheduled backups on', path: ['folder'] });

export type BackupSchedule = z.output<typeof backupScheduleSchema>;

export const BACKUP_SCHEDULE = defineSetting({
  key: 'backup.schedule',
  label: 'backup schedule',
  schema: backupScheduleSchema,
  defaultValue: { enabled: false, folder: '', everyHours: 24, keep: 7 } as BackupSchedule,
});

export const backupLastResultSchema = z
  .object({
    at: z.string(),
    ok: z.boolean(),
    message: z.string(),
    folder: z.string().nullable(),
    trigger: z.enum(['schedule', 'manual']),
  })
  .nullable();

export type BackupLastResult = z.output<typeof backupLastResultSchema>;

export const BACKUP_LAST_RESULT = defineSetting({
  key: 'backup.lastResult',
  label: 'last backup result',
  schema: backupLastResultSchema,
  defaultValue: null as BackupLastResult,
});

export interface BackupStatus {
  readonly schedule: BackupSchedule;
  readonly lastResult: BackupLastResult;
  /** When the scheduler will next run a backup (null when scheduled backups are off). */
  readonly nextDueAt: string | null;
  /** True while a backup is running in this process. */
  readonly running: boolean;
}
