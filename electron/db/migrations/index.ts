/**
 * The ordered list of migrations. Each file is `NNNN-name.ts` exporting `version`, `name`, `up`;
 * a migration is never edited after it ships (add a new one instead) and has its own test.
 */
import type { Db } from '../open';
import * as m0001 from './0001-initial';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [m0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
