/**
 * `caseready pack check DIR`: every problem of a pack folder at once, each with its file, line and
 * column, so the person editing a city's pack fixes them in one pass instead of one per run.
 * loadPack stops at the first broken file; this reads them all.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { jurisdictionPackSchema, noticeWordingSchema } from '../../../shared/jurisdictionPack';
import { checklistPackSchema } from '../../../shared/checklists/schema';
import { demandWordingSchema } from '../../../shared/demandWording';
import { decisionMatrixSchema } from '../../../shared/decision/schema';
import { JsonSyntaxError, parseJsonWithPositions } from './jsonPositions';

export interface PackProblem {
  /** The file's path as given (DIR joined with the file name). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The field, dotted ("department.phone"); empty for the whole file. */
  readonly field: string;
  readonly message: string;
}

export interface PackCheck {
  readonly dir: string;
  readonly id?: string;
  readonly name?: string;
  readonly version?: string;
  readonly problems: readonly PackProblem[];
}

/** "file:line:column: field: message", the form editors and terminals link to. */
export function formatProblem(p: PackProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export async function checkPackDir(dir: string): Promise<PackCheck> {
  const problems: PackProblem[] = [];
  const packFile = path.join(dir, 'pack.json');
  const pack = await checkFile(packFile, jurisdictionPackSchema, problems, true);
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    // already reported as the missing pack.json
  }
  const raw = (pack.raw ?? {}) as { id?: unknown; name?: unknown; version?: unknown; languages?: unknown };
  const folder = path.basename(path.resolve(dir));
  if (typeof raw.id === 'string' && raw.id !== folder) {
    problems.push({ file: packFile, ...pack.at(['id']), field: 'id', message: `is "${raw.id}" but the pack's folder is "${folder}"; they must be the same` });
  }
  const languages = Array.isArray(raw.languages) ? raw.languages.filter((l): l is string => typeof l === 'string') : [];
  for (const language of languages) {
    const noticeFile = path.join(dir, `notice.${language}.json`);
    const notice = await checkFile(noticeFile, noticeWordingSchema, problems, true, `pack.json lists the language "${language}"`);
    checkLanguage(notice, noticeFile, language, problems);
  }
  for (const name of names) {
    const m = /^demand\.([a-z]+)\.json$/.exec(name);
    if (!m) continue;
    const file = path.join(dir, name);
    checkLanguage(await checkFile(file, demandWordingSchema, problems, false), file, m[1]!, problems);
  }
  if (names.includes('checklists.json')) await checkFile(path.join(dir, 'checklists.json'), checklistPackSchema, problems, false);
  if (names.includes('decision.json')) await checkFile(path.join(dir, 'decision.json'), decisionMatrixSchema, problems, false);
  return {
    dir,
    ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    ...(typeof raw.version === 'string' ? { version: raw.version } : {}),
    problems,
  };
}

interface CheckedFile {
  readonly raw?: unknown;
  at(path: readonly PropertyKey[]): { line: number; column: number };
}

function checkLanguage(f: CheckedFile, file: string, language: string, problems: PackProblem[]): void {
  const stated = (f.raw as { language?: unknown } | undefined)?.language;
  if (typeof stated === 'string' && stated !== language) {
    problems.push({ file, ...f.at(['language']), field: 'language', message: `is "${stated}" but the file name says "${language}"` });
  }
}

async function checkFile(file: string, schema: z.ZodType, problems: PackProblem[], required: boolean, why?: string): Promise<CheckedFile> {
  const start = { line: 1, column: 1 };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    if (!missing || required) {
      problems.push({ file, ...start, field: '', message: missing ? `is missing${why ? ` (${why})` : ''}` : `cannot be read: ${(err as Error).message}` });
    }
    return { at: () => start };
  }
  let parsed;
  try {
    parsed = parseJsonWithPositions(text);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    problems.push({ file, ...err.position, field: '', message: `is not valid JSON: ${err.message}` });
    return { at: () => start };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const base = issue.path as PropertyKey[];
      if (issue.code === 'unrecognized_keys') {
        const allowed = allowedKeysAt(schema, base);
        for (const key of issue.keys) {
          const keyPath = [...base, key];
          problems.push({
            file,
            ...parsed.positionOf(keyPath),
            field: keyPath.map(String).join('.'),
            message: `unknown key "${key}"${allowed.length ? ` (allowed here: ${allowed.join(', ')})` : ''}`,
          });
        }
        continue;
      }
      problems.push({ file, ...parsed.positionOf(base), field: base.map(String).join('.'), message: issue.message });
    }
  }
  return { raw: parsed.value, at: (p) => parsed.positionOf(p) };
}

interface ZodInternals {
  _zod: { def: { type: string; shape?: Record<string, unknown>; innerType?: unknown; in?: unknown; element?: unknown; valueType?: unknown } };
}

/** The keys an object schema allows at a path of the data (walking through optional, arrays, pipes). */
export function allowedKeysAt(schema: z.ZodType, dataPath: readonly PropertyKey[]): string[] {
  let node = schema as unknown as ZodInternals | undefined;
  const unwrap = () => {
    for (let guard = 0; node && guard < 20; guard++) {
      const def = node._zod.def;
      if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) node = def.innerType as ZodInternals;
      else if (def.type === 'pipe' && def.in) node = def.in as ZodInternals;
      else return;
    }
  };
  for (const step of dataPath) {
    unwrap();
    if (!node) return [];
    const def = node._zod.def;
    if (def.type === 'object' && def.shape) node = def.shape[String(step)] as ZodInternals | undefined;
    else if (def.type === 'array') node = def.element as ZodInternals;
    else if (def.type === 'record') node = def.valueType as ZodInternals;
    else return [];
  }
  unwrap();
  const shape = node?._zod.def.type === 'object' ? node._zod.def.shape : undefined;
  return shape ? Object.keys(shape) : [];
}
