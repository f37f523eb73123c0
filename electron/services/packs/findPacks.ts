/**
 * Where jurisdiction packs are found: the ones shipped inside the app (`<templates>/jurisdictions/`)
 * and the installation's own (`<dataDir>/packs/`), which a city can add to without touching the
 * installed program. A data-folder pack with the id of a shipped one replaces it: the city's copy
 * of "model-ipmc" is the one it edited on purpose, and the shipped one is still listed, as shadowed.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { checkPackDir, formatProblem } from './checkPack';
import { packDir } from './loadPack';

import { PACK_ID_PATTERN, type PackListing, type PackSource } from '../../../shared/packs';

export interface PackLocation {
  readonly id: string;
  readonly source: PackSource;
  /** The pack's folder. */
  readonly dir: string;
}

const PACK_ID = PACK_ID_PATTERN;

export function dataFolderPacksDir(dataDir: string): string {
  return path.join(dataDir, 'packs');
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && PACK_ID.test(e.name)).map((e) => e.name).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Every pack folder, the data folder's first (they win over a shipped pack of the same id). */
export async function findPackFolders(templatesDir: string, dataDir: string): Promise<PackLocation[]> {
  const own = (await subfolders(dataFolderPacksDir(dataDir))).map((id) => ({ id, source: 'data-folder' as const, dir: path.join(dataFolderPacksDir(dataDir), id) }));
  const shipped = (await subfolders(path.join(templatesDir, 'jurisdictions'))).map((id) => ({ id, source: 'app' as const, dir: packDir(templatesDir, id) }));
  return [...own, ...shipped];
}

/** The folder the pack `id` loads from: the data folder's when it has one, else the app's. */
export async function resolvePackFolder(templatesDir: string, dataDir: string, id: string): Promise<PackLocation> {
  if (!PACK_ID.test(id)) throw new AppError('VALIDATION', `"${id}" is not a jurisdiction pack name (use lowercase letters, digits and dashes).`);
  const found = (await findPackFolders(templatesDir, dataDir)).find((p) => p.id === id);
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `There is no jurisdiction pack "${id}" in ${dataFolderPacksDir(dataDir)} or ${path.join(templatesDir, 'jurisdictions')}. Run \`caseready pack list\` to see the packs found.`,
    );
  }
  return found;
}

/** Every pack found, checked; a broken pack is listed as invalid, never thrown. */
export async function listPackFolders(templatesDir: string, dataDir: string): Promise<PackListing[]> {
  const seen = new Set<string>();
  const out: PackListing[] = [];
  for (const loc of await findPackFolders(templatesDir, dataDir)) {
    const check = await checkPackDir(loc.dir);
    out.push({
      ...loc,
      ...(check.name ? { name: check.name } : {}),
      ...(check.version ? { version: check.version } : {}),
      valid: check.problems.length === 0,
      problems: check.problems.slice(0, 5).map(formatProblem),
      shadowed: seen.has(loc.id),
    });
    seen.add(loc.id);
  }
  return out;
}
