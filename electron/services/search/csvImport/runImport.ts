/**
 * CSV case import. Rows sharing a source case number are one case (exports such as Syracuse's
 * write one row per violation), so the unit of import is the case: its property, owner, case
 * row, violations, source key and audit entry are written in one savepoint, all or nothing. A
 * rejected row rejects its whole case, and every rejected row goes to the errors CSV with its
 * reason — never silently dropped. The key (source system, source case number) makes a re-import
 * of the same file a no-op.
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { canonicalJson } from '../../../../shared/canonicalJson';
import type { ColumnMapping, ImportRowProblem, ImportSummary, ParsedImportRow } from '../../../../shared/searchTypes';
import type { Db } from '../../../db/open';
import { insertImportedCase, insertImportedViolation } from '../../../db/queries/caseImport';
import { findCaseSource, insertCaseSource } from '../../../db/queries/caseNotes';
import { findPropertyByParcel, insertParty, insertProperty } from '../../../db/queries/cases';
import { nextNumber } from '../../../db/queries/numbers';
import { appendAudit } from '../../audit';
import { localIsoDate, type Clock } from '../../clock';
import { columnIndexes, mapRecord, readCsv, type CsvTable } from './csvRows';

export interface ImportDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: string;
}

export interface ImportRequest {
  readonly text: string;
  readonly source: string;
  readonly mapping: ColumnMapping;
  readonly dryRun: boolean;
}

export type Progress = (done: number, total: number, message: string) => void;

/** Cases per committed transaction; between batches the event loop runs so progress reaches the page. */
const BATCH = 250;

class RowRejected extends Error {}
class DryRunRollback extends Error {}

const normalizeAddress = (a: string) => a.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

interface CaseGroup {
  readonly key: string;
  readonly rows: ParsedImportRow[];
  /** Rows whose compliance date was a placeholder (already warned about). */
  readonly placeholderDateRows: Set<number>;
}

export interface ImportResult {
  readonly summary: Omit<ImportSummary, 'errorsFile' | 'errorsCsv'>;
  /** Rejected rows as CSV (the source line, the original columns and "error"), null when none. */
  readonly rejectedCsv: string | null;
}

