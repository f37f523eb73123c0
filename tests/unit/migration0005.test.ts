/** Migration 0005 (search): the per-case search document follows every table it is made of, notes and sources are append-only, next_deadline follows violations. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

function storeAt(version: number) {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) m.up(db);
  db.pragma(`user_version = ${version}`);
  return db;
}

function seedCase(db: Database.Database, parcel = 'P-1', address = '12 Peña Street') {
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES (?, ?, 'now')").run(parcel, address).lastInsertRowid;
  const o = db.prepare("INSERT INTO parties (name, kind, mailing_address, created_at) VALUES ('Nguyễn Văn An', 'individual', 'x', 'now')").run().lastInsertRowid;
  const c = db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES (?, ?, '2026-01-05', 'R. Peña', 'now')")
    .run(`CE-2026-${parcel}`, p).lastInsertRowid;
  db.prepare("INSERT INTO case_parties VALUES (?, ?, 'owner_of_record')").run(c, o);
  return { propertyId: Number(p), partyId: Number(o), caseId: Number(c) };
}

const match = (db: Database.Database, table: string, q: string) =>
  db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(q);

describe('migration 0005-search', () => {
  it('indexes cases that existed before it (rebuild) and follows every write to what a case says', () => {
    const db = storeAt(4);
    const before = seedCase(db);
    migrate(db);
    const search = (q: string) => match(db, 'case_search', q);
    expect(search('pena')).toEqual([before.caseId]); // address, diacritics folded
    expect(search('nguyen AND van')).toEqual([before.caseId]); // party name
    expect(search('"p 1"')).toEqual([before.caseId]); // parcel id
    const after = seedCase(db, 'P-2', '9 Lakeview Road');
    expect(search('lakeview')).toEqual([after.caseId]);
    db.prepare("UPDATE properties SET address = '9 Harbor Road' WHERE id = ?").run(after.propertyId);
    expect(search('lakeview')).toEqual([]);
    expect(search('harbor')).toEqual([after.caseId]);
    db.prepare("UPDATE parties SET name = 'Jo Smith' WHERE id = ?").run(after.partyId);
    expect(search('smith')).toEqual([after.caseId]);
    expect(search('nguyen')).toEqual([before.caseId]);
    // A party added to a case, then removed from it.
    db.prepare("INSERT INTO case_parties VALUES (?, ?, 'occupant')").run(before.caseId, after.partyId);
    expect(search('smith')).toEqual([before.caseId, after.caseId]);
    db.prepare("DELETE FROM case_parties WHERE case_id = ? AND role = 'occupant'").run(before.caseId);
    expect(search('smith')).toEqual([after.caseId]);
    db.prepare("UPDATE cases SET case_number = 'CE-2026-0777' WHERE id = ?").run(after.caseId);
    expect(search('"ce 2026 0777"')).toEqual([after.caseId]);
    db.prepare("INSERT INTO case_notes (case_id, body, created_at, created_by) VALUES (?, 'Roofer booked for Friday', 'now', 'clerk')").run(before.caseId);
    db.prepare("INSERT INTO case_sources VALUES ('Syracuse', '2011-01166', ?, ?, 'now', 'clerk')").run(after.caseId, 'a'.repeat(64));
    expect(search('roofer AND friday')).toEqual([before.caseId]);
    expect(search('"2011 01166"')).toEqual([after.caseId]);
    expect(search('roofer AND harbor')).toEqual([]); // words of two different cases
    // Exactly one document per case, and each equals what the view derives now.
    const stale = db.prepare('SELECT count(*) FROM case_search_doc d LEFT JOIN case_search s ON s.rowid = d.case_id WHERE s.rowid IS NULL OR s.numbers IS NOT d.numbers OR s.address IS NOT d.address OR s.parties IS NOT d.parties OR s.notes IS NOT d.notes').pluck().get();
    expect(stale).toBe(0);
    expect(db.prepare('SELECT count(*) FROM case_search').pluck().get()).toBe(2);
    expect(() => db.prepare("INSERT INTO case_search (case_search) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('keeps case notes and case sources append-only', () => {
    const db = storeAt(5);
    const { caseId } = seedCase(db);
    db.prepare("INSERT INTO case_notes (case_id, body, created_at, created_by) VALUES (?, 'Owner called, says roofer booked', 'now', 'clerk')").run(caseId);
    expect(match(db, 'case_search', 'roofer')).toEqual([caseId]);
    expect(() => db.prepare("UPDATE case_notes SET body = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM case_notes').run()).toThrow(/append-only/);
    expect(() => db.prepare("INSERT INTO case_notes (case_id, body, created_at, created_by) VALUES (?, '', 'now', 'c')").run(caseId)).toThrow(/CHECK/);
    db.prepare("INSERT INTO case_sources VALUES ('Syracuse', '2011-01166', ?, ?, 'now', 'clerk')").run(caseId, 'a'.repeat(64));
    expect(() => db.prepare("UPDATE case_sources SET source_case_number = 'x'").run()).toThrow(/keeps its source/);
    expect(() => db.prepare('DELETE FROM case_sources').run()).toThrow(/keeps its source/);
    expect(() => db.prepare("INSERT INTO case_sources VALUES ('Syracuse', '2011-01166', ?, ?, 'now', 'c')").run(caseId, 'b'.repeat(64))).toThrow(/UNIQUE|PRIMARY/);
  });

  it('keeps cases.next_deadline = the earliest open violation deadline', () => {
    const db = storeAt(4);
    const { caseId } = seedCase(db);
    const addV = (date: string) =>
      Number(db.prepare("INSERT INTO violations (case_id, code_section, description, corrective_action, compliance_date, created_at) VALUES (?, 'X', 'd', 'a', ?, 'now')").run(caseId, date).lastInsertRowid);
    addV('2026-03-01');
    migrate(db); // backfills
    const deadline = () => db.prepare('SELECT next_deadline FROM cases WHERE id = ?').pluck().get(caseId);
    expect(deadline()).toBe('2026-03-01');
    const early = addV('2026-02-01');
    expect(deadline()).toBe('2026-02-01');
    db.prepare("UPDATE violations SET status = 'corrected' WHERE id = ?").run(early);
    expect(deadline()).toBe('2026-03-01');
    db.prepare("UPDATE violations SET status = 'abated'").run();
    expect(deadline()).toBeNull();
  });
});
