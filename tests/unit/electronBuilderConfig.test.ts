/**
 * electron-builder.yml, read with the YAML parser electron-builder itself uses (js-yaml, a
 * dependency of app-builder-lib) and validated against electron-builder's own JSON schema.
 * Packaging itself cannot run here: it downloads Electron's release zip from outside the npm
 * registry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '..', '..');
const requireFromBuilder = createRequire(require.resolve('app-builder-lib/package.json', { paths: [repo] }));
const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown };
interface BuilderConfig {
  readonly [key: string]: unknown;
  readonly appId: string;
  readonly productName: string;
  readonly directories: { output: string };
  readonly files: string[];
  readonly asarUnpack: string[];
  readonly npmRebuild: boolean;
  readonly electronFuses: Record<string, boolean>;
  readonly win: { target: string[] };
  readonly mac: { target: string[] };
  readonly linux: { target: string[] };
}
const config = yaml.load(readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    const { validateConfiguration } = requireFromBuilder('./out/util/config/config.js') as {
      validateConfiguration(c: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, notAnOption: true }, { isEnabled: false, add: () => undefined })).rejects.toThrow();
  });

  it('names the app and writes installers to release/', () => {
    expect(config.appId).toBe('org.caseready.app');
    expect(config.productName).toBe('CaseReady');
    expect(config.directories.output).toBe('release');
  });

  it('packs the bundles, resources, templates and package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'resources/**', 'templates/**', 'package.json']));
    const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('unpacks native modules from the asar and rebuilds them for Electron', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3/**', 'node_modules/sharp/**', 'node_modules/@img/**']));
    expect(config.npmRebuild).toBe(true);
  });

  it('builds nsis, dmg, AppImage and deb', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('turns off the fuses that let the environment run code in the packaged app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
