/** The import methods: where the CSV comes from (text or a path), preview, and the errors file. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { ImportPreview, ImportRowProblem, ImportSummary } from '../../../../shared/searchTypes';
import type { PreviewCaseImportInput, RunCaseImportInput } from '../../../../shared/searchSchemas';
import { localIsoDate } from '../../clock';
import { columnIndexes, mapRecord, readCsv } from './csvRows';
import { guessMapping } from './guessMapping';
import { runCaseImport, type ImportDeps, type Progress } from './runImport';

/** Reads the CSV: UTF-8, or Windows-1252/Latin-1 when the bytes are not valid UTF-8 (older exports). */
export async function readImportText(input: { csvText?: string; filePath?: string }): Promise<string> {
  if (input.csvText !== undefined) return input.csvText;
  let bytes: Buffer;
  try {
    bytes = await readFile(input.filePath!);
  } catch (err) {
    throw new AppError('NOT_FOUND', `Cannot read ${input.filePath}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}. Check the path.`);
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-' || bytes.includes(0)) {
    throw new AppError('UNSUPPORTED_FILE', `${path.basename(input.filePath!)} is not a CSV text file. Export the cases as CSV and import that.`);
  }
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
}

export async function previewCaseImport(deps: ImportDeps, input: PreviewCaseImportInput): Promise<ImportPreview> {
  const table = readCsv(await readImportText(input));
  const guessedMapping = guessMapping(table.headers);
  const mapping = Object.keys(input.mapping).length ? input.mapping : guessedMapping;
  const mapped = new Set(Object.values(mapping));
  const base = {
    headers: table.headers,
    guessedMapping,
    unmappedColumns: table.headers.filter((h) => !mapped.has(h)),
    totalRows: table.records.length + table.malformed.length,
  };
  let idx: ReturnType<typeof columnIndexes>;
  try {
    idx = columnIndexes(table.headers, mapping);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { ...base, rows: [], errors: [{ row: 1, field: null, message: err.message }], warnings: [] };
  }
  const today = localIsoDate(deps.clock.now());
  const errors: ImportRowProblem[] = table.malformed.filter((m) => m.row <= input.limit + 1).map((m) => ({ row: m.row, field: null, message: m.message }));
  const warnings: ImportRowProblem[] = [];
  const rows = [];
  for (const rec of table.records.slice(0, input.limit)) {
    const m = mapRecord(rec, idx, today);
    errors.push(...m.errors);
    warnings.push(...m.warnings);
    if (m.row) rows.push(m.row);
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...base, rows, errors, warnings };
}

export async function importCases(deps: ImportDeps, input: RunCaseImportInput, progress?: Progress): Promise<ImportSummary> {
  const target = input.errorsFile || input.filePath ? path.resolve(input.errorsFile ?? errorsFileFor(input.filePath!)) : null;
  // Checked BEFORE anything is committed: an errors file that cannot be written after the cases
  // were saved would leave the user with an import whose rejected rows are nowhere.
  if (target) await assertWritable(target);
  let fd: number | null = null;
  const errorsSink = target
    ? (chunk: string) => {
        fd ??= openSync(target, 'w');
        writeSync(fd, chunk);
      }
    : undefined;
  let result: Awaited<ReturnType<typeof runCaseImport>>;
  try {
    result = await runCaseImport(
      deps,
      { text: input.csvText, filePath: input.csvText === undefined ? input.filePath : undefined, source: input.source, mapping: input.mapping, dryRun: input.dryRun, errorsSink },
      progress,
    );
  } catch (err) {
    if (fd === null || err instanceof AppError) throw err;
    const what = input.dryRun ? 'Nothing was saved (dry run)' : 'The cases were imported';
    throw new AppError('VALIDATION', `${what}, but the rejected rows could not be written to ${target}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}. Run again with --errors PATH to get them (a re-import skips the cases already imported).`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const { summary, rejectedCsv } = result;
  return { ...summary, errorsFile: target && summary.rejected ? target : null, errorsCsv: rejectedCsv };
}

/** Refuses an errors-file path that is a folder, in a missing folder, or cannot be opened for writing. */
async function assertWritable(target: string): Promise<void> {
  const folder = path.dirname(target);
  const refuse = (why: string): never => {
    throw new AppError('VALIDATION', `The errors file ${target} cannot be written: ${why}. Nothing was imported; choose another place with --errors PATH.`);
  };
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat) refuse(`the folder ${folder} does not exist`);
  if (!folderStat!.isDirectory()) refuse(`${folder} is not a folder`);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) refuse('that path is a folder');
  try {
    // Opened the way it will be written, then closed; a file made only for the check is removed.
    const handle = await open(target, existing ? 'r+' : 'wx');
    await handle.close();
    if (!existing) await unlink(target);
  } catch (err) {
    refuse((err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
}

/** cases.csv → cases.errors.csv, next to the input. */
export function errorsFileFor(inputPath: string): string {
  const ext = path.extname(inputPath);
  return path.join(path.dirname(inputPath), `${path.basename(inputPath, ext)}.errors.csv`);
}
