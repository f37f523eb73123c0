/**
 * Reading a case export: CSV text → records (papaparse), and one record + the column mapping →
 * a parsed row or per-field problems. Nothing here touches the database.
 *
 * Real exports have a byte-order mark, bare-CR line endings (old Mac exports), quoted commas,
 * embedded line breaks, blank lines and stray control characters; each is handled or reported
 * against the row it is on, never silently dropped.
 */
import { AppError } from '../../../../shared/errors';
import type { ColumnMapping, ImportField, ImportRowProblem, ParsedImportRow } from '../../../../shared/searchTypes';
import { IMPORT_FIELDS } from '../../../../shared/searchTypes';
import { CsvLineReader, type LineRecord } from './csvLines';
import { parseImportDate } from './importDates';

export interface CsvRecord {
  /** The source line the record starts on (1-based, the header line counts): what an editor shows. */
  readonly row: number;
  readonly cells: string[];
}

export interface CsvTable {
  readonly headers: string[];
  readonly records: CsvRecord[];
  /** Records that could not be read as CSV (wrong field count, unclosed or runaway quote). */
  readonly malformed: Array<CsvRecord & { message: string }>;
}

/** Sorts one record read by CsvLineReader: the header, a readable record, or a malformed one. */
export class CsvTableBuilder {
  headers: string[] | null = null;

  /** Returns null for the header record. */
  classify(rec: LineRecord): { record: CsvRecord } | { malformed: CsvRecord & { message: string } } | null {
    if (this.headers === null) {
      this.headers = rec.cells.map((h) => h.replace(/^\uFEFF/, '').trim());
      return null;
    }
    const headers = this.headers;
    const base = { row: rec.line, cells: rec.cells };
    if (rec.problem) return { malformed: { ...base, message: rec.problem } };
    // Trailing empty cells (a spreadsheet's extra commas) are harmless; anything else is not.
    const extra = rec.cells.slice(headers.length);
    if (rec.cells.length < headers.length || extra.some((c) => c.trim() !== '')) {
      return {
        malformed: { ...base, message: `has ${rec.cells.length} fields but the header has ${headers.length} (a comma inside a value may be missing its quotes)` },
      };
    }
    return { record: base };
  }

  requireHeaders(): string[] {
    if (this.headers === null) {
      throw new AppError('VALIDATION', 'The file is empty: a case export needs a header row naming its columns, then one row per case or violation.');
    }
    return this.headers;
  }
}

export function readCsv(text: string): CsvTable {
  const reader = new CsvLineReader();
  const builder = new CsvTableBuilder();
  const records: CsvRecord[] = [];
  const malformed: Array<CsvRecord & { message: string }> = [];
  for (const rec of [...reader.push(text), ...reader.end()]) {
    const c = builder.classify(rec);
    if (c === null) continue;
    if ('record' in c) records.push(c.record);
    else malformed.push(c.malformed);
  }
  return { headers: builder.requireHeaders(), records, malformed };
}

const LIMITS: Record<ImportField, number> = {
  sourceCaseNumber: 80,
  address: 300,
  parcelId: 64,
  ownerName: 200,
  ownerMailingAddress: 400,
  openedOn: 40,
  inspector: 120,
  status: 40,
  violationCode: 80,
  violationDescription: 2000,
  complianceDate: 40,
};

export const REQUIRED_FIELDS: readonly ImportField[] = ['sourceCaseNumber', 'address', 'openedOn'];

const OPEN_WORDS = /^(open|opened|active|new|pending|in progress|reopened|needs review|under review|assigned|scheduled|referred.*|pursuing.*|post judg(e)?ment|hearing.*|failed)$/i;
const CLOSED_WORDS = /^(closed|complete|completed|complied|compliance|resolved|void|voided|dismissed|cancel+ed|abated|passed)$/i;

/** Checks the mapping against the header; throws a VALIDATION error naming what is wrong. */
export function columnIndexes(headers: readonly string[], mapping: ColumnMapping): Partial<Record<ImportField, number>> {
  const out: Partial<Record<ImportField, number>> = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    const at = headers.flatMap((h, i) => (h === column ? [i] : []));
    if (at.length === 0) {
      throw new AppError('VALIDATION', `The column "${column}" (mapped to ${field}) is not in the file. Its columns are: ${headers.join(', ')}.`);
    }
    if (at.length > 1) throw new AppError('VALIDATION', `The file has ${at.length} columns named "${column}"; rename one so the mapping is unambiguous.`);
    out[field] = at[0]!;
  }
  const missing = REQUIRED_FIELDS.filter((f) => out[f] === undefined);
  if (missing.length) throw new AppError('VALIDATION', `Map a column to ${missing.join(', ')}: every imported case needs them.`);
  return out;
}

