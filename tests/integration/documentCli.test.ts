/**
 * `caseready document generate|kinds`, end to end on a temp data folder: the one generic verb
 * issues any kind through the same gate as the app (exit 4 until the step is ready), and refuses
 * an unknown kind as a usage error before touching the store.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, readyForNotice, seedCase, tempDir } from './cliHarness';

describe('caseready document', () => {
  it('lists the kinds, refuses an unknown one, gates the notice, then issues it', () => {
    const dir = tempDir();
    expect(cli(dir, ['document', 'kinds']).stdout.trim().split('\n')).toEqual(['notice_of_violation', 'demand_for_payment']);
    const { caseId, violationId } = seedCase(dir);

    const unknown = cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'eviction']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/"eviction" is not a kind of document; use one of notice_of_violation, demand_for_payment/);
    expect(cli(dir, ['document', 'generate', '--case', String(caseId)]).status).toBe(2);

    const out = path.join(dir, 'nov.pdf');
    const locked = cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'notice_of_violation', '--out', out]);
    expect(locked.status).toBe(4);
    expect(locked.stderr).toMatch(/The notice of violation cannot be issued yet: .* \[NOT_READY\]/);
    expect(existsSync(out)).toBe(false);

    readyForNotice(dir, caseId, violationId);
    const issued = cli(dir, ['document', 'generate', '--json', '--case', String(caseId), '--kind', 'notice_of_violation', '--out', out]);
    expect(issued.status, issued.stderr).toBe(0);
    expect(issued.json()).toMatchObject({ kind: 'notice_of_violation', number: expect.stringMatching(/^NOV-\d{4}-000001$/), written: out });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
