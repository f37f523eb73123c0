/**
 * Kills a real Node process inside `vault.put` (via the CASEREADY_CRASH_AT hook) and checks what
 * a crash leaves behind: a temp file or a complete object, never a torn object under its final
 * name, and `reconcile` cleans up both. The lead's import test builds on the same hook to prove
 * a killed import leaves no database row without its file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVault, TEMP_PREFIX } from '../../electron/services/vault/vault';

let work: string;
let script: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'caseready-vault-crash-'));
  script = path.join(work, 'put.cjs');
  // The child runs the real vault module, bundled the way scripts/build.mjs bundles the CLI.
  await build({
    stdin: {
      contents: `
        import { openVault } from ${JSON.stringify(path.resolve(__dirname, '../../electron/services/vault/vault.ts'))};
        const [root, source] = process.argv.slice(2);
        openVault(root).put(source).then((r) => console.log(JSON.stringify(r)));
      `,
      resolveDir: work,
      loader: 'ts',
    },
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function crashDuringPut(crashAt: string): Promise<{ root: string; sha256: string; signal: NodeJS.Signals | null; stdout: string }> {
  const root = await fs.mkdtemp(path.join(work, 'vault-'));
  const source = path.join(root, 'photo.jpg');
  const bytes = Buffer.from(`pretend photo for ${crashAt}`);
  await fs.writeFile(source, bytes);
  const child = spawnSync(process.execPath, [script, root, source], {
    env: { ...process.env, CASEREADY_CRASH_AT: crashAt },
    encoding: 'utf8',
  });
  return { root, sha256: createHash('sha256').update(bytes).digest('hex'), signal: child.signal, stdout: child.stdout };
}

describe.skipIf(process.platform === 'win32')('vault crash points', () => {
  it('after the temp fsync: only a temp file remains, and reconcile deletes it', async () => {
    const { root, sha256, signal, stdout } = await crashDuringPut('vault:after-temp-fsync');
    expect(signal).toBe('SIGKILL');
    expect(stdout).toBe('');
    const vault = openVault(root);
    expect(await vault.has(sha256)).toBe(false);
    const temps = (await fs.readdir(path.join(root, 'objects'))).filter((n) => n.startsWith(TEMP_PREFIX));
    expect(temps).toHaveLength(1);

    expect(await vault.reconcile(new Set())).toEqual({ missing: [], quarantined: [], removedTemps: 1 });
    expect(await fs.readdir(path.join(root, 'objects'))).toEqual([]);
  });

  it('after the rename: a complete object without a row, which reconcile quarantines', async () => {
    const { root, sha256, signal } = await crashDuringPut('vault:after-rename');
    expect(signal).toBe('SIGKILL');
    const vault = openVault(root);
    expect(await vault.verify([sha256])).toEqual({ checked: 1, mismatched: [], missing: [] });

    const report = await vault.reconcile(new Set()); // the caller never committed its row
    expect(report.quarantined).toEqual([sha256]);
    expect(await vault.has(sha256)).toBe(false);
  });

  it('without the hook the same child finishes normally', async () => {
    const { signal, stdout, sha256 } = await crashDuringPut('not-a-crash-point');
    expect(signal).toBeNull();
    expect(JSON.parse(stdout)).toMatchObject({ sha256, existed: false });
  });
});
