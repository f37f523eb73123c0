/**
 * Imports code sections from a CSV file whose columns the person mapped (section / title /
 * text / ... or one "label" column holding "Section 27-72 (e) - Trash & Debris"). Every row ends
 * as add, update, unchanged or rejected with its reasons; rejected rows go to an errors CSV, never
 * silently dropped. The import runs in one transaction (all or nothing) and is idempotent: the
 * same file twice changes nothing, a changed text updates the section with an audited diff.
 */
import { CsvFileError, parseCsvTable, splitCodeLabel, toCsv, type CsvTable } from '../../../shared/codeCsv';
import { AppError } from '../../../shared/errors';
import { addCodeSectionInput, type ImportCodeSectionsInput } from '../../../shared/inspectionsSchemas';
import type { CodeImportField, CodeImportReport, CodeImportRow, CodeSectionRecord } from '../../../shared/inspectionsTypes';
import * as codes from '../../db/queries/codeSections';
import { appendAudit } from '../audit';
import { applyCodeSectionChanges, diffFields, type CodeLibraryDeps, type FieldChanges } from './codeLibrary';

interface Candidate {
  readonly row: number;
  readonly cells: readonly string[];
  readonly errors: string[];
  values?: codes.CodeSectionValues;
  /** Fields whose column is mapped and non-blank: only these may update an existing section. */
  provided: Set<string>;
}

const SEVERITY_WORDS: Record<string, 'immediate_hazard' | 'major' | 'minor'> = {
  immediate_hazard: 'immediate_hazard',
  'immediate hazard': 'immediate_hazard',
  immediate: 'immediate_hazard',
  hazard: 'immediate_hazard',
  major: 'major',
  minor: 'minor',
};

function columnIndexes(table: CsvTable, mapping: ImportCodeSectionsInput['mapping']): Partial<Record<CodeImportField, number>> {
  const indexes: Partial<Record<CodeImportField, number>> = {};
  const lower = table.headers.map((h) => h.toLowerCase());
  for (const [field, column] of Object.entries(mapping) as Array<[CodeImportField, string]>) {
    const i = lower.indexOf(column.toLowerCase());
    if (i < 0) {
      throw new AppError(
        'VALIDATION',
        `The file has no column "${column}" (mapped to ${field}). Its columns are: ${table.headers.join(', ')}. Fix the mapping; nothing was imported.`,
      );
    }
    indexes[field] = i;
  }
  return indexes;
}

function readRow(
  record: CsvTable['records'][number],
  table: CsvTable,
  cols: Partial<Record<CodeImportField, number>>,
  input: ImportCodeSectionsInput,
  defaultCodeName: string,
): Candidate {
  const cand: Candidate = { row: record.row, cells: record.cells, errors: [], provided: new Set() };
  if (record.cells.length !== table.headers.length) {
    cand.errors.push(`has ${record.cells.length} cells but the header has ${table.headers.length} columns (a missing or extra comma?)`);
    return cand;
  }
  const cell = (f: CodeImportField): string | undefined => {
    const i = cols[f];
    if (i === undefined) return undefined;
    const v = record.cells[i]!.trim();
    return v === '' ? undefined : v;
  };
  let section = cell('section');
  let title = cell('title');
  const label = cell('label');
  if (label !== undefined && (section === undefined || title === undefined)) {
    const split = splitCodeLabel(label);
    if (!split) cand.errors.push(`label "${label}" does not start with a section number (e.g. "Section 302.4 - Weeds")`);
    else {
      section ??= split.section;
      title ??= split.title;
    }
  }
  const severityCell = cell('severity');
  const severity = severityCell === undefined ? input.defaultSeverity : SEVERITY_WORDS[severityCell.toLowerCase()];
  if (severity === undefined) cand.errors.push(`severity "${severityCell}" is not one of immediate_hazard, major, minor`);
  const daysCell = cell('complianceDays');
  const days = daysCell === undefined ? input.defaultComplianceDays : /^-?\d+$/.test(daysCell) ? Number(daysCell) : Number.NaN;
  if (daysCell !== undefined && Number.isNaN(days)) cand.errors.push(`compliance days "${daysCell}" is not a whole number`);
  for (const f of ['title', 'text', 'correctiveAction', 'severity', 'complianceDays'] as const) {
    if (cell(f) !== undefined || (f === 'title' && title !== undefined)) cand.provided.add(f === 'complianceDays' ? 'defaultComplianceDays' : f);
  }
  if (cand.errors.length > 0) return cand;
  const parsed = addCodeSectionInput.safeParse({
    codeName: cell('codeName') ?? defaultCodeName,
    section: section ?? '',
    title: title ?? '',
    text: cell('text') ?? '',
    correctiveAction: cell('correctiveAction') ?? '',
    severity,
    defaultComplianceDays: days,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) cand.errors.push(`${String(issue.path[0] ?? 'row')} ${issue.message}`);
    return cand;
  }
  cand.values = parsed.data;
  return cand;
}

