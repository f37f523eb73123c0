#!/usr/bin/env node
// Builds every runnable piece: the Node-side bundles (Electron main + preload, CLI, HTTP bridge)
// with esbuild, and the renderer with Vite. `--core` skips the renderer (CLI, demo, bench).
// Runtime dependencies stay external (they are native or load files of their own) and are
// resolved from node_modules, which electron-builder packs (native ones unpacked from asar).
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const coreOnly = process.argv.includes('--core');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const nodeEntries = [
  // dist/cli/caseready.cjs is the tiny launcher people run (bin/caseready.cjs, docs, tests); it runs the
  // CLI itself, caseready-main.cjs, in-process or, for the CSV imports, as a child with a tuned heap.
  ['electron/cli/launcher.ts', 'dist/cli/caseready.cjs'],
  ['electron/cli/caseready.ts', 'dist/cli/caseready-main.cjs'],
  ['electron/web/server.ts', 'dist/web/server.cjs'],
  ['electron/main.ts', 'dist/electron/main.cjs'],
  ['electron/preload.ts', 'dist/electron/preload.cjs'],
].filter(([src]) => existsSync(path.join(root, src)));

await Promise.all(
  nodeEntries.map(([src, out]) =>
    build({
      entryPoints: [path.join(root, src)],
      outfile: path.join(root, out),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      packages: 'external',
      // The preload runs sandboxed: it may only require 'electron', so everything else is bundled.
      ...(src.endsWith('preload.ts') ? { packages: undefined, external: ['electron'] } : {}),
      logLevel: 'warning',
      define: { __CASEREADY_VERSION__: JSON.stringify(version) },
    }),
  ),
);

if (!coreOnly && existsSync(path.join(root, 'renderer/index.html'))) {
  const vite = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
console.log(`built ${nodeEntries.length} node bundle(s)${coreOnly ? '' : ' and the renderer'}`);
