import { describe, expect, it } from 'vitest';
import type { ChecklistEvaluation } from '../../shared/checklists/evaluate';
import { cli, seedCase, tempDir } from './cliHarness';

describe('caseready CLI: checklist', () => {
  it('prints each item of a step with its status and the readiness', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const text = cli(dir, ['checklist', '--case', String(caseId), '--step', 'civil_ticket']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Issue a civil ticket — case \d+, as of \d{4}-\d\d-\d\d: 0% ready \(0 of 5 blocking items\)/);
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
