import { describe, expect, it } from 'vitest';
import type { ChecklistEvaluation } from '../../shared/checklists/evaluate';
import { cli, seedCase, tempDir } from './cliHarness';

describe('caseready CLI: checklist', () => {
  it('prints each item of a step with its status and the readiness', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const text = cli(dir, ['checklist', '--case', String(caseId), '--step', 'civil_ticket']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Issue a civil ticket — case \d+, as of \d{4}-\d\d-\d\d: 0% ready \(0 of 6 blocking items\)/);
    // No notice yet, so the owner has had notice of none of the violations a ticket would charge.
    expect(text.stdout).toMatch(/MISSING \[blocking\] Every violation pursued was listed on a Notice of Violation — No Notice of Violation has been issued, so the owner has had notice of none of IPMC 304\.13 \(#\d+\)\. \(fix at tab:evidence\)/);
    expect(text.stdout).toMatch(/MISSING \[blocking\] Owner of record verified recently — No ownership finding names the owner of record\. \(fix at tab:parties\)/);
    expect(text.stdout).toMatch(/MISSING \[blocking\] Compliance period has run out — Compliance period still running for IPMC 304\.13/);
    expect(text.stdout).toMatch(/MET {5}\[advisory\] Prior notices and tickets recorded — No earlier case/);

    const json = cli(dir, ['checklist', '--json', '--case', String(caseId), '--step', 'notice_of_violation']).json<ChecklistEvaluation>();
    expect(json).toMatchObject({ caseId, step: 'notice_of_violation', ready: false });
    expect(json.items.find((i) => i.id === 'code-sections')).toMatchObject({ status: 'met', severity: 'blocking', fixAt: 'tab:evidence' });
    // Occupancy is not recorded, so the tenant-only item is shown, with the reason.
    expect(json.items.find((i) => i.id === 'tenants-identified')).toMatchObject({ applies: true, appliesNote: 'Shown because the occupancy is not recorded.' });
  });

  it('refuses an unknown step or case with a usable message', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const badStep = cli(dir, ['checklist', '--case', String(caseId), '--step', 'foreclose']);
    expect(badStep.status).toBe(2);
    expect(badStep.stderr).toMatch(/--step must be one of notice_of_violation, civil_ticket, refer_to_law, hearing_readiness, abatement, file_lien \(got "foreclose"\)/);
    expect(cli(dir, ['checklist', '--case', String(caseId)]).stderr).toMatch(/--step is required/);
    const noCase = cli(dir, ['checklist', '--case', '999', '--step', 'abatement']);
    expect(noCase.status).toBe(1);
    expect(noCase.stderr).toMatch(/Case 999 does not exist/);
  });
});

describe('caseready CLI: checklist waive / signoff', () => {
  it('waives an item with a reason (readiness rises) and signs off a met item', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const before = cli(dir, ['checklist', '--json', '--case', String(caseId), '--step', 'notice_of_violation']).json<ChecklistEvaluation>();
    const waive = cli(dir, ['checklist', 'waive', '--case', String(caseId), '--step', 'notice_of_violation', '--item', 'entry-authority', '--reason', 'Viewed from the public street']);
    expect(waive.status, waive.stderr).toBe(0);
    expect(waive.stdout).toMatch(/^Waived "entry-authority" for /);
    expect(waive.stdout).toMatch(/WAIVED {2}\[blocking\] .*\n {10}waived by .*: Viewed from the public street/);
    const after = cli(dir, ['checklist', '--json', '--case', String(caseId), '--step', 'notice_of_violation']).json<ChecklistEvaluation>();
    expect(after.readiness.done).toBe(before.readiness.done + 1);

    const sign = cli(dir, ['checklist', 'signoff', '--case', String(caseId), '--step', 'notice_of_violation', '--item', 'code-sections']);
    expect(sign.status, sign.stderr).toBe(0);
    expect(sign.stdout).toMatch(/Signed off "code-sections"/);
    const listed = cli(dir, ['checklist', '--case', String(caseId), '--step', 'notice_of_violation']);
    expect(listed.stdout).toMatch(/signed off by .* at \d{4}-\d\d-\d\dT/);
    expect(listed.stdout).not.toMatch(/LAPSED/);
  });

  it('refuses a missing reason or item, an unknown item, and signing off an unmet item', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const base = ['--case', String(caseId), '--step', 'notice_of_violation'];
    const noReason = cli(dir, ['checklist', 'waive', ...base, '--item', 'entry-authority']);
    expect(noReason.status).toBe(2);
    expect(noReason.stderr).toMatch(/--reason is required/);
    const blank = cli(dir, ['checklist', 'waive', ...base, '--item', 'entry-authority', '--reason', '   ']);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toMatch(/Say why the item is waived/);
    expect(cli(dir, ['checklist', 'signoff', ...base]).stderr).toMatch(/--item is required/);
    const unknown = cli(dir, ['checklist', 'waive', ...base, '--item', 'no-such-item', '--reason', 'r']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/has no item "no-such-item"/);
    const unmet = cli(dir, ['checklist', 'signoff', ...base, '--item', 'entry-authority']);
    expect(unmet.status).toBe(1);
    expect(unmet.stderr).toMatch(/is missing, not met/);
    expect(cli(dir, ['checklist', 'signoff', '--case', String(caseId), '--step', 'foreclose', '--item', 'x']).stderr).toMatch(/--step must be one of/);
  });
});
