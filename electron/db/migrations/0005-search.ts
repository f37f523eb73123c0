/**
 * Schema 5 (area "search"): full-text search, case notes, imported-case sources and the
 * indexes the filtered case list needs.
 *
 * - FTS5 tables with external content (`content=` the base table) kept in sync by triggers, so
 *   the text lives once in the base table and the index can always be rebuilt from it:
 *   properties_fts (parcel id, address), parties_fts (name), case_notes_fts (body),
 *   cases_fts (case number). `unicode61 remove_diacritics 2` folds "Peña" to "pena" so a
 *   clerk typing "Pena" finds it; prefix indexes make "last token as prefix" queries cheap.
 *   A later area that wants its text searchable adds its own <table>_fts the same way and a
 *   branch in electron/db/queries/search.ts.
 * - case_notes: free-text notes on a case, append-only (a correction is a new note).
 * - case_sources: where an imported case came from (source system + its case number), the key
 *   that makes re-importing the same CSV a no-op.
 * - cases.next_deadline: the earliest compliance date among the case's open violations, kept by
 *   triggers on violations so "overdue" / "due this week" filters and sorting are index lookups
 *   on 100,000 cases instead of an aggregate over every violation row.
 */
import type { Db } from '../open';

export const version = 5;
export const name = 'search';

