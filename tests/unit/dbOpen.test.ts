import fs, { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion, type Db } from '../../electron/db/open';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'caseready-db-'));
const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

describe('openDatabase', () => {
  it('applies the pragmas on every open, including later connections', () => {
    const file = path.join(tmp(), 'store.db');
    for (let i = 0; i < 2; i += 1) {
      const db = openDatabase(file);
      open.push(db);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    }
  });

  it('migrates a new store to the latest schema', () => {
    const db = openDatabase(path.join(tmp(), 'store.db'));
    open.push(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a store written by a newer version and leaves it unchanged', () => {
    const file = path.join(tmp(), 'newer.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_thing (x)');
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrowError(
      expect.objectContaining({ code: 'DB_TOO_NEW', message: expect.stringMatching(/newer version of CaseReady.*Update CaseReady/) }),
    );
    const again = new Database(file, { readonly: true });
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 5);
    expect(again.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'cases'").get()).toEqual({ n: 0 });
    again.close();
  });

  it('refuses a file that is not a database with DB_CORRUPT', () => {
    const file = path.join(tmp(), 'notes.db');
    writeFileSync(file, 'these are my notes, not a database '.repeat(200));
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'DB_CORRUPT' }));
  });

  it('refuses a damaged database (quick_check fails) with DB_CORRUPT', () => {
    const file = path.join(tmp(), 'damaged.db');
    const db = openDatabase(file);
    db.exec('CREATE TABLE filler (x TEXT)');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run(`row ${i} `.repeat(20));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Overwrite a run of pages in the middle of the file with garbage.
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 8, 0xa5), 0, 4096 * 8, 4096 * 20);
    fs.closeSync(fd);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'DB_CORRUPT' }));
  });
});