export interface MappedRecord {
  readonly row: ParsedImportRow | null;
  readonly errors: ImportRowProblem[];
  readonly warnings: ImportRowProblem[];
}

/** One record → a row ready to import, or the reasons it cannot be. */
export function mapRecord(rec: CsvRecord, idx: Partial<Record<ImportField, number>>, today: string): MappedRecord {
  const errors: ImportRowProblem[] = [];
  const warnings: ImportRowProblem[] = [];
  const cell = (field: ImportField): string => {
    const i = idx[field];
    if (i === undefined) return '';
    // Line breaks and tabs inside a value become spaces; other control characters are refused.
    const v = (rec.cells[i] ?? '').replace(/[\t\r\n]+/g, ' ').trim();
    // eslint-disable-next-line no-control-regex
    const bad = v.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    if (bad) {
      errors.push({ row: rec.row, field, message: `contains a control character (code ${bad[0].charCodeAt(0)}); remove it in the source and re-export` });
      return '';
    }
    if (v.length > LIMITS[field]) {
      errors.push({ row: rec.row, field, message: `is ${v.length} characters long; at most ${LIMITS[field]} fit` });
      return '';
    }
    return v;
  };
  const date = (field: 'openedOn' | 'complianceDate'): string | null => {
    const parsed = parseImportDate(cell(field), today);
    if (!parsed.ok) {
      errors.push({ row: rec.row, field, message: parsed.message });
      return null;
    }
    if (parsed.sentinel) warnings.push({ row: rec.row, field, message: 'holds a placeholder date (such as 1/1/1900); treated as missing' });
    return parsed.date;
  };

  const sourceCaseNumber = cell('sourceCaseNumber');
  const address = cell('address');
  const openedOn = date('openedOn');
  const complianceDate = date('complianceDate');
  if (!sourceCaseNumber) errors.push({ row: rec.row, field: 'sourceCaseNumber', message: 'is empty: every row needs the case number from the source system' });
  if (!address) errors.push({ row: rec.row, field: 'address', message: 'is empty' });
  if (openedOn === null && !errors.some((e) => e.field === 'openedOn')) errors.push({ row: rec.row, field: 'openedOn', message: 'is missing: the date the case was opened is required' });
  if (openedOn && openedOn > today) errors.push({ row: rec.row, field: 'openedOn', message: `${openedOn} is in the future` });
  if (openedOn && complianceDate && complianceDate < openedOn) {
    warnings.push({ row: rec.row, field: 'complianceDate', message: `${complianceDate} is before the case was opened (${openedOn})` });
  }

  const statusText = cell('status');
  let status: 'open' | 'closed' = 'open';
  if (statusText && CLOSED_WORDS.test(statusText)) status = 'closed';
  else if (statusText && !OPEN_WORDS.test(statusText)) {
    errors.push({ row: rec.row, field: 'status', message: `"${statusText}" is not a status CaseReady knows (use Open or Closed)` });
  }

  const parcelId = cell('parcelId');
  const ownerName = cell('ownerName');
  const violationCode = cell('violationCode') || null;
  const violationDescription = cell('violationDescription') || null;
  const row: ParsedImportRow = {
    row: rec.row,
    sourceCaseNumber,
    address,
    // No parcel id in the source: the property is keyed by its address until research finds it.
    parcelId: parcelId || `NO-PARCEL ${address.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim()}`,
    ownerName: ownerName || 'Owner unknown (imported)',
    ownerMailingAddress: cell('ownerMailingAddress') || address,
    openedOn: openedOn ?? '',
    inspector: cell('inspector') || 'Unassigned',
    status,
    violationCode: violationCode ?? (violationDescription ? 'UNCODED' : null),
    violationDescription,
    complianceDate,
  };
  if (!parcelId && idx.parcelId !== undefined) warnings.push({ row: rec.row, field: 'parcelId', message: `is empty; the property is recorded as "${row.parcelId}"` });
  return { row: errors.length ? null : row, errors, warnings };
}
