/** CLI verbs of the search area: import cases (dry run, errors file, re-import), note add, timeline, case list filters. */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempDir } from './cliHarness';

const SYRACUSE_MAP = 'Complaint..=sourceCaseNumber,Address=address,Identifier=parcelId,Owner.s.=ownerName,Complaint.Date=openedOn,Complaint.Status=status,Code=violationCode,Comply.By.Date=complianceDate';

describe('caseready import cases / note add / timeline', () => {
  it('dry-runs, imports, re-imports as a no-op, then finds, annotates and shows an imported case', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'doce.csv');
    copyFileSync(path.join(FIXTURES, 'csv', 'syracuse-doce-excerpt.csv'), csv);
    const dry = cli(dir, ['import', 'cases', csv, '--source', 'Syracuse DOCE', '--map', SYRACUSE_MAP, '--dry-run', '--json']);
    expect(dry.status, dry.stderr).toBe(0);
    const dryReport = dry.json<{ dryRun: boolean; created: number; rejected: number }>();
    expect(dryReport).toMatchObject({ dryRun: true, rejected: 0 });
    expect(cli(dir, ['case', 'list', '--json']).json()).toMatchObject({ total: 0 });

    const real = cli(dir, ['import', 'cases', csv, '--source', 'Syracuse DOCE', '--map', SYRACUSE_MAP, '--json']);
    expect(real.status, real.stderr).toBe(0);
    expect(real.json()).toMatchObject({ dryRun: false, created: dryReport.created, errorsFile: null });
    const again = cli(dir, ['import', 'cases', csv, '--source', 'Syracuse DOCE', '--map', SYRACUSE_MAP]);
    expect(again.stdout).toMatch(new RegExp(`0 case\\(s\\) created, ${dryReport.created} already imported, 0 row\\(s\\) rejected`));

    // Search by the old system's number, by a street, by a diacritic-folded owner name.
    const byNumber = cli(dir, ['case', 'list', '--query', '2011-01166', '--json']).json<{ items: Array<{ caseNumber: string; address: string }> }>();
    expect(byNumber.items.map((c) => c.address)).toEqual(['122-24 Fage Ave']);
    expect(cli(dir, ['case', 'list', '--query', 'wilkinson', '--json']).json()).toMatchObject({ total: 1 });
    expect(cli(dir, ['case', 'list', '--status', 'closed', '--sort', 'openedOn', '--asc', '--limit', '1', '--json']).json()).toMatchObject({
      items: [{ openedOn: '2011-12-20' }],
    });
    const caseNumber = byNumber.items[0]!.caseNumber;
    expect(cli(dir, ['note', 'add', '--case', caseNumber, '--text', 'Owner moved to Florida']).status).toBe(0);
    const timeline = cli(dir, ['timeline', '--case', caseNumber, '--kind', 'case,note']);
    expect(timeline.stdout).toMatch(/2011-12-20\s+case\s+Case opened[\s\S]*note\s+Note by tester — Owner moved to Florida/);
    expect(cli(dir, ['timeline', '--case', caseNumber, '--kind', 'gossip']).status).toBe(2);
  });

  it('writes rejected rows to FILE.errors.csv, exits 1, and refuses an unknown field or column', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'legacy.csv');
    writeFileSync(csv, 'Case,Address,Opened\nA1,1 Elm St,2024-01-05\nA2,2 Elm St,2024-02-30\n');
    const r = cli(dir, ['import', 'cases', csv, '--source', 'Legacy', '--map', 'Case=sourceCaseNumber,Address=address,Opened=openedOn']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/line 3: openedOn "2024-02-30" is not a real calendar date/);
    const errorsFile = path.join(dir, 'legacy.errors.csv');
    expect(existsSync(errorsFile)).toBe(true);
    expect(readFileSync(errorsFile, 'utf8')).toMatch(/^line,Case,Address,Opened,error\r?\n3,A2,2 Elm St,2024-02-30,"openedOn ""2024-02-30"" is not a real calendar date/);
    const unknownField = cli(dir, ['import', 'cases', csv, '--source', 'Legacy', '--map', 'Case=caseNo']);
    expect(unknownField.status).toBe(2);
    expect(unknownField.stderr).toMatch(/"caseNo" is not a case field/);
    const unknownColumn = cli(dir, ['import', 'cases', csv, '--source', 'Legacy', '--map', 'Case=sourceCaseNumber,Street=address,Opened=openedOn']);
    expect(unknownColumn.status).toBe(1);
    expect(unknownColumn.stderr).toMatch(/"Street" \(mapped to address\) is not in the file/);
  });

  it('refuses an errors file it cannot write (missing folder, a folder) before committing anything', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'legacy.csv');
    writeFileSync(csv, 'Case,Address,Opened\nA1,1 Elm St,2024-01-05\nA2,2 Elm St,2024-02-30\n');
    const args = ['import', 'cases', csv, '--source', 'Legacy', '--map', 'Case=sourceCaseNumber,Address=address,Opened=openedOn'];
    const missing = path.join(dir, 'no-such-folder', 'errors.csv');
    const inMissing = cli(dir, [...args, '--errors', missing]);
    expect(inMissing.status).toBe(1);
    expect(inMissing.stderr).toContain(`The errors file ${missing} cannot be written: the folder ${path.dirname(missing)} does not exist. Nothing was imported`);
    expect(inMissing.stderr).toMatch(/\[VALIDATION\]/);
    expect(inMissing.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const isFolder = cli(dir, [...args, '--errors', dir]);
    expect(isFolder.status).toBe(1);
    expect(isFolder.stderr).toMatch(/cannot be written: that path is a folder\. Nothing was imported/);
    expect(cli(dir, ['case', 'list', '--json']).json()).toMatchObject({ total: 0 });
    expect(existsSync(missing)).toBe(false);
  });

  it('escapes control characters from file names and CSV values in what it prints to a terminal', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'evil\x1b[31m.csv');
    writeFileSync(csv, 'Case,Address,Opened,Note\x1b[31m\nA1,1 Elm St,2024-02-30,x\n');
    const map = 'Case=sourceCaseNumber,Address=address,Opened=openedOn';
    const r = cli(dir, ['import', 'cases', csv, '--source', 'Legacy', '--map', map]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`Rejected rows: ${path.join(dir, 'evil\\x1b[31m.errors.csv')}`);
    const badColumn = cli(dir, ['import', 'cases', csv, '--source', 'Legacy', '--map', `${map},Note=ownerName`]);
    expect(badColumn.stderr).toContain('Its columns are: Case, Address, Opened, Note\\x1b[31m.');
    for (const out of [r.stdout, r.stderr, badColumn.stdout, badColumn.stderr]) expect(out).not.toContain('\x1b');
    // JSON output is escaped by JSON itself and still names the real file.
    const json = cli(dir, ['import', 'cases', csv, '--source', 'Legacy', '--map', map, '--json']);
    expect(json.stdout).toContain('evil\\u001b[31m.errors.csv');
    expect(json.json<{ errorsFile: string }>().errorsFile).toBe(path.join(dir, 'evil\x1b[31m.errors.csv'));
  });
});
