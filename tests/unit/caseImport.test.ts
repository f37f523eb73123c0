/** CSV case import: real exports (Syracuse, Chicago excerpts), bad input, dry run, idempotent re-import. */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../shared/searchTypes';
import { applyPragmas, migrate } from '../../electron/db/open';
import { verifyAuditChain } from '../../electron/services/audit';
import type { Clock } from '../../electron/services/clock';
import { guessMapping } from '../../electron/services/search/csvImport/guessMapping';
import { importCases, previewCaseImport } from '../../electron/services/search/csvImport/importService';
import { runCaseImport } from '../../electron/services/search/csvImport/runImport';

const clock: Clock = { now: () => new Date('2026-11-02T15:00:00Z') };
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'csv');
const syracuse = readFileSync(path.join(FIXTURES, 'syracuse-doce-excerpt.csv'), 'utf8');
const chicago = readFileSync(path.join(FIXTURES, 'chicago-building-violations.csv'), 'utf8');

function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  return db;
}
const deps = (db: Database.Database) => ({ db, clock, actor: 'clerk' });
const counts = (db: Database.Database) =>
  db.prepare('SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM properties) AS properties, (SELECT count(*) FROM parties) AS parties, (SELECT count(*) FROM violations) AS violations, (SELECT count(*) FROM audit_log) AS audit').get();

const SIMPLE_MAP: ColumnMapping = {
  sourceCaseNumber: 'Case', address: 'Address', parcelId: 'Parcel', ownerName: 'Owner', openedOn: 'Opened',
  status: 'Status', violationCode: 'Code', violationDescription: 'Description', complianceDate: 'Due',
};
const HEADER = 'Case,Address,Parcel,Owner,Opened,Status,Code,Description,Due';
const run = (db: Database.Database, text: string, extra: { dryRun?: boolean; mapping?: ColumnMapping } = {}) =>
  runCaseImport(deps(db), { text, source: 'Legacy', mapping: extra.mapping ?? SIMPLE_MAP, dryRun: extra.dryRun ?? false });

