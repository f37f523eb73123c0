/**
 * Reads a jurisdiction pack from a templates folder and validates it. A pack is data edited by
 * people, so every failure names the file and the field that is wrong: a clerk fixing a typo in
 * notice.en.json should not have to read a stack trace.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import {
  jurisdictionPackSchema,
  noticeWordingSchema,
  type JurisdictionPack,
  type NoticeWording,
} from '../../../shared/jurisdictionPack';
import { checklistPackSchema, type ChecklistPack } from '../../../shared/checklists/schema';
import { demandWordingSchema, type DemandWording } from '../../../shared/demandWording';
import { KIND_WORDING_FILES, kindWordingFile } from '../../../shared/kindWordings';
import { decisionMatrixSchema, type DecisionMatrix } from '../../../shared/decision/schema';

export interface LoadedPack {
  /** The folder it was read from (absent for packs built in memory by tests). */
  readonly dir?: string;
  readonly pack: JurisdictionPack;
  /** Notice of Violation wording in the requested language. */
  readonly notice: NoticeWording;
  /**
   * Demand for Payment wording in the requested language (`demand.<lang>.json`); absent when the
   * pack has none, and then a demand is refused with a message naming the file to add.
   */
  readonly demand?: DemandWording;
  /** Every language the pack offers, with its notice and (when present) demand wording. */
  readonly wordings?: Partial<Record<PackLanguage, LanguageWording>>;
  /** The law department's checklists per legal step (`checklists.json`); absent when the pack has none. */
  readonly checklists?: ChecklistPack;
  /** The department's decision matrix (`decision.json`, Module 1's approaches); absent when the pack has none. */
  readonly decision?: DecisionMatrix;
}

export type PackLanguage = NoticeWording['language'];

export interface LanguageWording {
  readonly notice: NoticeWording;
  readonly demand?: DemandWording;
  /** The other kinds' wording files (shared/kindWordings.ts) this language has, by base name. */
  readonly kinds?: Readonly<Record<string, { language: string }>>;
}

const PACK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The folder of one pack: `<templatesDir>/jurisdictions/<packId>`. */
export function packDir(templatesDir: string, packId: string): string {
  return path.join(templatesDir, 'jurisdictions', packId);
}

/**
 * Loads `pack.json`, `notice.<language>.json` and, when present, `demand.<language>.json`,
 * `checklists.json` and `decision.json` of the pack `packId` under `<templatesDir>/jurisdictions/`.
 * Throws AppError NOT_FOUND when the pack or the language is missing, VALIDATION when a file is
 * not JSON or does not match its schema.
 */
export async function loadPack(templatesDir: string, packId: string, language: PackLanguage = 'en'): Promise<LoadedPack> {
  // The id becomes part of a path: only plain names, so "../x" cannot reach outside templates.
  if (!PACK_ID.test(packId)) {
    throw new AppError('VALIDATION', `"${packId}" is not a jurisdiction pack name (use lowercase letters, digits and dashes).`);
  }
  return loadPackFromDir(packDir(templatesDir, packId), packId, language);
}

/** Same as loadPack, from the pack's own folder (a shipped one or one in `<dataDir>/packs/`). */
export async function loadPackFromDir(dir: string, packId: string, language: PackLanguage = 'en'): Promise<LoadedPack> {
  if (!PACK_ID.test(packId)) {
    throw new AppError('VALIDATION', `"${packId}" is not a jurisdiction pack name (use lowercase letters, digits and dashes).`);
  }
  const packFile = path.join(dir, 'pack.json');
  const pack = parseWith(jurisdictionPackSchema, await readJson(packFile, `There is no jurisdiction pack "${packId}" in ${path.dirname(dir)}.`), packFile);
  if (pack.id !== packId) {
    throw new AppError('VALIDATION', `${packFile}: id is "${pack.id}" but the pack's folder is "${packId}"; they must be the same.`);
  }
  if (!pack.languages.includes(language)) {
    throw new AppError('NOT_FOUND', `The jurisdiction pack "${pack.name}" has no wording in "${language}" (it has: ${pack.languages.join(', ')}).`);
  }
  const wordings: Partial<Record<PackLanguage, LanguageWording>> = {};
  for (const lang of pack.languages) wordings[lang] = await loadWording(dir, pack, lang);
  const { notice, demand } = wordings[language] as LanguageWording;
  // A demand worded in one language only would go out in English to a Spanish-speaking owner.
  const withDemand = pack.languages.filter((l) => wordings[l]?.demand);
  if (withDemand.length > 0 && withDemand.length < pack.languages.length) {
    const lacking = pack.languages.find((l) => !wordings[l]?.demand);
    throw new AppError('VALIDATION', `${path.join(dir, `demand.${lacking}.json`)} is missing: the pack words the Demand for Payment in ${withDemand.join(', ')} and offers ${lacking} too. Add the file (a translation of demand.${withDemand[0]}.json).`);
  }
  refuseHalfTranslatedKinds(dir, pack, wordings);
  const checklists = await loadChecklists(dir);
  const decision = await loadOptional(path.join(dir, 'decision.json'), decisionMatrixSchema);
  return { dir, pack, notice, wordings, ...(demand ? { demand } : {}), ...(checklists ? { checklists } : {}), ...(decision ? { decision } : {}) };
}

