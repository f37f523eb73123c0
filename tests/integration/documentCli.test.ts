/**
 * `caseready document generate|kinds`, end to end on a temp data folder: the one generic verb
 * issues any kind through the same gate as the app (exit 4 until the step is ready), and refuses
 * an unknown kind as a usage error before touching the store.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKindSpecs } from '../../electron/services/documents/kinds/registry';
import { cli, readyForNotice, seedCase, tempDir } from './cliHarness';

describe('caseready document', () => {
  it('lists the kinds, refuses an unknown one, gates the notice, then issues it', () => {
    const dir = tempDir();
    expect(cli(dir, ['document', 'kinds']).stdout.trim().split('\n')).toEqual(documentKindSpecs().map((s) => s.kind));
    const { caseId, violationId } = seedCase(dir);

    const unknown = cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'eviction']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/"eviction" is not a kind of document; use one of notice_of_violation, demand_for_payment, civil_ticket/);
    // A per-record kind takes --subject: a malformed one is a usage error, a missing one is named.
    const badSubject = cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'affidavit_of_service', '--subject', 'first']);
    expect(badSubject.status).toBe(2);
    expect(badSubject.stderr).toMatch(/--subject takes the id of the record the document is about \(a number\), not "first"/);
    const noSubject = cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'affidavit_of_service']);
    expect(noSubject.status).not.toBe(0);
    expect(noSubject.stderr).toMatch(/An affidavit of service is about one service attempt: say which \(subjectId; CLI --subject\)/);
    const missing = cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'affidavit_of_service', '--subject', '77']);
    expect(missing.stderr).toMatch(/Service attempt 77 is not on case/);
    expect(cli(dir, ['document', 'generate', '--case', String(caseId)]).status).toBe(2);

    const out = path.join(dir, 'nov.pdf');
    const locked = cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'notice_of_violation', '--out', out]);
    expect(locked.status).toBe(4);
    expect(locked.stderr).toMatch(/The notice of violation cannot be issued yet: .* \[NOT_READY\]/);
    expect(existsSync(out)).toBe(false);

    readyForNotice(dir, caseId, violationId);
    const docx = path.join(dir, 'nov.docx');
    const issued = cli(dir, ['document', 'generate', '--json', '--case', String(caseId), '--kind', 'notice_of_violation', '--out', out, '--docx', docx]);
    expect(issued.status, issued.stderr).toBe(0);
    expect(issued.json()).toMatchObject({ kind: 'notice_of_violation', number: expect.stringMatching(/^NOV-\d{4}-000001$/), written: out, writtenDocx: docx, docxSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    // An existing --docx file is refused before anything is issued.
    const taken = cli(dir, ['notice', '--case', String(caseId), '--new-version', '--docx', docx]);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/already exists; choose another --docx file\. Nothing was issued\./);

    // The owner reads Spanish: the next notice is in Spanish; both languages on request; an
    // unknown choice is a usage error.
    const owner = cli(dir, ['case', 'show', '--json', String(caseId)]).json<{ owner: { id: number } }>().owner.id;
    expect(cli(dir, ['party', 'language', '--party', String(owner), '--language', 'es-MX']).status).toBe(0);
    const textOf = (file: string) => spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
    const es = path.join(dir, 'nov-es.pdf');
    expect(cli(dir, ['notice', '--case', String(caseId), '--new-version', '--out', es]).status).toBe(0);
    const both = path.join(dir, 'nov-both.pdf');
    expect(cli(dir, ['document', 'generate', '--case', String(caseId), '--kind', 'notice_of_violation', '--language', 'both', '--new-version', '--out', both]).status).toBe(0);
    if (spawnSync('pdftotext', ['-v']).status === 0) {
      expect(textOf(es)).toContain('AVISO DE INFRACCIÓN');
      expect(textOf(es)).not.toContain('NOTICE OF VIOLATION');
      expect(textOf(both)).toMatch(/NOTICE OF VIOLATION[\s\S]*AVISO DE INFRACCIÓN/);
    } else console.warn('pdftotext is not installed: the language checks of the CLI notice are SKIPPED');
    const bad = cli(dir, ['notice', '--case', String(caseId), '--language', 'fr']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"fr" is not a language choice; use one of recipient, en, es, both/);
  });

  it('sweeps one kind over several cases: the ready one issued, the locked one named with why (exit 1)', () => {
    const dir = tempDir();
    const ready = seedCase(dir);
    const locked = seedCase(dir, 'Ana Ruiz');
    readyForNotice(dir, ready.caseId, ready.violationId);
    const run = cli(dir, ['document', 'batch', '--json', '--kind', 'notice_of_violation', '--cases', `${ready.caseId},${locked.caseId}`]);
    expect(run.status, run.stderr).toBe(1);
    const result = run.json<{ issued: { caseId: number; number: string }[]; failed: { caseId: number; code: string }[] }>();
    expect(result.issued).toEqual([expect.objectContaining({ caseId: ready.caseId, number: expect.stringMatching(/^NOV-\d{4}-000001$/) })]);
    expect(result.failed).toEqual([expect.objectContaining({ caseId: locked.caseId, code: 'NOT_READY' })]);
    expect(cli(dir, ['document', 'batch', '--kind', 'notice_of_violation']).status).toBe(2);
  });
});
