/**
 * Reading a case export: CSV text → records (papaparse), and one record + the column mapping →
 * a parsed row or per-field problems. Nothing here touches the database.
 *
 * Real exports have a byte-order mark, bare-CR line endings (old Mac exports), quoted commas,
 * embedded line breaks, blank lines and stray control characters; each is handled or reported
 * against the row it is on, never silently dropped.
 */
import Papa from 'papaparse';
import { AppError } from '../../../../shared/errors';
import type { ColumnMapping, ImportField, ImportRowProblem, ParsedImportRow } from '../../../../shared/searchTypes';
import { IMPORT_FIELDS } from '../../../../shared/searchTypes';
import { parseImportDate } from './importDates';

export interface CsvRecord {
  /** Record number as a spreadsheet shows it: the header is row 1. */
  readonly row: number;
  readonly cells: string[];
}

export interface CsvTable {
  readonly headers: string[];
  readonly records: CsvRecord[];
  /** Records that could not be read as CSV at all (wrong field count, unclosed quote). */
  readonly malformed: Array<CsvRecord & { message: string }>;
}

export function readCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  // Blank lines are kept while parsing so row numbers match the lines a spreadsheet shows.
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const firstRow = parsed.data.findIndex((cells) => !isBlank(cells));
  if (firstRow < 0) {
    throw new AppError('VALIDATION', 'The file is empty: a case export needs a header row naming its columns, then one row per case or violation.');
  }
  const headers = parsed.data[firstRow]!.map((h) => h.replace(/^\uFEFF/, '').trim());
  const badRows = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.row === null) continue;
    const why = e.code === 'MissingQuotes' ? 'a quoted field is never closed (a " is missing)' : e.message;
    badRows.set(e.row, why);
  }
  const records: CsvRecord[] = [];
  const malformed: Array<CsvRecord & { message: string }> = [];
  for (let i = firstRow + 1; i < parsed.data.length; i++) {
    const cells = parsed.data[i]!;
    const parseError = badRows.get(i);
    if (isBlank(cells) && !parseError) continue;
    const rec = { row: i + 1, cells };
    // Trailing empty cells (a spreadsheet's extra commas) are harmless; anything else is not.
    const extra = cells.slice(headers.length);
    if (parseError) malformed.push({ ...rec, message: `cannot be read as CSV: ${parseError}` });
    else if (cells.length < headers.length || extra.some((c) => c.trim() !== '')) {
      malformed.push({
        ...rec,
        message: `has ${cells.length} fields but the header has ${headers.length} (a comma inside a value may be missing its quotes)`,
      });
    } else records.push(rec);
  }
  return { headers, records, malformed };
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
