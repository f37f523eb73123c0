/** CLI output: human text by default, one JSON document with --json; errors on stderr. */
import type { AppErrorShape, ErrorCode } from '../../shared/errors';

/** A step's checklist not being ready (NOT_READY) gets its own code so a script can tell "fix the case" from a failure. */
export const EXIT = { ok: 0, failed: 1, usage: 2, verifyFailed: 3, notReady: 4, busy: 5, diskFull: 6 } as const;

/** The exit code of a failure: scripts can tell "wait for the other process" and "free disk space" from other failures. */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'NOT_READY':
      return EXIT.notReady;
    case 'DATA_DIR_IN_USE':
    case 'STORE_BUSY':
      return EXIT.busy;
    case 'DISK_FULL':
      return EXIT.diskFull;
    default:
      return EXIT.failed;
  }
}

export class UsageError extends Error {}

/**
 * A file name or an imported value may hold control characters (ESC [31m …): printed raw they
 * recolour, move or clear the user's terminal. C0 (except line feed and tab, which the multi-line
 * human output uses), DEL and C1 are shown as \xNN instead. JSON output needs nothing: JSON.stringify
 * already escapes C0, and C1/DEL inside a JSON string are inert data for a JSON reader.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export interface Output {
  readonly json: boolean;
  result(value: unknown, human: () => string): void;
  error(err: AppErrorShape): void;
  progress(done: number, total: number, message: string): void;
}

export function createOutput(json: boolean): Output {
  const tty = process.stderr.isTTY === true;
  return {
    json,
    result(value, human) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${escapeControls(human())}\n`);
    },
    error(err) {
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: err }, null, 2)}\n`);
      process.stderr.write(`caseready: ${escapeControls(err.message)}${err.code === 'INTERNAL' ? '' : ` [${err.code}]`}\n`);
    },
    progress(done, total, message) {
      if (!json && tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${escapeControls(message)}`);
      if (!json && tty && done >= total) process.stderr.write('\n');
    },
  };
}
