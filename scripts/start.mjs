#!/usr/bin/env node
// `npm start`: run CaseReady in Electron from the repository.
//
// 1. Find the Electron binary without triggering its download (see lib/electronRuntime.mjs). If it
//    is missing, say so and point at `npm run web`: same core, same renderer, in a browser.
// 2. Build the bundles (scripts/build.mjs).
// 3. Make sure .native-electron/better_sqlite3.node exists for the installed Electron. Tests and
//    the CLI use node_modules/better-sqlite3 built for Node's ABI; Electron has its own ABI. Rather
//    than rebuilding node_modules back and forth, a copy is built once for Electron and passed to
//    the core through CASEREADY_SQLITE_BINDING (better-sqlite3's `nativeBinding` option).
//    sharp needs nothing: it ships N-API prebuilds (@img/sharp-*), which load in both runtimes.
// 4. Start Electron on the app folder, passing through any arguments (e.g. --data-dir=...).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite, readText } from './lib/electronNative.mjs';
import { ELECTRON_UNAVAILABLE_MESSAGE, findElectronBinary } from './lib/electronRuntime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const electron = findElectronBinary({
  electronDir: path.join(root, 'node_modules/electron'),
  env: process.env,
  exists: existsSync,
  readText,
});
if (!electron.ok) {
  console.error(ELECTRON_UNAVAILABLE_MESSAGE);
  console.error(`(details: ${electron.reason})`);
  process.exit(1);
}

run(process.execPath, [path.join(root, 'scripts/build.mjs')], 'Building CaseReady');
let binding;
try {
  binding = await ensureElectronSqlite(root);
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

const child = spawn(electron.path, [root, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CASEREADY_SQLITE_BINDING: binding },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
