/**
 * Migration 0008 (notice violations): document_violations records which violations a notice
 * listed. Notices already issued are backfilled from the case history (flagged inferred): a
 * violation is linked when it existed at issue and was open at that moment, its status then read
 * from violation_events by the time each change was recorded. Rows are append-only and may only
 * link a document to a violation of its own case.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate, schemaVersion } from '../../electron/db/open';

const NOTICE_1_AT = '2026-02-01T10:00:00.000Z';
const NOTICE_2_AT = '2026-03-01T10:00:00.000Z';

function storeAtSchema7() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= 7)) {
    m.up(db);
    db.pragma(`user_version = ${m.version}`);
  }
  const p = db.prepare("INSERT INTO properties (parcel_id, address, created_at) VALUES ('P-1', '1 Main St', 'now')").run().lastInsertRowid;
  const owner = db.prepare("INSERT INTO parties (name, kind, mailing_address, created_at) VALUES ('Owner', 'individual', '1 Main St', 'now')").run().lastInsertRowid;
  const newCase = (n: string) =>
    Number(db.prepare("INSERT INTO cases (case_number, property_id, opened_on, inspector, created_at) VALUES (?, ?, '2026-01-05', 'x', 'now')").run(n, p).lastInsertRowid);
  const caseId = newCase('CE-1');
  const otherCase = newCase('CE-2');
  db.prepare("INSERT INTO case_parties (case_id, party_id, role) VALUES (?, ?, 'owner_of_record')").run(caseId, owner);

  const violation = (c: number, section: string, status: string, createdAt: string) =>
    Number(
      db
        .prepare("INSERT INTO violations (case_id, code_section, description, corrective_action, compliance_date, status, created_at) VALUES (?, ?, 'd', 'a', '2026-04-01', ?, ?)")
        .run(c, section, status, createdAt).lastInsertRowid,
    );
  const event = (v: number, from: string, to: string, recordedAt: string) =>
    db
      .prepare("INSERT INTO violation_events (violation_id, from_status, to_status, effective_on, recorded_at, recorded_by) VALUES (?, ?, ?, substr(?, 1, 10), ?, 'insp')")
      .run(v, from, to, recordedAt, recordedAt);

  const v = {
    // Open throughout: on both notices.
    openAll: violation(caseId, '302.4', 'open', '2026-01-10T09:00:00.000Z'),
    // Added between the notices: only on the second.
    addedLater: violation(caseId, '304.13', 'open', '2026-02-15T09:00:00.000Z'),
    // Dismissed (recorded) before the first notice: on neither.
    dismissedBefore: violation(caseId, '305.1', 'dismissed', '2026-01-10T09:00:00.000Z'),
    // Open at the first notice, dismissed afterwards: on the first only (the earliest later event's from_status).
    dismissedBetween: violation(caseId, '306.1', 'dismissed', '2026-01-10T09:00:00.000Z'),
    // Imported as corrected, no recorded change: its current status answers; on neither.
    importedCorrected: violation(caseId, '307.1', 'corrected', '2026-01-10T09:00:00.000Z'),
    // Corrected before the first notice and reopened before the second: on the second only.
    reopened: violation(caseId, '308.1', 'open', '2026-01-10T09:00:00.000Z'),
    // Another case's violation: never on this case's notices.
    elsewhere: violation(otherCase, '302.4', 'open', '2026-01-10T09:00:00.000Z'),
  };
  event(v.dismissedBefore, 'open', 'dismissed', '2026-01-20T09:00:00.000Z');
  event(v.dismissedBetween, 'open', 'dismissed', '2026-02-10T09:00:00.000Z');
  event(v.reopened, 'open', 'corrected', '2026-01-20T09:00:00.000Z');
  event(v.reopened, 'corrected', 'open', '2026-02-20T09:00:00.000Z');

  const vault = db.prepare("INSERT INTO vault_objects (sha256, size, media_type, stored_at) VALUES (?, 10, 'application/pdf', 'now')");
  const doc = db.prepare(
    "INSERT INTO documents (id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head) VALUES (?, ?, ?, ?, 'Doc', ?, 10, 1, ?, 'clerk', ?)",
  );
  const docs = [
    [3, caseId, 'notice_of_violation', 'NOV-2026-000001', NOTICE_1_AT],
    [7, caseId, 'notice_of_violation', 'NOV-2026-000002', NOTICE_2_AT],
    [8, caseId, 'demand_for_payment', 'DFP-2026-000001', NOTICE_2_AT],
    [9, otherCase, 'notice_of_violation', 'NOV-2026-000003', NOTICE_2_AT],
  ] as const;
  for (const [i, [id, c, kind, number, at]] of docs.entries()) {
    const sha = String(i + 1).repeat(64);
    vault.run(sha);
    doc.run(id, c, kind, number, sha, at, '0'.repeat(64));
  }
  return { db, caseId, otherCase, v };
}

const linksOf = (db: Database.Database, documentId: number) =>
  db.prepare('SELECT violation_id AS violationId, position, inferred FROM document_violations WHERE document_id = ? ORDER BY position').all(documentId);

describe('migration 0008-notice-violations', () => {
  it('backfills each earlier notice with the violations open when it was issued, flagged inferred', () => {
    const { db, v } = storeAtSchema7();
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(linksOf(db, 3)).toEqual([
      { violationId: v.openAll, position: 1, inferred: 1 },
      { violationId: v.dismissedBetween, position: 2, inferred: 1 },
    ]);
    expect(linksOf(db, 7)).toEqual([
      { violationId: v.openAll, position: 1, inferred: 1 },
      { violationId: v.addedLater, position: 2, inferred: 1 },
      { violationId: v.reopened, position: 3, inferred: 1 },
    ]);
    // A demand lists no violations; the other case's notice lists only its own.
    expect(linksOf(db, 8)).toEqual([]);
    expect(linksOf(db, 9)).toEqual([{ violationId: v.elsewhere, position: 1, inferred: 1 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('records new links as not inferred, and refuses another case, a changed or removed link, a repeated one', () => {
    const { db, v } = storeAtSchema7();
    migrate(db);
    db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (8, ?, 1)').run(v.openAll);
    expect(linksOf(db, 8)).toEqual([{ violationId: v.openAll, position: 1, inferred: 0 }]);
    expect(() => db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (8, ?, 2)').run(v.elsewhere)).toThrow(/only list violations of its own case/);
    expect(() => db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (8, ?, 2)').run(v.openAll)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (8, ?, 1)').run(v.addedLater)).toThrow(/UNIQUE/);
    expect(() => db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (8, ?, 0)').run(v.addedLater)).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO document_violations (document_id, violation_id, position) VALUES (99, ?, 2)').run(v.addedLater)).toThrow(/own case|FOREIGN KEY/);
    expect(() => db.prepare('UPDATE document_violations SET inferred = 0 WHERE document_id = 3').run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM document_violations WHERE document_id = 3').run()).toThrow(/cannot be changed/);
    expect(linksOf(db, 3)).toHaveLength(2);
  });

  it('upgrades a store with no documents to an empty table', () => {
    const db = new Database(':memory:');
    applyPragmas(db, false);
    expect(migrate(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT count(*) FROM document_violations').pluck().get()).toBe(0);
  });
});