/** notice.<lang>.json (required for every language listed) and demand.<lang>.json (optional). */
async function loadWording(dir: string, pack: JurisdictionPack, language: PackLanguage): Promise<LanguageWording> {
  const noticeFile = path.join(dir, `notice.${language}.json`);
  const notice = parseWith(
    noticeWordingSchema,
    await readJson(noticeFile, `The jurisdiction pack "${pack.name}" lists "${language}" but ${noticeFile} is missing.`),
    noticeFile,
  );
  if (notice.language !== language) {
    throw new AppError('VALIDATION', `${noticeFile}: language is "${notice.language}" but the file name says "${language}".`);
  }
  const demandFile = path.join(dir, `demand.${language}.json`);
  const demand = await loadOptional(demandFile, demandWordingSchema);
  if (demand && demand.language !== language) {
    throw new AppError('VALIDATION', `${demandFile}: language is "${demand.language}" but the file name says "${language}".`);
  }
  const kinds: Record<string, { language: string }> = {};
  for (const { file, schema } of KIND_WORDING_FILES) {
    const kindFile = path.join(dir, `${file}.${language}.json`);
    const wording = await loadOptional(kindFile, schema);
    if (!wording) continue;
    if (wording.language !== language) {
      throw new AppError('VALIDATION', `${kindFile}: language is "${wording.language}" but the file name says "${language}".`);
    }
    kinds[file] = wording;
  }
  return { notice, ...(demand ? { demand } : {}), kinds };
}

/** A kind worded in one language only would go out untranslated: every language has it or none. */
function refuseHalfTranslatedKinds(dir: string, pack: JurisdictionPack, wordings: Partial<Record<PackLanguage, LanguageWording>>): void {
  for (const { file } of KIND_WORDING_FILES) {
    const has = pack.languages.filter((l) => wordings[l]?.kinds?.[file]);
    const lacking = pack.languages.find((l) => !wordings[l]?.kinds?.[file]);
    if (has.length > 0 && lacking) {
      throw new AppError('VALIDATION', `${path.join(dir, `${file}.${lacking}.json`)} is missing: the pack words it in ${has.join(', ')} and offers ${lacking} too. Add the file (a translation of ${file}.${has[0]}.json).`);
    }
  }
}

/**
 * One kind's wording in one language, typed by its schema; refused with the file to add when the
 * pack does not word that kind (nothing is issued).
 */
export function kindWording<T extends { language: string }>(loaded: LoadedPack, file: string, language: PackLanguage): T {
  const found = wordingIn(loaded, language).kinds?.[file];
  if (!found) {
    const { words } = kindWordingFile(file);
    throw new AppError('VALIDATION', `The jurisdiction pack "${loaded.pack.name}" does not word ${words}: add ${file}.${language}.json to the pack (see docs/documents.md), then load it again.`);
  }
  return found as T;
}

/** The wording of one language of a loaded pack; refused with what the pack offers. */
export function wordingIn(loaded: LoadedPack, language: PackLanguage): LanguageWording {
  const found = loaded.wordings?.[language] ?? (loaded.notice.language === language ? { notice: loaded.notice, ...(loaded.demand ? { demand: loaded.demand } : {}) } : undefined);
  if (!found) {
    throw new AppError('VALIDATION', `The jurisdiction pack "${loaded.pack.name}" has no ${language} wording (it offers ${loaded.pack.languages.join(', ')}). Choose one of those languages.`);
  }
  return found;
}

/** `checklists.json` is optional: packs written before checklists existed still load. */
async function loadChecklists(dir: string): Promise<ChecklistPack | undefined> {
  const file = path.join(dir, 'checklists.json');
  let data: unknown;
  try {
    data = await readJson(file, 'missing');
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  }
  return parseWith(checklistPackSchema, data, file);
}

/** An optional pack file: undefined when absent, VALIDATION when present but wrong. */
async function loadOptional<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S> | undefined> {
  let data: unknown;
  try {
    data = await readJson(file, 'missing');
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  }
  return parseWith(schema, data, file);
}

async function readJson(file: string, missingMessage: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND', missingMessage);
    throw new AppError('VALIDATION', `Cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  try {
    // A BOM is what Windows Notepad writes; it is not an error a person can see.
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new AppError('VALIDATION', `${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}

function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(whole file)';
    return `${where}: ${issue.message}`;
  });
  const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
  throw new AppError('VALIDATION', `${file} has ${problems.length === 1 ? 'a problem' : 'problems'}: ${problems.join('; ')}${more}`);
}
