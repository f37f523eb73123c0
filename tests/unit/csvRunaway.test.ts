/**
 * A stray quote in a real-looking export: every source record is accounted for (created +
 * unchanged + rejected == records), the swallowed lines are reported as one span, and every row
 * number — before and after the bad spot — is the line of the file.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { applyPragmas, migrate } from '../../electron/db/open';
import type { Clock } from '../../electron/services/clock';
import { CsvLineReader, MAX_FIELD_LINES } from '../../electron/services/search/csvImport/csvLines';
import { readCsv } from '../../electron/services/search/csvImport/csvRows';
import { importCases } from '../../electron/services/search/csvImport/importService';
import { runCaseImport } from '../../electron/services/search/csvImport/runImport';
import type { ColumnMapping } from '../../shared/searchTypes';

const clock: Clock = { now: () => new Date('2026-11-02T15:00:00Z') };
const MAP: ColumnMapping = {
  sourceCaseNumber: 'Case', address: 'Address', parcelId: 'Parcel', ownerName: 'Owner', openedOn: 'Opened',
  status: 'Status', violationCode: 'Code', violationDescription: 'Description', complianceDate: 'Due',
};

/**
 * 200 cases, one row each. Line 30 holds a legitimate two-line description (lines 30–31); line 118
 * opens a description with a stray quote that the quoted owner on line 140 closes; line 150 has an
 * impossible date. Returns the text and the source line of each record.
 */
function strayQuoteExport(): { text: string; lines: Map<string, number>; records: number } {
  const out = ['Case,Address,Parcel,Owner,Opened,Status,Code,Description,Due'];
  const lines = new Map<string, number>();
  let line = 2;
  let i = 0;
  while (line <= 201) {
    i += 1;
    const id = `2024-${String(i).padStart(5, '0')}`;
    const owner = line === 140 ? '"Smith, John"' : `Owner ${i}`;
    let description = `Tall grass and weeds at rear ${i}`;
    if (line === 30) description = '"Gutter hanging,\r\nroof leaking"';
    if (line === 118) description = '"Fence down, debris in yard';
    const opened = line === 150 ? '02/30/2024' : `03/${String((i % 28) + 1).padStart(2, '0')}/2024`;
    out.push(`${id},${i} Maple St,P-${i},${owner},${opened},Open,PM-302.4,${description},04/30/2024`);
    lines.set(id, line);
    line += line === 30 ? 2 : 1;
  }
  return { text: out.join('\r\n') + '\r\n', lines, records: i };
}

describe('runaway quoted fields and source line numbers', () => {
  it('rejects the swallowed lines as one span and numbers every row by its line', async () => {
    const { text, lines, records: sourceRecords } = strayQuoteExport();
    expect(text.split('\r\n').length - 1).toBe(201);
    const table = readCsv(text);
    expect(table.records.length + table.malformed.length).toBe(sourceRecords);
    expect(table.malformed.map((m) => m.row)).toEqual(Array.from({ length: 23 }, (_, i) => 118 + i));
    expect(table.malformed[0]!.message).toBe('lines 118–140: a quoted field opened on line 118 never closed properly; 22 record(s) swallowed');
    // Every readable record carries the line it is on in the file.
    for (const r of table.records) expect(r.row).toBe(lines.get(r.cells[0]!));
    expect(table.records.find((r) => r.row === 30)!.cells[7]).toBe('Gutter hanging,\nroof leaking');

    const db = new Database(':memory:');
    applyPragmas(db, false);
    migrate(db);
    const { summary, rejectedCsv } = await runCaseImport({ db, clock, actor: 'clerk' }, { text, source: 'Legacy', mapping: MAP, dryRun: false });
    expect(summary.totalRows).toBe(sourceRecords);
    expect(summary.created + summary.unchanged + summary.rejected).toBe(sourceRecords);
    expect(summary.rejected).toBe(24);
    expect(summary.errors.find((e) => e.field === 'openedOn')).toMatchObject({ row: 150 });
    const errorsCsv = Papa.parse<string[]>(rejectedCsv!, { skipEmptyLines: true }).data;
    expect(errorsCsv.slice(1).map((r) => Number(r[0]))).toEqual([...Array.from({ length: 23 }, (_, i) => 118 + i), 150]);
    // The errors file keeps each swallowed line's own cells, so the user can re-enter them.
    const swallowed = errorsCsv.find((r) => r[0] === '119')!;
    expect(lines.get(swallowed[1]!)).toBe(119);
    expect(swallowed.at(-1)).toMatch(/^lines 118–140: /);
  });

  it('reports a quote never closed at the end of the file, and a field that runs past the cap, by line span', () => {
    const unclosed = readCsv('a,b\n1,2\n3,"x\n4,5\n');
    expect(unclosed.records.map((r) => r.row)).toEqual([2]);
    expect(unclosed.malformed.map((m) => [m.row, m.message])).toEqual([
      [3, 'lines 3–4: a quoted field opened on line 3 is never closed (a " is missing); 1 record(s) swallowed'],
      [4, 'lines 3–4: a quoted field opened on line 3 is never closed (a " is missing); 1 record(s) swallowed'],
    ]);
    const prose = Array.from({ length: MAX_FIELD_LINES + 5 }, (_, i) => `word ${i}`).join('\n');
    const long = readCsv(`a,b\n1,"${prose}"\n9,9\n`);
    expect(long.malformed[0]!.message).toMatch(/^lines 2–52: a quoted field opened on line 2 runs on for 51 lines/);
  });

  it('reads text fed in arbitrary chunks exactly as a whole string (CRLF split across chunks, bare CR, BOM)', () => {
    const text = '\uFEFFa;b\r\n1;"x\r\ny"\r2;3\r\n\r\n4;5';
    const whole = new CsvLineReader();
    const expected = [...whole.push(text), ...whole.end()];
    expect(expected.map((r) => [r.line, r.cells])).toEqual([[1, ['a', 'b']], [2, ['1', 'x\ny']], [4, ['2', '3']], [6, ['4', '5']]]);
    for (const size of [1, 2, 3, 7]) {
      const r = new CsvLineReader();
      const got = [];
      for (let i = 0; i < text.length; i += size) got.push(...r.push(text.slice(i, i + size)));
      got.push(...r.end());
      expect(got).toEqual(expected);
    }
  });

  it('streams a file across 1 MB chunks with the same line numbers, and reads Latin-1 bytes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'csv-stream-'));
    const rows = ['Case,Address,Opened,Note'];
    for (let i = 1; rows.length < 1_201; i++) rows.push(`K${i},${i} Elm St,${i === 1_100 ? '2024-02-30' : '2024-01-05'},"${'x'.repeat(900)}, ok"`);
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const db = new Database(':memory:');
    applyPragmas(db, false);
    migrate(db);
    const mapping = { sourceCaseNumber: 'Case', address: 'Address', openedOn: 'Opened' };
    const summary = await importCases({ db, clock, actor: 'clerk' }, { filePath: file, source: 'Big', mapping, dryRun: false });
    expect(summary).toMatchObject({ totalRows: 1_200, created: 1_199, rejected: 1 });
    expect(summary.errors).toEqual([expect.objectContaining({ row: 1_101, field: 'openedOn' })]);
    const latin1 = path.join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('Case,Address,Opened\nL1,1 Peña St,2024-01-05\n', 'latin1'));
    await importCases({ db, clock, actor: 'clerk' }, { filePath: latin1, source: 'Old', mapping, dryRun: false });
    expect(db.prepare("SELECT address FROM properties WHERE address LIKE '1 Pe%'").pluck().get()).toBe('1 Peña St');
  });
});
