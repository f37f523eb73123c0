/**
 * Schema 8: which violations each issued document listed. A civil ticket, referral, hearing or
 * abatement may only pursue a violation the owner was given notice of, and until now the store
 * could not say what a Notice of Violation listed (it prints the violations open when issued).
 * From now on issuing a notice writes one row per violation printed, in the transaction that
 * records the document; rows are append-only like the document itself, and a row may only link
 * a document to a violation of the same case.
 *
 * Notices issued before this migration are backfilled by reconstructing what the notice printed:
 * the violations of its case that existed when it was issued (created_at <= issued_at) and were
 * open at that moment. The status at that moment is the to_status of the last violation_events
 * row recorded (recorded_at, the moment the store learned of it, which is what the notice saw) at
 * or before issue; failing that the from_status of the first one recorded after; failing that (no
 * recorded status change, e.g. imported rows) the violation's current status. Because this is a
 * reconstruction and not a record, backfilled rows carry inferred = 1 and the checklist says so.
 */
import type { Db } from '../open';

export const version = 8;
export const name = 'notice-violations';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE document_violations (
      document_id INTEGER NOT NULL REFERENCES documents(id),
      violation_id INTEGER NOT NULL REFERENCES violations(id),
      position INTEGER NOT NULL CHECK (position >= 1),
      inferred INTEGER NOT NULL DEFAULT 0 CHECK (inferred IN (0, 1)),
      PRIMARY KEY (document_id, violation_id),
      UNIQUE (document_id, position)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX document_violations_violation ON document_violations(violation_id);
    CREATE TRIGGER document_violations_same_case BEFORE INSERT ON document_violations
      WHEN (SELECT case_id FROM documents WHERE id = NEW.document_id) IS NOT (SELECT case_id FROM violations WHERE id = NEW.violation_id)
      BEGIN SELECT RAISE(ABORT, 'a document can only list violations of its own case'); END;
    CREATE TRIGGER document_violations_no_update BEFORE UPDATE ON document_violations
      BEGIN SELECT RAISE(ABORT, 'what an issued document listed cannot be changed'); END;
    CREATE TRIGGER document_violations_no_delete BEFORE DELETE ON document_violations
      BEGIN SELECT RAISE(ABORT, 'what an issued document listed cannot be changed'); END;

    INSERT INTO document_violations (document_id, violation_id, position, inferred)
      SELECT d.id, v.id, row_number() OVER (PARTITION BY d.id ORDER BY v.id), 1
      FROM documents d JOIN violations v ON v.case_id = d.case_id
      WHERE d.kind = 'notice_of_violation'
        AND v.created_at <= d.issued_at
        AND coalesce(
          (SELECT e.to_status FROM violation_events e WHERE e.violation_id = v.id AND e.recorded_at <= d.issued_at ORDER BY e.id DESC LIMIT 1),
          (SELECT e.from_status FROM violation_events e WHERE e.violation_id = v.id AND e.recorded_at > d.issued_at ORDER BY e.id LIMIT 1),
          v.status
        ) = 'open'
      ORDER BY d.id, v.id;
  `);
}
