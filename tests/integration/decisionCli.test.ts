import { describe, expect, it } from 'vitest';
import type { DecisionSuggestion } from '../../shared/decision/suggest';
import { cli, seedCase, tempDir } from './cliHarness';

describe('caseready CLI: approach', () => {
  it('ranks the approaches with reasons for an elderly owner-occupant in a weak market, with the economics verdict', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const prop = cli(dir, ['property', 'update', '--case', String(caseId), '--type', 'single_family', '--occupancy', 'owner_occupied', '--market', 'weak']);
    expect(prop.status, prop.stderr).toBe(0);

    const text = cli(dir, ['approach', '--case', String(caseId), '--elderly', '--low-income', '--value', '$50,000', '--mortgage', '25,000', '--repairs', '31000']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Suggested approach — case \d+\n {2}1\. Repair-program or partner referral \(score 13\)\n {7}\+6 The owner may not have the physical or financial capacity/);
    expect(text.stdout).toMatch(/^ {2}Held back: Lien \(score -10\) — A lien first would put the family's home/m);
    expect(text.stdout).toMatch(/Economics: Repairs exceed the owner's equity by \$6,000\.00: repairs are unlikely without help or transfer/);
    expect(text.stdout).toMatch(/Not recorded \(rules about these were skipped\): severity of the open violations$/m);

    const json = cli(dir, ['approach', '--json', '--case', String(caseId), '--out-of-state', '--unresponsive']).json<DecisionSuggestion>();
    expect(json.inputs).toMatchObject({ propertyType: 'single_family', occupancy: 'owner_occupied', market: 'weak', outOfState: true, unresponsive: true, capacity: { elderly: false } });
    expect(json.approaches.map((a) => a.approach).slice(0, 2)).toEqual(['ticket', 'hearing']);
    expect(json.economics).toBeNull();
  });

  it('refuses bad money, half an economics check and an unknown case with a usable message', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const negative = cli(dir, ['approach', '--case', String(caseId), '--value=-5', '--repairs', '10']);
    expect(negative.status).toBe(2);
    expect(negative.stderr).toMatch(/--value "-5" is negative/);
    const words = cli(dir, ['approach', '--case', String(caseId), '--value', '50000', '--repairs', 'lots']);
    expect(words.stderr).toMatch(/--repairs "lots" is not an amount of money/);
    const half = cli(dir, ['approach', '--case', String(caseId), '--value', '50000']);
    expect(half.status).toBe(2);
    expect(half.stderr).toMatch(/needs both --value and --repairs/);
    expect(cli(dir, ['approach', '--case', String(caseId), '--veteran']).stderr).toMatch(/veteran/);
    const noCase = cli(dir, ['approach', '--case', '999']);
    expect(noCase.status).toBe(1);
    expect(noCase.stderr).toMatch(/Case 999 does not exist/);
  });
});