describe('CSV case import on real exports', () => {
  it('imports the Syracuse excerpt (bare CR, quoted commas, 2-digit years, 1/1/1900) grouping violations by complaint', async () => {
    const db = store();
    const mapping = guessMapping(Papa.parse<string[]>(syracuse.replace(/\r.*/s, '')).data[0]!);
    expect(mapping).toMatchObject({ sourceCaseNumber: 'Complaint..', address: 'Address', parcelId: 'Identifier', ownerName: 'Owner.s.', openedOn: 'Complaint.Date', complianceDate: 'Comply.By.Date' });
    const { summary } = await runCaseImport(deps(db), { text: syracuse, source: 'Syracuse DOCE', mapping, dryRun: false });
    expect(summary).toMatchObject({ totalRows: 36, rejected: 0, errors: [] });
    expect(summary.created).toBeGreaterThan(5);
    expect(summary.warnings.some((w) => /placeholder date/.test(w.message))).toBe(true);
    const c = db.prepare("SELECT c.opened_on, c.status, count(v.id) AS n FROM case_sources s JOIN cases c ON c.id = s.case_id JOIN violations v ON v.case_id = c.id WHERE s.source_case_number = '2011-01166' GROUP BY c.id").get();
    expect(c).toEqual({ opened_on: '2011-12-20', status: 'closed', n: 3 });
    expect(db.prepare("SELECT address FROM properties WHERE parcel_id = '077.-01-22.0'").pluck().get()).toBe('122-24 Fage Ave');
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('imports the Chicago extract without parcel or owner columns, warning once about each', async () => {
    const db = store();
    const mapping = guessMapping(Papa.parse<string[]>(chicago.split('\n')[0]!).data[0]!);
    const { summary } = await runCaseImport(deps(db), { text: chicago, source: 'Chicago', mapping, dryRun: false });
    expect(summary).toMatchObject({ totalRows: 13, rejected: 0, created: 5 });
    expect(summary.warnings.filter((w) => w.row === 1).map((w) => w.field)).toEqual(['parcelId', 'ownerName']);
    expect(db.prepare("SELECT parcel_id FROM properties WHERE address = '2 S MAYFIELD AVE'").pluck().get()).toBe('NO-PARCEL 2 S MAYFIELD AVE');
  });

  it('re-importing the same file changes nothing; a dry run writes nothing', async () => {
    const db = store();
    const mapping = guessMapping(Papa.parse<string[]>(chicago.split('\n')[0]!).data[0]!);
    const dry = await runCaseImport(deps(db), { text: chicago, source: 'Chicago', mapping, dryRun: true });
    expect(dry.summary).toMatchObject({ dryRun: true, created: 5 });
    expect(counts(db)).toEqual({ cases: 0, properties: 0, parties: 0, violations: 0, audit: 0 });
    await runCaseImport(deps(db), { text: chicago, source: 'Chicago', mapping, dryRun: false });
    const after = counts(db);
    const again = await runCaseImport(deps(db), { text: chicago, source: 'Chicago', mapping, dryRun: false });
    expect(again.summary).toMatchObject({ created: 0, unchanged: 5, rejected: 0 });
    expect(counts(db)).toEqual(after);
    // The same case from another source system is a different case.
    const other = await runCaseImport(deps(db), { text: chicago, source: 'Chicago 2', mapping, dryRun: false });
    expect(other.summary.created).toBe(5);
  });
});

describe('CSV case import: bad input gets per-row errors and writes nothing half', () => {
  it('reports malformed rows (field count, unclosed quote) and keeps going', async () => {
    const db = store();
    const text = `\uFEFF${HEADER}\r\nA1,1 Elm St,P1,Ann Lee,2024-01-05,Open,X1,Weeds,2024-02-01\r\n\r\nA2,2 Elm St,P2,Bo Chu,2024-01-05,Open\r\nA3,"3 Elm St, Rear",P3,Cy Dee,Jan 5 2020,Open,X2,"Trash, debris",2/1/20\r\nA4,"4 Elm St,P4,Di Eng,2024-01-05,Open,X3,d,2024-02-01\r\n`;
    const { summary, rejectedCsv } = await run(db, text);
    expect(summary.created).toBe(2);
    expect(summary.errors.find((e) => e.row === 4)?.message).toMatch(/has 6 fields but the header has 9/);
    expect(summary.errors.find((e) => e.row === 6)?.message).toMatch(/quoted field is never closed/);
    expect(db.prepare("SELECT address FROM properties WHERE parcel_id = 'P3'").pluck().get()).toBe('3 Elm St, Rear');
    expect(db.prepare("SELECT opened_on FROM cases c JOIN properties p ON p.id = c.property_id WHERE p.parcel_id = 'P3'").pluck().get()).toBe('2020-01-05');
    const rejected = Papa.parse<Record<string, string>>(rejectedCsv!, { header: true }).data;
    expect(rejected.map((r) => r.line)).toEqual(['4', '6']);
    expect(rejected[0]!.error).toMatch(/fields/);
  });

  it('refuses a mapping to a column the file does not have, naming the columns it has', async () => {
    const db = store();
    await expect(run(db, `${HEADER}\nA1,1 Elm,P1,O,2024-01-01,Open,X,d,2024-02-01`, { mapping: { ...SIMPLE_MAP, inspector: 'Officer' } })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/"Officer" \(mapped to inspector\) is not in the file.*Case, Address/),
    });
    await expect(run(db, HEADER, { mapping: { address: 'Address' } })).rejects.toMatchObject({ message: expect.stringMatching(/sourceCaseNumber, openedOn/) });
    await expect(run(db, '\n\n')).rejects.toMatchObject({ message: expect.stringMatching(/file is empty/) });
    expect(counts(db)).toMatchObject({ cases: 0 });
  });

  it('rejects a parcel id given two different addresses, within the file and against the store', async () => {
    const db = store();
    const text = `${HEADER}\nA1,1 Elm St,P1,Ann,2024-01-05,Open,X,d,2024-02-01\nA2,99 Oak Ave,P1,Bo,2024-01-06,Open,X,d,2024-02-01\nA3,1 ELM ST.,P1,Cy,2024-01-07,Open,X,d,2024-02-01`;
    const { summary } = await run(db, text);
    expect(summary.created).toBe(2); // A1 and A3 (same address, different spelling)
    expect(summary.errors).toEqual([{ row: 3, field: null, message: expect.stringMatching(/parcel P1 is "1 Elm St" on line 2 but "99 Oak Ave" here/) }]);
    const later = await run(db, `${HEADER}\nB1,5 Pine Rd,P1,Di,2024-01-05,Open,X,d,2024-02-01`);
    expect(later.summary.errors[0]!.message).toMatch(/already recorded at "1 Elm St"/);
    // The rejected row left no property, party, case or audit entry behind.
    expect(counts(db)).toMatchObject({ cases: 2, properties: 1, parties: 2, audit: 2 });
  });

  it('rejects dates out of range or unreadable, future openings, control characters and unknown statuses — a bad row rejects its whole case', async () => {
    const db = store();
    const text = [
      HEADER,
      'A1,1 Elm St,P1,Ann,13/45/2024,Open,X,d,',
      'A2,2 Elm St,P2,Bo,1/1/1900,Open,X,d,',
      'A3,3 Elm St,P3,Cy,2030-01-01,Open,X,d,',
      'A4,4 Elm St,P4,Di\u0007x,2024-01-01,Open,X,d,',
      'A5,5 Elm St,P5,Ed,2024-01-01,Sleeping,X,d,',
      'A6,6 Elm St,P6,Fa,2024-01-01,Open,X1,first,2024-03-01',
      'A6,6 Elm St,P6,Fa,2024-01-01,Open,X2,second,3/1/1750',
      'A7,7 Elm St,P7,Gi,12/22/11 10:25,Closed,X,d,1/1/1900 0:00',
    ].join('\n');
    const { summary } = await run(db, text);
    const byRow = Object.fromEntries(summary.errors.map((e) => [e.row, `${e.field} ${e.message}`]));
    expect(byRow[2]).toMatch(/openedOn "13\/45\/2024" is not a real calendar date/);
    expect(byRow[3]).toMatch(/openedOn is missing/);
    expect(byRow[4]).toMatch(/openedOn 2030-01-01 is in the future/);
    expect(byRow[5]).toMatch(/ownerName contains a control character \(code 7\)/);
    expect(byRow[6]).toMatch(/status "Sleeping" is not a status/);
    expect(byRow[8]).toMatch(/complianceDate "3\/1\/1750" is out of range/);
    expect(byRow[7]).toMatch(/case A6 is not imported because its line 8 was rejected/);
    expect(summary).toMatchObject({ created: 1, rejected: 7 });
    expect(summary.warnings.filter((w) => w.row === 3 || w.row === 9).map((w) => w.message)).toEqual([
      expect.stringMatching(/placeholder date/),
      expect.stringMatching(/placeholder date/),
    ]);
    expect(db.prepare('SELECT case_number, opened_on, status FROM cases').all()).toEqual([{ case_number: 'CE-2011-0001', opened_on: '2011-12-22', status: 'closed' }]);
  });
});

