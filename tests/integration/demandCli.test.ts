/**
 * `caseready demand`, end to end on a temp data folder: refusals with their exit codes (the
 * abatement checklist's gate: exit 4), issuing, --out, service against it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, isoDaysFromToday, readyForNotice, seedCase, tempDir } from './cliHarness';

function ok(run: ReturnType<typeof cli>) {
  expect(run.status, run.stderr).toBe(0);
  return run;
}

describe('caseready demand', () => {
  it('refuses while nothing is owed or the abatement checklist is not ready, then issues a numbered demand, writes its PDF and records service against it', () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    const today = isoDaysFromToday(0);

    const empty = cli(dir, ['demand', String(caseId), '--json']);
    expect(empty.status).toBe(1);
    expect(empty.json()).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/no abatement cost or administrative fee/) } });

    ok(cli(dir, ['ledger', 'add', '--case', String(caseId), '--kind', 'abatement', '--amount', '1,234.50', '--date', today, '--description', 'Lot mowed', '--contractor', 'GreenCut LLC']));
    const out = path.join(dir, 'demand.pdf');

    // Billing an abatement needs the abatement step's checklist: exit 4, the items named, no file written.
    const locked = cli(dir, ['demand', String(caseId), '--out', out]);
    expect(locked.status).toBe(4);
    expect(locked.stderr).toMatch(
      /The demand for payment cannot be issued yet: \d+ blocking items are missing from "Abate at the owner's cost" — Owner of record verified recently; Notice of Violation issued; .*; Entry authority recorded for every inspection\. Fix them in Prepare or record a waiver\. \[NOT_READY\]/,
    );
    expect(existsSync(out)).toBe(false);
    expect(cli(dir, ['demand', String(caseId), '--json']).json()).toMatchObject({ ok: false, error: { code: 'NOT_READY' } });
    // The record covers what it can today (owner, inspection, notice); the rest is waived with a reason,
    // since the compliance date of the seeded case is still weeks away.
    readyForNotice(dir, caseId, violationId);
    ok(cli(dir, ['notice', '--case', String(caseId)]));
    for (const item of ['service-proved', 'compliance-period-elapsed', 'reinspection-shows-violation']) {
      ok(cli(dir, ['checklist', 'waive', '--case', String(caseId), '--step', 'abatement', '--item', item, '--reason', 'Emergency abatement ordered by the board of health']));
    }
    const doc = ok(cli(dir, ['demand', String(caseId), '--json', '--out', out])).json<{ id: number; number: string; kind: string; written: string }>();
    expect(doc).toMatchObject({ kind: 'demand_for_payment', number: expect.stringMatching(/^DFP-\d{4}-000001$/), written: out });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    // By case number and --case too; a second --out to the same file is refused, never overwritten.
    const caseNumber = ok(cli(dir, ['case', 'show', '--json', String(caseId)])).json<{ caseNumber: string; owner: { id: number } }>();
    const again = cli(dir, ['demand', '--case', caseNumber.caseNumber, '--new-version', '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; choose another --out file\. Nothing was issued\./);
    // A demand is current: issuing again needs --new-version, which replaces it (both stay).
    const second = cli(dir, ['demand', caseNumber.caseNumber]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/DFP-\d{4}-000001 is already the current demand for payment of this case .*--new-version/);
    expect(ok(cli(dir, ['demand', caseNumber.caseNumber, '--new-version'])).stdout).toMatch(/^Issued DFP-\d{4}-000002 \(\d page\(s\)\), sha256 [0-9a-f]{64}$/m);

    const card = path.join(dir, 'green-card.pdf');
    writeFileSync(card, '%PDF-1.4\n% scanned green card\n%%EOF\n');
    const served = ok(cli(dir, ['service', 'add', '--json', '--document', String(doc.id), '--party', String(caseNumber.owner.id), '--method', 'certified_mail',
      '--tracking', '9407 1118 9876 5432 1000 01', '--date', today, '--server', 'J. Ortiz', '--outcome', 'delivered', '--proof', card]));
    expect(served.json()).toMatchObject({ documentId: doc.id, outcome: 'delivered' });
    expect(ok(cli(dir, ['service', 'list', '--case', String(caseId)])).stdout).toMatch(/DFP-\d{4}-000001/);

    ok(cli(dir, ['ledger', 'add', '--case', String(caseId), '--kind', 'payment', '--amount', '1234.50', '--date', today, '--description', 'Paid in full']));
    const paid = cli(dir, ['demand', String(caseId)]);
    expect(paid.status).toBe(1);
    expect(paid.stderr).toMatch(/nothing owing \(balance \$0\.00\)/);
    expect(ok(cli(dir, ['verify', '--json'])).json()).toMatchObject({ ok: true });
  });

  it('exits 2 on wrong usage and 1 on an unknown case', () => {
    const dir = tempDir();
    expect(cli(dir, ['demand']).status).toBe(2);
    expect(cli(dir, ['demand', '1', '2']).status).toBe(2);
    expect(cli(dir, ['demand', '1', '--bogus']).status).toBe(2);
    const missing = cli(dir, ['demand', 'CE-1999-0001']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no case numbered CE-1999-0001/);
    expect(existsSync(path.join(dir, 'caseready.db'))).toBe(true);
  });
});
