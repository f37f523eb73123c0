/** Migration 0004 (enforcement): applies on schema 3 and its CHECKs and triggers hold by themselves. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

function atVersion3() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= 3)) m.up(db);
  db.pragma('user_version = 3');
  return db;
}

function seed(db: Database.Database) {
  db.exec(`
    INSERT INTO properties (id, parcel_id, address, created_at) VALUES (1, 'P1', '1 Main', 'now');
    INSERT INTO parties (id, name, kind, mailing_address, created_at) VALUES (1, 'Owner', 'individual', '1 Main', 'now');
    INSERT INTO cases (id, case_number, property_id, opened_on, inspector, created_at) VALUES (1, 'CE-2026-0001', 1, '2026-10-01', 'I', 'now');
    INSERT INTO vault_objects VALUES ('${'a'.repeat(64)}', 3, 'application/pdf', 'now');
    INSERT INTO documents (id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head)
      VALUES (1, 1, 'notice_of_violation', 'NOV-2026-000001', 'NOV', '${'a'.repeat(64)}', 3, 1, '2026-10-02T00:00:00Z', 'c', 'h');
  `);
}

const attempt = (method: string, tracking: string | null, outcome = 'delivered', date = '2026-10-03') =>
  `INSERT INTO service_attempts (case_id, document_id, party_id, method, tracking_number, attempted_on, server, outcome, recorded_at, recorded_by)
   VALUES (1, 1, 1, '${method}', ${tracking === null ? 'NULL' : `'${tracking}'`}, '${date}', 'S', '${outcome}', 'now', 'c')`;

const ledger = (kind: string, delta: number, extra = 'NULL') =>
  `INSERT INTO ledger_entries (case_id, kind, delta_cents, entry_date, description, reverses_entry_id, recorded_at, recorded_by)
   VALUES (1, '${kind}', ${delta}, '2026-10-05', 'd', ${extra}, 'now', 'c')`;

describe('migration 0004 service-hearings-costs', () => {
  it('applies on schema 3 and creates the enforcement tables', () => {
    const db = atVersion3();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['service_attempts', 'service_proofs', 'citations', 'citation_violations', 'hearings', 'hearing_continuances',
        'hearing_outcomes', 'ledger_entries', 'liens', 'lien_releases', 'partners', 'referrals']),
    );
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE name IN ('service_attempts','ledger_entries','liens') AND strict = 1").pluck().all();
    expect(strict).toHaveLength(3);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('requires a tracking number for certified mail and refuses unknown methods, outcomes and dates', () => {
    const db = atVersion3();
    migrate(db);
    seed(db);
    expect(() => db.exec(attempt('certified_mail', null))).toThrow(/CHECK/);
    db.exec(attempt('certified_mail', '9407'));
    db.exec(attempt('first_class_mail', null, 'returned'));
    expect(() => db.exec(attempt('carrier_pigeon', null))).toThrow(/CHECK/);
    expect(() => db.exec(attempt('posting', null, 'lost'))).toThrow(/CHECK/);
    expect(() => db.exec(attempt('posting', null, 'posted', '10/03/2026'))).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE service_attempts SET outcome = 'refused'")).toThrow(/append-only/);
  });

  it('keeps money as signed integer cents with the sign fixed by the kind', () => {
    const db = atVersion3();
    migrate(db);
    seed(db);
    db.exec(ledger('fine', 5000));
    db.exec(ledger('payment', -2000));
    expect(() => db.exec(ledger('payment', 2000))).toThrow(/CHECK/);
    expect(() => db.exec(ledger('fine', -1))).toThrow(/CHECK/);
    expect(() => db.exec(ledger('fine', 0))).toThrow(/CHECK/);
    expect(() => db.exec(ledger('fine', 10_000_000_001))).toThrow(/CHECK/);
    expect(() => db.exec(ledger('fine', 12.5 as number))).toThrow(); // STRICT: no REAL in an INTEGER column
    expect(() => db.exec(ledger('reversal', -5000))).toThrow(/CHECK/); // a reversal names what it reverses
    db.exec(ledger('reversal', -5000, '1'));
    expect(() => db.exec(ledger('reversal', -5000, '1'))).toThrow(/UNIQUE/); // reversed once only
  });

  it('needs an instrument number or book and page for liens and releases', () => {
    const db = atVersion3();
    migrate(db);
    seed(db);
    const lien = (ref: string) =>
      `INSERT INTO liens (case_id, lien_type, amount_cents, recorded_on, instrument_number, book, page, recorded_at, recorded_by) VALUES (1, 'fines', 100, '2026-11-01', ${ref}, 'now', 'c')`;
    expect(() => db.exec(lien('NULL, NULL, NULL'))).toThrow(/CHECK/);
    expect(() => db.exec(lien("NULL, '12', NULL"))).toThrow(/CHECK/);
    db.exec(lien("NULL, '12', '34'"));
    db.exec("INSERT INTO lien_releases (lien_id, released_on, instrument_number, recorded_at, recorded_by) VALUES (1, '2027-01-01', 'R1', 'now', 'c')");
    expect(() => db.exec("INSERT INTO lien_releases (lien_id, released_on, instrument_number, recorded_at, recorded_by) VALUES (1, '2027-01-02', 'R2', 'now', 'c')")).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.exec('DELETE FROM liens')).toThrow(/append-only/);
  });
});
