import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { describeStartupFailure } from '../../electron/startupError';

const abiMessage =
  "The module '/repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.";

describe('describeStartupFailure', () => {
  it('shows an AppError (DB_TOO_NEW) as written', () => {
    const err = new AppError('DB_TOO_NEW', 'The evidence store was written by a newer version of CaseReady. Update CaseReady to open it.');
    expect(describeStartupFailure(err, { isDev: false })).toEqual({
      title: 'CaseReady cannot open its evidence store',
      message: err.message,
    });
  });

  it('tells a developer to use npm start when better-sqlite3 has the wrong ABI, even wrapped in an AppError', () => {
    const wrapped = new AppError('DB_CORRUPT', `The evidence store at /d/caseready.db could not be opened: ${abiMessage}`);
    const failure = describeStartupFailure(wrapped, { isDev: true });
    expect(failure.title).toBe('CaseReady cannot load its database engine');
    expect(failure.message).toMatch(/npm start/);
    expect(failure.message).toContain('NODE_MODULE_VERSION 115');
  });

  it('tells a user of a packaged build to reinstall, not to run npm', () => {
    const failure = describeStartupFailure(new Error(abiMessage), { isDev: false });
    expect(failure.message).toMatch(/Reinstall CaseReady/);
    expect(failure.message).not.toMatch(/npm/);
  });

  it('explains an unexpected failure without claiming anything was changed', () => {
    const failure = describeStartupFailure(new TypeError('boom'), { isDev: false });
    expect(failure.title).toBe('CaseReady could not start');
    expect(failure.message).toMatch(/boom/);
    expect(failure.message).toMatch(/Nothing was changed/);
    expect(describeStartupFailure('a string', { isDev: true }).message).toMatch(/a string/);
  });
});
