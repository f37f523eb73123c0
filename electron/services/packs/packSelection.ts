/**
 * Listing the packs an installation can use and choosing one (the `jurisdiction.pack` setting).
 * Shared by the core's listPacks / usePack methods and the CLI's `pack list` / `pack use`, which
 * run without loading a pack at all: a broken pack must never stop the command that fixes it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { AppError, isAppError } from '../../../shared/errors';
import { PACK_SETTING, type PackList } from '../../../shared/packs';
import { openDatabase, type Db } from '../../db/open';
import type { Clock } from '../clock';
import { acquireDataDirLock } from '../dataDirLock';
import { readSetting, writeSetting } from '../settings';
import { checkPackDir, formatProblem } from './checkPack';
import { listPackFolders, resolvePackFolder } from './findPacks';
import { loadPackFromDir } from './loadPack';

const DB_FILE = 'caseready.db';

/** Every pack found, the one loaded (`inUse`; the setting when nothing is loaded) and the stored setting. */
export async function listPacks(db: Db | undefined, templatesDir: string, dataDir: string, inUse?: string): Promise<PackList> {
  const setting = db ? readSetting(db, PACK_SETTING).value : PACK_SETTING.defaultValue;
  return { packs: await listPackFolders(templatesDir, dataDir), inUse: inUse ?? setting, setting };
}

/**
 * Makes `packId` the installation's pack, after checking it completely: a broken pack is refused
 * with its problems, so the next start never fails on it. Applies from the next start.
 */
export async function usePack(db: Db, templatesDir: string, dataDir: string, packId: string, actor: string, clock: Clock): Promise<PackList> {
  const found = await resolvePackFolder(templatesDir, dataDir, packId);
  const { problems } = await checkPackDir(found.dir);
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map(formatProblem);
    throw new AppError(
      'VALIDATION',
      `The jurisdiction pack "${packId}" (${found.dir}) has ${problems.length} problem(s) and was not chosen:\n  ${shown.join('\n  ')}${problems.length > 10 ? `\n  (and ${problems.length - 10} more; run \`caseready pack check ${found.dir}\`)` : ''}`,
    );
  }
  await loadPackFromDir(found.dir, packId); // the loader's own cross-checks, as the next start will run them
  writeSetting(db, PACK_SETTING, packId, actor, clock);
  return listPacks(db, templatesDir, dataDir);
}

/**
 * Runs `fn` on the data folder's store without loading a pack. Writing takes the folder's lock
 * first, as every writer does; reading opens beside an owner (read-only) and treats a data
 * folder with no store yet as holding the default setting.
 */
export async function withPackStore<T>(dataDir: string, mode: 'read' | 'write', command: string, fn: (db: Db | undefined) => Promise<T>): Promise<T> {
  const file = path.join(dataDir, DB_FILE);
  if (mode === 'read') {
    if (!existsSync(file)) return fn(undefined);
    let db: Db;
    try {
      db = openDatabase(file, { readonly: true });
    } catch (err) {
      // An older store (needs a migration) cannot be read read-only: its setting is not there yet.
      if (isAppError(err) && err.code === 'DB_TOO_NEW' && /needs an upgrade/.test(err.message)) return fn(undefined);
      throw err;
    }
    try {
      return await fn(db);
    } finally {
      db.close();
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir, 'cli', command);
  try {
    const db = openDatabase(file);
    try {
      return await fn(db);
    } finally {
      db.close();
    }
  } finally {
    lock.release();
  }
}