export async function runCaseImport(deps: ImportDeps, req: ImportRequest, progress: Progress = () => {}): Promise<ImportResult> {
  const { db, clock } = deps;
  const today = localIsoDate(clock.now());
  const table = readCsv(req.text);
  const idx = columnIndexes(table.headers, req.mapping);
  const errors: ImportRowProblem[] = table.malformed.map((m) => ({ row: m.row, field: null, message: m.message }));
  const warnings: ImportRowProblem[] = [];
  const rejected = new Set<number>(table.malformed.map((m) => m.row));
  if (idx.parcelId === undefined) {
    warnings.push({ row: 1, field: 'parcelId', message: 'no column is mapped to the parcel id: each property is recorded by its address ("NO-PARCEL …") until ownership research finds the parcel' });
  }
  if (idx.ownerName === undefined) {
    warnings.push({ row: 1, field: 'ownerName', message: 'no column is mapped to the owner: each case gets "Owner unknown (imported)" as owner of record' });
  }

  const groups = new Map<string, CaseGroup>();
  const rejectedKeys = new Map<string, number>();
  for (const rec of table.records) {
    const mapped = mapRecord(rec, idx, today);
    warnings.push(...mapped.warnings);
    if (!mapped.row) {
      errors.push(...mapped.errors);
      rejected.add(rec.row);
      const key = (rec.cells[idx.sourceCaseNumber!] ?? '').trim();
      if (key && !rejectedKeys.has(key)) rejectedKeys.set(key, rec.row);
      continue;
    }
    const g = groups.get(mapped.row.sourceCaseNumber) ?? { key: mapped.row.sourceCaseNumber, rows: [], placeholderDateRows: new Set<number>() };
    g.rows.push(mapped.row);
    if (mapped.warnings.some((w) => w.field === 'complianceDate')) g.placeholderDateRows.add(rec.row);
    groups.set(g.key, g);
  }

  const reject = (g: CaseGroup, message: string) => {
    for (const r of g.rows) {
      errors.push({ row: r.row, field: null, message });
      rejected.add(r.row);
    }
  };
  const parcels = new Map<string, { address: string; row: number }>();
  const ready: CaseGroup[] = [];
  for (const g of groups.values()) {
    const first = g.rows[0]!;
    const badRow = rejectedKeys.get(g.key);
    if (badRow !== undefined) {
      reject(g, `case ${g.key} is not imported because its line ${badRow} was rejected (a case is imported whole or not at all)`);
      continue;
    }
    const differs = g.rows.find((r) => normalizeAddress(r.address) !== normalizeAddress(first.address) || r.parcelId !== first.parcelId);
    if (differs) {
      reject(g, `case ${g.key} has different addresses or parcel ids on lines ${first.row} and ${differs.row}; fix the source so each case has one property`);
      continue;
    }
    const seen = parcels.get(first.parcelId);
    if (seen && normalizeAddress(seen.address) !== normalizeAddress(first.address)) {
      reject(g, `parcel ${first.parcelId} is "${seen.address}" on line ${seen.row} but "${first.address}" here; one parcel id cannot have two addresses`);
      continue;
    }
    if (!seen) parcels.set(first.parcelId, { address: first.address, row: first.row });
    ready.push(g);
  }

  let created = 0;
  let unchanged = 0;
  const writeGroup = (g: CaseGroup) => {
    const outcome = importGroup(deps, req.source, g, warnings);
    if (outcome === 'created') created += 1;
    else unchanged += 1;
  };
  const attempt = (g: CaseGroup) => {
    try {
      db.transaction(() => writeGroup(g))(); // nested: a savepoint per case
    } catch (err) {
      if (!(err instanceof RowRejected)) throw err;
      reject(g, err.message);
    }
  };

  if (req.dryRun) {
    // Everything runs, then rolls back: the dry run sees the same conflicts a real run would.
    try {
      db.transaction(() => {
        ready.forEach((g, i) => {
          attempt(g);
          if (i % BATCH === 0) progress(i, ready.length, `Checking case ${i + 1} of ${ready.length}`);
        });
        throw new DryRunRollback();
      }).immediate();
    } catch (err) {
      if (!(err instanceof DryRunRollback)) throw err;
    }
  } else {
    for (let start = 0; start < ready.length; start += BATCH) {
      db.transaction(() => ready.slice(start, start + BATCH).forEach(attempt)).immediate();
      progress(Math.min(start + BATCH, ready.length), ready.length, `Imported ${Math.min(start + BATCH, ready.length)} of ${ready.length} cases`);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  progress(ready.length, ready.length, req.dryRun ? 'Dry run finished: nothing was saved' : 'Import finished');

  errors.sort((a, b) => a.row - b.row);
  warnings.sort((a, b) => a.row - b.row);
  const totalRows = table.records.length + table.malformed.length;
  return {
    summary: { dryRun: req.dryRun, totalRows, created, unchanged, rejected: rejected.size, errors, warnings },
    rejectedCsv: rejected.size ? rejectedRowsCsv(table, errors) : null,
  };
}

function groupHash(source: string, g: CaseGroup): string {
  const rows = g.rows.map(({ row: _row, ...rest }) => rest);
  return createHash('sha256').update(canonicalJson({ source, rows })).digest('hex');
}

/** Writes one case; must run inside a (savepoint) transaction. Throws RowRejected on conflict. */
function importGroup(deps: ImportDeps, source: string, g: CaseGroup, warnings: ImportRowProblem[]): 'created' | 'unchanged' {
  const { db, clock, actor } = deps;
  const first = g.rows[0]!;
  const hash = groupHash(source, g);
  const existing = findCaseSource(db, source, g.key);
  if (existing) {
    if (existing.rowSha256 !== hash) {
      warnings.push({ row: first.row, field: 'sourceCaseNumber', message: `case ${g.key} was imported from ${source} before and has changed in the source since; the changes were not applied` });
    }
    return 'unchanged';
  }
  const now = clock.now();
  const nowIso = now.toISOString();
  const property = findPropertyByParcel(db, first.parcelId);
  if (property && normalizeAddress(property.address) !== normalizeAddress(first.address)) {
    throw new RowRejected(`parcel ${first.parcelId} is already recorded at "${property.address}", not "${first.address}"; check the parcel id`);
  }
  const propertyId = property?.id ?? insertProperty(db, { parcelId: first.parcelId, address: first.address }, nowIso);
  const ownerId = insertParty(db, { name: first.ownerName, kind: 'individual', mailingAddress: first.ownerMailingAddress }, nowIso);
  const caseNumber = nextNumber(db, 'CE', Number(first.openedOn.slice(0, 4)), 4);
  const caseId = insertImportedCase(
    db,
    { caseNumber, propertyId, ownerId, status: first.status, openedOn: first.openedOn, inspector: first.inspector },
    nowIso,
  );
  const seen = new Map<string, number>();
  const violationIds: number[] = [];
  for (const r of g.rows) {
    if (!r.violationCode && !r.violationDescription) continue;
    const complianceDate = r.complianceDate ?? first.openedOn;
    const key = canonicalJson([r.violationCode, r.violationDescription, complianceDate]);
    const dup = seen.get(key);
    if (dup !== undefined) {
      warnings.push({ row: r.row, field: null, message: `repeats the violation of line ${dup}; imported once` });
      continue;
    }
    seen.set(key, r.row);
    if (!r.complianceDate && !g.placeholderDateRows.has(r.row)) warnings.push({ row: r.row, field: 'complianceDate', message: `no compliance date; the case's opened date ${first.openedOn} is used` });
    violationIds.push(
      insertImportedViolation(
        db,
        {
          caseId,
          codeSection: r.violationCode ?? 'UNCODED',
          description: r.violationDescription ?? r.violationCode ?? '',
          complianceDate,
          // A closed case's violations were resolved in the source system.
          status: first.status === 'closed' ? 'corrected' : 'open',
        },
        nowIso,
      ),
    );
  }
  insertCaseSource(db, { sourceSystem: source, sourceCaseNumber: g.key, caseId, rowSha256: hash, importedBy: actor }, nowIso);
  appendAudit(
    db,
    {
      actor,
      action: 'case.import',
      entity: 'case',
      entityId: caseId,
      details: { caseNumber, source, sourceCaseNumber: g.key, sourceRows: g.rows.map((r) => r.row), violationIds, rowSha256: hash },
    },
    now,
  );
  return 'created';
}

function rejectedRowsCsv(table: CsvTable, errors: readonly ImportRowProblem[]): string {
  const reasons = new Map<number, string[]>();
  for (const e of errors) reasons.set(e.row, [...(reasons.get(e.row) ?? []), e.field ? `${e.field} ${e.message}` : e.message]);
  const all = [...table.records, ...table.malformed].filter((r) => reasons.has(r.row)).sort((a, b) => a.row - b.row);
  return Papa.unparse({
    // "line": the source line the record starts on, as an editor numbers the file.
    fields: ['line', ...table.headers, 'error'],
    data: all.map((r) => [String(r.row), ...table.headers.map((_, i) => r.cells[i] ?? ''), reasons.get(r.row)!.join('; ')]),
  });
}
