import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPathsFromBundleDir, chooseSqliteBinding, devSqliteBindingPath, SQLITE_BINDING_ENV } from '../../electron/runtimePaths';

describe('appPathsFromBundleDir', () => {
  it('finds resources, templates, renderer and preload from dist/electron in the repository', () => {
    const repo = path.resolve('/repo');
    expect(appPathsFromBundleDir(path.join(repo, 'dist', 'electron'))).toEqual({
      appRoot: repo,
      resourcesDir: path.join(repo, 'resources'),
      templatesDir: path.join(repo, 'templates'),
      rendererDir: path.join(repo, 'dist', 'renderer'),
      preloadPath: path.join(repo, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('stays inside app.asar in a packaged build', () => {
    const asar = path.resolve('/opt/CaseReady/resources/app.asar');
    const paths = appPathsFromBundleDir(path.join(asar, 'dist', 'electron'));
    expect(paths.appRoot).toBe(asar);
    expect(paths.templatesDir).toBe(path.join(asar, 'templates'));
    expect(paths.rendererDir).toBe(path.join(asar, 'dist', 'renderer'));
  });
});

describe('chooseSqliteBinding', () => {
  const appRoot = path.resolve('/repo');
  const built = devSqliteBindingPath(appRoot);

  it('uses nothing in a packaged build, even if the variable is inherited', () => {
    expect(chooseSqliteBinding({ isPackaged: true, env: { [SQLITE_BINDING_ENV]: '/tmp/evil.node' }, appRoot, exists: () => true })).toBeUndefined();
  });

  it('uses the variable npm start set', () => {
    expect(chooseSqliteBinding({ isPackaged: false, env: { [SQLITE_BINDING_ENV]: '/x/b.node' }, appRoot, exists: () => false })).toBe('/x/b.node');
  });

  it('finds the .native-electron build when started by hand', () => {
    expect(built).toBe(path.join(appRoot, '.native-electron', 'better_sqlite3.node'));
    expect(chooseSqliteBinding({ isPackaged: false, env: {}, appRoot, exists: (f) => f === built })).toBe(built);
  });

  it('gives up (default lookup) when there is no Electron build', () => {
    expect(chooseSqliteBinding({ isPackaged: false, env: { [SQLITE_BINDING_ENV]: '' }, appRoot, exists: () => false })).toBeUndefined();
  });
});
