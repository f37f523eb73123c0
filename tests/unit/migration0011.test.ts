/** Migration 0011 (photo date explanations): an append-only table beside the photos, which stay untouched. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

function storeAtSchema10() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= 10)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES ('P-1', '1 Main St', 'now')").run().lastInsertRowid;
  const c = db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES ('CE-1', ?, '2026-11-30', 'x', 'now')").run(p).lastInsertRowid;
  for (const ch of ['a', 'b', 'c']) db.prepare("INSERT INTO vault_objects VALUES (?, 3, 'image/jpeg', 'now')").run(ch.repeat(64));
  db.prepare(
    `INSERT INTO photos (case_id, original_sha256, display_sha256, thumb_sha256, original_name, media_type, width, height, size_bytes, exif_taken_at, added_at, added_by)
     VALUES (?, ?, ?, ?, 'old.jpg', 'image/jpeg', 10, 10, 3, '2008-05-01T10:00:00', '2026-12-01T10:00:00.000Z', 'insp')`,
  ).run(c, 'a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64));
  return db;
}

const insert = (db: Database.Database, photoId: number, text: string) =>
  db.prepare("INSERT INTO photo_date_explanations (photo_id, explanation, recorded_at, recorded_by) VALUES (?, ?, 'now', 'clerk')").run(photoId, text);

describe('migration 0011: explanations of questionable camera dates', () => {
  it('adds an append-only table keyed to existing photos, and leaves the photo rows as they were', () => {
    const db = storeAtSchema10();
    const before = db.prepare('SELECT * FROM photos').all();
    migrate(db);
    expect(db.prepare('SELECT * FROM photos').all()).toEqual(before);
    insert(db, 1, 'Camera clock never set');
    insert(db, 1, 'Taken at the 2026-11-30 inspection; clock reset since');
    expect(db.prepare('SELECT explanation FROM photo_date_explanations ORDER BY id').pluck().all()).toHaveLength(2);
    expect(() => db.prepare("UPDATE photo_date_explanations SET explanation = 'x'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM photo_date_explanations').run()).toThrow(/cannot be changed/);
    expect(() => insert(db, 99, 'No such photo')).toThrow(/FOREIGN KEY/);
    expect(() => insert(db, 1, '   ')).toThrow(/CHECK/);
    expect(() => insert(db, 1, 'x'.repeat(301))).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
