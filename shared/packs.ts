/**
 * Choosing a jurisdiction pack: the installation's setting and what a listing of packs says. The
 * pack in use is the `jurisdiction.pack` setting (audited, in the store, travels with backups);
 * a command's `--pack ID` or the core's `jurisdiction` option overrides it for one run.
 */
import { z } from 'zod';
import { defineSetting } from './settings';

export const PACK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const DEFAULT_PACK_ID = 'model-ipmc';

export const packIdSchema = z.string().regex(PACK_ID_PATTERN, { message: 'must be lowercase letters, digits and dashes' });

export const PACK_SETTING = defineSetting({
  key: 'jurisdiction.pack',
  schema: packIdSchema,
  defaultValue: DEFAULT_PACK_ID,
  label: 'jurisdiction pack',
});

/** Where a pack was found: shipped inside the app, or in the data folder's `packs/`. */
export type PackSource = 'app' | 'data-folder';

export interface PackListing {
  readonly id: string;
  readonly source: PackSource;
  readonly dir: string;
  readonly name?: string;
  readonly version?: string;
  readonly valid: boolean;
  /** The first problems ("file:line:column: message"), at most five. */
  readonly problems: readonly string[];
  /** A shipped pack hidden by a data-folder pack of the same id (the data folder's wins). */
  readonly shadowed: boolean;
}

export interface PackList {
  readonly packs: readonly PackListing[];
  /** The id the running core loaded. */
  readonly inUse: string;
  /** The stored setting (what the next start will load unless overridden). */
  readonly setting: string;
}
