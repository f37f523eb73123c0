import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { importCodeSections } from '../../electron/services/codes/codeImport';
import { listCodeLibrary } from '../../electron/services/codes/codeLibrary';
import { splitCodeLabel } from '../../shared/codeCsv';
import { importCodeSectionsInput, type ImportCodeSectionsInput } from '../../shared/inspectionsSchemas';
import { libDeps, store } from './support/inspectionsStore';

const SYRACUSE = readFileSync(path.resolve(__dirname, '../fixtures/csv/syracuse_code_sections_excerpt.csv'), 'utf8');

function run(db: ReturnType<typeof store>, input: Partial<ImportCodeSectionsInput> & Pick<ImportCodeSectionsInput, 'csvText' | 'mapping'>) {
  const parsed = importCodeSectionsInput.parse(input);
  return importCodeSections({ ...libDeps(db), defaultCodeName: 'Syracuse' }, parsed);
}

const COLUMNS = { section: 'Section', title: 'Title', text: 'Text', correctiveAction: 'Action', severity: 'Severity', complianceDays: 'Days' };
const HEADER = 'Section,Title,Text,Action,Severity,Days';

function sectionCount(db: ReturnType<typeof store>): number {
  return db.prepare('SELECT count(*) FROM code_sections').pluck().get() as number;
}

describe('splitCodeLabel', () => {
  it.each([
    ['Section 27-72 (e) -Trash & Debris', '27-72(e)', 'Trash & Debris'],
    ['Section 304.13 - Window, skylight and door frames', '304.13', 'Window, skylight and door frames'],
    ['Sec. 27-32. Exterior protection', '27-32', 'Exterior protection'],
    ['Section 27-27 Food preparation', '27-27', 'Food preparation'],
    ['Section 606.1- Scope', '606.1', 'Scope'],
    ['Section 27-57 (a) (16)  - Receptacle Outlet/Switch Lacks Cover', '27-57(a)(16)', 'Receptacle Outlet/Switch Lacks Cover'],
    ['Section 303.3 (10.1) - Swimming Pool (Ladder)', '303.3(10.1)', 'Swimming Pool (Ladder)'],
    ['Section Z-A-3 - Illegal Front Yard Parking', 'Z-A-3', 'Illegal Front Yard Parking'],
    ['302.4 Weeds', '302.4', 'Weeds'],
  ])('%s', (label, section, title) => {
    expect(splitCodeLabel(label)).toEqual({ section, title });
  });

  it.each(['Provide Required Permits', 'Chapter 3 - General Precautions Against Fire', 'Section 302.4', 'Section - General'])('refuses %s', (label) => {
    expect(splitCodeLabel(label)).toBeNull();
  });
});

