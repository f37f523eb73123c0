/**
 * The application core: one evidence store + vault per data folder, and the handler for every
 * method of the contract. Electron's IPC, the HTTP bridge and the CLI all run this same code.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppInfo } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { openDatabase, schemaVersion, type Db } from '../db/open';
import { getPhoto } from '../db/queries/photos';
import { allVaultShas } from '../db/queries/vaultObjects';
import { listCases } from '../db/queries/cases';
import { auditHead } from './audit';
import { addViolation, createCase, getCaseDetail } from './cases/caseService';
import { localIsoDate, systemClock, type Clock } from './clock';
import { codesHandlers } from './handlers/codes';
import { inspectionsHandlers } from './handlers/inspections';
import type { Handlers } from './dispatch';
import { issueNotice, readIssuedDocument } from './documents/issueNotice';
import { issueDemandForPayment, previewDemandForPayment } from './documents/issueDemand';
import { importPhoto } from './evidence/photoIntake';
import { loadPack, type LoadedPack } from './packs/loadPack';
import { openVault, type Vault } from './vault/vault';
import { verifyStore } from './verify';
import { backupDataFolder, type BackupReport } from './backup/createBackup';
import { VERSION } from './version';
import { searchHandlers } from './handlers/search';
import { partiesHandlers } from './handlers/parties';
import { enforcementHandlers } from './handlers/enforcement';
import { checklistsHandlers } from './handlers/checklists';
import { dashboardHandlers } from './handlers/dashboard';
import { decisionHandlers } from './handlers/decision';
import { backupHandlers } from './handlers/backup';
import { createBackupRunner } from './backup/scheduler';

export interface CoreOptions {
  readonly dataDir: string;
  readonly resourcesDir: string;
  readonly templatesDir: string;
  readonly actor?: string;
  readonly clock?: Clock;
  readonly jurisdiction?: string;
}

export interface Core {
  readonly handlers: Handlers;
  readonly db: Db;
  readonly vault: Vault;
  readonly pack: LoadedPack;
  readonly startupReport: AppInfo['startupReport'];
  /** Backs up the store and its vault into a folder (see backup.ts). */
  backup(destFolder: string, onProgress?: (done: number, total: number, message: string) => void): Promise<BackupReport>;
  /** Starts the scheduled-backup timer (the app and the web harness; never the CLI). */
  startBackupScheduler(): void;
  close(): void;
}

/** What an area's handler factory (electron/services/handlers/<area>.ts) gets from the core. */
export interface CoreDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
  readonly pack: LoadedPack;
  readonly dataDir: string;
  readonly templatesDir: string;
}

export const DB_FILE = 'caseready.db';
export const DEFAULT_JURISDICTION = 'model-ipmc';

export async function createCore(opts: CoreOptions): Promise<Core> {
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const pack = await loadPack(opts.templatesDir, opts.jurisdiction ?? DEFAULT_JURISDICTION);
  const db = openDatabase(path.join(dataDir, DB_FILE));
  const vault = await openVault(path.join(dataDir, 'vault'));
  // Startup reconciliation: rows whose file is gone are reported; files no row knows (an import
  // killed before its commit) are moved to quarantine, never deleted.
  const reconciled = await vault.reconcile(new Set(allVaultShas(db)));
  const startupReport = { missingObjects: reconciled.missing, quarantined: reconciled.quarantined };
  const actor = opts.actor ?? defaultActor();
  const clock = opts.clock ?? systemClock;
  const fontsDir = path.join(opts.resourcesDir, 'fonts');
  const deps: CoreDeps = { db, vault, clock, actor, pack, dataDir, templatesDir: opts.templatesDir };
  void deps; // used by the area handler factories spread below
  const backupRunner = createBackupRunner({ db, vault, clock, actor, dataDir });

  const handlers: Handlers = {
    appInfo: () => ({
      version: VERSION,
      dataDir,
      schemaVersion: schemaVersion(db),
      auditHead: auditHead(db),
      startupReport,
    }),
    listCases: (input) => listCases(db, { ...input, today: localIsoDate(clock.now()) }),
    createCase: (input) => createCase(db, input, actor, clock),
    getCase: ({ caseId }) => getCaseDetail(db, caseId),
    addViolation: (input) => addViolation(db, input, actor, clock),
    importPhoto: async (input, ctx) => {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      const { photo } = await importPhoto(
        { db, vault, clock, actor },
        { caseId: input.caseId, violationId: input.violationId },
        { bytes, fileName: input.fileName },
        ctx.progress,
      );
      return photo;
    },
    getPhotoImage: async ({ photoId, variant }) => {
      const photo = getPhoto(db, photoId);
      if (!photo) throw new AppError('NOT_FOUND', `Photo ${photoId} does not exist.`);
      const bytes = await vault.read(variant === 'thumb' ? photo.thumbSha256 : photo.displaySha256);
      return { mediaType: 'image/jpeg' as const, dataBase64: bytes.toString('base64') };
    },
    generateNotice: ({ caseId }, ctx) => issueNotice({ db, vault, clock, actor, fontsDir, pack }, caseId, ctx.progress),
    generateDemandForPayment: ({ caseId }, ctx) => issueDemandForPayment({ db, vault, clock, actor, fontsDir, pack }, caseId, ctx.progress),
    previewDemandForPayment: ({ caseId }) => previewDemandForPayment({ db, clock, pack }, caseId),
    getDocumentPdf: async ({ documentId }) => {
      const { fileName, bytes } = await readIssuedDocument(db, vault, documentId);
      return { fileName, dataBase64: bytes.toString('base64') };
    },
    verify: (_input, ctx) => verifyStore(db, vault, ctx.progress),
    // Areas (one line each, e.g. ...partyHandlers(deps)):
    ...searchHandlers(deps),
    ...enforcementHandlers(deps),
    ...codesHandlers(deps),
    ...inspectionsHandlers(deps),
    ...partiesHandlers(deps),
    ...checklistsHandlers(deps),
    ...dashboardHandlers(deps),
    ...decisionHandlers(deps),
    ...backupHandlers(deps, backupRunner),
  };

  return {
    handlers,
    db,
    vault,
    pack,
    startupReport,
    backup: (destFolder, onProgress) => backupDataFolder(db, vault, destFolder, onProgress),
    startBackupScheduler: () => backupRunner.start(),
    close: () => {
      backupRunner.stop();
      if (db.open) db.close();
    },
  };
}

function defaultActor(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
