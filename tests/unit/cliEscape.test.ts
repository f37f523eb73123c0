/** The CLI never prints a control character raw: C0 (but line feed and tab), DEL and C1 are shown as \xNN. */
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../electron/cli/output';

describe('escapeControls', () => {
  it('shows ESC, CR, BEL, NUL, DEL and C1 (CSI) as \\xNN and keeps line feeds, tabs and other text', () => {
    expect(escapeControls('a\x1b[31mred\x1b[0m')).toBe('a\\x1b[31mred\\x1b[0m');
    expect(escapeControls('x\ry\x07\x00\x7f\x9b2J')).toBe('x\\x0dy\\x07\\x00\\x7f\\x9b2J');
    expect(escapeControls('line 1\n\tline 2 — Peña')).toBe('line 1\n\tline 2 — Peña');
  });
});
