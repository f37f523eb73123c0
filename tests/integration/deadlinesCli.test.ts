import { describe, expect, it } from 'vitest';
import type { CaseDeadlines } from '../../shared/caseDeadlinesTypes';
import { cli, isoDaysFromToday, seedCase, tempDir } from './cliHarness';

describe('caseready CLI: deadlines', () => {
  it('lists the case deadlines with how each was counted, as text and as JSON', () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    const caseNumber = cli(dir, ['case', 'show', '--json', String(caseId)]).json<{ caseNumber: string }>().caseNumber;

    const text = cli(dir, ['deadlines', caseNumber]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^Deadlines of ${caseNumber}, as of ${isoDaysFromToday(0)}: 2\\n`));
    expect(text.stdout).toMatch(/\d{4}-\d\d-\d\d {2}UPCOMING {2}Compliance deadline — IPMC 304\.13 \(violation \d+\)\n {14}\S/);
    expect(text.stdout).toMatch(/UPCOMING {2}Reinspection due — IPMC 304\.13 .*\n {14}\d{4}-\d\d-\d\d \+ 5 business days = /);

    const json = cli(dir, ['deadlines', '--json', '--case', String(caseId)]).json<CaseDeadlines>();
    expect(json).toMatchObject({ caseId, caseNumber, problems: [] });
    expect(json.deadlines.map((d) => [d.rule, d.state, d.relatedTo])).toEqual([
      ['compliance', 'upcoming', { kind: 'violation', id: violationId }],
      ['reinspection', 'upcoming', { kind: 'violation', id: violationId }],
    ]);
    expect(json.deadlines[0]!.date >= isoDaysFromToday(30)).toBe(true);
  });

  it('refuses a missing, unknown or doubled case reference', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const none = cli(dir, ['deadlines']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/--case is required/);
    const unknown = cli(dir, ['deadlines', 'CE-1999-0001']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/There is no case numbered CE-1999-0001/);
    const two = cli(dir, ['deadlines', String(caseId), '7']);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/deadlines takes one case/);
  });
});
