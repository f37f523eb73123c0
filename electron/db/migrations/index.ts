/**
 * The ordered list of migrations. Each file is `NNNN-name.ts` exporting `version`, `name`, `up`;
 * a migration is never edited after it ships (add a new one instead) and has its own test.
 */
import type { Db } from '../open';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-parties-property';
import * as m0003 from './0003-code-library-inspections';
import * as m0004 from './0004-service-hearings-costs';
import * as m0005 from './0005-search';
import * as m0006 from './0006-checklist-decisions';
import * as m0007 from './0007-demand-for-payment';
import * as m0008 from './0008-notice-violations';
import * as m0009 from './0009-settings';
import * as m0010 from './0010-case-pack';
import * as m0011 from './0011-photo-date-explanations';
import * as m0012 from './0012-document-versions';
import * as m0013 from './0013-document-subjects';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Db) => void;
  /**
   * Set by a migration that drops and recreates a table other tables reference (SQLite's 12-step
   * rebuild): migrate() then runs the batch with foreign keys off and checks them before committing.
   */
  readonly rebuildsTables?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
