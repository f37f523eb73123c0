/**
 * The sandboxed preload may require only 'electron' and should stay tiny: bundle it exactly as
 * scripts/build.mjs does and look at what went in. (Measured when this was written: about 1.5 KB
 * from 3 source files; importing shared/contract.ts instead pulled in ~95 zod files, ~750 KB.)
 */
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..');

describe('preload bundle', () => {
  it('contains no zod and requires nothing but electron', async () => {
    const result = await build({
      entryPoints: [path.join(repo, 'electron/preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(inputs.some((i) => i.endsWith('shared/contract.ts') || i.endsWith('shared/schemas.ts'))).toBe(false);

    const code = result.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code.length).toBeLessThan(8_000);
    // The page must get window.api and nothing that leaks ipcRenderer.
    expect(code).toContain('exposeInMainWorld("api"');
    expect(code).not.toMatch(/exposeInMainWorld\("(?!api")/);
  });
});
