/**
 * The `caseready` process people start (dist/cli/caseready.cjs). It loads nothing but Node's own
 * modules, then either runs the real CLI (dist/cli/caseready-main.cjs) in this same process — every
 * command but the file imports, so `caseready case list` pays no second start-up — or, for the
 * CSV imports, starts it as a child Node process with a tuned heap (launchPlan.ts: a heap's sizes
 * can only be chosen when a process starts, and by then a full CLI already holds ~70 MB).
 *
 * As the child: argv and stdio are passed through; SIGINT, SIGTERM and SIGHUP are forwarded; the
 * child's exit code is this process's exit code, and a child killed by a signal kills this process
 * with the same signal (so a shell sees 130 for Ctrl-C, `signal` is SIGKILL for a crash point).
 * If this process is killed outright (SIGKILL cannot be forwarded), the child sees its IPC channel
 * close and ends itself (caseready.ts), so no import runs on, holding the data folder, unseen.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { heapFlagsFor } from './launchPlan';

const MAIN = path.join(__dirname, 'caseready-main.cjs');
const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function runAsChild(argv: readonly string[], heapFlags: readonly string[]): void {
  // The user's own Node flags (node --inspect …) come last, so they win over ours.
  const child = spawn(process.execPath, [...heapFlags, ...process.execArgv, MAIN, ...argv], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, CASEREADY_LAUNCHED: '1' },
  });
  const forward = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  for (const s of FORWARDED_SIGNALS) process.on(s, forward);
  child.once('error', (err) => {
    process.stderr.write(`caseready: could not start the CLI (${process.execPath} ${MAIN}): ${err.message}\n`);
    process.exitCode = 1;
  });
  child.once('exit', (code, signal) => {
    for (const s of FORWARDED_SIGNALS) process.off(s, forward);
    if (signal) {
      process.kill(process.pid, signal);
      return;
    }
    process.exitCode = code ?? 1;
  });
}

if (!existsSync(MAIN)) {
  process.stderr.write(`caseready: ${MAIN} is missing: the CLI is only partly built. Run \`npm run build\` in the CaseReady folder.\n`);
  process.exitCode = 2;
} else {
  const argv = process.argv.slice(2);
  const heapFlags = heapFlagsFor(argv);
  if (heapFlags) runAsChild(argv, heapFlags);
  else require(MAIN); // the real CLI, a separate bundle: run in this process, no second start-up
}
