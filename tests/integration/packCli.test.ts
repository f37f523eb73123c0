import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackList } from '../../shared/packs';
import { cli, ROOT, seedCase, tempDir } from './cliHarness';

describe('caseready CLI: pack check, list, use and --pack', () => {
  it('checks a pack folder: 0 when clean, 1 with every problem as file:line:column', () => {
    const dir = tempDir();
    const clean = cli(dir, ['pack', 'check', path.join(ROOT, 'templates', 'jurisdictions', 'model-ipmc')]);
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/has no problems/);
    const broken = path.join(dir, 'packs', 'river-city');
    mkdirSync(broken, { recursive: true });
    writeFileSync(path.join(broken, 'pack.json'), '{\n  "id": "river-city",\n  "colour": 1\n}\n');
    const bad = cli(dir, ['pack', 'check', broken]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`${path.join(broken, 'pack.json')}:3:3: colour: unknown key "colour" (allowed here: id, name, version,`);
    expect(bad.stdout).toMatch(/pack\.json:1:1: name: is missing/);
  });

  it('lists a broken pack as invalid without stopping other commands, refuses to use it, and uses a valid one', () => {
    const dir = tempDir();
    const broken = path.join(dir, 'packs', 'broken-city');
    mkdirSync(broken, { recursive: true });
    writeFileSync(path.join(broken, 'pack.json'), '{');
    expect(cli(dir, ['case', 'list']).status).toBe(0);
    const list = cli(dir, ['pack', 'list', '--json']).json<PackList>();
    expect(list.inUse).toBe('model-ipmc');
    expect(list.packs.find((p) => p.id === 'broken-city')).toMatchObject({ valid: false, source: 'data-folder', problems: [expect.stringMatching(/pack\.json:1:2: is not valid JSON/)] });
    const refused = cli(dir, ['pack', 'use', 'broken-city']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/"broken-city" .*was not chosen/);
    const used = cli(dir, ['pack', 'use', 'model-strict']);
    expect(used.status, used.stderr).toBe(0);
    const text = cli(dir, ['pack', 'list']);
    expect(text.stdout).toMatch(/^\* model-strict {2}Model Strict City .* 1\.0\.0 {2}\[app\] valid$/m);
    expect(text.stdout).toMatch(/^ {2}broken-city {2}\(no name\) {2}- {2}\[data folder\] INVALID$/m);
  });

  it('--pack overrides for one command and names an unknown pack', () => {
    const dir = tempDir();
    const unknown = cli(dir, ['--pack', 'nowhere', 'case', 'list']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no jurisdiction pack "nowhere" in .*packs or .*jurisdictions/);
    expect(cli(dir, ['--pack=model-strict', 'case', 'list']).status).toBe(0);
    expect(cli(dir, ['--pack', 'model-strict', 'pack', 'list', '--json']).json<PackList>()).toMatchObject({ inUse: 'model-strict', setting: 'model-ipmc' });
  });

  it('refuses a notice for a case opened under another pack until `case move-pack` records the loaded one', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const refused = cli(dir, ['--pack', 'model-strict', 'notice', '--case', String(caseId)]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/opened under the jurisdiction pack "model-ipmc" 1\.0\.0, but CaseReady has loaded "model-strict" 1\.0\.0.*caseready case move-pack --case CE-\d{4}-\d{4}.*\[CONFLICT\]/s);
    const moved = cli(dir, ['--pack', 'model-strict', 'case', 'move-pack', '--case', String(caseId)]);
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stdout).toMatch(/is now under the jurisdiction pack "model-strict" 1\.0\.0/);
    expect(cli(dir, ['--pack', 'model-strict', 'case', 'show', '--json', String(caseId)]).json<{ pack: unknown }>().pack).toMatchObject({ id: 'model-strict', version: '1.0.0' });
  });
});
