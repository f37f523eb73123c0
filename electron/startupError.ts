/**
 * What to tell a person when CaseReady cannot start (the core refused to open the store, or a
 * native module failed to load). Pure so every branch is tested; main.ts shows the result in a
 * native error box and quits.
 */
import { isAppError } from '../shared/errors';

export interface StartupFailure {
  readonly title: string;
  readonly message: string;
}

/** better-sqlite3 built for Node's ABI loaded into Electron (or the reverse). */
function isNativeAbiMismatch(message: string): boolean {
  return /NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message);
}

export function describeStartupFailure(err: unknown, opts: { readonly isDev: boolean }): StartupFailure {
  const raw = err instanceof Error ? err.message : String(err);
  if (isNativeAbiMismatch(raw)) {
    return {
      title: 'CaseReady cannot load its database engine',
      message: opts.isDev
        ? 'The SQLite module was built for Node.js, not for Electron. Start CaseReady with `npm start`, which builds an Electron copy in .native-electron/ and points CaseReady at it.\n\n' + raw
        : 'This installation is damaged: its SQLite module does not match this version of CaseReady. Reinstall CaseReady; your evidence store is not affected.\n\n' + raw,
    };
  }
  if (isAppError(err)) {
    // AppError messages are written for people already (DB_TOO_NEW says to update, DB_CORRUPT says to restore).
    return { title: 'CaseReady cannot open its evidence store', message: err.message };
  }
  return {
    title: 'CaseReady could not start',
    message: `Something went wrong while starting CaseReady (${raw}). Nothing was changed. If this keeps happening, send this message to your administrator.`,
  };
}
