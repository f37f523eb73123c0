/** Migration 0010 (case pack): existing cases are backfilled with the pack in use (the setting, else model-ipmc) at 1.0.0. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

function storeAtSchema9(setting?: string) {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= 9)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES ('P-1', '1 Main St', 'now')").run().lastInsertRowid;
  for (const n of ['CE-1', 'CE-2']) db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES (?, ?, '2026-01-05', 'x', 'now')").run(n, p);
  if (setting !== undefined) db.prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('jurisdiction.pack', ?, 'now', 'clerk')").run(setting);
  return db;
}

const packs = (db: Database.Database) => db.prepare('SELECT case_number AS n, pack_id AS id, pack_version AS version FROM cases ORDER BY id').all();

describe('migration 0010: the pack each case was opened under', () => {
  it('backfills model-ipmc 1.0.0 when no pack was chosen', () => {
    const db = storeAtSchema9();
    migrate(db);
    expect(packs(db)).toEqual([
      { n: 'CE-1', id: 'model-ipmc', version: '1.0.0' },
      { n: 'CE-2', id: 'model-ipmc', version: '1.0.0' },
    ]);
  });

  it('backfills the chosen pack when the setting names one, and ignores a setting that is not text', () => {
    const chosen = storeAtSchema9(JSON.stringify('model-strict'));
    migrate(chosen);
    expect(packs(chosen)).toEqual([
      { n: 'CE-1', id: 'model-strict', version: '1.0.0' },
      { n: 'CE-2', id: 'model-strict', version: '1.0.0' },
    ]);
    const odd = storeAtSchema9('42');
    migrate(odd);
    expect(packs(odd).map((r) => (r as { id: string }).id)).toEqual(['model-ipmc', 'model-ipmc']);
  });
});
