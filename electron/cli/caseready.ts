/**
 * `caseready`: the command line over the same core the app uses (bundled as dist/cli/caseready-main.cjs,
 * started by the launcher dist/cli/caseready.cjs: launcher.ts).
 * Exit codes: 0 done, 1 the operation failed (message on stderr), 2 wrong usage, 3 verify found problems,
 * 4 a document's legal step is not ready (its checklist has blocking items missing), 5 the data folder is in use by
 * another CaseReady process or the store is busy, 6 the disk is full.
 */
import path from 'node:path';
import { isAppError } from '../../shared/errors';
import { createCore, type Core } from '../services/core';
import { defaultDataDir } from '../services/defaultDataDir';
import { COMMANDS, USAGE } from './commands';
import { createOutput, escapeControls, EXIT, exitCodeFor, UsageError } from './output';
import { classifyIoError } from '../services/ioErrors';
import { describeHolder } from '../services/dataDirLock';
import { PACK_COMMANDS } from './packCommands';

// Started by launcher.ts as a child (the CSV imports) with an IPC channel that is only a lifeline:
// if the launcher is killed outright (SIGKILL cannot be forwarded), the channel closes and this
// process ends too, as the user meant; the import's open transaction rolls back like any kill.
if (process.env.CASEREADY_LAUNCHED && process.channel) {
  delete process.env.CASEREADY_LAUNCHED;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const out = createOutput(json);
  const args = argv.filter((a) => a !== '--json');
  if (args.length === 0 || args[0] === '--help' || args[0] === 'help' || args[0] === '-h') {
    process.stdout.write(USAGE);
    return args.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (args[0] === '--version') {
    const { VERSION } = await import('../services/version');
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const dataDirIndex = args.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  let dataDir = defaultDataDir();
  if (dataDirIndex >= 0) {
    const a = args[dataDirIndex]!;
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[dataDirIndex + 1];
    if (!value) return usage(out, '--data-dir needs a folder');
    dataDir = path.resolve(value);
    args.splice(dataDirIndex, a.includes('=') ? 1 : 2);
  }
  const packIndex = args.findIndex((a) => a === '--pack' || a.startsWith('--pack='));
  let packOverride: string | undefined;
  if (packIndex >= 0) {
    const a = args[packIndex]!;
    packOverride = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[packIndex + 1];
    if (!packOverride) return usage(out, '--pack needs a pack id (see `caseready pack list`)');
    args.splice(packIndex, a.includes('=') ? 1 : 2);
  }
  const appRoot = path.resolve(__dirname, '..', '..');
  const templatesDir = path.join(appRoot, 'templates');
  const key = [args[0], args[1]].join(' ');
  const packCommand = PACK_COMMANDS[key];
  if (packCommand) return runWithoutCore(() => packCommand({ args: args.slice(2), out, dataDir, templatesDir, packOverride }), out, dataDir);
  const command = COMMANDS[key] ?? COMMANDS[args[0]!];
  if (!command) return usage(out, `unknown command "${args.slice(0, 2).join(' ')}"`);
  const rest = args.slice(COMMANDS[key] ? 2 : 1);

  const coreOptions = {
    dataDir,
    resourcesDir: path.join(appRoot, 'resources'),
    templatesDir,
    jurisdiction: packOverride,
    actor: process.env.CASEREADY_ACTOR,
    ownerKind: 'cli' as const,
    command: `caseready ${args.slice(0, COMMANDS[key] ? 2 : 1).join(' ')}`,
  };
  let core: Core | undefined;
  try {
    // `restore` writes a new data folder itself: opening a core first would create a store there.
    if (command.opensCore === false) return await command.run({ args: rest, out, dataDir });
    try {
      core = await createCore(coreOptions);
    } catch (err) {
      // A command that only reads may run beside the folder's owner, on a read-only connection
      // that cannot migrate, reconcile or write (see READ_ONLY_COMMANDS).
      if (!(isAppError(err) && err.code === 'DATA_DIR_IN_USE' && command.readOnly)) throw err;
      core = await createCore({ ...coreOptions, readOnly: true });
      if (!json) process.stderr.write(`caseready: note: reading beside another CaseReady program (read-only). ${escapeControls(err.message.split('. ')[0] ?? '')}.\n`);
    }
    reportStartup(core, json);
    return await command.run({ core, args: rest, out, dataDir });
  } catch (err) {
    if (err instanceof UsageError) return usage(out, err.message);
    const appErr = isAppError(err) ? err : classifyIoError(err, `the data folder ${dataDir}`, dataDir);
    if (appErr) {
      out.error({ code: appErr.code, message: appErr.message });
      return exitCodeFor(appErr.code);
    }
    out.error({ code: 'INTERNAL', message: `unexpected failure: ${(err as Error).stack ?? String(err)}` });
    return EXIT.failed;
  } finally {
    core?.close();
  }
}

/** Commands that must work when the pack in use is broken (the `pack` verbs): same error handling, no core. */
async function runWithoutCore(run: () => Promise<number>, out: ReturnType<typeof createOutput>, dataDir: string): Promise<number> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof UsageError) return usage(out, err.message);
    const appErr = isAppError(err) ? err : classifyIoError(err, `the data folder ${dataDir}`, dataDir);
    if (!appErr) throw err;
    out.error({ code: appErr.code, message: appErr.message });
    return exitCodeFor(appErr.code);
  }
}

/** What start-up did to the data folder is always said, never done silently. */
function reportStartup(core: Core, json: boolean): void {
  if (json) return;
  const { quarantined, missingObjects } = core.startupReport;
  const took = core.lock?.tookOverFrom;
  if (took) process.stderr.write(`caseready: note: took over the data folder's lock from ${escapeControls(describeHolder(took))}, which ended without releasing it.\n`);
  if (quarantined.length) process.stderr.write(`caseready: moved ${quarantined.length} vault file(s) that no record refers to into vault/quarantine (see \`caseready quarantine list\`).\n`);
  if (core.restoredFromQuarantine.length) process.stderr.write(`caseready: put back ${core.restoredFromQuarantine.length} recorded vault object(s) from quarantine.\n`);
  if (missingObjects.length) process.stderr.write(`caseready: WARNING: ${missingObjects.length} recorded vault object(s) are missing. Run \`caseready verify\`.\n`);
}

function usage(out: ReturnType<typeof createOutput>, message: string): number {
  out.error({ code: 'VALIDATION', message: `${message}. Run \`caseready --help\` for usage.` });
  return EXIT.usage;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = EXIT.failed;
  },
);
