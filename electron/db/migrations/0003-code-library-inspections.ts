/**
 * Schema 3: the code library (sections per jurisdiction, editable, never deleted — only retired),
 * the violation lifecycle (each status change an append-only violation_events row) and inspections
 * (entry authority, per-violation findings corrected by superseding rows, photos linked by a
 * link table because photo rows themselves are protected by 0001's triggers).
 */
import type { Db } from '../open';

export const version = 3;
export const name = 'code-library-inspections';

const VIOLATION_STATUSES = `'open','corrected','referred','dismissed','abated'`;
const SEVERITIES = `'immediate_hazard','major','minor'`;

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE code_sections (
      id INTEGER PRIMARY KEY,
      jurisdiction_id TEXT NOT NULL CHECK (length(jurisdiction_id) > 0),
      code_name TEXT NOT NULL CHECK (length(code_name) > 0),
      section TEXT NOT NULL CHECK (length(section) > 0),
      title TEXT NOT NULL CHECK (length(title) > 0),
      text TEXT NOT NULL,
      corrective_action TEXT NOT NULL,
      severity TEXT NOT NULL CHECK (severity IN (${SEVERITIES})),
      default_compliance_days INTEGER NOT NULL CHECK (default_compliance_days BETWEEN 0 AND 3650),
      retired_on TEXT CHECK (retired_on IS NULL OR retired_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (jurisdiction_id, code_name, section)
    ) STRICT;
    CREATE INDEX code_sections_jurisdiction ON code_sections(jurisdiction_id, section);
    CREATE TRIGGER code_sections_no_delete BEFORE DELETE ON code_sections
      BEGIN SELECT RAISE(ABORT, 'code sections are never deleted; retire them instead'); END;

    ALTER TABLE violations ADD COLUMN code_section_id INTEGER REFERENCES code_sections(id);
    ALTER TABLE violations ADD COLUMN severity TEXT CHECK (severity IS NULL OR severity IN (${SEVERITIES}));
    ALTER TABLE violations ADD COLUMN status_on TEXT;
    CREATE INDEX violations_code_section ON violations(code_section_id);

    CREATE TABLE inspections (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      kind TEXT NOT NULL CHECK (kind IN ('initial','complaint','reinspection','rental','final')),
      inspected_on TEXT NOT NULL CHECK (inspected_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      inspector TEXT NOT NULL CHECK (length(inspector) > 0),
      entry_authority TEXT NOT NULL CHECK (entry_authority IN ('public_view','consent','administrative_warrant')),
      consent_given_by TEXT,
      warrant_number TEXT,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      CHECK (entry_authority <> 'consent' OR length(trim(coalesce(consent_given_by, ''))) > 0),
      CHECK (entry_authority <> 'administrative_warrant' OR length(trim(coalesce(warrant_number, ''))) > 0)
    ) STRICT;
    CREATE INDEX inspections_case ON inspections(case_id, inspected_on DESC, id DESC);
    CREATE TRIGGER inspections_no_update BEFORE UPDATE ON inspections
      BEGIN SELECT RAISE(ABORT, 'inspection records are evidence and cannot be changed'); END;
    CREATE TRIGGER inspections_no_delete BEFORE DELETE ON inspections
      BEGIN SELECT RAISE(ABORT, 'inspection records are evidence and cannot be deleted'); END;

    -- A finding is corrected by a new row that supersedes the earlier one, never by an update.
    CREATE TABLE inspection_findings (
      id INTEGER PRIMARY KEY,
      inspection_id INTEGER NOT NULL REFERENCES inspections(id),
      violation_id INTEGER NOT NULL REFERENCES violations(id),
      finding TEXT NOT NULL CHECK (finding IN ('present','corrected','not_observed')),
      note TEXT NOT NULL DEFAULT '',
      supersedes_id INTEGER REFERENCES inspection_findings(id),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX inspection_findings_inspection ON inspection_findings(inspection_id, violation_id, id);
    CREATE INDEX inspection_findings_violation ON inspection_findings(violation_id);
    CREATE TRIGGER inspection_findings_no_update BEFORE UPDATE ON inspection_findings
      BEGIN SELECT RAISE(ABORT, 'inspection findings are append-only'); END;
    CREATE TRIGGER inspection_findings_no_delete BEFORE DELETE ON inspection_findings
      BEGIN SELECT RAISE(ABORT, 'inspection findings are append-only'); END;

    -- A photo is taken at (at most) one inspection.
    CREATE TABLE inspection_photos (
      photo_id INTEGER PRIMARY KEY REFERENCES photos(id),
      inspection_id INTEGER NOT NULL REFERENCES inspections(id),
      linked_at TEXT NOT NULL,
      linked_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX inspection_photos_inspection ON inspection_photos(inspection_id);
    CREATE TRIGGER inspection_photos_no_update BEFORE UPDATE ON inspection_photos
      BEGIN SELECT RAISE(ABORT, 'a photo''s inspection link cannot change'); END;
    CREATE TRIGGER inspection_photos_no_delete BEFORE DELETE ON inspection_photos
      BEGIN SELECT RAISE(ABORT, 'a photo''s inspection link cannot be removed'); END;

    CREATE TABLE violation_events (
      id INTEGER PRIMARY KEY,
      violation_id INTEGER NOT NULL REFERENCES violations(id),
      from_status TEXT NOT NULL CHECK (from_status IN (${VIOLATION_STATUSES})),
      to_status TEXT NOT NULL CHECK (to_status IN (${VIOLATION_STATUSES})),
      effective_on TEXT NOT NULL CHECK (effective_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      note TEXT NOT NULL DEFAULT '',
      inspection_id INTEGER REFERENCES inspections(id),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL,
      CHECK (from_status <> to_status)
    ) STRICT;
    CREATE INDEX violation_events_violation ON violation_events(violation_id, id);
    CREATE TRIGGER violation_events_no_update BEFORE UPDATE ON violation_events
      BEGIN SELECT RAISE(ABORT, 'violation events are append-only'); END;
    CREATE TRIGGER violation_events_no_delete BEFORE DELETE ON violation_events
      BEGIN SELECT RAISE(ABORT, 'violation events are append-only'); END;
  `);
}
