/**
 * Reads and writes installation settings (shared/settings.ts) in the store. Every write is
 * validated by the key's schema and audited in the same transaction; a stored value that no
 * longer parses (written by another version, edited by hand) is never thrown at the user: the
 * default applies and the read says so (`source: 'invalid'`).
 */
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { SettingDefinition, SettingValue } from '../../shared/settings';
import type { Db } from '../db/open';
import { readSettingRow, writeSettingRow } from '../db/queries/settings';
import { appendAudit } from './audit';
import type { Clock } from './clock';

export function readSetting<S extends z.ZodType>(db: Db, def: SettingDefinition<S>): SettingValue<z.output<S>> {
  const row = readSettingRow(db, def.key);
  if (!row) return { value: def.defaultValue, source: 'default' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.value);
  } catch {
    return { value: def.defaultValue, source: 'invalid', updatedAt: row.updatedAt, updatedBy: row.updatedBy };
  }
  const result = def.schema.safeParse(parsed);
  if (!result.success) return { value: def.defaultValue, source: 'invalid', updatedAt: row.updatedAt, updatedBy: row.updatedBy };
  return { value: result.data as z.output<S>, source: 'stored', updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}

export function writeSetting<S extends z.ZodType>(
  db: Db,
  def: SettingDefinition<S>,
  value: z.input<S>,
  actor: string,
  clock: Clock,
): SettingValue<z.output<S>> {
  const result = def.schema.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
    throw new AppError('VALIDATION', `The ${def.label} setting was not saved: ${first?.message ?? 'invalid value'}${where}.`);
  }
  const now = clock.now();
  const json = JSON.stringify(result.data);
  db.transaction(() => {
    const before = readSettingRow(db, def.key);
    writeSettingRow(db, { key: def.key, value: json, updatedAt: now.toISOString(), updatedBy: actor });
    appendAudit(
      db,
      {
        actor,
        action: 'settings.update',
        entity: 'settings',
        entityId: def.key,
        details: { key: def.key, before: before ? (JSON.parse(before.value) as unknown) : null, after: result.data as unknown },
      },
      now,
    );
  }).immediate();
  return { value: result.data as z.output<S>, source: 'stored', updatedAt: now.toISOString(), updatedBy: actor };
}
