// Builds better-sqlite3 for Electron's ABI into .native-electron/ (used by scripts/start.mjs and
// the Electron e2e spec). Tests and the CLI keep using node_modules/better-sqlite3, built for
// Node's ABI: nothing here writes inside node_modules. The decisions (is the cache current, what
// to copy) are the pure functions in electronRuntime.mjs, which have unit tests; this file does
// the copying and runs @electron/rebuild, which needs Electron's headers or a prebuilt binary from
// outside the npm registry, so it only runs where an Electron binary exists too.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCopiedForNativeBuild, isNativeBuildCurrent, nativeBuildKey, nativeCachePaths } from './electronRuntime.mjs';

export function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Path of a better_sqlite3.node built for the installed Electron, building it first if the cache
 * is missing or was built for another Electron/better-sqlite3/platform/arch. Throws an Error whose
 * message says what to do when the build is impossible.
 */
export async function ensureElectronSqlite(root, log = (line) => console.log(line)) {
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

  log(`Building better-sqlite3 for Electron ${electronVersion} into .native-electron/ (once per Electron version)…`);
  rmSync(paths.workDir, { recursive: true, force: true });
  const copy = path.join(paths.workDir, 'node_modules/better-sqlite3');
  mkdirSync(path.dirname(copy), { recursive: true });
  cpSync(sqliteDir, copy, { recursive: true, filter: (src) => isCopiedForNativeBuild(path.relative(sqliteDir, src)) });
  writeFileSync(
    path.join(paths.workDir, 'package.json'),
    JSON.stringify({ name: 'caseready-native-electron', private: true, dependencies: { 'better-sqlite3': expected.betterSqlite3 } }, null, 2),
  );
  // The programmatic API, not the CLI: the CLI takes its project root from the nearest lock file
  // above the working directory, i.e. this repository, and then also finds and rebuilds
  // node_modules/better-sqlite3 in place. Pinning projectRootPath to the work dir keeps the
  // module search inside the copy.
  const { rebuild } = await import('@electron/rebuild');
  let failure = null;
  try {
    await rebuild({
      buildPath: paths.workDir,
      projectRootPath: paths.workDir,
      electronVersion,
      onlyModules: ['better-sqlite3'],
      force: true,
      // A mirror of Electron's headers, if the network needs one (same variable as the CLI).
      ...(process.env.ELECTRON_REBUILD_DIST_URL ? { headerURL: process.env.ELECTRON_REBUILD_DIST_URL } : {}),
    });
  } catch (err) {
    failure = err;
  }
  const built = path.join(copy, 'build/Release/better_sqlite3.node');
  if (failure !== null || !existsSync(built)) {
    throw new Error(
      'Could not build better-sqlite3 for Electron. @electron/rebuild needs either a prebuilt binary or ' +
        "Electron's headers (both download from outside the npm registry) plus a C++ toolchain and Python. " +
        '`npm run web` runs CaseReady without Electron.' +
        (failure ? ` (${failure.message})` : ''),
      { cause: failure ?? undefined },
    );
  }
  copyFileSync(built, paths.binding);
  writeFileSync(paths.stamp, JSON.stringify(expected, null, 2));
  return paths.binding;
}
