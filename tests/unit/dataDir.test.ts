import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../shared/errors';
import { dataDirArgument, resolveDataDir } from '../../electron/dataDir';

const cwd = path.resolve('/work/cwd');
const userData = path.resolve('/home/u/.config/CaseReady');
const inputs = (argv: string[], env: Record<string, string | undefined> = {}) => ({ argv, env, cwd, userDataDir: () => userData });

describe('resolveDataDir', () => {
  it('prefers --data-dir=<path> over the environment and the default', () => {
    const choice = resolveDataDir(inputs(['electron', '.', '--data-dir=/srv/store'], { CASEREADY_DATA_DIR: '/env/store' }));
    expect(choice).toEqual({ dataDir: path.resolve('/srv/store'), source: 'argument' });
  });

  it('accepts the two-argument form --data-dir <path>', () => {
    expect(resolveDataDir(inputs(['x', '--data-dir', '/srv/two'])).dataDir).toBe(path.resolve('/srv/two'));
  });

  it('uses CASEREADY_DATA_DIR when there is no argument', () => {
    expect(resolveDataDir(inputs(['x'], { CASEREADY_DATA_DIR: '/env/store' }))).toEqual({
      dataDir: path.resolve('/env/store'),
      source: 'environment',
    });
  });

  it('falls back to <userData>/data, asking Electron only then', () => {
    let asked = 0;
    const choice = resolveDataDir({ argv: ['x'], env: { CASEREADY_DATA_DIR: '  ' }, cwd, userDataDir: () => (asked++, userData) });
    expect(choice).toEqual({ dataDir: path.join(userData, 'data'), source: 'default' });
    expect(asked).toBe(1);
    resolveDataDir({ argv: ['x', '--data-dir=/a'], env: {}, cwd, userDataDir: () => (asked++, userData) });
    expect(asked).toBe(1);
  });

  it('resolves relative paths against the working directory', () => {
    expect(resolveDataDir(inputs(['x', '--data-dir=store'])).dataDir).toBe(path.join(cwd, 'store'));
    expect(resolveDataDir(inputs(['x'], { CASEREADY_DATA_DIR: '../env' })).dataDir).toBe(path.resolve(cwd, '../env'));
  });

  it('keeps a path containing "=" and spaces intact', () => {
    expect(dataDirArgument(['--data-dir=/srv/a=b/Case Files'])).toBe('/srv/a=b/Case Files');
  });

  it('takes the last --data-dir when given twice', () => {
    expect(dataDirArgument(['--data-dir=/first', '--data-dir=/second'])).toBe('/second');
  });

  it('ignores arguments after "--" and look-alike flags', () => {
    expect(dataDirArgument(['--', '--data-dir=/not-ours'])).toBeUndefined();
    expect(dataDirArgument(['--data-directory=/x', '--no-data-dir'])).toBeUndefined();
  });

  it.each([[['--data-dir=']], [['--data-dir=   ']], [['--data-dir']], [['--data-dir', '--inspect']]])(
    'refuses an empty value %j instead of silently using the default store',
    (argv) => {
      try {
        dataDirArgument(argv);
        expect.unreachable('an empty --data-dir must throw');
      } catch (err) {
        expect(isAppError(err) && err.code).toBe('VALIDATION');
        expect((err as Error).message).toMatch(/--data-dir needs a folder/);
      }
    },
  );
});
