/** CLI output: human text by default, one JSON document with --json; errors on stderr. */
import type { AppErrorShape } from '../../shared/errors';

/** A step's checklist not being ready (NOT_READY) gets its own code so a script can tell "fix the case" from a failure. */
export const EXIT = { ok: 0, failed: 1, usage: 2, verifyFailed: 3, notReady: 4, busy: 5, diskFull: 6 } as const;

export class UsageError extends Error {}

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
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    error(err) {
      if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: err }, null, 2)}\n`);
      process.stderr.write(`caseready: ${err.message}${err.code === 'INTERNAL' ? '' : ` [${err.code}]`}\n`);
    },
    progress(done, total, message) {
      if (!json && tty) process.stderr.write(`\r\x1b[K[${done}/${total}] ${message}`);
      if (!json && tty && done >= total) process.stderr.write('\n');
    },
  };
}
