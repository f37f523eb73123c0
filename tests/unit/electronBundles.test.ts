/**
 * The two Electron bundles, built exactly as scripts/build.mjs builds them, inspected through
 * esbuild's metafile:
 * - the sandboxed preload may require only 'electron' and should stay tiny (measured when this was
 *   written: about 1.5 KB from 3 source files; importing shared/contract.ts instead pulled in
 *   ~95 zod files, ~750 KB);
 * - the main bundle may load at run time only Node built-ins, 'electron' and production
 *   dependencies: electron-builder packs `dependencies` only, so a devDependency required at run
 *   time would work in development and crash the installed app.
 */
import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..');
const common: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, metafile: true, logLevel: 'silent' };

describe('preload bundle', () => {
  it('contains no zod and requires nothing but electron', async () => {
    const result = await build({ ...common, entryPoints: [path.join(repo, 'electron/preload.ts')], external: ['electron'] });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(inputs.some((i) => i.endsWith('shared/contract.ts') || i.endsWith('shared/schemas.ts'))).toBe(false);

    const code = result.outputFiles![0]!.text;
    const required = [...code.matchAll(/require\((["'])([^"']+)\1\)/g)].map((m) => m[2]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code.length).toBeLessThan(8_000);
    // The page must get window.api and nothing that leaks ipcRenderer.
    expect(code).toContain('exposeInMainWorld("api"');
    expect(code).not.toMatch(/exposeInMainWorld\("(?!api")/);
  });
});

describe('main bundle', () => {
  it('loads only built-ins, electron and production dependencies at run time', async () => {
    const result = await build({ ...common, entryPoints: [path.join(repo, 'electron/main.ts')], packages: 'external' });
    const externals = new Set(
      Object.values(result.metafile!.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)),
    );
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    const builtins = new Set(builtinModules);
    const offenders = [...externals].filter((spec) => {
      if (spec.startsWith('node:') || builtins.has(spec)) return false;
      if (spec === 'electron') return false;
      return !(packageName(spec) in pkg.dependencies);
    });
    expect(offenders).toEqual([]);
    expect(externals).toContain('electron');
    expect(externals).toContain('better-sqlite3');
  });
});
