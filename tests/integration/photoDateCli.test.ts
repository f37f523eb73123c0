/** `caseready photo explain-date` and the camera-date flag as the command line shows it (evidence add, case show). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, seedCase, tempDir } from './cliHarness';

const photo = (name: string) => path.join(FIXTURES, 'photos', name);

describe('caseready photo explain-date', () => {
  it('flags a 2008 photo on import, records an explanation (newest wins), and refuses clearly', () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    const add = cli(dir, ['evidence', 'add', '--case', String(caseId), '--violation', String(violationId), photo('DSCN0010.jpg')]);
    expect(add.status, add.stderr).toBe(0);
    const photoId = Number(/→ photo (\d+)/.exec(add.stdout)![1]);
    expect(add.stdout).toMatch(
      new RegExp(`camera date questionable, photo ${photoId}: camera date 2008-10-22 is \\d+ years before the case was opened on \\d{4}-\\d\\d-\\d\\d; not counted as a dated photo until explained \\(caseready photo explain-date --photo ${photoId} --text "\\.\\.\\."\\)`),
    );

    const first = cli(dir, ['photo', 'explain-date', '--photo', String(photoId), '--text', 'First note']);
    expect(first.status, first.stderr).toBe(0);
    const second = cli(dir, ['photo', 'explain-date', '--json', '--photo', String(photoId), '--text', 'Camera clock never set; taken at the inspection']);
    expect(second.status, second.stderr).toBe(0);
    expect(second.json()).toMatchObject({ id: photoId, cameraDateFlag: { reason: expect.stringMatching(/^camera date 2008-10-22 is/), explanation: 'Camera clock never set; taken at the inspection' } });
    expect(cli(dir, ['case', 'show', String(caseId)]).stdout).toContain(`Camera date questionable, photo ${photoId}: camera date 2008-10-22 is`);
    expect(cli(dir, ['case', 'show', String(caseId)]).stdout).toContain('; explained: Camera clock never set; taken at the inspection');

    const blank = cli(dir, ['photo', 'explain-date', '--photo', String(photoId), '--text', '  ']);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toMatch(/explanation.*is required.*\[VALIDATION\]/);
    const unknown = cli(dir, ['photo', 'explain-date', '--photo', '999', '--text', 'x']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Photo 999 does not exist.*\[NOT_FOUND\]/);
    const usage = cli(dir, ['photo', 'explain-date', '--photo', 'twelve', '--text', 'x']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--photo must be a photo id \(got "twelve"\)/);
    expect(cli(dir, ['photo', 'explain-date', '--photo', String(photoId)]).stderr).toMatch(/--text is required/);
  });
});
