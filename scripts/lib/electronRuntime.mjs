// Pure helpers for scripts/start.mjs (`npm start`): finding the Electron binary without
// triggering a download, and deciding whether the Electron-ABI copy of better-sqlite3 in
// .native-electron/ is current. Unit-tested in tests/unit/electronRuntime.test.ts; types in
// electronRuntime.d.mts.
import path from 'node:path';

export const ELECTRON_UNAVAILABLE_MESSAGE =
  'The Electron binary is not available on this machine (it downloads from outside the npm registry). ' +
  'Run `npm run web` to use CaseReady in a browser against the same core.';

/**
 * Where node_modules/electron keeps (or would keep) its binary. Mirrors the lookup in
 * electron/index.js, but never calls it: `require('electron')` starts a download from outside the
 * npm registry when the binary is missing, which hangs or fails on machines without that access.
 *
 * @param {{ electronDir: string, env: Record<string, string | undefined>,
 *           exists: (file: string) => boolean, readText: (file: string) => string | null }} io
 * @returns {{ ok: true, path: string } | { ok: false, reason: string }}
 */
export function findElectronBinary({ electronDir, env, exists, readText }) {
  const pathTxt = (readText(path.join(electronDir, 'path.txt')) ?? '').trim();
  let binary;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, pathTxt || 'electron');
  } else if (pathTxt === '') {
    return { ok: false, reason: `the electron package in ${electronDir} was installed without its binary (no path.txt)` };
  } else {
    binary = path.join(electronDir, 'dist', pathTxt);
  }
  return exists(binary) ? { ok: true, path: binary } : { ok: false, reason: `${binary} does not exist` };
}

/** Files under .native-electron/ (ignored by git). */
export function nativeCachePaths(root) {
  const dir = path.join(root, '.native-electron');
  return {
    dir,
    binding: path.join(dir, 'better_sqlite3.node'),
    stamp: path.join(dir, 'stamp.json'),
    // A throwaway project holding a COPY of better-sqlite3: the rebuild happens there, so
    // node_modules/better-sqlite3/build (Node's ABI, used by tests and the CLI) is never touched.
    workDir: path.join(dir, 'project'),
  };
}

/**
 * What the cached binary must have been built for. A change of Electron (new ABI),
 * better-sqlite3, platform or arch means a rebuild.
 */
export function nativeBuildKey({ electronVersion, betterSqliteVersion, platform, arch }) {
  return { electron: electronVersion, betterSqlite3: betterSqliteVersion, platform, arch };
}

/** True when the stamp file's text records exactly `expected`. Unreadable stamps are stale. */
export function isNativeBuildCurrent(stampText, expected) {
  if (typeof stampText !== 'string') return false;
  let recorded;
  try {
    recorded = JSON.parse(stampText);
  } catch {
    return false;
  }
  if (recorded === null || typeof recorded !== 'object') return false;
  const keys = Object.keys(expected);
  return Object.keys(recorded).length === keys.length && keys.every((k) => recorded[k] === expected[k]);
}

/**
 * Filter for copying node_modules/better-sqlite3 into the work dir: everything except its build
 * output (Node-ABI objects, tens of MB, and exactly what must not leak into the Electron build).
 * `relative` is the path relative to the package folder, with either separator.
 */
export function isCopiedForNativeBuild(relative) {
  const first = relative.split(/[\\/]/)[0];
  return first !== 'build' && first !== 'node_modules';
}