const FTS_OPTIONS = `tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'`;

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE case_notes (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX case_notes_case ON case_notes(case_id, id);
    CREATE TRIGGER case_notes_no_update BEFORE UPDATE ON case_notes
      BEGIN SELECT RAISE(ABORT, 'case notes are append-only; add a new note to correct one'); END;
    CREATE TRIGGER case_notes_no_delete BEFORE DELETE ON case_notes
      BEGIN SELECT RAISE(ABORT, 'case notes are append-only; add a new note to correct one'); END;

    CREATE TABLE case_sources (
      source_system TEXT NOT NULL CHECK (length(source_system) BETWEEN 1 AND 80),
      source_case_number TEXT NOT NULL CHECK (length(source_case_number) BETWEEN 1 AND 80),
      case_id INTEGER NOT NULL UNIQUE REFERENCES cases(id),
      row_sha256 TEXT NOT NULL CHECK (length(row_sha256) = 64),
      imported_at TEXT NOT NULL,
      imported_by TEXT NOT NULL,
      PRIMARY KEY (source_system, source_case_number)
    ) STRICT, WITHOUT ROWID;
    CREATE TRIGGER case_sources_no_update BEFORE UPDATE ON case_sources
      BEGIN SELECT RAISE(ABORT, 'an imported case keeps its source'); END;
    CREATE TRIGGER case_sources_no_delete BEFORE DELETE ON case_sources
      BEGIN SELECT RAISE(ABORT, 'an imported case keeps its source'); END;
    -- Search finds an imported case by the number the old system gave it.
    CREATE INDEX case_sources_number ON case_sources(source_case_number);

    CREATE VIRTUAL TABLE properties_fts USING fts5(parcel_id, address, content = 'properties', content_rowid = 'id', ${FTS_OPTIONS});
    CREATE TRIGGER properties_fts_ai AFTER INSERT ON properties BEGIN
      INSERT INTO properties_fts (rowid, parcel_id, address) VALUES (new.id, new.parcel_id, new.address);
    END;
    CREATE TRIGGER properties_fts_ad AFTER DELETE ON properties BEGIN
      INSERT INTO properties_fts (properties_fts, rowid, parcel_id, address) VALUES ('delete', old.id, old.parcel_id, old.address);
    END;
    CREATE TRIGGER properties_fts_au AFTER UPDATE OF parcel_id, address ON properties BEGIN
      INSERT INTO properties_fts (properties_fts, rowid, parcel_id, address) VALUES ('delete', old.id, old.parcel_id, old.address);
      INSERT INTO properties_fts (rowid, parcel_id, address) VALUES (new.id, new.parcel_id, new.address);
    END;

    CREATE VIRTUAL TABLE parties_fts USING fts5(name, content = 'parties', content_rowid = 'id', ${FTS_OPTIONS});
    CREATE TRIGGER parties_fts_ai AFTER INSERT ON parties BEGIN
      INSERT INTO parties_fts (rowid, name) VALUES (new.id, new.name);
    END;
    CREATE TRIGGER parties_fts_ad AFTER DELETE ON parties BEGIN
      INSERT INTO parties_fts (parties_fts, rowid, name) VALUES ('delete', old.id, old.name);
    END;
    CREATE TRIGGER parties_fts_au AFTER UPDATE OF name ON parties BEGIN
      INSERT INTO parties_fts (parties_fts, rowid, name) VALUES ('delete', old.id, old.name);
      INSERT INTO parties_fts (rowid, name) VALUES (new.id, new.name);
    END;

    CREATE VIRTUAL TABLE cases_fts USING fts5(case_number, content = 'cases', content_rowid = 'id', ${FTS_OPTIONS});
    CREATE TRIGGER cases_fts_ai AFTER INSERT ON cases BEGIN
      INSERT INTO cases_fts (rowid, case_number) VALUES (new.id, new.case_number);
    END;
    CREATE TRIGGER cases_fts_ad AFTER DELETE ON cases BEGIN
      INSERT INTO cases_fts (cases_fts, rowid, case_number) VALUES ('delete', old.id, old.case_number);
    END;
    CREATE TRIGGER cases_fts_au AFTER UPDATE OF case_number ON cases BEGIN
      INSERT INTO cases_fts (cases_fts, rowid, case_number) VALUES ('delete', old.id, old.case_number);
      INSERT INTO cases_fts (rowid, case_number) VALUES (new.id, new.case_number);
    END;

    -- Notes cannot change (triggers above), so only inserts need mirroring.
    CREATE VIRTUAL TABLE case_notes_fts USING fts5(body, content = 'case_notes', content_rowid = 'id', ${FTS_OPTIONS});
    CREATE TRIGGER case_notes_fts_ai AFTER INSERT ON case_notes BEGIN
      INSERT INTO case_notes_fts (rowid, body) VALUES (new.id, new.body);
    END;

    INSERT INTO properties_fts (properties_fts) VALUES ('rebuild');
    INSERT INTO parties_fts (parties_fts) VALUES ('rebuild');
    INSERT INTO cases_fts (cases_fts) VALUES ('rebuild');

    -- Case list filters and sorts: each is a walk of one index in list order.
    ALTER TABLE cases ADD COLUMN next_deadline TEXT;
    CREATE INDEX cases_status_opened ON cases(status, opened_on DESC, id DESC);
    CREATE INDEX cases_inspector_opened ON cases(inspector, opened_on DESC, id DESC);
    CREATE INDEX cases_next_deadline ON cases(next_deadline, id);
    -- "Soonest deadline first" with cases that have none at the end, without sorting every case.
    CREATE INDEX cases_deadline_nulls_last ON cases(next_deadline IS NULL, next_deadline, id);
    -- The case timeline reads the audit entries of one case's entities.
    CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, seq);
    CREATE INDEX violations_open_deadline ON violations(case_id, compliance_date) WHERE status = 'open';

    CREATE TRIGGER violations_deadline_ai AFTER INSERT ON violations BEGIN
      UPDATE cases SET next_deadline = (SELECT min(compliance_date) FROM violations
        WHERE case_id = new.case_id AND status = 'open') WHERE id = new.case_id;
    END;
    CREATE TRIGGER violations_deadline_au AFTER UPDATE OF status, compliance_date, case_id ON violations BEGIN
      UPDATE cases SET next_deadline = (SELECT min(compliance_date) FROM violations
        WHERE case_id = cases.id AND status = 'open') WHERE id IN (old.case_id, new.case_id);
    END;
    CREATE TRIGGER violations_deadline_ad AFTER DELETE ON violations BEGIN
      UPDATE cases SET next_deadline = (SELECT min(compliance_date) FROM violations
        WHERE case_id = old.case_id AND status = 'open') WHERE id = old.case_id;
    END;
    UPDATE cases SET next_deadline = (SELECT min(compliance_date) FROM violations
      WHERE case_id = cases.id AND status = 'open');
  `);
}
