/** Each storage condition gets its own code and advice; only SQLite's corruption codes are called corruption. */
import { describe, expect, it } from 'vitest';
import { classifyIoError } from '../../electron/services/ioErrors';

const err = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('classifyIoError', () => {
  it.each([
    ['ENOSPC', 'DISK_FULL', /is full.*Nothing is damaged.*Free some space/],
    ['EDQUOT', 'DISK_FULL', /is full/],
    ['SQLITE_FULL', 'DISK_FULL', /is full/],
    ['EROFS', 'READ_ONLY', /read-only media.*Copy the data folder to a writable disk/],
    ['SQLITE_READONLY_DBMOVED', 'READ_ONLY', /read-only/],
    ['EACCES', 'PERMISSION_DENIED', /refused CaseReady access.*writable by/],
    ['EPERM', 'PERMISSION_DENIED', /refused/],
    ['SQLITE_BUSY', 'STORE_BUSY', /locked by another program.*Close any other program/],
    ['SQLITE_BUSY_SNAPSHOT', 'STORE_BUSY', /locked/],
    ['SQLITE_CORRUPT', 'DB_CORRUPT', /damaged.*Restore it from a backup/],
    ['SQLITE_NOTADB', 'DB_CORRUPT', /not a CaseReady database/],
    ['SQLITE_IOERR_WRITE', 'IO_ERROR', /disk reported an error.*Check the drive/],
    ['EIO', 'IO_ERROR', /disk reported an error/],
  ])('%s → %s', (code, expected, message) => {
    const got = classifyIoError(err(code), 'the evidence store at /d/caseready.db');
    expect(got?.code).toBe(expected);
    expect(got?.message).toMatch(message);
  });

  it('calls an I/O error with "database or disk is full" in its text a full disk', () => {
    expect(classifyIoError(err('SQLITE_IOERR', 'database or disk is full'), 'x')?.code).toBe('DISK_FULL');
  });

  it('leaves a programming error alone (the caller reports INTERNAL)', () => {
    expect(classifyIoError(new TypeError('x is undefined'), 'x')).toBeUndefined();
    expect(classifyIoError(err('ERR_INVALID_ARG_TYPE'), 'x')).toBeUndefined();
  });
});
