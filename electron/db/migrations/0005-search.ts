/**
 * Schema 5 (area "search"): full-text search, case notes, imported-case sources and the
 * indexes the filtered case list needs.
 *
 * - case_search: ONE FTS5 document per case (rowid = case id) holding everything search looks
 *   at — case number and old-system case numbers, parcel id, address, every party's name, every
 *   note — derived from the view case_search_doc and re-derived by triggers whenever one of those
 *   rows changes. A search of several words is then one FTS MATCH (FTS5 intersects the words'
 *   doclists itself, skipping through the long ones) instead of a union of four tables per word
 *   intersected across words, which took ~120 ms for three common words on 100,000 cases.
 *   A regular (content-storing) FTS5 table, not contentless-delete, so the sqlite3 3.40 shell
 *   can read the store. `unicode61 remove_diacritics 2` folds "Peña" to "pena" so a clerk typing
 *   "Pena" finds it; prefix indexes make "last token as prefix" queries cheap.
 *   A later area that wants its text searchable adds a column to the view and the FTS table (in a
 *   new migration that rebuilds case_search) and a trigger on its table.
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

/** SQL re-deriving the search document of the cases `ids` (a subquery or list) from the view. */
const reindex = (ids: string) => `
      DELETE FROM case_search WHERE rowid IN (${ids});
      INSERT INTO case_search (rowid, numbers, parcel_id, address, parties, notes)
        SELECT * FROM case_search_doc WHERE case_id IN (${ids});`;

/**
 * Every write that changes what a case's document says re-derives that document (delete + insert
 * of one FTS row, a few hundred bytes): cheap per write, and the document can never drift from
 * the tables it is made of. A party or property shared by many cases re-indexes each of them.
 */
function reindexTriggers(): string {
  const trigger = (name: string, event: string, ids: string) => `
    CREATE TRIGGER ${name} AFTER ${event} BEGIN${reindex(ids)}
    END;`;
  return [
    trigger('case_search_case_ai', 'INSERT ON cases', 'new.id'),
    trigger('case_search_case_au', 'UPDATE OF case_number, property_id ON cases', 'new.id'),
    `
    CREATE TRIGGER case_search_case_ad AFTER DELETE ON cases BEGIN
      DELETE FROM case_search WHERE rowid = old.id;
    END;`,
    trigger('case_search_property_au', 'UPDATE OF parcel_id, address ON properties', 'SELECT id FROM cases WHERE property_id = new.id'),
    trigger('case_search_party_au', 'UPDATE OF name ON parties', 'SELECT case_id FROM case_parties WHERE party_id = new.id'),
    trigger('case_search_case_party_ai', 'INSERT ON case_parties', 'new.case_id'),
    trigger('case_search_case_party_au', 'UPDATE ON case_parties', 'old.case_id, new.case_id'),
    trigger('case_search_case_party_ad', 'DELETE ON case_parties', 'old.case_id'),
    trigger('case_search_note_ai', 'INSERT ON case_notes', 'new.case_id'),
    trigger('case_search_source_ai', 'INSERT ON case_sources', 'new.case_id'),
  ].join('');
}

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

    -- What search reads of a case, one row per case. Each kind of text is its own FTS column so a
    -- phrase never runs from one into the next (an address into a parcel id).
    CREATE VIEW case_search_doc AS
      SELECT c.id AS case_id,
             c.case_number || coalesce(' ' || (SELECT group_concat(s.source_case_number, ' ') FROM case_sources s WHERE s.case_id = c.id), '') AS numbers,
             p.parcel_id, p.address,
             (SELECT group_concat(pa.name, ' ') FROM case_parties cp JOIN parties pa ON pa.id = cp.party_id WHERE cp.case_id = c.id) AS parties,
             (SELECT group_concat(n.body, ' ') FROM case_notes n WHERE n.case_id = c.id) AS notes
        FROM cases c LEFT JOIN properties p ON p.id = c.property_id;
    CREATE VIRTUAL TABLE case_search USING fts5(numbers, parcel_id, address, parties, notes, ${FTS_OPTIONS});
${reindexTriggers()}
    INSERT INTO case_search (rowid, numbers, parcel_id, address, parties, notes) SELECT * FROM case_search_doc;

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
