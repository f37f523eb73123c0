import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, isoDaysFromToday, seedCase, tempDir } from './cliHarness';

const SYRACUSE = path.join(FIXTURES, 'csv', 'syracuse_code_sections_excerpt.csv');

describe('caseready CLI: code library, inspections, violation status', () => {
  it('lists the seeded library, adds a section and imports a CSV with a dry run and an errors file', () => {
    const dir = tempDir();
    const seeded = cli(dir, ['code', 'list', '--json']).json<Array<{ section: string }>>();
    expect(seeded.map((s) => s.section)).toContain('302.4');

    const add = cli(dir, ['code', 'add', '--json', '--section', '999.1', '--title', 'Test section', '--severity', 'minor', '--days', '7']);
    expect(add.status, add.stderr).toBe(0);
    expect(add.json()).toMatchObject({ section: '999.1', severity: 'minor', defaultComplianceDays: 7 });
    expect(cli(dir, ['code', 'add', '--section', '999.1', '--title', 'Again']).stderr).toMatch(/already in the code library .*\[CONFLICT\]/);

    const csv = path.join(dir, 'codes.csv');
    copyFileSync(SYRACUSE, csv);
    const dry = cli(dir, ['code', 'import', csv, '--map', 'label=code_label', '--code-name', 'Syracuse', '--dry-run']);
    expect(dry.status).toBe(1); // rows were rejected
    expect(dry.stdout).toMatch(/Dry run \(nothing written\): would add 14, update 0, unchanged 0, rejected 6/);
    expect(dry.stdout).toMatch(/row 13: REJECTED — label "Provide Required Permits" does not start with a section number/);
    expect(cli(dir, ['code', 'list', '--json', '--query', 'Trash']).json()).toEqual([]);

    const errors = path.join(dir, 'errors.csv');
    const real = cli(dir, ['code', 'import', csv, '--map', 'label=code_label', '--code-name', 'Syracuse', '--errors', errors, '--json']);
    expect(real.json()).toMatchObject({ added: 14, rejected: 6 });
    expect(readFileSync(errors, 'utf8').split('\r\n')[0]).toBe('row,errors,code_label,count_in_10000_rows');
    const again = cli(dir, ['code', 'import', csv, '--map', 'label=code_label', '--code-name', 'Syracuse', '--json']);
    expect(again.json()).toMatchObject({ added: 0, updated: 0, unchanged: 14 });
  });

  it('refuses bad mappings and unreadable files with a usable message', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'c.csv');
    writeFileSync(csv, 'Section,Title\n302.4,Weeds\n');
    expect(cli(dir, ['code', 'import', csv, '--map', 'colour=Section']).stderr).toMatch(/unknown field "colour"/);
    expect(cli(dir, ['code', 'import', csv, '--map', 'section=Sec,title=Title']).stderr).toMatch(/no column "Sec"/);
    writeFileSync(csv, 'Section,Title\n302.4,"Weeds\n');
    expect(cli(dir, ['code', 'import', csv, '--map', 'section=Section,title=Title']).stderr).toMatch(/Row 2: a quoted field is never closed/);
    expect(cli(dir, ['code', 'import', path.join(dir, 'missing.csv'), '--map', 'section=Section,title=Title']).stderr).toMatch(/no such file/);
  });

  it('records an inspection, a corrected finding that corrects the violation, and refuses a move out of a final state', () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    expect(cli(dir, ['inspection', 'add', '--case', String(caseId), '--type', 'initial', '--date', isoDaysFromToday(-1), '--inspector', 'R', '--entry', 'consent']).stderr).toMatch(
      /consentGivenBy: entry by consent needs the name/,
    );
    const insp = cli(dir, [
      'inspection', 'add', '--json', '--case', String(caseId), '--type', 'reinspection', '--date', isoDaysFromToday(0),
      '--inspector', 'R. Inspector', '--entry', 'administrative_warrant', '--warrant', 'AW-7',
    ]);
    expect(insp.status, insp.stderr).toBe(0);
    const inspectionId = insp.json<{ id: number }>().id;
    const finding = cli(dir, ['inspection', 'finding', '--inspection', String(inspectionId), '--violation', String(violationId), '--finding', 'corrected', '--note', 'Fixed']);
    expect(finding.status, finding.stderr).toBe(0);
    expect(finding.stdout).toMatch(/open -> corrected/);
    const list = cli(dir, ['inspection', 'list', '--case', String(caseId)]);
    expect(list.stdout).toMatch(/reinspection on .* \(warrant AW-7\)\n {2}violation \d+: corrected — Fixed/);

    expect(cli(dir, ['violation', 'status', '--violation', String(violationId), '--status', 'open', '--date', isoDaysFromToday(0)]).status).toBe(0);
    expect(cli(dir, ['violation', 'status', '--violation', String(violationId), '--status', 'dismissed', '--date', isoDaysFromToday(0)]).status).toBe(0);
    const refused = cli(dir, ['violation', 'status', '--violation', String(violationId), '--status', 'open', '--date', isoDaysFromToday(0)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/dismissed, which is final/);
    expect(cli(dir, ['violation', 'status', '--violation', 'x', '--status', 'open', '--date', '2026-01-01']).stderr).toMatch(/--violation must be a number/);
    const history = cli(dir, ['violation', 'history', '--json', '--violation', String(violationId)]).json<Array<{ fromStatus: string; toStatus: string; inspectionId: number | null; recordedBy: string }>>();
    expect(history.map((e) => [e.fromStatus, e.toStatus, e.inspectionId])).toEqual([
      ['open', 'corrected', inspectionId],
      ['corrected', 'open', null],
      ['open', 'dismissed', null],
    ]);
    expect(cli(dir, ['violation', 'history', '--violation', String(violationId)]).stdout).toMatch(/open -> corrected \(inspection \d+\) — Found corrected at reinspection inspection \d+: Fixed/);
    const photoAdd = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), path.join(FIXTURES, 'photos', 'DSCN0010.jpg')]);
    expect(photoAdd.status, photoAdd.stderr).toBe(0);
    const photoId = (photoAdd.json<{ results: Array<{ photoId: number }> }>().results[0]!).photoId;
    const linked = cli(dir, ['inspection', 'photo', '--json', '--inspection', String(inspectionId), '--photo', String(photoId)]);
    expect(linked.json()).toMatchObject({ photoIds: [photoId] });
    expect(cli(dir, ['verify']).status).toBe(0);
  });

  it('adds a violation citing a library section, filling the flags left out from the section', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const section = cli(dir, ['code', 'add', '--json', '--section', '302.9', '--title', 'Defacement of property', '--text', 'No person shall deface any property.',
      '--action', 'Remove the graffiti.', '--severity', 'minor', '--days', '10']).json<{ id: number }>();
    const drafted = cli(dir, ['violation', 'add', '--json', '--case', String(caseId), '--code-section', String(section.id)]);
    expect(drafted.status, drafted.stderr).toBe(0);
    expect(drafted.json()).toMatchObject({
      codeSectionId: section.id, codeSection: expect.stringMatching(/ 302\.9$/), description: 'No person shall deface any property.',
      correctiveAction: 'Remove the graffiti.', complianceDate: isoDaysFromToday(10), severity: 'minor',
    });
    // Flags given win over the section's wording.
    const edited = cli(dir, ['violation', 'add', '--json', '--case', String(caseId), '--code-section', String(section.id), '--description', 'Graffiti on the garage door.', '--due', isoDaysFromToday(5)]);
    expect(edited.json()).toMatchObject({ codeSectionId: section.id, description: 'Graffiti on the garage door.', correctiveAction: 'Remove the graffiti.', complianceDate: isoDaysFromToday(5) });

    const unknown = cli(dir, ['violation', 'add', '--case', String(caseId), '--code-section', '99999']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/NOT_FOUND/);
    const notId = cli(dir, ['violation', 'add', '--case', String(caseId), '--code-section', '302.9']);
    expect(notId.status).toBe(2);
    expect(notId.stderr).toMatch(/--code-section must be a section id from `caseready code list`/);
    const bare = cli(dir, ['violation', 'add', '--case', String(caseId), '--description', 'x']);
    expect(bare.stderr).toMatch(/--code is required/);
    expect(cli(dir, ['case', 'show', '--json', String(caseId)]).json<{ violations: unknown[] }>().violations).toHaveLength(3);
  });
});
