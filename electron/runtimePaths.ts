/**
 * Folders and files the main process needs, resolved from the directory of the bundled main
 * script (dist/electron/main.cjs). Relative to __dirname rather than process.cwd() or
 * app.getAppPath() so the same arithmetic holds in development (the repository) and in a packaged
 * build (inside resources/app.asar, whose paths Electron's fs reads transparently).
 * Pure: no 'electron' import.
 */
import path from 'node:path';

export interface AppPaths {
  /** The app root: the repository in development, `.../resources/app.asar` when packaged. */
  readonly appRoot: string;
  readonly resourcesDir: string;
  readonly templatesDir: string;
  readonly rendererDir: string;
  readonly preloadPath: string;
}

export function appPathsFromBundleDir(bundleDir: string): AppPaths {
  const appRoot = path.resolve(bundleDir, '..', '..');
  return {
    appRoot,
    resourcesDir: path.join(appRoot, 'resources'),
    templatesDir: path.join(appRoot, 'templates'),
    rendererDir: path.resolve(bundleDir, '..', 'renderer'),
    preloadPath: path.join(bundleDir, 'preload.cjs'),
  };
}

/** Read by the core's database opener as better-sqlite3's `nativeBinding` option. */
export const SQLITE_BINDING_ENV = 'CASEREADY_SQLITE_BINDING';

/** Where scripts/start.mjs puts better-sqlite3 compiled for Electron's ABI (see docs/electron.md). */
export function devSqliteBindingPath(appRoot: string): string {
  return path.join(appRoot, '.native-electron', 'better_sqlite3.node');
}

/**
 * Which better-sqlite3 binary the core should load under Electron.
 * - Packaged: none (undefined): electron-builder rebuilt node_modules/better-sqlite3 for
 *   Electron's ABI, so the default lookup is right, and an inherited variable from the user's
 *   environment must not redirect it to some other file.
 * - Development: the variable scripts/start.mjs set, else the Electron build it leaves in
 *   `.native-electron/` (someone ran `electron .` by hand), else undefined — then loading fails
 *   with better-sqlite3's NODE_MODULE_VERSION message, and main explains to run `npm start`.
 */
export function chooseSqliteBinding(opts: {
  readonly isPackaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly appRoot: string;
  readonly exists: (file: string) => boolean;
}): string | undefined {
  if (opts.isPackaged) return undefined;
  const fromEnv = opts.env[SQLITE_BINDING_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const built = devSqliteBindingPath(opts.appRoot);
  return opts.exists(built) ? built : undefined;
}
