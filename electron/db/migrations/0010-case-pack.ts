/**
 * Schema 10: each case records the jurisdiction pack (id and version) it was opened under, so a
 * pack edited or swapped later never silently changes a pending case's deadlines or wording:
 * documents are refused until the case is moved to the loaded pack (an audited step).
 *
 * Existing cases are backfilled with the pack in use: the jurisdiction.pack setting when one is
 * stored, else model-ipmc, at version 1.0.0 (the version every pack had before versions existed;
 * a migration cannot read the pack's files).
 */
import type { Db } from '../open';

export const version = 10;
export const name = 'case-pack';

export function up(db: Db): void {
  db.exec(`
    ALTER TABLE cases ADD COLUMN pack_id TEXT NOT NULL DEFAULT 'model-ipmc';
    ALTER TABLE cases ADD COLUMN pack_version TEXT NOT NULL DEFAULT '1.0.0';
    UPDATE cases SET pack_id = COALESCE(
      (SELECT json_extract(value, '$') FROM settings WHERE key = 'jurisdiction.pack' AND json_type(value) = 'text'),
      'model-ipmc');
  `);
}
