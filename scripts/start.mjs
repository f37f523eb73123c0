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
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ELECTRON_UNAVAILABLE_MESSAGE,
  findElectronBinary,
  isCopiedForNativeBuild,
  isNativeBuildCurrent,
  nativeBuildKey,
  nativeCachePaths,
} from './lib/electronRuntime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const readText = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

function run(command, args, what) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${what} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function ensureElectronSqlite() {
  const electronVersion = readJson(path.join(root, 'node_modules/electron/package.json')).version;
  const sqliteDir = path.join(root, 'node_modules/better-sqlite3');
  const expected = nativeBuildKey({
    electronVersion,
    betterSqliteVersion: readJson(path.join(sqliteDir, 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  });
  const paths = nativeCachePaths(root);
  if (existsSync(paths.binding) && isNativeBuildCurrent(readText(paths.stamp), expected)) return paths.binding;

  console.log(`Building better-sqlite3 for Electron ${electronVersion} into .native-electron/ (once per Electron version)…`);
  rmSync(paths.workDir, { recursive: true, force: true });
  const copy = path.join(paths.workDir, 'node_modules/better-sqlite3');
  mkdirSync(path.dirname(copy), { recursive: true });
  cpSync(sqliteDir, copy, {
    recursive: true,
    filter: (src) => isCopiedForNativeBuild(path.relative(sqliteDir, src)),
  });
  writeFileSync(
    path.join(paths.workDir, 'package.json'),
    JSON.stringify({ name: 'caseready-native-electron', private: true, dependencies: { 'better-sqlite3': expected.betterSqlite3 } }, null, 2),
  );
  const rebuildPkg = require.resolve('@electron/rebuild/package.json');
  const rebuildCli = path.join(path.dirname(rebuildPkg), readJson(rebuildPkg).bin['electron-rebuild']);
  const result = spawnSync(
    process.execPath,
    [rebuildCli, '--version', electronVersion, '--module-dir', paths.workDir, '--which-module', 'better-sqlite3', '--force'],
    { cwd: root, stdio: 'inherit' },
  );
  const built = path.join(copy, 'build/Release/better_sqlite3.node');
  if (result.status !== 0 || !existsSync(built)) {
    console.error(
      'Could not build better-sqlite3 for Electron. @electron/rebuild needs either a prebuilt binary or ' +
        "Electron's headers (both download from outside the npm registry) plus a C++ toolchain and Python. " +
        '`npm run web` runs CaseReady without Electron.',
    );
    process.exit(1);
  }
  copyFileSync(built, paths.binding);
  writeFileSync(paths.stamp, JSON.stringify(expected, null, 2));
  return paths.binding;
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
const binding = ensureElectronSqlite();

const child = spawn(electron.path, [root, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CASEREADY_SQLITE_BINDING: binding },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
