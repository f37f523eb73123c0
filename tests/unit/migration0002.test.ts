/** 0002-parties-property: applies on a populated schema 1 and keeps every existing row. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas } from '../../electron/db/open';

function atVersion1WithACase() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  MIGRATIONS[0]!.up(db);
  db.pragma('user_version = 1');
  db.exec(`
    INSERT INTO properties (id, parcel_id, address, created_at) VALUES (1, '07-215-001', '1418 Maple St', '2026-01-01T00:00:00Z');
    INSERT INTO parties (id, name, kind, mailing_address, created_at) VALUES (1, 'Peña', 'individual', '1 Oak Ave', '2026-01-01T00:00:00Z');
    INSERT INTO cases (id, case_number, property_id, opened_on, inspector, created_at) VALUES (1, 'CE-2026-0001', 1, '2026-01-01', 'R', 'x');
    INSERT INTO case_parties (case_id, party_id, role) VALUES (1, 1, 'owner_of_record');
  `);
  return db;
}

function migrateTo2(db: Database.Database) {
  db.transaction(() => {
    MIGRATIONS[1]!.up(db);
    db.pragma('user_version = 2');
  })();
}

describe('migration 0002-parties-property', () => {
  it('keeps the owner link, copies the mailing address as current, and allows the new roles', () => {
    const db = atVersion1WithACase();
    migrateTo2(db);
    expect(db.prepare('SELECT case_id, party_id, role FROM case_parties').all()).toEqual([{ case_id: 1, party_id: 1, role: 'owner_of_record' }]);
    expect(db.prepare('SELECT party_id, address, is_current FROM party_addresses').all()).toEqual([{ party_id: 1, address: '1 Oak Ave', is_current: 1 }]);
    db.prepare("INSERT INTO parties (id, name, kind, mailing_address, created_at) VALUES (2, 'Z', 'individual', '', 'x')").run();
    db.prepare("INSERT INTO case_parties VALUES (1, 2, 'complainant')").run();
    db.prepare("INSERT INTO case_parties VALUES (1, 2, 'witness')").run();
    expect(() => db.prepare("INSERT INTO case_parties VALUES (1, 2, 'landlord')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO case_parties VALUES (1, 2, 'owner_of_record')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO case_parties VALUES (1, 99, 'tenant')").run()).toThrow(/FOREIGN KEY/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'case_parties'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['case_parties_party', 'case_parties_one_owner']));
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('adds property details whose unit count is required for multi-unit buildings only', () => {
    const db = atVersion1WithACase();
    migrateTo2(db);
    const set = db.prepare('UPDATE properties SET property_type = ?, unit_count = ? WHERE id = 1');
    expect(() => set.run('multi_unit', null)).toThrow(/CHECK/);
    expect(() => set.run('multi_unit', 1)).toThrow(/CHECK/);
    expect(() => set.run('single_family', 2)).toThrow(/CHECK/);
    expect(() => set.run('castle', null)).toThrow(/CHECK/);
    set.run('multi_unit', 4);
    set.run('vacant_lot', null);
    expect(() => db.prepare("UPDATE properties SET occupancy = 'squatted'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE properties SET market_type = 'hot'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE properties SET tax_status = 'late'").run()).toThrow(/CHECK/);
  });

  it('makes contacts, findings and finding documents append-only; addresses are never deleted', () => {
    const db = atVersion1WithACase();
    migrateTo2(db);
    db.prepare("INSERT INTO party_contacts VALUES (1, 1, 1, '2026-01-02T10:00', 'phone', 'R', 'Left a message', 'x', 'R')").run();
    expect(() => db.prepare("UPDATE party_contacts SET summary = 'other'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM party_contacts').run()).toThrow(/append-only/);
    db.prepare("INSERT INTO ownership_findings VALUES (1, 1, 'recorder_deed', '2026-01-02', 'R', 'Deed book 1', 1, 'x', 'R')").run();
    expect(() => db.prepare("UPDATE ownership_findings SET performed_on = '2026-02-01'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ownership_findings').run()).toThrow(/append-only/);
    expect(() => db.prepare("INSERT INTO ownership_findings VALUES (2, 1, 'rumour', '2026-01-02', 'R', 'x', NULL, 'x', 'R')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO vault_objects VALUES (?, 3, 'application/pdf', 'now')").run('a'.repeat(64));
    db.prepare("INSERT INTO ownership_finding_documents VALUES (1, ?, 'deed.pdf', 'application/pdf', 3)").run('a'.repeat(64));
    expect(() => db.prepare('DELETE FROM ownership_finding_documents').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM party_addresses').run()).toThrow(/kept/);
    expect(() => db.prepare("UPDATE party_addresses SET address = 'elsewhere'").run()).toThrow(/cannot be rewritten/);
    expect(() => db.prepare("INSERT INTO party_addresses VALUES (9, 1, '2 Elm', 1, NULL, 'x', 'R')").run()).toThrow(/UNIQUE/);
  });
});
