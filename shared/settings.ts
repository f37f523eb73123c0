/**
 * Installation settings: each key has a zod schema and a default. The store keeps one JSON row per
 * key (migration 0009); electron/services/settings.ts reads through the schema (a stored value that
 * no longer parses falls back to the default and says so) and writes with an audit entry.
 *
 * Adding a setting: one entry in SETTING_DEFINITIONS. Areas add their own definition objects here
 * (backup schedule, jurisdiction pack, ...).
 */
import type { z } from 'zod';

export interface SettingDefinition<S extends z.ZodType = z.ZodType> {
  readonly key: string;
  readonly schema: S;
  readonly defaultValue: z.output<S>;
  /** Shown in the audit entry and error messages. */
  readonly label: string;
}

export function defineSetting<S extends z.ZodType>(def: SettingDefinition<S>): SettingDefinition<S> {
  return def;
}

/** A setting's value as read, with where it came from. */
export interface SettingValue<T> {
  readonly value: T;
  /** 'stored' (a valid row), 'default' (no row), or 'invalid' (a row that no longer parses; default used). */
  readonly source: 'stored' | 'default' | 'invalid';
  readonly updatedAt?: string;
  readonly updatedBy?: string;
}
