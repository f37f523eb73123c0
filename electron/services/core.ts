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
import { requireCaseOnLoadedPack, withPackName } from './cases/casePack';
import { localIsoDate, systemClock, type Clock } from './clock';
import { codesHandlers } from './handlers/codes';
import { inspectionsHandlers } from './handlers/inspections';
import type { Handlers } from './dispatch';
import { loadPackFromDir, type LoadedPack } from './packs/loadPack';
import { resolvePackFolder } from './packs/findPacks';
import { readSetting } from './settings';
import { DEFAULT_PACK_ID, PACK_SETTING } from '../../shared/packs';
import { openVault, type Vault } from './vault/vault';
import { acquireDataDirLock, type DataDirLock, type OwnerKind } from './dataDirLock';
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
import { packsHandlers } from './handlers/packs';
import { evidenceHandlers } from './handlers/evidence';
import { documentsHandlers } from './handlers/documents';

// Documents (pdf-lib, fontkit, date-fns locales) and photo intake (sharp, heic-decode, exifr) load on
// first use: a CLI command that lists cases must not pay ~0.8 s of module start-up it never uses
// (issue 9, "Start-up"; guarded by tests/unit/cliStartupModules.test.ts).
const issuing = () => import('./documents/issue/issueKind');
const demandPreview = () => import('./documents/issue/demandPreview');
const photoIntake = () => import('./evidence/photoIntake');

export interface CoreOptions {
  readonly dataDir: string;
  readonly resourcesDir: string;
  readonly templatesDir: string;
  readonly actor?: string;
  readonly clock?: Clock;
  /** The pack to load for this run (`--pack`); else the `jurisdiction.pack` setting, else model-ipmc. */
  readonly jurisdiction?: string;
  /** Who will own the data folder (named to a second process that is refused); default 'cli'. */
  readonly ownerKind?: OwnerKind;
  /** The command line, for the lock's holder file (CLI only). */
  readonly command?: string;
  /**
   * Open beside the folder's owner without taking its lock: the store read-only, no migration,
   * no vault reconciliation, so nothing another process is writing can be touched. Only for
   * commands that never write (caseready case list, verify, ...).
   */
  readonly readOnly?: boolean;
}

export interface Core {
  readonly handlers: Handlers;
  readonly db: Db;
  readonly vault: Vault;
  readonly pack: LoadedPack;
  readonly startupReport: AppInfo['startupReport'];
  /** The data folder's lock (undefined for a read-only core), with any holder that died holding it. */
  readonly lock?: DataDirLock;
  /** Quarantined files put back because a row now refers to them (see Vault.restoreFromQuarantine). */
  readonly restoredFromQuarantine: readonly string[];
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
  /**
   * The fonts documents are drawn with: the enforcement area issues a citation as its ticket.
   * Optional for area factories built by hand (tests) that issue no document.
   */
  readonly fontsDir?: string;
}

export const DB_FILE = 'caseready.db';
export const DEFAULT_JURISDICTION = DEFAULT_PACK_ID;

export async function createCore(opts: CoreOptions): Promise<Core> {
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  // One owner per data folder: taken before the store is opened, so two writers can never run
  // reconciliation against each other's in-flight vault objects (see dataDirLock.ts).
  const lock = opts.readOnly ? undefined : acquireDataDirLock(dataDir, opts.ownerKind ?? 'cli', opts.command);
  let db: Db | undefined;
  let startupReport: AppInfo['startupReport'];
  let vault: Vault;
  let pack: LoadedPack;
  let restoredFromQuarantine: string[] = [];
  try {
    db = openDatabase(path.join(dataDir, DB_FILE), { readonly: opts.readOnly === true });
    // The pack is chosen by the store's setting, so the store is opened first (after the lock).
    const packId = opts.jurisdiction ?? readSetting(db, PACK_SETTING).value;
    const found = await resolvePackFolder(opts.templatesDir, dataDir, packId);
    pack = await loadPackFromDir(found.dir, packId);
    vault = openVault(path.join(dataDir, 'vault'));
    if (opts.readOnly) {
      startupReport = { missingObjects: [], quarantined: [] };
    } else {
      // Startup reconciliation, only ever by the lock's owner: rows whose file is gone are
      // reported (and put back from quarantine when a verified copy is there); files no row knows
      // (an import killed before its commit) are moved to quarantine, never deleted.
      const known = new Set(allVaultShas(db));
      const reconciled = await vault.reconcile(known);
      restoredFromQuarantine = reconciled.missing.length ? await vault.restoreFromQuarantine(new Set(reconciled.missing)) : [];
      const restored = new Set(restoredFromQuarantine);
      startupReport = { missingObjects: reconciled.missing.filter((s) => !restored.has(s)), quarantined: reconciled.quarantined };
    }
  } catch (err) {
    if (db?.open) db.close();
    lock?.release();
    throw err;
  }
  const actor = opts.actor ?? defaultActor();
  const clock = opts.clock ?? systemClock;
  const fontsDir = path.join(opts.resourcesDir, 'fonts');
  const deps: CoreDeps = { db, vault, clock, actor, pack, dataDir, templatesDir: opts.templatesDir, fontsDir };
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
    createCase: (input) => withPackName(createCase(db, input, actor, clock, { id: pack.pack.id, version: pack.pack.version }), pack),
    getCase: ({ caseId }) => withPackName(getCaseDetail(db, caseId), pack),
    addViolation: (input) => addViolation(db, input, actor, clock),
    importPhoto: async (input, ctx) => {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      const { importPhoto } = await photoIntake();
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
    generateDocument: async ({ caseId, kind, language, replaces, subjectId, params }, ctx) => (
      requireCaseOnLoadedPack(db, caseId, pack),
      (await issuing()).issueDocumentOfKind({ db, vault, clock, actor, fontsDir, pack }, kind, caseId, ctx.progress, { language, replaces, subjectId, params })
    ),
    previewDemandForPayment: async ({ caseId }) => (requireCaseOnLoadedPack(db, caseId, pack), (await demandPreview()).previewDemandForPayment({ db, clock, pack }, caseId)),
    getDocumentFile: async ({ documentId, format }) => {
      const { fileName, bytes, mediaType } = await (await issuing()).readIssuedDocument(db, vault, documentId, format);
      return { fileName, mediaType, dataBase64: bytes.toString('base64') };
    },
    getDocumentPdf: async ({ documentId }) => {
      const { fileName, bytes } = await (await issuing()).readIssuedDocument(db, vault, documentId);
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
    ...packsHandlers(deps),
    ...evidenceHandlers(deps),
    ...documentsHandlers(deps),
  };

  return {
    handlers,
    db,
    vault,
    pack,
    startupReport,
    backup: (destFolder, onProgress) => backupDataFolder(db, vault, destFolder, onProgress),
    lock,
    restoredFromQuarantine,
    startBackupScheduler: () => backupRunner.start(),
    close: () => {
      backupRunner.stop();
      if (db.open) db.close();
      lock?.release();
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
