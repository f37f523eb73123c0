#!/usr/bin/env node
// Runs the benchmarks: each is a TypeScript file bundled on the fly with esbuild (the core is
// TypeScript; the bench must measure the same code the app runs). Results are appended to
// bench/results/<name>.jsonl together with the peer measured in the same run, and printed.
//   npm run bench                 all benchmarks
//   npm run bench -- vaultIngest  one of them
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(here, '.work');
mkdirSync(work, { recursive: true });
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((n) => wanted.length === 0 || wanted.includes(n));

let failed = 0;
for (const name of benches) {
  const outfile = path.join(work, `${name}.cjs`);
  await build({
    entryPoints: [path.join(here, `${name}.bench.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: path.resolve(here, '..') });
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