/** Rows citing the same section twice in one file are ambiguous: all of them are rejected
 * unless they say exactly the same thing, in which case only the repeats are. */
function rejectDuplicates(cands: Candidate[]): void {
  const byKey = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (!c.values) continue;
    const key = `${c.values.codeName}\u0000${c.values.section}`;
    byKey.set(key, [...(byKey.get(key) ?? []), c]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const [first, ...repeats] = group as [Candidate, ...Candidate[]];
    const rows = group.map((c) => c.row).join(', ');
    const identical = repeats.every((c) => JSON.stringify(c.values) === JSON.stringify(first.values));
    const section = first.values!.section;
    for (const c of identical ? repeats : group) {
      c.errors.push(
        identical
          ? `repeats section ${section} from row ${first.row}`
          : `section ${section} appears on rows ${rows} with different wording; keep one row per section (or map a code-name column if they belong to different codes)`,
      );
      c.values = undefined;
    }
  }
}

export function importCodeSections(deps: CodeLibraryDeps & { defaultCodeName: string }, input: ImportCodeSectionsInput): CodeImportReport {
  let table: CsvTable;
  try {
    table = parseCsvTable(input.csvText);
  } catch (err) {
    if (err instanceof CsvFileError) throw new AppError('VALIDATION', err.message);
    throw err;
  }
  const cols = columnIndexes(table, input.mapping);
  if (table.records.length === 0) throw new AppError('VALIDATION', 'The file has a header row but no sections below it.');
  const defaultCodeName = input.defaultCodeName ?? deps.defaultCodeName;
  const cands = table.records.map((r) => readRow(r, table, cols, input, defaultCodeName));
  rejectDuplicates(cands);

  const { db, clock, actor, jurisdictionId } = deps;
  const now = clock.now();
  const run = () => {
    const rows: CodeImportRow[] = [];
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const c of cands) {
      if (!c.values) {
        rows.push({ row: c.row, outcome: 'rejected', section: null, title: null, errors: c.errors, changes: {} });
        continue;
      }
      const v = c.values;
      const existing: CodeSectionRecord | undefined = codes.findCodeSection(db, jurisdictionId, v.codeName, v.section);
      if (!existing) {
        if (!input.dryRun) {
          const id = codes.insertCodeSection(db, jurisdictionId, v, now.toISOString());
          appendAudit(db, { actor, action: 'code_section.create', entity: 'code_section', entityId: id, details: { jurisdictionId, source: 'csv', row: c.row, ...v } }, now);
        }
        added += 1;
        rows.push({ row: c.row, outcome: 'add', section: v.section, title: v.title, errors: [], changes: {} });
        continue;
      }
      const proposed = Object.fromEntries([...c.provided].map((f) => [f, v[f as keyof codes.CodeSectionValues]]));
      const changes: FieldChanges = diffFields(existing, proposed);
      if (Object.keys(changes).length === 0) {
        unchanged += 1;
        rows.push({ row: c.row, outcome: 'unchanged', section: v.section, title: existing.title, errors: [], changes: {} });
        continue;
      }
      if (!input.dryRun) applyCodeSectionChanges(db, existing, changes, actor, now);
      updated += 1;
      rows.push({ row: c.row, outcome: 'update', section: v.section, title: v.title, errors: [], changes });
    }
    const rejected = rows.filter((r) => r.outcome === 'rejected');
    if (!input.dryRun && (added > 0 || updated > 0)) {
      appendAudit(
        db,
        { actor, action: 'codes.import', entity: 'jurisdiction', entityId: jurisdictionId, details: { added, updated, unchanged, rejected: rejected.length, mapping: input.mapping } },
        now,
      );
    }
    const byRow = new Map(cands.map((c) => [c.row, c]));
    const errorsCsv =
      rejected.length === 0
        ? ''
        : toCsv([
            ['row', 'errors', ...table.headers],
            ...rejected.map((r) => [String(r.row), r.errors.join('; '), ...byRow.get(r.row)!.cells]),
          ]);
    return {
      dryRun: input.dryRun,
      jurisdictionId,
      added,
      updated,
      unchanged,
      rejected: rejected.length,
      emptyRowsSkipped: table.emptyRowsSkipped,
      rows,
      errorsCsv,
    };
  };
  return input.dryRun ? run() : db.transaction(run).immediate();
}
