import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ELECTRON_UNAVAILABLE_MESSAGE,
  findElectronBinary,
  isCopiedForNativeBuild,
  isNativeBuildCurrent,
  nativeBuildKey,
  nativeCachePaths,
} from '../../scripts/lib/electronRuntime.mjs';

const repo = path.resolve(__dirname, '..', '..');
const electronDir = path.resolve('/repo/node_modules/electron');

describe('findElectronBinary', () => {
  it('reports a package installed without its binary (no path.txt) and does not look further', () => {
    const result = findElectronBinary({ electronDir, env: {}, exists: () => true, readText: () => null });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/without its binary/) });
  });

  it('finds dist/<path.txt> when it exists', () => {
    const binary = path.join(electronDir, 'dist', 'electron');
    const result = findElectronBinary({ electronDir, env: {}, exists: (f) => f === binary, readText: () => 'electron\n' });
    expect(result).toEqual({ ok: true, path: binary });
  });

  it('reports a path.txt whose file is gone', () => {
    const result = findElectronBinary({ electronDir, env: {}, exists: () => false, readText: () => 'Electron.app/Contents/MacOS/Electron' });
    expect(result.ok).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const override = path.resolve('/opt/electron');
    const binary = path.join(override, 'electron');
    expect(findElectronBinary({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, exists: (f) => f === binary, readText: () => null })).toEqual({
      ok: true,
      path: binary,
    });
  });
});

describe('native build cache', () => {
  const key = nativeBuildKey({ electronVersion: '45.5.0', betterSqliteVersion: '12.6.2', platform: 'linux', arch: 'x64' });

  it('keeps its files under .native-electron/', () => {
    const paths = nativeCachePaths('/repo');
    expect(path.relative('/repo', paths.binding)).toBe(path.join('.native-electron', 'better_sqlite3.node'));
    expect(path.relative('/repo', paths.workDir).startsWith('.native-electron')).toBe(true);
  });

  it('is current only for the exact same Electron, better-sqlite3, platform and arch', () => {
    expect(isNativeBuildCurrent(JSON.stringify(key), key)).toBe(true);
    expect(isNativeBuildCurrent(JSON.stringify({ ...key, electron: '46.0.0' }), key)).toBe(false);
    expect(isNativeBuildCurrent(JSON.stringify({ ...key, arch: 'arm64' }), key)).toBe(false);
    expect(isNativeBuildCurrent(JSON.stringify({ ...key, extra: 1 }), key)).toBe(false);
  });

  it.each([[null], [undefined], [''], ['{not json'], ['null'], ['42']])('treats an unreadable stamp %j as stale', (stamp) => {
    expect(isNativeBuildCurrent(stamp as string | null, key)).toBe(false);
  });

  it('copies better-sqlite3 without its Node-ABI build output', () => {
    expect(isCopiedForNativeBuild('binding.gyp')).toBe(true);
    expect(isCopiedForNativeBuild(path.join('deps', 'sqlite3', 'sqlite3.c'))).toBe(true);
    expect(isCopiedForNativeBuild('')).toBe(true);
    expect(isCopiedForNativeBuild('build')).toBe(false);
    expect(isCopiedForNativeBuild(path.join('build', 'Release', 'better_sqlite3.node'))).toBe(false);
    expect(isCopiedForNativeBuild('build\\Release\\x.node')).toBe(false);
    expect(isCopiedForNativeBuild('builder.js')).toBe(true);
  });
});

describe('npm start without an Electron binary', () => {
  it('exits 1 with the clear message and without building anything', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'caseready-no-electron-'));
    try {
      const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'start.mjs')], {
        cwd: repo,
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(ELECTRON_UNAVAILABLE_MESSAGE);
      expect(run.stderr).toContain('npm run web');
      expect(run.stdout).not.toMatch(/built \d+ node bundle/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
