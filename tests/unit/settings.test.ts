/** Migration 0009 and the settings service: validated, audited writes; unreadable rows fall back to the default. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';
import { verifyAuditChain } from '../../electron/services/audit';
import { readSetting, writeSetting } from '../../electron/services/settings';
import { defineSetting } from '../../shared/settings';

const clock = { now: () => new Date('2026-12-03T10:00:00Z') };
const sample = defineSetting({
  key: 'test.sample',
  label: 'sample',
  schema: z.object({ everyHours: z.number().int().min(1).max(168) }),
  defaultValue: { everyHours: 24 },
});

function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  return db;
}

describe('settings (schema 9)', () => {
  it('0009 applies on schema 8 and refuses a value that is not JSON', () => {
    const db = new Database(':memory:');
    applyPragmas(db, false);
    for (const m of MIGRATIONS.filter((x) => x.version <= 8)) m.up(db);
    db.pragma('user_version = 8');
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(9);
    expect(() => db.prepare("INSERT INTO settings VALUES ('k', '{', 'now', 'me')").run()).toThrow(/CHECK/);
  });

  it('reads the default until a value is written, then the stored value with who wrote it', () => {
    const db = store();
    expect(readSetting(db, sample)).toEqual({ value: { everyHours: 24 }, source: 'default' });
    writeSetting(db, sample, { everyHours: 6 }, 'clerk', clock);
    expect(readSetting(db, sample)).toMatchObject({ value: { everyHours: 6 }, source: 'stored', updatedBy: 'clerk' });
  });

  it('audits each write with the value before and after, in a valid chain', () => {
    const db = store();
    writeSetting(db, sample, { everyHours: 6 }, 'clerk', clock);
    writeSetting(db, sample, { everyHours: 12 }, 'clerk', clock);
    const rows = db.prepare("SELECT details FROM audit_log WHERE action = 'settings.update' ORDER BY seq").pluck().all() as string[];
    expect(rows.map((r) => JSON.parse(r))).toEqual([
      { key: 'test.sample', before: null, after: { everyHours: 6 } },
      { key: 'test.sample', before: { everyHours: 6 }, after: { everyHours: 12 } },
    ]);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('refuses an invalid value with a message naming the setting, and writes nothing', () => {
    const db = store();
    expect(() => writeSetting(db, sample, { everyHours: 0 }, 'clerk', clock)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: expect.stringMatching(/sample setting was not saved.*everyHours/) }),
    );
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'settings.update'").pluck().get()).toBe(0);
  });

  it('falls back to the default, and says so, when a stored row no longer parses', () => {
    const db = store();
    db.prepare("INSERT INTO settings VALUES ('test.sample', '{\"everyHours\": \"often\"}', 'then', 'someone')").run();
    expect(readSetting(db, sample)).toMatchObject({ value: { everyHours: 24 }, source: 'invalid', updatedBy: 'someone' });
  });
});
