/** 0003 applies on a schema-2 store holding a violation, and its constraints hold without the services. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/db/migrations';
import { applyPragmas, migrate } from '../../electron/db/open';

function atVersion2WithViolation() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  for (const m of MIGRATIONS.filter((x) => x.version <= 2)) m.up(db);
  db.pragma('user_version = 2');
  db.exec(`
    INSERT INTO properties (id, parcel_id, address, created_at) VALUES (1, 'P-1', '1 Main St', 'now');
    INSERT INTO cases (id, case_number, property_id, opened_on, inspector, created_at) VALUES (1, 'CE-2026-0001', 1, '2026-10-01', 'R', 'now');
    INSERT INTO violations (id, case_id, code_section, description, corrective_action, compliance_date, created_at)
      VALUES (1, 1, 'IPMC 302.4', 'Weeds', 'Cut', '2026-11-01', 'now');
  `);
  return db;
}

describe('migration 0003 code-library-inspections', () => {
  it('keeps existing violations (no code section, no severity) and adds the new tables', () => {
    const db = atVersion2WithViolation();
    migrate(db);
    expect(db.prepare('SELECT code_section_id, severity, status_on, status FROM violations').get()).toEqual({
      code_section_id: null,
      severity: null,
      status_on: null,
      status: 'open',
    });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['code_sections', 'inspections', 'inspection_findings', 'inspection_photos', 'violation_events']));
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('enforces enums, entry-authority details, date shapes and append-only rows in the database itself', () => {
    const db = atVersion2WithViolation();
    migrate(db);
    const section = db.prepare(
      `INSERT INTO code_sections (jurisdiction_id, code_name, section, title, text, corrective_action, severity, default_compliance_days, created_at, updated_at)
       VALUES ('j', 'IPMC', ?, 'T', '', '', ?, ?, 'now', 'now')`,
    );
    section.run('302.4', 'minor', 10);
    expect(() => section.run('302.4', 'minor', 10)).toThrow(/UNIQUE/);
    expect(() => section.run('302.5', 'severe', 10)).toThrow(/CHECK/);
    expect(() => section.run('302.6', 'minor', -1)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE violations SET severity = 'huge'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE violations SET code_section_id = 99').run()).toThrow(/FOREIGN KEY/);

    const inspection = db.prepare(
      `INSERT INTO inspections (case_id, kind, inspected_on, inspector, entry_authority, consent_given_by, warrant_number, created_at, created_by)
       VALUES (1, 'initial', ?, 'R', ?, ?, ?, 'now', 'R')`,
    );
    expect(() => inspection.run('2026-10-02', 'consent', null, null)).toThrow(/CHECK/);
    expect(() => inspection.run('2026-10-02', 'administrative_warrant', null, ' ')).toThrow(/CHECK/);
    expect(() => inspection.run('10/02/2026', 'public_view', null, null)).toThrow(/CHECK/);
    inspection.run('2026-10-02', 'consent', 'Tenant J. Doe', null);

    db.prepare("INSERT INTO inspection_findings (inspection_id, violation_id, finding, recorded_at, recorded_by) VALUES (1, 1, 'present', 'now', 'R')").run();
    expect(() => db.prepare("INSERT INTO inspection_findings (inspection_id, violation_id, finding, recorded_at, recorded_by) VALUES (1, 1, 'gone', 'now', 'R')").run()).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM inspection_findings').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM inspections').run()).toThrow(/cannot be deleted/);

    const event = db.prepare(
      "INSERT INTO violation_events (violation_id, from_status, to_status, effective_on, recorded_at, recorded_by) VALUES (1, ?, ?, '2026-10-03', 'now', 'R')",
    );
    expect(() => event.run('open', 'open')).toThrow(/CHECK/);
    expect(() => event.run('open', 'closed')).toThrow(/CHECK/);
    event.run('open', 'corrected');
    expect(() => db.prepare("UPDATE violation_events SET note = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM code_sections').run()).toThrow(/retire them instead/);
  });
});
