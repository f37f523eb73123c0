/**
 * `caseready document generate --kind notice_of_hearing --subject HEARING`, end to end on a temp
 * data folder: the hearing is named with --subject (a usage error when it is not a number),
 * refused without it, and a second version is counted per hearing (--new-version).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, isoDaysFromToday, seedCase, tempDir } from './cliHarness';

describe('caseready document generate --kind notice_of_hearing', () => {
  it('issues the notice of the hearing named by --subject, and its new version for that hearing', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const added = cli(dir, ['hearing', 'add', '--json', '--case', String(caseId), '--tribunal', 'Appeals Board', '--docket', 'PMAB-77', '--at', `${isoDaysFromToday(40)}T09:30`, '--place', 'Room 105']);
    expect(added.status, added.stderr).toBe(0);
    const hearingId = added.json<{ id: number }>().id;
    const generate = (...extra: string[]) => cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'notice_of_hearing', ...extra]);

    expect(generate('--subject', 'abc').stderr).toMatch(/--subject takes the id of the record the document is about \(a number\), not "abc"/);
    const unnamed = generate();
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toMatch(/A notice of hearing is about one hearing: say which hearing of case .* \(subjectId; CLI --subject\)/);

    const out = path.join(dir, 'noh.pdf');
    const issued = generate('--json', '--subject', String(hearingId), '--out', out);
    expect(issued.status, issued.stderr).toBe(0);
    expect(issued.json()).toMatchObject({ kind: 'notice_of_hearing', number: expect.stringMatching(/^NOH-\d{4}-000001$/), subject: { type: 'hearing', id: hearingId } });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(generate('--subject', String(hearingId)).stderr).toMatch(/is already the current notice of hearing for this hearing/);
    const again = generate('--json', '--subject', String(hearingId), '--new-version');
    expect(again.status, again.stderr).toBe(0);
    expect(again.json()).toMatchObject({ number: expect.stringMatching(/^NOH-\d{4}-000002$/) });
  });
});
