/**
 * Where the evidence store lives. Pure (no 'electron' import) so the precedence rules are tested:
 *   1. `--data-dir=<path>` on the command line (tests, a second store on a shared drive),
 *   2. the CASEREADY_DATA_DIR environment variable (IT-managed installs),
 *   3. `<userData>/data`, the per-user application folder Electron picks for the platform.
 * Relative paths are resolved against the working directory once, here, so the rest of the app
 * only ever sees an absolute path.
 */
import path from 'node:path';
import { AppError } from '../shared/errors';

export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'CASEREADY_DATA_DIR';

export type DataDirSource = 'argument' | 'environment' | 'default';

export interface DataDirChoice {
  readonly dataDir: string;
  readonly source: DataDirSource;
}

export interface DataDirInputs {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Lazily asked: `app.getPath('userData')` is only consulted when nothing else is given. */
  readonly userDataDir: () => string;
  readonly cwd: string;
}

/**
 * The value of `--data-dir=<path>` or `--data-dir <path>`; the last one wins, as with most CLIs.
 * Returns undefined when the flag is absent. Throws AppError('VALIDATION') for an empty value,
 * because silently falling back to the default store would put evidence in the wrong place.
 */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break; // everything after is not ours
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      found = arg.slice(DATA_DIR_FLAG.length + 1);
    } else if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) found = '';
      else {
        found = next;
        i++;
      }
    } else {
      continue;
    }
    if (found.trim() === '') {
      throw new AppError('VALIDATION', `${DATA_DIR_FLAG} needs a folder, for example ${DATA_DIR_FLAG}=/path/to/caseready-data.`);
    }
  }
  return found;
}

export function resolveDataDir(inputs: DataDirInputs): DataDirChoice {
  const fromArg = dataDirArgument(inputs.argv);
  if (fromArg !== undefined) return { dataDir: path.resolve(inputs.cwd, fromArg), source: 'argument' };
  const fromEnv = inputs.env[DATA_DIR_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { dataDir: path.resolve(inputs.cwd, fromEnv), source: 'environment' };
  }
  return { dataDir: path.join(inputs.userDataDir(), 'data'), source: 'default' };
}
