/**
 * CLI start-up (issue 9): `caseready case list` must not load the heavy libraries it never uses.
 * Guarded structurally, never by a timing (the figures are bench/cliColdStart.bench.ts's): the CLI
 * bundles are built as scripts/build.mjs builds them, with an esbuild metafile, and every module
 * reachable from the entry through static imports — what runs at start-up; a dynamic import()
 * becomes a lazy init that runs on first use — is checked. A failure names the import chain to cut.
 * The built bundle itself is checked at run time in tests/integration/cliLauncher.test.ts.
 */
import { build, type Metafile } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..');

/** Loaded on first use only (documents, imaging, CSV parsing); each costs 10–200 ms to require. */
const LAZY_PACKAGES = ['pdf-lib', '@pdf-lib/fontkit', 'sharp', 'heic-decode', 'exifr', 'papaparse', 'docx', 'date-fns/locale'];
/** The date-fns barrel (~250 modules, ~60 ms): start-up code imports 'date-fns/addDays' and the like instead. */
const isLazyOnly = (spec: string) => spec === 'date-fns' || LAZY_PACKAGES.some((pkg) => spec === pkg || spec.startsWith(`${pkg}/`));

async function metafileOf(entry: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [path.join(repo, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: path.join(repo, 'dist', 'unused.cjs'),
  });
  return result.metafile;
}

/** Every module statically reachable from entry, with the importer it was first reached from. */
function staticallyReached(meta: Metafile, entry: string): Map<string, string | null> {
  const reached = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const imp of meta.inputs[file]?.imports ?? []) {
      if (imp.kind === 'dynamic-import' || reached.has(imp.path)) continue;
      reached.set(imp.path, file);
      if (!imp.external) queue.push(imp.path);
    }
  }
  return reached;
}

function chain(reached: Map<string, string | null>, target: string): string {
  const links: string[] = [];
  for (let at: string | null | undefined = target; at; at = reached.get(at)) links.unshift(at);
  return links.join(' -> ');
}

describe('CLI start-up modules', () => {
  it('the real CLI (caseready-main.cjs) reaches none of the heavy libraries through static imports', async () => {
    const entry = 'electron/cli/caseready.ts';
    const reached = staticallyReached(await metafileOf(entry), entry);
    const offending = [...reached.keys()].filter(isLazyOnly);
    expect(offending.map((p) => chain(reached, p))).toEqual([]);
    // The date functions the deadlines need come one file each, never through the barrel.
    expect([...reached.keys()].filter((p) => p.startsWith('date-fns/'))).toEqual(expect.arrayContaining(['date-fns/addDays']));
    // Sanity: the check sees the start-up graph at all (the store and its schemas are loaded).
    expect(reached.has('better-sqlite3')).toBe(true);
    expect(reached.has('zod')).toBe(true);
  });

  it('the heavy libraries are still bundled for the commands that need them (loaded lazily, not dropped)', async () => {
    const meta = await metafileOf('electron/cli/caseready.ts');
    const externals = new Set(Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
    for (const pkg of ['pdf-lib', '@pdf-lib/fontkit', 'sharp', 'heic-decode', 'exifr', 'papaparse']) expect(externals).toContain(pkg);
  });

  it('the launcher (dist/cli/caseready.cjs) loads only Node built-ins and its own two files', async () => {
    const entry = 'electron/cli/launcher.ts';
    const meta = await metafileOf(entry);
    const reached = [...staticallyReached(meta, entry).keys()];
    const builtins = new Set(builtinModules);
    const own = reached.filter((p) => !p.startsWith('node:') && !builtins.has(p));
    expect(own.sort()).toEqual(['electron/cli/launchPlan.ts', 'electron/cli/launcher.ts']);
  });
});
