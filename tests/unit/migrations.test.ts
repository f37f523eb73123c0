/** One test per migration: it applies on the previous schema and leaves what later code needs. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

function freshAt(version: number) {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) m.up(db);
  db.pragma(`user_version = ${version}`);
  return db;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('0001-initial creates the evidence tables and the append-only triggers', () => {
    const db = freshAt(0);
    migrate(db);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['audit_log', 'cases', 'case_parties', 'derivatives', 'documents', 'parties', 'photos', 'properties', 'vault_objects', 'violations']),
    );
    db.prepare("INSERT INTO vault_objects VALUES (?, 3, 'image/jpeg', 'now')").run('a'.repeat(64));
    expect(() => db.prepare('UPDATE vault_objects SET size = 4').run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM vault_objects').run()).toThrow(/immutable/);
    db.prepare("INSERT INTO audit_log VALUES (1, 'at', 'a', 'x', 'e', '1', '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'b'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('runs all pending migrations in one transaction: a failure leaves the version unchanged', () => {
    const db = freshAt(0);
    db.exec('CREATE TABLE cases (x)'); // collides with 0001: the migration must fail as a whole
    expect(() => migrate(db)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'properties'").pluck().get()).toBe(0);
  });
});
