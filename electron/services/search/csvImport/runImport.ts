/**
 * CSV case import. Rows sharing a source case number are one case (exports such as Syracuse's
 * write one row per violation), so the unit of import is the case: its property, owner, case
 * row, violations, source key and audit entry are written in one savepoint, all or nothing. A
 * rejected row rejects its whole case, and every rejected row goes to the errors CSV with its
 * source line and reason — never silently dropped. The key (source system, source case number)
 * makes a re-import of the same file a no-op.
 *
 * Two passes over a scratch store (staging.ts), so memory stays bounded whatever the file size:
 * 1. stream the records, map each one, stage it (or its rejection);
 * 2. walk the cases in order of first appearance, 250 at a time, check and write them.
 */
import Papa from 'papaparse';
import type { ColumnMapping, ImportRowProblem, ImportSummary } from '../../../../shared/searchTypes';
import type { Db } from '../../../db/open';
import { localIsoDate, type Clock } from '../../clock';
import { columnIndexes, CsvTableBuilder, mapRecord } from './csvRows';
import { csvRecordBatches } from './csvSource';
import { importGroup, normalizeAddress, RowRejected, type CaseGroup } from './importGroup';
import { ImportStaging } from './staging';

export interface ImportDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: string;
}

export interface ImportRequest {
  /** The CSV as text (the page), or a file path (CLI) streamed in chunks. */
  readonly text?: string;
  readonly filePath?: string;
  readonly source: string;
  readonly mapping: ColumnMapping;
  readonly dryRun: boolean;
  /** Receives the rejected-rows CSV in pieces; without it the CSV comes back as text. */
  readonly errorsSink?: (chunk: string) => void;
}

export type Progress = (done: number, total: number, message: string) => void;

/** Cases per committed transaction; between batches the event loop runs so progress reaches the page. */
const BATCH = 250;
/** Problems listed in the summary (all of them are in the errors CSV and counted). */
export const LISTED_PROBLEMS = 1000;

class DryRunRollback extends Error {}

export interface ImportResult {
  readonly summary: Omit<ImportSummary, 'errorsFile' | 'errorsCsv'>;
  /** Rejected rows as CSV (source line, the original columns, "error"); null when none or sent to errorsSink. */
  readonly rejectedCsv: string | null;
}

export async function runCaseImport(deps: ImportDeps, req: ImportRequest, progress: Progress = () => {}): Promise<ImportResult> {
  const staging = new ImportStaging();
  try {
    return await runStaged(deps, req, progress, staging);
  } finally {
    staging.close();
  }
}