describe('code section CSV import', () => {
  it('imports the Syracuse labels, rejecting ambiguous and unnumbered rows into an errors CSV', () => {
    const db = store();
    const dry = run(db, { csvText: SYRACUSE, mapping: { label: 'code_label' } });
    expect(dry).toMatchObject({ dryRun: true, added: 14, updated: 0, unchanged: 0, rejected: 6 });
    expect(sectionCount(db)).toBe(0); // a dry run writes nothing
    const real = run(db, { csvText: SYRACUSE, mapping: { label: 'code_label' }, dryRun: false });
    expect(real).toMatchObject({ dryRun: false, added: 14, rejected: 6 });
    const lib = listCodeLibrary(libDeps(db), { includeRetired: false });
    expect(lib.find((s) => s.section === '27-72(e)')).toMatchObject({ codeName: 'Syracuse', title: 'Trash & Debris', severity: 'major', defaultComplianceDays: 30 });
    const rejected = real.rows.filter((r) => r.outcome === 'rejected');
    expect(rejected.map((r) => r.row)).toEqual([6, 8, 9, 12, 13, 17]);
    expect(rejected[0]!.errors[0]).toMatch(/section 14-18 appears on rows 6, 8, 9, 12 with different wording/);
    expect(rejected.find((r) => r.row === 13)!.errors[0]).toMatch(/"Provide Required Permits" does not start with a section number/);
    // Every rejected row is in the errors CSV with its original cells.
    const errors = Papa.parse<string[]>(real.errorsCsv).data.filter((r) => r.length > 1);
    expect(errors[0]).toEqual(['row', 'errors', 'code_label', 'count_in_10000_rows']);
    expect(errors.slice(1).map((r) => r[0])).toEqual(['6', '8', '9', '12', '13', '17']);
    expect(errors[6]).toContain('Chapter 3 - General Precautions Against Fire');
    expect(listAudit(db, { entity: 'jurisdiction' })[0]).toMatchObject({ action: 'codes.import', details: { added: 14, rejected: 6 } });
  });

  it('is idempotent: the same file again changes nothing; changed text updates with an audited diff', () => {
    const db = store();
    const csv = `${HEADER}\n302.4,Weeds,Keep weeds under 10 inches.,Cut weeds,minor,10\n304.13,Windows,Keep windows weather tight.,Repair windows,major,30\n`;
    run(db, { csvText: csv, mapping: COLUMNS, dryRun: false });
    const auditBefore = listAudit(db).length;
    const again = run(db, { csvText: csv, mapping: COLUMNS, dryRun: false });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(listAudit(db)).toHaveLength(auditBefore);

    const changed = csv.replace('Keep weeds under 10 inches.', 'Keep weeds under 8 inches.');
    const dry = run(db, { csvText: changed, mapping: COLUMNS });
    expect(dry.rows[0]).toMatchObject({ outcome: 'update', changes: { text: { old: 'Keep weeds under 10 inches.', new: 'Keep weeds under 8 inches.' } } });
    expect(listCodeLibrary(libDeps(db), { includeRetired: false })[0]!.text).toBe('Keep weeds under 10 inches.');
    const real = run(db, { csvText: changed, mapping: COLUMNS, dryRun: false });
    expect(real).toMatchObject({ updated: 1, unchanged: 1 });
    const entry = listAudit(db, { entity: 'code_section' })[0]!;
    expect(entry).toMatchObject({ action: 'code_section.update', details: { changes: { text: { old: 'Keep weeds under 10 inches.', new: 'Keep weeds under 8 inches.' } } } });
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('leaves unmapped fields of existing sections alone on re-import', () => {
    const db = store();
    run(db, { csvText: `${HEADER}\n302.4,Weeds,Text,Act,immediate hazard,5\n`, mapping: COLUMNS, dryRun: false });
    const report = run(db, { csvText: 'Section,Title\n302.4,Weeds\n', mapping: { section: 'Section', title: 'Title' }, dryRun: false });
    expect(report).toMatchObject({ unchanged: 1 });
    expect(listCodeLibrary(libDeps(db), { includeRetired: false })[0]).toMatchObject({ severity: 'immediate_hazard', defaultComplianceDays: 5, text: 'Text' });
  });

  it('refuses a file with an unterminated quote as a whole, naming the row', () => {
    const db = store();
    const csv = `${HEADER}\n302.4,Weeds,ok,ok,minor,10\n304.13,"Windows,broken,ok,major,30\n305.1,General,ok,ok,minor,10\n`;
    expect(() => run(db, { csvText: csv, mapping: COLUMNS, dryRun: false })).toThrow(/Row 3: a quoted field is never closed/);
    expect(sectionCount(db)).toBe(0);
  });

  it('refuses a mapping to a column the file does not have, listing its columns', () => {
    const db = store();
    expect(() => run(db, { csvText: `${HEADER}\n302.4,Weeds,t,a,minor,10\n`, mapping: { section: 'Sec', title: 'Title' } })).toThrow(
      /no column "Sec" \(mapped to section\)\. Its columns are: Section, Title, Text, Action, Severity, Days/,
    );
    expect(importCodeSectionsInput.safeParse({ csvText: 'x', mapping: { title: 'Title' } }).success).toBe(false);
    expect(importCodeSectionsInput.safeParse({ csvText: 'x', mapping: { section: 'S', colour: 'C' } }).success).toBe(false);
  });

  it('refuses headers that are blank or repeated', () => {
    const db = store();
    expect(() => run(db, { csvText: 'Section,,Title\n1,2,3\n', mapping: { section: 'Section', title: 'Title' } })).toThrow(/Column 2 of the header row has no name/);
    expect(() => run(db, { csvText: 'Section,Title,title\n1,2,3\n', mapping: { section: 'Section', title: 'Title' } })).toThrow(/names the column "title" twice/);
  });

  it('rejects duplicate sections within one file: identical repeats only the repeat, differing ones all', () => {
    const db = store();
    const csv = `${HEADER}\n302.4,Weeds,t,a,minor,10\n302.4,Weeds,t,a,minor,10\n304.13,Windows,t,a,major,30\n304.13,Doors,t,a,major,30\n`;
    const report = run(db, { csvText: csv, mapping: COLUMNS, dryRun: false });
    expect(report.rows.map((r) => r.outcome)).toEqual(['add', 'rejected', 'rejected', 'rejected']);
    expect(report.rows[1]!.errors).toEqual(['repeats section 302.4 from row 2']);
    expect(sectionCount(db)).toBe(1);
  });

  it('reports control characters, bad severities, bad day counts and short rows per row, importing the good rows', () => {
    const db = store();
    const csv = `${HEADER}\n302.4,Weeds\u0007,t,a,minor,10\n304.13,Windows,t,a,catastrophic,30\n305.1,General,t,a,minor,-3\n305.2,Structural,t,a,minor,ten\n305.3,Interior\n306.1,Good,t,a,minor,14\n`;
    const report = run(db, { csvText: csv, mapping: COLUMNS, dryRun: false });
    const errs = Object.fromEntries(report.rows.map((r) => [r.row, r.errors.join('; ')]));
    expect(errs[2]).toBe('title contains control characters');
    expect(errs[3]).toMatch(/severity "catastrophic" is not one of immediate_hazard, major, minor/);
    expect(errs[4]).toBe('defaultComplianceDays cannot be negative');
    expect(errs[5]).toBe('compliance days "ten" is not a whole number');
    expect(errs[6]).toMatch(/has 2 cells but the header has 6 columns/);
    expect(report).toMatchObject({ added: 1, rejected: 5 });
    expect(report.errorsCsv.split('\r\n').filter(Boolean)).toHaveLength(6);
    expect(listCodeLibrary(libDeps(db), { includeRetired: false }).map((s) => s.section)).toEqual(['306.1']);
  });

  it('skips and counts empty rows, and reads bare-CR line endings', () => {
    const db = store();
    const csv = `${HEADER}\r302.4,Weeds,t,a,minor,10\r\r,,,,,\r304.13,Windows,"two\rlines",a,major,30\r`;
    const report = run(db, { csvText: csv, mapping: COLUMNS, dryRun: false });
    expect(report).toMatchObject({ added: 2, rejected: 0, emptyRowsSkipped: 2 });
    expect(listCodeLibrary(libDeps(db), { includeRetired: false }).find((s) => s.section === '304.13')!.text).toBe('two\rlines');
  });

  it('refuses an empty file and a header-only file', () => {
    const db = store();
    expect(() => run(db, { csvText: '\uFEFF  \n', mapping: COLUMNS })).toThrow(/The file is empty/);
    expect(() => run(db, { csvText: `${HEADER}\n`, mapping: COLUMNS })).toThrow(/no sections below it/);
  });
});
