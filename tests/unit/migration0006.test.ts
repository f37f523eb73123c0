/** Migration 0006 (checklist decisions): waivers need a reason, both tables are append-only and refuse bad steps, item ids and hashes. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas } from '../../electron/db/open';

function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= 6)) m.up(db);
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES ('P-1', '1 Main St', 'now')").run().lastInsertRowid;
  const caseId = Number(db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES ('CE-1', ?, '2026-01-05', 'x', 'now')").run(p).lastInsertRowid);
  return { db, caseId };
}

describe('migration 0006-checklist-decisions', () => {
  it('keeps waivers append-only and requires a reason to waive', () => {
    const { db, caseId } = store();
    const waive = db.prepare("INSERT INTO checklist_waivers (case_id, step, item_id, action, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'clerk', 'now')");
    waive.run(caseId, 'civil_ticket', 'owner-verified', 'waive', 'Owner confirmed in person');
    waive.run(caseId, 'civil_ticket', 'owner-verified', 'withdraw', null);
    expect(db.prepare('SELECT count(*) FROM checklist_waivers').pluck().get()).toBe(2);
    expect(() => waive.run(caseId, 'civil_ticket', 'owner-verified', 'waive', null)).toThrow(/CHECK/);
    expect(() => waive.run(caseId, 'civil_ticket', 'owner-verified', 'waive', '')).toThrow(/CHECK/);
    expect(() => waive.run(caseId, 'foreclose', 'owner-verified', 'waive', 'r')).toThrow(/CHECK/);
    expect(() => waive.run(caseId, 'civil_ticket', 'Owner Verified', 'waive', 'r')).toThrow(/CHECK/);
    expect(() => waive.run(caseId, 'civil_ticket', 'owner-verified', 'ignore', 'r')).toThrow(/CHECK/);
    expect(() => waive.run(999, 'civil_ticket', 'owner-verified', 'waive', 'r')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE checklist_waivers SET reason = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM checklist_waivers').run()).toThrow(/append-only/);
  });

  it('keeps sign-offs append-only with a SHA-256 evidence hash', () => {
    const { db, caseId } = store();
    const sign = db.prepare("INSERT INTO checklist_signoffs (case_id, step, item_id, evidence_hash, signed_by, signed_at) VALUES (?, 'civil_ticket', 'owner-verified', ?, 'solicitor', 'now')");
    sign.run(caseId, 'a'.repeat(64));
    expect(() => sign.run(caseId, 'a'.repeat(63))).toThrow(/CHECK/);
    expect(() => sign.run(caseId, 'A'.repeat(64))).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE checklist_signoffs SET evidence_hash = ?").run('b'.repeat(64))).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM checklist_signoffs').run()).toThrow(/append-only/);
  });
});