async function runStaged(deps: ImportDeps, req: ImportRequest, progress: Progress, staging: ImportStaging): Promise<ImportResult> {
  const { db, clock } = deps;
  const today = localIsoDate(clock.now());
  const builder = new CsvTableBuilder();
  let idx: ReturnType<typeof columnIndexes> | null = null;
  let totalRows = 0;
  const error = (p: ImportRowProblem) => staging.problem('error', p);
  const warn = (p: ImportRowProblem) => staging.problem('warning', p);

  // Pass 1: every record is staged as a row to import or a rejection; nothing touches the store.
  for await (const batch of csvRecordBatches({ csvText: req.text, filePath: req.filePath })) {
    for (const rec of batch) {
      const c = builder.classify(rec);
      if (c === null) {
        idx = columnIndexes(builder.headers!, req.mapping);
        if (idx.parcelId === undefined) warn({ row: rec.line, field: 'parcelId', message: 'no column is mapped to the parcel id: each property is recorded by its address ("NO-PARCEL …") until ownership research finds the parcel' });
        if (idx.ownerName === undefined) warn({ row: rec.line, field: 'ownerName', message: 'no column is mapped to the owner: each case gets "Owner unknown (imported)" as owner of record' });
        continue;
      }
      totalRows += 1;
      const key = (rec.cells[idx!.sourceCaseNumber!] ?? '').trim();
      if ('malformed' in c) {
        error({ row: c.malformed.row, field: null, message: c.malformed.message });
        // A record that is not readable CSV names no trustworthy case: only its line is rejected.
        staging.reject(c.malformed.row, c.malformed.cells, '');
        continue;
      }
      const mapped = mapRecord(c.record, idx!, today);
      mapped.warnings.forEach(warn);
      if (!mapped.row) {
        mapped.errors.forEach(error);
        staging.reject(c.record.row, c.record.cells, key);
        continue;
      }
      staging.addRow(mapped.row, mapped.warnings.some((w) => w.field === 'complianceDate'), c.record.cells);
    }
  }
  builder.requireHeaders();
  staging.db.exec('COMMIT; BEGIN');

  // Pass 2: cases in order of first appearance, BATCH at a time.
  const totalCases = staging.count('SELECT count(*) FROM keys WHERE bad_line IS NULL');
  let created = 0;
  let unchanged = 0;
  let done = 0;
  const rejectGroup = (rows: ReadonlyArray<{ row: { row: number }; cells: string }>, message: string) => {
    for (const r of rows) {
      error({ row: r.row.row, field: null, message });
      staging.rejectRow(r.row.row, r.cells);
    }
  };
  const warnings = { push: (...ps: ImportRowProblem[]) => { ps.forEach(warn); return 0; } };
  const runBatch = (afterLine: number): number | null => {
    const groups = staging.nextGroups(afterLine, BATCH);
    if (!groups.length) return null;
    db.transaction(() => {
      for (const sg of groups) {
        if (!sg.rows.length) continue; // every row of the case was rejected on its own
        if (sg.badLine !== null) {
          rejectGroup(sg.rows, `case ${sg.key} is not imported because its line ${sg.badLine} was rejected (a case is imported whole or not at all)`);
          continue;
        }
        done += 1;
        const g: CaseGroup = { key: sg.key, rows: sg.rows.map((r) => r.row), placeholderDateRows: new Set(sg.rows.filter((r) => r.placeholder).map((r) => r.row.row)) };
        const first = g.rows[0]!;
        const differs = g.rows.find((r) => normalizeAddress(r.address) !== normalizeAddress(first.address) || r.parcelId !== first.parcelId);
        if (differs) {
          rejectGroup(sg.rows, `case ${g.key} has different addresses or parcel ids on lines ${first.row} and ${differs.row}; fix the source so each case has one property`);
          continue;
        }
        const seen = staging.parcelSeen(first.parcelId, first.address, first.row);
        if (seen && normalizeAddress(seen.address) !== normalizeAddress(first.address)) {
          rejectGroup(sg.rows, `parcel ${first.parcelId} is "${seen.address}" on line ${seen.line} but "${first.address}" here; one parcel id cannot have two addresses`);
          continue;
        }
        try {
          const outcome = db.transaction(() => importGroup(deps, req.source, g, warnings))(); // nested: a savepoint per case
          if (outcome === 'created') created += 1;
          else unchanged += 1;
        } catch (err) {
          if (!(err instanceof RowRejected)) throw err;
          rejectGroup(sg.rows, err.message);
        }
      }
    }).immediate();
    return groups.at(-1)!.firstLine;
  };

  if (req.dryRun) {
    // Everything runs in one transaction, then rolls back: the dry run sees the same conflicts a
    // real run would. It does not yield: no other write may interleave with the open transaction.
    try {
      db.transaction(() => {
        for (let after: number | null = 0; after !== null; ) {
          after = runBatch(after);
          progress(done, totalCases, `Checking case ${done} of ${totalCases}`);
        }
        throw new DryRunRollback();
      }).immediate();
    } catch (err) {
      if (!(err instanceof DryRunRollback)) throw err;
    }
  } else {
    for (let after: number | null = 0; after !== null; ) {
      after = runBatch(after);
      progress(done, totalCases, `Imported ${done} of ${totalCases} cases`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  progress(totalCases, totalCases, req.dryRun ? 'Dry run finished: nothing was saved' : 'Import finished');

  const rejected = staging.count('SELECT count(*) FROM rejected');
  let rejectedCsv: string | null = null;
  if (rejected) {
    const pieces: string[] = [];
    const sink = req.errorsSink ?? ((chunk: string) => pieces.push(chunk));
    writeRejectedCsv(staging, builder.headers!, sink);
    if (!req.errorsSink) rejectedCsv = pieces.join('');
  }
  return {
    summary: {
      dryRun: req.dryRun,
      totalRows,
      created,
      unchanged,
      rejected,
      errors: staging.listed('error', LISTED_PROBLEMS),
      warnings: staging.listed('warning', LISTED_PROBLEMS),
    },
    rejectedCsv,
  };
}

/** The rejected rows as CSV, 1,000 rows per piece: "line" (source line), the original columns, "error". */
function writeRejectedCsv(staging: ImportStaging, headers: readonly string[], sink: (chunk: string) => void): void {
  // "line": the source line the record starts on, as an editor numbers the file.
  sink(Papa.unparse([['line', ...headers, 'error']]));
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) sink(`\r\n${Papa.unparse(rows)}`);
    rows = [];
  };
  for (const r of staging.rejectedRows()) {
    rows.push([String(r.line), ...headers.map((_, i) => r.cells[i] ?? ''), r.reasons]);
    if (rows.length >= 1000) flush();
  }
  flush();
}