describe('import service (files, preview)', () => {
  it('writes rejected rows to an errors CSV next to the input and previews with a guessed mapping', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-import-'));
    const file = path.join(dir, 'legacy.csv');
    writeFileSync(file, `${HEADER}\nA1,1 Elm St,P1,Ann,2024-01-05,Open,X,d,2024-02-01\nA2,,P2,Bo,2024-01-05,Open,X,d,2024-02-01\n`);
    const db = store();
    const preview = await previewCaseImport(deps(db), { filePath: file, mapping: {}, limit: 20 });
    expect(preview.guessedMapping).toMatchObject({ sourceCaseNumber: 'Case', address: 'Address', parcelId: 'Parcel', ownerName: 'Owner', violationCode: 'Code' });
    expect(preview.rows).toHaveLength(1);
    expect(preview.errors).toEqual([{ row: 3, field: 'address', message: 'is empty' }]);
    expect(counts(db)).toMatchObject({ cases: 0 });
    const summary = await importCases(deps(db), { filePath: file, mapping: SIMPLE_MAP, source: 'Legacy', dryRun: false });
    expect(summary).toMatchObject({ created: 1, rejected: 1, errorsFile: path.join(dir, 'legacy.errors.csv') });
    expect(readFileSync(summary.errorsFile!, 'utf8')).toMatch(/^line,Case,Address.*error\r?\n3,A2,,P2.*address is empty/s);
    const pdf = path.join(dir, 'x.csv');
    writeFileSync(pdf, '%PDF-1.7 binary');
    await expect(importCases(deps(db), { filePath: pdf, mapping: SIMPLE_MAP, source: 'L', dryRun: false })).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
  });
});
