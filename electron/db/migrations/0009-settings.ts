/**
 * Schema 9: installation settings (the jurisdiction pack in use, the backup schedule, ...).
 * One row per key, the value a JSON document validated by the key's zod schema in
 * shared/settings.ts on every read and write. Settings live in the store rather than in a loose
 * file so that a change is written in the same transaction as its audit entry and travels with
 * every backup and restore of the data folder.
 */
import type { Db } from '../open';

export const version = 9;
export const name = 'settings';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL CHECK (json_valid(value)),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;
  `);
}
