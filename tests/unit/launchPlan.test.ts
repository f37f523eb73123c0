/** Which commands the launcher starts in a child with a tuned heap (the CSV imports), read as caseready.ts reads argv. */
import { describe, expect, it } from 'vitest';
import { commandKey, heapFlagsFor, TUNED_HEAP_FLAGS } from '../../electron/cli/launchPlan';

describe('launch plan', () => {
  it('the CSV imports get the tuned heap wherever the global options are', () => {
    for (const argv of [
      ['import', 'cases', 'f.csv', '--source', 'S', '--map', 'a=b'],
      ['--data-dir', '/d', 'import', 'cases', 'f.csv'],
      ['--data-dir=/d', '--json', 'import', 'cases'],
      ['--pack', 'model-ipmc', '--data-dir', '/d', 'code', 'import', 'codes.csv', '--map', 'x=y'],
      ['--json', '--pack=p', 'code', 'import'],
    ]) {
      expect(heapFlagsFor(argv), argv.join(' ')).toEqual(TUNED_HEAP_FLAGS);
    }
  });

  it('every other command runs in the launcher process itself (no second start-up)', () => {
    for (const argv of [[], ['--help'], ['--version'], ['case', 'list'], ['--data-dir', 'import', 'case', 'list'], ['code', 'list'], ['import'], ['evidence', 'add', 'import', 'cases']]) {
      expect(heapFlagsFor(argv), argv.join(' ')).toBeNull();
    }
  });

  it('reads the command words after --data-dir/--pack values and --json', () => {
    expect(commandKey(['--data-dir', 'import', 'case', 'list'])).toBe('case list');
    expect(commandKey(['--json', 'case', 'show', 'CE-1'])).toBe('case show');
  });
});
