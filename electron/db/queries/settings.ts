/** The settings table (schema 9): raw JSON per key; electron/services/settings.ts validates. */
import type { Db } from '../open';
import { stmt } from '../statements';

export interface SettingRow {
  readonly key: string;
  readonly value: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export function readSettingRow(db: Db, key: string): SettingRow | undefined {
  return stmt(db, 'SELECT key, value, updated_at AS updatedAt, updated_by AS updatedBy FROM settings WHERE key = ?').get(key) as
    | SettingRow
    | undefined;
}

export function writeSettingRow(db: Db, row: SettingRow): void {
  stmt(
    db,
    `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (@key, @value, @updatedAt, @updatedBy)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(row);
}
