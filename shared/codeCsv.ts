/**
 * CSV reading for the code-library import, shared by the core (which imports) and the renderer
 * (which shows the columns for the mapping step). Pure: papaparse only, no node: or DOM.
 */
import Papa from 'papaparse';

export interface CsvTable {
  readonly headers: readonly string[];
  /** Data records in file order; `row` is the record number counting the header as 1. */
  readonly records: ReadonlyArray<{ readonly row: number; readonly cells: readonly string[] }>;
  readonly emptyRowsSkipped: number;
}

export class CsvFileError extends Error {}

/**
 * Parses the whole file. Problems that make the rest of the file unreadable (an unterminated
 * quote swallows every later row) or make the columns ambiguous (blank or repeated headers)
 * throw CsvFileError; a record with the wrong number of cells is kept and reported per row by
 * the importer. Bare-CR, LF and CRLF line endings are all accepted.
 */
export function parseCsvTable(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new CsvFileError('The file is empty. Choose a CSV file with a header row and at least one section.');
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    throw new CsvFileError(
      `Row ${row}: a quoted field is never closed (a " without its closing "), so the rest of the file cannot be read. Fix the quote and import again; nothing was imported.`,
    );
  }
  const [headerCells, ...rest] = parsed.data;
  const headers = (headerCells ?? []).map((h) => h.trim());
  const blank = headers.findIndex((h) => h === '');
  if (blank >= 0) throw new CsvFileError(`Column ${blank + 1} of the header row has no name. Name every column in the first row.`);
  const seen = new Set<string>();
  for (const h of headers) {
    if (seen.has(h.toLowerCase())) throw new CsvFileError(`The header row names the column "${h}" twice. Give each column its own name.`);
    seen.add(h.toLowerCase());
  }
  let emptyRowsSkipped = 0;
  const records: Array<{ row: number; cells: string[] }> = [];
  rest.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) {
      // Papa reports the final newline as one empty record; it is not a row anyone wrote.
      if (i !== rest.length - 1) emptyRowsSkipped += 1;
      return;
    }
    records.push({ row: i + 2, cells });
  });
  return { headers, records, emptyRowsSkipped };
}

/** CSV text of rows (first row = header); fields quoted when needed, formulas neutralised. */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return Papa.unparse(rows as string[][], { newline: '\r\n', escapeFormulae: true });
}

/**
 * Splits a label that holds section and title together, as cities export them:
 * "Section 27-72 (e) -Trash & Debris" -> 27-72(e) / Trash & Debris,
 * "Sec. 27-32. Exterior protection" -> 27-32 / Exterior protection,
 * "Section 304.13 - Window, skylight and door frames" -> 304.13 / Window, skylight and door frames.
 * Spaces inside the section are removed so "27-72 (e)" and "27-72(e)" are the same section.
 * Returns null when the label does not start with a section number.
 */
export function splitCodeLabel(label: string): { section: string; title: string } | null {
  const m = /^\s*(?:(?:section|sec\.?|§+)\s*)?([0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)((?:\s*\([0-9A-Za-z.]+\))*)\s*(?:[-–—:.]\s*)?(.*)$/i.exec(label);
  if (!m) return null;
  const base = m[1]!;
  // Without a "Section" prefix the label must start with a digit: "Provide Required Permits" is a title, not a section.
  const hasPrefix = /^\s*(section|sec\.?|§)/i.test(label);
  if (!hasPrefix && !/^[0-9]/.test(base)) return null;
  if (!/[0-9]/.test(base)) return null;
  const section = (base + m[2]!).replace(/\s+/g, '');
  const title = m[3]!.trim();
  if (title === '') return null;
  return { section, title };
}
