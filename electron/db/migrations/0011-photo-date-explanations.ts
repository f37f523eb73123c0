/**
 * Schema 11: explanations of questionable camera dates. A photo whose camera date is years before
 * the case (or after the day it was imported) is flagged by shared/photoDates.ts, and the
 * checklist's "dated photo" item counts it only once someone records why the date is what it is
 * ("the camera's clock was never set; taken at the 2026-11-30 inspection"). The photo row itself
 * is evidence and is never updated, so the explanation lives beside it: append-only, a newer
 * explanation supersedes an older one (the latest by id is current) and the history stays.
 */
import type { Db } from '../open';

export const version = 11;
export const name = 'photo-date-explanations';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE photo_date_explanations (
      id INTEGER PRIMARY KEY,
      photo_id INTEGER NOT NULL REFERENCES photos(id),
      explanation TEXT NOT NULL CHECK (length(trim(explanation)) BETWEEN 1 AND 300),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX photo_date_explanations_photo ON photo_date_explanations(photo_id, id);
    CREATE TRIGGER photo_date_explanations_no_update BEFORE UPDATE ON photo_date_explanations
      BEGIN SELECT RAISE(ABORT, 'a recorded explanation cannot be changed; record a new one'); END;
    CREATE TRIGGER photo_date_explanations_no_delete BEFORE DELETE ON photo_date_explanations
      BEGIN SELECT RAISE(ABORT, 'a recorded explanation cannot be changed; record a new one'); END;
  `);
}
